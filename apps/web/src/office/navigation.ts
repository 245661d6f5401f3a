import type { Role } from '@sigap/contracts';
import { OFFICE_PAGES } from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconArchive,
  IconBinoculars,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCalendarEvent,
  IconChartBar,
  IconChartPie,
  IconClipboardCheck,
  IconFileDescription,
  IconFileTypography,
  IconGauge,
  IconGavel,
  IconHeadset,
  IconHome,
  IconInbox,
  IconMailOpened,
  IconMessageQuestion,
  IconMessageReport,
  IconMoodSmile,
  IconNumbers,
  IconPhoneCall,
  IconReportMoney,
  IconSchool,
  IconShieldCheck,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import {
  ANALYTICS_ROLES,
  AUDIT_ROLES,
  CALENDAR_MANAGER_ROLES,
  COMPLAINT_REPORT_ROLES,
  COMPLAINT_ROLES,
  CONTROL_READ_ROLES,
  IKM_REPORT_ROLES,
  LETTER_MANAGER_ROLES,
  LETTER_REGISTER_ROLES,
  ORG_MANAGER_ROLES,
  SERVICE_REQUEST_ROLES,
  TEMPLATE_MANAGER_ROLES,
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
  | 'serviceChannels'
  | 'calendar'
  | 'audit'
  | 'account'
  | 'complaints'
  | 'complaintReports'
  | 'inputRequests'
  | 'ikm'
  | 'serviceRequests'
  | 'controlDashboards'
  | 'companies'
  | 'supervisionPlan'
  | 'sanctions'
  | 'guidance'
  | 'monitoring'
  | 'lkpmReports'
  | 'lkpmCompliance'
  | 'consultations';

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
  { to: OFFICE_PAGES.home, label: 'dashboard', icon: IconHome, end: true },
  { to: OFFICE_PAGES.inbox, label: 'inbox', icon: IconInbox, badge: 'inbox' },
  { to: OFFICE_PAGES.complaints, label: 'complaints', icon: IconMessageReport, roles: COMPLAINT_ROLES },
  {
    to: OFFICE_PAGES.serviceRequests,
    label: 'serviceRequests',
    icon: IconFileDescription,
    roles: SERVICE_REQUEST_ROLES,
  },
  {
    to: OFFICE_PAGES.companies,
    label: 'companies',
    icon: IconBuildingFactory2,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.controlDashboards,
    label: 'controlDashboards',
    icon: IconGauge,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.supervisionPlan,
    label: 'supervisionPlan',
    icon: IconClipboardCheck,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.sanctions,
    label: 'sanctions',
    icon: IconGavel,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.guidanceList,
    label: 'guidance',
    icon: IconSchool,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.monitoringList,
    label: 'monitoring',
    icon: IconBinoculars,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.lkpmReports,
    label: 'lkpmReports',
    icon: IconReportMoney,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.lkpmCompliance,
    label: 'lkpmCompliance',
    icon: IconAlertTriangle,
    roles: CONTROL_READ_ROLES,
  },
  {
    to: OFFICE_PAGES.consultations,
    label: 'consultations',
    icon: IconHeadset,
    roles: CONTROL_READ_ROLES,
  },
  { to: OFFICE_PAGES.inputRequests, label: 'inputRequests', icon: IconMessageQuestion },
  {
    to: OFFICE_PAGES.complaintReports,
    label: 'complaintReports',
    icon: IconChartPie,
    roles: COMPLAINT_REPORT_ROLES,
  },
  { to: OFFICE_PAGES.ikm, label: 'ikm', icon: IconMoodSmile, roles: IKM_REPORT_ROLES },
  { to: OFFICE_PAGES.sops, label: 'sop', icon: IconFileDescription },
  { to: OFFICE_PAGES.archive, label: 'archive', icon: IconArchive },
  { to: OFFICE_PAGES.incomingLetters, label: 'incoming', icon: IconMailOpened, roles: LETTER_MANAGER_ROLES },
  { to: OFFICE_PAGES.register, label: 'register', icon: IconNumbers, roles: LETTER_REGISTER_ROLES },
  { to: OFFICE_PAGES.analytics, label: 'analytics', icon: IconChartBar, roles: ANALYTICS_ROLES },
  { to: OFFICE_PAGES.templates, label: 'templates', icon: IconFileTypography, roles: TEMPLATE_MANAGER_ROLES },
  { to: OFFICE_PAGES.org, label: 'org', icon: IconBuildingCommunity, roles: ORG_MANAGER_ROLES },
  {
    to: OFFICE_PAGES.serviceChannels,
    label: 'serviceChannels',
    icon: IconPhoneCall,
    roles: ORG_MANAGER_ROLES,
  },
  { to: OFFICE_PAGES.calendar, label: 'calendar', icon: IconCalendarEvent, roles: CALENDAR_MANAGER_ROLES },
  { to: OFFICE_PAGES.audit, label: 'audit', icon: IconShieldCheck, roles: AUDIT_ROLES },
  { to: OFFICE_PAGES.account, label: 'account', icon: IconUserCircle },
];
