import type { Role } from '@sigap/contracts';
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconHome,
  IconShieldCheck,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** Keys of `office.nav` in the translations. */
export type NavLabelKey = 'dashboard' | 'org' | 'calendar' | 'audit' | 'account';

export interface NavItem {
  to: string;
  label: NavLabelKey;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  /** Shown to holders of any of these roles; every staff member when absent. */
  roles?: readonly Role[];
  /** Active only on the exact path (the dashboard). */
  end?: boolean;
}

/** The office navigation; later issues add inbox, complaints and the rest here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/office', label: 'dashboard', icon: IconHome, end: true },
  { to: '/office/org', label: 'org', icon: IconBuildingCommunity, roles: ['admin'] },
  { to: '/office/calendar', label: 'calendar', icon: IconCalendarEvent, roles: ['admin'] },
  { to: '/office/audit', label: 'audit', icon: IconShieldCheck, roles: ['admin'] },
  { to: '/office/account', label: 'account', icon: IconUserCircle },
];
