import type { TLkpmReport, TVerifyLkpmReport } from '@sigap/contracts/investment-control';
import { LKPM_STEP } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { advanceLkpmCase, ensureLkpmCase, pauseLkpmCase, recordLkpmChange } from '../domain/lkpm';
import { actOnLkpmReport } from '../domain/lkpm-act';
import { updateLkpmReport } from '../repository/lkpm-reports';

/**
 * The verifier's decision on a submitted or corrected report (SOP 067/006 step 5). Approved
 * (DISETUJUI): the verification, its report, the evaluation and the archive are completed and
 * the case ends. Returned (PERLU PERBAIKAN) with the items to correct, each with a note: the case
 * goes back to the filing step and its clock waits for the company's correction.
 */
export async function verifyLkpmReport(
  ctx: AuthedCtx,
  input: { id: string; decision: TVerifyLkpmReport },
): Promise<TLkpmReport> {
  const { now, actor } = ctx;
  return actOnLkpmReport(
    ctx,
    input.id,
    { action: 'lkpm.verify', from: ['submitted', 'corrected'] },
    async (h) => {
      const { tx, report } = h;
      const d = input.decision;
      const base = {
        report,
        companyName: h.companyName,
        agency: actor.agency,
        calendar: h.calendar,
        actor,
        now,
      };
      await ensureLkpmCase(tx, base);
      const checked = [
        { stepId: LKPM_STEP.checkLicences, form: { note: 'Data perizinan OSS RBA diperiksa' } },
        { stepId: LKPM_STEP.trackLast, form: { note: 'LKPM terakhir ditelusuri' } },
      ];
      if (d.decision === 'approve') {
        const note = d.note ?? 'LKPM sesuai dan disetujui';
        await advanceLkpmCase(tx, {
          ...base,
          steps: [
            ...checked,
            { stepId: LKPM_STEP.verify, decision: 'yes', form: { note } },
            { stepId: LKPM_STEP.report, form: { note: 'Laporan hasil verifikasi LKPM' } },
            { stepId: LKPM_STEP.evaluate, form: { note: 'Evaluasi penyampaian LKPM' } },
            { stepId: LKPM_STEP.followUp, form: { note: 'Tindak lanjut pembinaan' } },
            { stepId: LKPM_STEP.archive, form: { note: 'Diarsipkan' } },
          ],
        });
        await updateLkpmReport(tx, report.id, { status: 'approved', approvedAt: now, updatedAt: now });
        report.status = 'approved';
        await recordLkpmChange(tx, { report, actor, now, kind: 'approved', text: d.note ?? null });
        return;
      }
      const corrections = d.corrections.map((c) => ({ item: c.item, note: c.note }));
      await advanceLkpmCase(tx, {
        ...base,
        steps: [
          ...checked,
          {
            stepId: LKPM_STEP.verify,
            decision: 'no',
            form: { note: corrections.map((c) => `${c.item}: ${c.note}`).join('\n') },
          },
        ],
      });
      await pauseLkpmCase(tx, {
        caseId: report.caseId,
        calendar: h.calendar,
        action: { type: 'pause', reason: 'Menunggu perbaikan LKPM oleh pelaku usaha' },
        actor,
        now,
      });
      await updateLkpmReport(tx, report.id, { status: 'needs_correction', corrections, updatedAt: now });
      report.status = 'needs_correction';
      await recordLkpmChange(tx, {
        report,
        actor,
        now,
        kind: 'needs_correction',
        text: corrections.map((c) => `${c.item}: ${c.note}`).join('\n'),
        after: { corrections },
      });
    },
  );
}
