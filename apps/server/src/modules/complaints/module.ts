import type { SigapModule } from '../../platform/kernel/module';
import { seedComplaintDemo } from './demo';
import { complaintCaseModule } from './domain/case-module';
import { sweepComplaintDrafts } from './jobs/sweep-complaint-drafts';
import { sweepInputRequests } from './jobs/sweep-input-requests';
import { startComplaintRecapJob } from './jobs/weekly-recap-job';
import { complaintMailHandlers } from './mail/complaint-mailboxes';
import { complaintAnswerRoutes } from './routes/complaint-answer';
import { complaintReportRoutes } from './routes/complaint-reports';
import { complaintRoutes } from './routes/complaints';

/**
 * Public complaints (Perka BKPM 12/2015, seed 002): each complaint drives a case of the
 * complaint SOP. This is what the platform knows of the module; everything else stays in this
 * folder. The worked example of `docs/MODULES.md`.
 */
export const complaintsModule: SigapModule = {
  name: 'complaints',
  cases: [complaintCaseModule],
  async routes(app, deps) {
    await complaintRoutes(app, deps);
    await complaintReportRoutes(app, deps);
    await complaintAnswerRoutes(app, deps);
  },
  sweeps: {
    overdueInputRequests: sweepInputRequests,
    draftsNearDue: sweepComplaintDrafts,
  },
  jobs: startComplaintRecapJob,
  mail: ({ database, clock, publicUrl, log }) =>
    complaintMailHandlers({
      db: database.db,
      clock,
      publicUrl,
      onResult: (result, m) =>
        log.info({ result, remoteAddress: m.remoteAddress }, 'inbound complaint email'),
    }),
  demo: seedComplaintDemo,
};
