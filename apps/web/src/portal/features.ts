import { IconFileDescription, IconMessageReport, IconSearch } from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** Keys of `portal.features` in the translations. */
export type PortalFeatureKey = 'complaint' | 'serviceRequest' | 'tracking';

export interface PortalFeature {
  key: PortalFeatureKey;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  /** The route of the feature once it exists; its button appears only then. */
  to?: string;
}

/** What the public can do; the complaint, request and tracking issues fill in `to`. */
export const PORTAL_FEATURES: readonly PortalFeature[] = [
  { key: 'complaint', icon: IconMessageReport, to: '/pengaduan' },
  { key: 'serviceRequest', icon: IconFileDescription },
  { key: 'tracking', icon: IconSearch, to: '/lacak' },
];
