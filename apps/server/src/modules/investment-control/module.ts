import type { SigapModule } from '../../platform/kernel/module';
import { seedConsultationDemo } from './consultation-demo';
import { helpdeskCaseModule, virtualConsultationCaseModule } from './domain/consultation-case-module';
import { lkpmCaseModule } from './domain/lkpm-case-module';
import { seedGuidanceDemo } from './guidance-demo';
import { sweepSupervisionLetters } from './jobs/sweep-supervision-letters';
import { seedLkpmDemo } from './lkpm-demo';
import { seedRegistryDemo } from './registry-demo';
import { investmentControlRoutes } from './routes';
import { seedSupervisionDemo } from './supervision-demo';

/**
 * Investment control (seed 004, SOPs 067/001-067/014, issue 11): the company registry with its
 * licences and LKPM reports, their verification, guidance, supervision and sanctions. Each
 * record an SOP drives (an LKPM verification, an inspection, a revocation) is linked to its case.
 */
export const investmentControlModule: SigapModule = {
  name: 'investment-control',
  cases: [lkpmCaseModule, helpdeskCaseModule, virtualConsultationCaseModule],
  async routes(app, deps) {
    await investmentControlRoutes(app, deps);
  },
  sweeps: { supervisionLetterCases: sweepSupervisionLetters },
  async demo(ctx) {
    await seedRegistryDemo(ctx); // the registry first: the other parts' demos work on its companies
    await seedLkpmDemo(ctx);
    await seedGuidanceDemo(ctx);
    await seedConsultationDemo(ctx);
    await seedSupervisionDemo(ctx);
  },
};
