import type { Role } from '@sigap/contracts';
import {
  SANCTION_COMPLY_DAYS,
  type TIssueSanction,
  type TSanction,
} from '@sigap/contracts/investment-control';
import { assertCan, isWorkingDay } from '@sigap/core';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import { startCase } from '../../../platform/use-cases/cases/start-case';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { createDocument } from '../../../platform/use-cases/documents/create-document';
import { continuesLadderCase, sanctionLetter, sanctionSop } from '../domain/sanction-letter';
import { complyByDate, ladderState, nextSanctionStage, sanctionView } from '../domain/sanctions';
import { findCompany } from '../repository/registry';
import {
  caseAgency,
  caseSop,
  companySanctionsForUpdate,
  documentAgency,
  escalateOpen,
  findLicence,
  insertSanction,
  inspectionForSanction,
  licenceNumbersInForce,
  listSanctions,
  setLicenceStatus,
} from '../repository/sanctions';

/**
 * Issues the company's next sanction step (SOPs 067/011-067/014): it must be the step after the
 * last open one, except a revocation by court decision (SOP 067/013), which may come at any time
 * and needs the decision's number, or on the company's own request (SOP 067/011). A warning gets its comply-by date on the agency's working
 * calendar; the open steps it follows are escalated. A suspension sets the licence (or every
 * licence of the company) `suspended`, a revocation `revoked`.
 *
 * Each step runs in its SOP's case (started through the platform's `startCase`, the SOPs are not
 * module-managed): warnings, suspension and a revocation after them under 067/012 (one case for
 * the ladder: a step continues the open step's 067/012 case), a revocation on request under
 * 067/011, by court decision under 067/013, a recommendation of revocation under 067/014; a
 * `caseId` given links that case instead. Its letter is drafted in the document service from the
 * step's template (Surat Peringatan Tertulis I-III, Surat Pembekuan Sementara, Keputusan
 * Pencabutan, Rekomendasi Pencabutan), filled from the company, licence, basis (the BAP's
 * findings, LKPM not filed, the court decision) and the comply-by date, on the case; it is then
 * initialled, signed and numbered there. A `documentId` given links that letter instead.
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
  if (b.basis === 'request' && b.stage !== 'revocation')
    throw invalidField('basis', 'sanction_request_revocation');
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
  const inspection = b.inspectionId ? await inspectionForSanction(db, b.inspectionId) : null;
  if (b.inspectionId) {
    if (!inspection || inspection.companyId !== c.id) throw invalidField('inspectionId', 'reference_unknown');
    if (b.basis !== 'finding') throw invalidField('inspectionId', 'sanction_inspection_basis');
    const hasFindings =
      inspection.status === 'reported' &&
      (inspection.grade !== 'compliant' || (inspection.findingsCount ?? 0) > 0);
    if (!hasFindings) throw invalidField('inspectionId', 'sanction_inspection_findings');
  }

  return db.transaction(async (tx) => {
    const existing = await companySanctionsForUpdate(tx, c.id);
    const { lastOpen, revoked } = ladderState(existing);
    const expected = nextSanctionStage(lastOpen, revoked);
    if (!expected) throw invalidField('stage', 'sanction_ladder_done');
    // a revocation by court decision (067/013) or on the company's request (067/011) may come at any time
    const anyTime = b.stage === 'revocation' && (b.basis === 'court_decision' || b.basis === 'request');
    if (b.stage !== expected && !anyTime) throw invalidField('stage', 'sanction_stage_order', { expected });
    const open = existing.filter((s) => s.status === 'open');
    if (open.some((s) => s.issuedOn > b.issuedOn)) throw invalidField('issuedOn', 'before_issue');
    await escalateOpen(tx, c.id, now);
    const sop = sanctionSop(b.stage, b.basis);
    let caseId = b.caseId ?? null;
    if (!caseId && continuesLadderCase(sop)) {
      const last = open.filter((s) => s.caseId).at(-1);
      if (last?.caseId && (await caseSop(tx, last.caseId)) === sop) caseId = last.caseId;
    }
    if (!caseId) {
      // the division's officers (pengolah, pemeriksa, analis…) work the SOP's Fungsional/Pelaksana
      // lane: one without an SOP role starts the case in that lane, in the unit of their position
      const laneActor = SOP_LANE_ROLES.some((r) => actor.roles.includes(r))
        ? actor
        : { ...actor, roles: [...actor.roles, 'fungsional' as const] };
      const started = await startCase(
        { db: tx, now, actor: laneActor },
        {
          definitionKey: sop,
          subject: caseSubject(b.stage, b.basis, `${c.name} (NIB ${c.nib})`),
          ...(laneActor === actor ? {} : { unitId: actor.positions[0]?.unitId }),
        },
      );
      caseId = started.id;
    }
    const complyBy = complyByDate(calendar, b.stage, b.issuedOn);
    let documentId = b.documentId ?? null;
    if (!documentId) {
      const licence = b.licenceId ? await findLicence(tx, b.licenceId) : null;
      const letter = sanctionLetter({
        agencyName: actor.agency.name,
        stage: b.stage,
        basis: b.basis,
        company: c,
        licenceNumbers: licence ? [licence.number] : await licenceNumbersInForce(tx, c.id),
        inspection: inspection ?? null,
        courtDecisionNumber: b.courtDecisionNumber?.trim() || null,
        note: b.note?.trim() || null,
        complyDays: SANCTION_COMPLY_DAYS[b.stage] ?? null,
        complyBy,
      });
      const unitId = actor.positions[0]?.unitId;
      if (!unitId) throw invalidField('stage', 'invalid');
      const doc = await createDocument(
        { db: tx, now, actor },
        { ...letter, caseId, classification: '503', unitId },
      );
      documentId = doc.id;
    }
    const created = await insertSanction(tx, {
      agencyId: c.agencyId,
      companyId: c.id,
      licenceId: b.licenceId ?? null,
      stage: b.stage,
      basis: b.basis,
      issuedOn: b.issuedOn,
      complyBy,
      status: 'open',
      documentId,
      caseId,
      courtDecisionNumber: b.courtDecisionNumber?.trim() || null,
      inspectionId: inspection?.id ?? null,
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
        caseId,
      );
    }
    const rows = await listSanctions(tx, { agencyId: c.agencyId, companyId: c.id });
    return sanctionView(rows.find((r) => r.sanction.id === created.id)!, today);
  });
}

/** The roles of the sanctions SOPs' lanes (067/011-067/014: Fungsional/Pelaksana, Kabid, Kepala Dinas). */
const SOP_LANE_ROLES: readonly Role[] = ['fungsional', 'kabid', 'kepala_dinas'];

const STAGE_SUBJECT: Record<TIssueSanction['stage'], string> = {
  warning_1: 'Peringatan tertulis I',
  warning_2: 'Peringatan tertulis II',
  warning_3: 'Peringatan tertulis III',
  suspension: 'Pembekuan sementara perizinan berusaha',
  revocation: 'Pencabutan perizinan berusaha',
};

function caseSubject(stage: TIssueSanction['stage'], basis: TIssueSanction['basis'], who: string): string {
  if (stage !== 'revocation') return `Sanksi administratif atas pelanggaran ${who}`;
  if (basis === 'request') return `Pencabutan perizinan berusaha atas permohonan ${who}`;
  if (basis === 'court_decision')
    return `Pencabutan perizinan berusaha berdasarkan putusan pengadilan ${who}`;
  if (basis === 'recommendation') return `Rekomendasi pencabutan perizinan berusaha ${who}`;
  return `${STAGE_SUBJECT[stage]} ${who}`;
}
