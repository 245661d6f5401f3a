import type { TLkpmReport, TUpdateLkpmReport } from '@sigap/contracts/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { recordLkpmChange, storedValues, valuesOf } from '../domain/lkpm';
import { actOnLkpmReport } from '../domain/lkpm-act';
import { updateLkpmReport as updateRow } from '../repository/lkpm-reports';

/** Staff edit a draft report's values (a submitted one is changed only by a correction). */
export async function updateLkpmReport(
  ctx: AuthedCtx,
  input: { id: string; values: TUpdateLkpmReport },
): Promise<TLkpmReport> {
  return actOnLkpmReport(
    ctx,
    input.id,
    { action: 'control.manage', from: ['draft'] },
    async ({ tx, report }) => {
      const before = valuesOf(report);
      const v = input.values;
      const values = storedValues(v);
      await updateRow(tx, report.id, { ...values, updatedAt: ctx.now });
      await recordLkpmChange(tx, {
        report,
        actor: ctx.actor,
        now: ctx.now,
        kind: 'updated',
        before,
        after: values,
      });
    },
  );
}
