import type { SigapModule } from '../../platform/kernel/module';
import { seedServiceRequestDemo } from './demo';
import { serviceRequestCaseModules } from './domain/case-module';
import { serviceRequestMailHandlers } from './mail/service-request-mailboxes';
import { serviceRequestEmailRoutes } from './routes/service-request-emails';
import { serviceRequestRoutes } from './routes/service-requests';

/**
 * Service requests from the public (issue 10): one-on-one meeting requests (SK 177/2024, seed
 * 000) and technical-issue facilitation (seed 001), each driving a case of its SOP.
 */
export const serviceRequestsModule: SigapModule = {
  name: 'service-requests',
  cases: serviceRequestCaseModules,
  async routes(app, deps) {
    await serviceRequestRoutes(app, deps);
    await serviceRequestEmailRoutes(app, deps);
  },
  mail: ({ database, clock, log }) =>
    serviceRequestMailHandlers({
      db: database.db,
      clock,
      onResult: (result, m) =>
        log.info({ result, remoteAddress: m.remoteAddress }, 'inbound service-request email'),
    }),
  demo: seedServiceRequestDemo,
};
