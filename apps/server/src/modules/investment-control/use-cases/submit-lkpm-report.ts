import type { TLkpmReport } from '@sigap/contracts/investment-control';
import { LKPM_STEP } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { advanceLkpmCase, recordLkpmChange, startLkpmCase } from '../domain/lkpm';
import { actOnLkpmReport } from '../domain/lkpm-act';
import { updateLkpmReport } from '../repository/lkpm-reports';

/**
 * The draft is submitted (TERKIRIM): its verification case of SOP 067/006 starts, the
 * helpdesk's intake (filing received, company identified) is completed, and the case waits for
 * the verifier, who is told.
 */
export async function submitLkpmReport(ctx: AuthedCtx, id: string): Promise<TLkpmReport> {
  const { now, actor } = ctx;
  return actOnLkpmReport(ctx, id, { action: 'control.manage', from: ['draft'] }, async (h) => {
    const { tx, report } = h;
    await startLkpmCase(tx, {
      report,
      companyName: h.companyName,
      agency: actor.agency,
      calendar: h.calendar,
      actor,
      now,
    });
    await updateLkpmReport(tx, report.id, { status: 'submitted', submittedAt: now, updatedAt: now });
    report.status = 'submitted';
    await advanceLkpmCase(tx, {
      report,
      companyName: h.companyName,
      agency: actor.agency,
      calendar: h.calendar,
      actor,
      now,
      steps: [
        { stepId: LKPM_STEP.submit, form: { note: 'LKPM diterima dan dicatat' } },
        { stepId: LKPM_STEP.identify, form: { note: h.companyName } },
      ],
    });
    await recordLkpmChange(tx, { report, actor, now, kind: 'submitted' });
  });
}
