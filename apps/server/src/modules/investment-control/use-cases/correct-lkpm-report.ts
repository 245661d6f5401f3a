import type { TCorrectLkpmReport, TLkpmReport } from '@sigap/contracts/investment-control';
import { LKPM_STEP } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import {
  advanceLkpmCase,
  pauseLkpmCase,
  recordLkpmChange,
  startLkpmCase,
  storedValues,
  valuesOf,
} from '../domain/lkpm';
import { actOnLkpmReport } from '../domain/lkpm-act';
import { updateLkpmReport } from '../repository/lkpm-reports';

/**
 * Staff record the company's correction of a returned report (SUDAH DIPERBAIKI): the values
 * again, the case's clock resumes, the filing and intake steps are completed again and the
 * report goes back to the verifier.
 */
export async function correctLkpmReport(
  ctx: AuthedCtx,
  input: { id: string; correction: TCorrectLkpmReport },
): Promise<TLkpmReport> {
  const { now, actor } = ctx;
  return actOnLkpmReport(
    ctx,
    input.id,
    { action: 'control.manage', from: ['needs_correction'] },
    async (h) => {
      const { tx, report } = h;
      const v = input.correction;
      const before = valuesOf(report);
      const values = storedValues(v);
      if (!report.caseId)
        await startLkpmCase(tx, {
          report,
          companyName: h.companyName,
          agency: actor.agency,
          calendar: h.calendar,
          actor,
          now,
        });
      else
        await pauseLkpmCase(tx, {
          caseId: report.caseId,
          calendar: h.calendar,
          action: { type: 'resume' },
          actor,
          now,
        });
      await updateLkpmReport(tx, report.id, { ...values, status: 'corrected', updatedAt: now });
      report.status = 'corrected';
      await advanceLkpmCase(tx, {
        report,
        companyName: h.companyName,
        agency: actor.agency,
        calendar: h.calendar,
        actor,
        now,
        steps: [
          { stepId: LKPM_STEP.submit, form: { note: v.note ?? 'Perbaikan LKPM diterima' } },
          { stepId: LKPM_STEP.identify, form: { note: h.companyName } },
        ],
      });
      await recordLkpmChange(tx, {
        report,
        actor,
        now,
        kind: 'corrected',
        text: v.note ?? null,
        before,
        after: values,
      });
    },
  );
}
