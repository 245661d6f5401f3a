import { registerCaseModule } from './use-cases/cases/case-modules';
import { complaintCaseModule } from './use-cases/complaints/case-module';

/**
 * The composition root of the domain modules: each module that drives cases of an SOP tells
 * the platform how to treat them (confidential content, the identity behind a case). Called by
 * `buildApp`; the platform itself never imports a module.
 */
export function registerModules(): void {
  registerCaseModule(complaintCaseModule);
}
