import { complaintsModule } from './modules/complaints/module';
import { investmentControlModule } from './modules/investment-control/module';
import { serviceRequestsModule } from './modules/service-requests/module';
import { installModules, type SigapModule } from './platform/kernel/module';

/**
 * The composition root of the domain modules: the one place that names them. `buildApp`
 * installs them; the platform reaches a module only through its `SigapModule` hooks and never
 * imports one (checked by `architecture.test.ts`).
 */
export const MODULES: readonly SigapModule[] = [
  complaintsModule,
  serviceRequestsModule,
  investmentControlModule,
];

export function registerModules(): void {
  installModules(MODULES);
}
