import type { App, RouteDeps } from '../../../platform/routes/types';

/**
 * The investment-control module's routes, one file per part (registry and imports, LKPM,
 * supervision, sanctions, dashboards); each part adds its line here.
 */
export async function investmentControlRoutes(_app: App, _deps: RouteDeps & { publicUrl?: string }) {
  // parts register here
}
