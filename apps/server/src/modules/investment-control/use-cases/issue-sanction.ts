import type { TIssueSanction, TSanction } from '@sigap/contracts/investment-control';
import { assertCan, isWorkingDay } from '@sigap/core';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { complyByDate, ladderState, nextSanctionStage, sanctionView } from '../domain/sanctions';
import { findCompany } from '../repository/registry';
import {
  caseAgency,
  companySanctionsForUpdate,
  documentAgency,
  escalateOpen,
  findLicence,
  insertSanction,
  listSanctions,
  setLicenceStatus,
} from '../repository/sanctions';

/**
 * Issues the company's next sanction step (SOPs 067/011-067/014): it must be the step after the
 * last open one, except a revocation by court decision (SOP 067/013), which may come at any time
 * and needs the decision's number. A warning gets its comply-by date on the agency's working
 * calendar; the open steps it follows are escalated. A suspension sets the licence (or every
 * licence of the company) `suspended`, a revocation `revoked`.
 */
export async function issueSanction(
  { db, actor, now }: AuthedCtx,
  input: { companyId: string; body: TIssueSanction },
): Promise<TSanction> {
  const c = await findCompany(db, input.companyId);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.manage', { agencyId: c.agencyId });
  const b = input.body;
  const today = localDate(now, actor.agency.timeZone);
  const calendar = await loadWorkingCalendar(db, actor.agency);
  if (b.basis === 'court_decision' && b.stage !== 'revocation')
    throw invalidField('basis', 'sanction_court_revocation');
  if (b.basis === 'court_decision' && !b.courtDecisionNumber?.trim())
    throw invalidField('courtDecisionNumber', 'required');
  if (b.issuedOn > today) throw invalidField('issuedOn', 'not_future');
  if (!isWorkingDay(calendar, b.issuedOn)) throw invalidField('issuedOn', 'not_working_day');
  if (b.licenceId) {
    const l = await findLicence(db, b.licenceId);
    if (!l || l.companyId !== c.id) throw invalidField('licenceId', 'reference_unknown');
  }
  if (b.documentId && (await documentAgency(db, b.documentId)) !== c.agencyId)
    throw invalidField('documentId', 'reference_unknown');
  if (b.caseId && (await caseAgency(db, b.caseId)) !== c.agencyId)
    throw invalidField('caseId', 'reference_unknown');

  return db.transaction(async (tx) => {
    const existing = await companySanctionsForUpdate(tx, c.id);
    const { lastOpen, revoked } = ladderState(existing);
    const expected = nextSanctionStage(lastOpen, revoked);
    if (!expected) throw invalidField('stage', 'sanction_ladder_done');
    const courtRevocation = b.stage === 'revocation' && b.basis === 'court_decision';
    if (b.stage !== expected && !courtRevocation)
      throw invalidField('stage', 'sanction_stage_order', { expected });
    const open = existing.filter((s) => s.status === 'open');
    if (open.some((s) => s.issuedOn > b.issuedOn)) throw invalidField('issuedOn', 'before_issue');
    await escalateOpen(tx, c.id, now);
    const created = await insertSanction(tx, {
      agencyId: c.agencyId,
      companyId: c.id,
      licenceId: b.licenceId ?? null,
      stage: b.stage,
      basis: b.basis,
      issuedOn: b.issuedOn,
      complyBy: complyByDate(calendar, b.stage, b.issuedOn),
      status: 'open',
      documentId: b.documentId ?? null,
      caseId: b.caseId ?? null,
      courtDecisionNumber: b.courtDecisionNumber?.trim() || null,
      note: b.note?.trim() || null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (b.stage === 'suspension' || b.stage === 'revocation') {
      await setLicenceStatus(
        tx,
        { companyId: c.id, licenceId: b.licenceId },
        b.stage === 'suspension' ? 'suspended' : 'revoked',
        now,
        b.caseId ?? null,
      );
    }
    const rows = await listSanctions(tx, { agencyId: c.agencyId, companyId: c.id });
    return sanctionView(rows.find((r) => r.sanction.id === created.id)!, today);
  });
}
