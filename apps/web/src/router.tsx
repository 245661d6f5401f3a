import { OFFICE_PAGES, officeChild, PORTAL_PAGES, portalChild } from '@sigap/contracts';
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Loading } from './components/Loading';
import {
  ANALYTICS_ROLES,
  AUDIT_ROLES,
  CALENDAR_MANAGER_ROLES,
  COMPLAINT_REPORT_ROLES,
  COMPLAINT_ROLES,
  CONTROL_IMPORT_ROLES,
  CONTROL_MANAGE_ROLES,
  CONTROL_READ_ROLES,
  IKM_REPORT_ROLES,
  LETTER_MANAGER_ROLES,
  LETTER_REGISTER_ROLES,
  ORG_MANAGER_ROLES,
  SERVICE_REQUEST_INTAKE_ROLES,
  SERVICE_REQUEST_ROLES,
  SOP_MANAGER_ROLES,
  TEMPLATE_MANAGER_ROLES,
} from './office/access';
import { RequireAuth, RequireRole } from './office/auth/RequireAuth';
import { HomePage } from './portal/HomePage';
import { NotFoundPage } from './portal/NotFoundPage';
import { PortalLayout } from './portal/PortalLayout';

/** Office pages load on demand, so the public portal stays small. */
function page(load: () => Promise<ComponentType>, roles?: readonly string[]) {
  return async () => {
    const Page = await load();
    if (!roles) return { Component: Page };
    return {
      element: (
        <RequireRole roles={roles}>
          <Page />
        </RequireRole>
      ),
    };
  };
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: portalChild(PORTAL_PAGES.fileComplaint),
        lazy: page(() => import('./portal/complaints/FileComplaintPage').then((m) => m.FileComplaintPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.track),
        lazy: page(() => import('./portal/complaints/TrackPage').then((m) => m.TrackPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.complaintStats),
        lazy: page(() => import('./portal/complaints/StatsPage').then((m) => m.StatsPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.survey),
        lazy: page(() => import('./portal/satisfaction/SurveyPage').then((m) => m.SurveyPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.guidanceSurvey),
        lazy: page(() => import('./portal/guidance/GuidanceSurveyPage').then((m) => m.GuidanceSurveyPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.ikm),
        lazy: page(() => import('./portal/satisfaction/IkmPage').then((m) => m.IkmPage)),
      },
      {
        path: portalChild(PORTAL_PAGES.requestService),
        lazy: page(() =>
          import('./portal/service-requests/RequestServicePage').then((m) => m.RequestServicePage),
        ),
      },
      {
        path: portalChild(PORTAL_PAGES.serviceStandards),
        lazy: page(() =>
          import('./portal/service-standards/ServiceStandardsPage').then((m) => m.ServiceStandardsPage),
        ),
      },
      {
        path: portalChild(PORTAL_PAGES.serviceStandard),
        lazy: page(() =>
          import('./portal/service-standards/ServiceStandardPage').then((m) => m.ServiceStandardPage),
        ),
      },
      {
        path: portalChild(PORTAL_PAGES.consultation),
        lazy: page(() =>
          import('./portal/consultations/ConsultationRequestPage').then((m) => m.ConsultationRequestPage),
        ),
      },
      {
        path: portalChild(PORTAL_PAGES.verify),
        lazy: page(() => import('./portal/VerifyPage').then((m) => m.VerifyPage)),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: OFFICE_PAGES.login,
    lazy: page(() => import('./office/auth/LoginPage').then((m) => m.LoginPage)),
    HydrateFallback: Loading,
  },
  {
    path: OFFICE_PAGES.home,
    lazy: async () => {
      const { OfficeLayout } = await import('./office/OfficeLayout');
      return {
        element: (
          <RequireAuth>
            <OfficeLayout />
          </RequireAuth>
        ),
      };
    },
    HydrateFallback: Loading,
    children: [
      {
        index: true,
        lazy: page(() => import('./office/dashboard/DashboardPage').then((m) => m.DashboardPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.inbox),
        lazy: page(() => import('./office/cases/InboxPage').then((m) => m.InboxPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.complaints),
        lazy: page(
          () => import('./office/complaints/ComplaintListPage').then((m) => m.ComplaintListPage),
          COMPLAINT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newComplaint),
        lazy: page(
          () => import('./office/complaints/NewComplaintPage').then((m) => m.NewComplaintPage),
          COMPLAINT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.complaint),
        lazy: page(
          () => import('./office/complaints/ComplaintPage').then((m) => m.ComplaintPage),
          COMPLAINT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.serviceRequests),
        lazy: page(
          () =>
            import('./office/service-requests/ServiceRequestListPage').then((m) => m.ServiceRequestListPage),
          SERVICE_REQUEST_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newServiceRequest),
        lazy: page(
          () =>
            import('./office/service-requests/NewServiceRequestPage').then((m) => m.NewServiceRequestPage),
          SERVICE_REQUEST_INTAKE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.serviceRequest),
        lazy: page(
          () => import('./office/service-requests/ServiceRequestPage').then((m) => m.ServiceRequestPage),
          SERVICE_REQUEST_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.companies),
        lazy: page(
          () => import('./office/control/CompanyListPage').then((m) => m.CompanyListPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.controlImports),
        lazy: page(
          () => import('./office/control/ControlImportPage').then((m) => m.ControlImportPage),
          CONTROL_IMPORT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.company),
        lazy: page(
          () => import('./office/control/CompanyPage').then((m) => m.CompanyPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.controlDashboards),
        lazy: page(
          () => import('./office/control/ControlDashboardPage').then((m) => m.ControlDashboardPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.lkpmReports),
        lazy: page(
          () => import('./office/control/LkpmListPage').then((m) => m.LkpmListPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newLkpmReport),
        lazy: page(
          () => import('./office/control/NewLkpmReportPage').then((m) => m.NewLkpmReportPage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.lkpmReport),
        lazy: page(
          () => import('./office/control/LkpmReportPage').then((m) => m.LkpmReportPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.lkpmCompliance),
        lazy: page(
          () => import('./office/control/LkpmCompliancePage').then((m) => m.LkpmCompliancePage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.sanctions),
        lazy: page(
          () => import('./office/control/SanctionsPage').then((m) => m.SanctionsPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.guidanceList),
        lazy: page(
          () => import('./office/control/GuidanceListPage').then((m) => m.GuidanceListPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newGuidance),
        lazy: page(
          () => import('./office/control/NewGuidancePage').then((m) => m.NewGuidancePage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.guidance),
        lazy: page(
          () => import('./office/control/GuidancePage').then((m) => m.GuidancePage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.monitoringList),
        lazy: page(
          () => import('./office/control/MonitoringListPage').then((m) => m.MonitoringListPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newMonitoring),
        lazy: page(
          () => import('./office/control/NewMonitoringPage').then((m) => m.NewMonitoringPage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.monitoring),
        lazy: page(
          () => import('./office/control/MonitoringPage').then((m) => m.MonitoringPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.consultations),
        lazy: page(
          () => import('./office/control/ConsultationListPage').then((m) => m.ConsultationListPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newConsultation),
        lazy: page(
          () => import('./office/control/NewConsultationPage').then((m) => m.NewConsultationPage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.consultation),
        lazy: page(
          () => import('./office/control/ConsultationPage').then((m) => m.ConsultationPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.newInspection),
        lazy: page(
          () => import('./office/control/NewInspectionPage').then((m) => m.NewInspectionPage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.inspection),
        lazy: page(
          () => import('./office/control/InspectionPage').then((m) => m.InspectionPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.visitReport),
        lazy: page(
          () => import('./office/control/VisitReportPage').then((m) => m.VisitReportPage),
          CONTROL_MANAGE_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.supervisionPlan),
        lazy: page(
          () => import('./office/control/SupervisionPlanPage').then((m) => m.SupervisionPlanPage),
          CONTROL_READ_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.complaintReports),
        lazy: page(
          () => import('./office/complaints/ComplaintReportsPage').then((m) => m.ComplaintReportsPage),
          COMPLAINT_REPORT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.ikm),
        lazy: page(
          () => import('./office/satisfaction/IkmReportPage').then((m) => m.IkmReportPage),
          IKM_REPORT_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.inputRequests),
        lazy: page(() => import('./office/complaints/InputRequestsPage').then((m) => m.InputRequestsPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.document),
        lazy: page(() => import('./office/documents/DocumentPage').then((m) => m.DocumentPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.archive),
        lazy: page(() => import('./office/documents/ArchivePage').then((m) => m.ArchivePage)),
      },
      {
        path: officeChild(OFFICE_PAGES.notifications),
        lazy: page(() => import('./office/notifications/NotificationsPage').then((m) => m.NotificationsPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.case),
        lazy: page(() => import('./office/cases/CasePage').then((m) => m.CasePage)),
      },
      {
        path: officeChild(OFFICE_PAGES.sops),
        lazy: page(() => import('./office/sop/SopListPage').then((m) => m.SopListPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.sopImport),
        lazy: page(
          () => import('./office/sop/SopImportPage').then((m) => m.SopImportPage),
          SOP_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.sop),
        lazy: page(() => import('./office/sop/SopDetailPage').then((m) => m.SopDetailPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.register),
        lazy: page(
          () => import('./office/letters/RegisterPage').then((m) => m.RegisterPage),
          LETTER_REGISTER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.incomingLetters),
        lazy: page(
          () => import('./office/letters/IncomingLettersPage').then((m) => m.IncomingLettersPage),
          LETTER_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.analytics),
        lazy: page(
          () => import('./office/analytics/AnalyticsPage').then((m) => m.AnalyticsPage),
          ANALYTICS_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.account),
        lazy: page(() => import('./office/account/AccountPage').then((m) => m.AccountPage)),
      },
      {
        path: officeChild(OFFICE_PAGES.templates),
        lazy: page(
          () => import('./office/templates/TemplateListPage').then((m) => m.TemplateListPage),
          TEMPLATE_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.template),
        lazy: page(
          () => import('./office/templates/TemplateEditorPage').then((m) => m.TemplateEditorPage),
          TEMPLATE_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.org),
        lazy: page(() => import('./office/org/OrgPage').then((m) => m.OrgPage), ORG_MANAGER_ROLES),
      },
      {
        path: officeChild(OFFICE_PAGES.serviceChannels),
        lazy: page(
          () => import('./office/service-channels/ServiceChannelsPage').then((m) => m.ServiceChannelsPage),
          ORG_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.calendar),
        lazy: page(
          () => import('./office/calendar/CalendarPage').then((m) => m.CalendarPage),
          CALENDAR_MANAGER_ROLES,
        ),
      },
      {
        path: officeChild(OFFICE_PAGES.audit),
        lazy: page(() => import('./office/audit/AuditPage').then((m) => m.AuditPage), AUDIT_ROLES),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
