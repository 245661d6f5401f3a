import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import { IconFileDescription, IconMessageReport, IconSearch } from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** Keys of `portal.features` in the translations. */
export type PortalFeatureKey = 'complaint' | 'serviceRequest' | 'tracking';

export interface PortalFeature {
  key: PortalFeatureKey;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  /** The route of the feature once it exists; its button appears only then. */
  to?: string;
  /** Further choices of the feature (each a route and the key of its label). */
  more?: ReadonlyArray<{ to: string; label: string }>;
}

/** What the public can do; the complaint, request and tracking issues fill in `to`. */
export const PORTAL_FEATURES: readonly PortalFeature[] = [
  { key: 'complaint', icon: IconMessageReport, to: '/pengaduan' },
  {
    key: 'serviceRequest',
    icon: IconFileDescription,
    to: pagePath(PORTAL_PAGES.requestService, { service: 'pertemuan-one-on-one' }),
    more: [
      {
        to: pagePath(PORTAL_PAGES.requestService, { service: 'fasilitasi-kendala-teknis' }),
        label: 'serviceRequests.home.facilitation',
      },
      { to: PORTAL_PAGES.consultation, label: 'controlConsultations.portal.title' },
    ],
  },
  { key: 'tracking', icon: IconSearch, to: '/lacak' },
];
