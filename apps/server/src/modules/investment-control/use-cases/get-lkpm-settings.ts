import type { TLkpmSettings } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmDeadlineDayOf } from '../domain/lkpm';

/** The agency's LKPM deadline day (15 unless the administrator set another). */
export async function getLkpmSettings({ actor }: AuthedCtx): Promise<TLkpmSettings> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  return { lkpmDeadlineDay: lkpmDeadlineDayOf(actor.agency) };
}
