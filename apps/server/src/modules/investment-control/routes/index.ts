import type { App, RouteDeps } from '../../../platform/routes/types';
import { consultationRoutes } from './consultations';
import { dashboardRoutes } from './dashboards';
import { guidanceRoutes } from './guidance';
import { importRoutes } from './imports';
import { inspectionRoutes } from './inspections';
import { lkpmRoutes } from './lkpm';
import { monitoringRoutes } from './monitoring';
import { registryRoutes } from './registry';
import { sanctionRoutes } from './sanctions';
import { supervisionRoutes } from './supervision';

/**
 * The investment-control module's routes, one file per part (registry and imports, LKPM,
 * supervision, sanctions, dashboards); each part adds its line here.
 */
export async function investmentControlRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  // parts register here
  await lkpmRoutes(app, deps);
  await registryRoutes(app, deps);
  await importRoutes(app, deps);
  await supervisionRoutes(app, deps);
  await dashboardRoutes(app, deps);
  await sanctionRoutes(app, deps);
  await inspectionRoutes(app, deps);
  await guidanceRoutes(app, deps);
  await consultationRoutes(app, deps);
  await monitoringRoutes(app, deps);
}
