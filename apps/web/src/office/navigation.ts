import type { Role } from '@sigap/contracts';
import {
  IconArchive,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconChartPie,
  IconFileDescription,
  IconFileTypography,
  IconHome,
  IconInbox,
  IconMailOpened,
  IconMessageQuestion,
  IconMessageReport,
  IconNumbers,
  IconShieldCheck,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import {
  ANALYTICS_ROLES,
  COMPLAINT_REPORT_ROLES,
  COMPLAINT_ROLES,
  LETTER_MANAGER_ROLES,
  LETTER_REGISTER_ROLES,
} from './access';

/** Keys of `office.nav` in the translations. */
export type NavLabelKey =
  | 'dashboard'
  | 'inbox'
  | 'sop'
  | 'analytics'
  | 'templates'
  | 'archive'
  | 'incoming'
  | 'register'
  | 'org'
  | 'calendar'
  | 'audit'
  | 'account'
  | 'complaints'
  | 'complaintReports'
  | 'inputRequests';

export interface NavItem {
  to: string;
  label: NavLabelKey;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  /** Shown to holders of any of these roles; every staff member when absent. */
  roles?: readonly Role[];
  /** Active only on the exact path (the dashboard). */
  end?: boolean;
  /** A count shown beside the label ('inbox': the open tasks of the "mine" tab). */
  badge?: 'inbox';
}

/** The office navigation; later issues add inbox, complaints and the rest here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/office', label: 'dashboard', icon: IconHome, end: true },
  { to: '/office/inbox', label: 'inbox', icon: IconInbox, badge: 'inbox' },
  { to: '/office/pengaduan', label: 'complaints', icon: IconMessageReport, roles: COMPLAINT_ROLES },
  { to: '/office/permintaan-masukan', label: 'inputRequests', icon: IconMessageQuestion },
  {
    to: '/office/pengaduan-laporan',
    label: 'complaintReports',
    icon: IconChartPie,
    roles: COMPLAINT_REPORT_ROLES,
  },
  { to: '/office/sop', label: 'sop', icon: IconFileDescription },
  { to: '/office/arsip', label: 'archive', icon: IconArchive },
  { to: '/office/surat-masuk', label: 'incoming', icon: IconMailOpened, roles: LETTER_MANAGER_ROLES },
  { to: '/office/register', label: 'register', icon: IconNumbers, roles: LETTER_REGISTER_ROLES },
  { to: '/office/analitik', label: 'analytics', icon: IconChartBar, roles: ANALYTICS_ROLES },
  { to: '/office/templat', label: 'templates', icon: IconFileTypography, roles: ['admin'] },
  { to: '/office/org', label: 'org', icon: IconBuildingCommunity, roles: ['admin'] },
  { to: '/office/calendar', label: 'calendar', icon: IconCalendarEvent, roles: ['admin'] },
  { to: '/office/audit', label: 'audit', icon: IconShieldCheck, roles: ['admin'] },
  { to: '/office/account', label: 'account', icon: IconUserCircle },
];
