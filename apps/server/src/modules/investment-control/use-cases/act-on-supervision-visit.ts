import type { TSupervisionVisit, TSupervisionVisitAction } from '@sigap/contracts/investment-control';
import { assertCan, isWorkingDay } from '@sigap/core';
import { findDocument } from '../../../platform/db/repositories/documents';
import { conflict, invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { createDocument } from '../../../platform/use-cases/documents/create-document';
import { visitView } from '../domain/supervision';
import { supervisionLetter } from '../domain/supervision-letter';
import { fixLetterDue, startVisitCase } from '../domain/visit-case';
import { findCompany } from '../repository/registry';
import {
  findVisitForUpdate,
  inspectorsForLetter,
  listInspectors,
  listVisits,
  updateVisit,
  userNames,
} from '../repository/supervision';

const OPEN = ['planned', 'letter_issued'];

/**
 * Works on one routine visit: move it (another working day of the plan's year, other inspectors;
 * an assignment letter issued for the old date no longer holds, so the visit needs a new one),
 * record its assignment letter (Surat Tugas: a number typed for a letter made outside Sigap, or the
 * visit's letter signed in the document service, its number and signing date), draft that letter
 * from the `surat-tugas` template on the visit's case (starting the case if needed), start its SOP 067/009 case (the platform's
 * `startCase`: the SOP is not module-managed; its letter step due on the working day before the
 * visit, and moved with it), record it done with its findings, or cancel it.
 */
export async function actOnSupervisionVisit(
  ctx: AuthedCtx,
  input: { id: string; action: TSupervisionVisitAction },
): Promise<TSupervisionVisit> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const today = localDate(now, tz);
  const calendar = await loadWorkingCalendar(db, actor.agency);
  const a = input.action;
  return db.transaction(async (tx) => {
    const visit = await findVisitForUpdate(tx, input.id);
    if (!visit || visit.agencyId !== actor.agencyId) throw notFound();
    const open = OPEN.includes(visit.status);
    if (a.type === 'move') {
      if (!open) throw conflict(`kunjungan berstatus ${visit.status}`);
      if (a.plannedOn.slice(0, 4) !== visit.plannedOn.slice(0, 4))
        throw invalidField('plannedOn', 'visit_other_year');
      if (a.plannedOn <= today) throw invalidField('plannedOn', 'visit_not_after_today');
      if (!isWorkingDay(calendar, a.plannedOn)) throw invalidField('plannedOn', 'not_working_day');
      let inspectorIds = visit.inspectorIds;
      if (a.inspectorIds) {
        const known = new Set((await listInspectors(tx, actor.agencyId, today)).map((i) => i.id));
        const bad = a.inspectorIds.findIndex((id) => !known.has(id));
        if (bad >= 0) throw invalidField(`inspectorIds.${bad}`, 'inspector_unknown');
        inspectorIds = [...new Set(a.inspectorIds)];
      }
      const moved = a.plannedOn !== visit.plannedOn;
      await updateVisit(tx, visit.id, {
        plannedOn: a.plannedOn,
        inspectorIds,
        ...(moved && visit.status === 'letter_issued'
          ? { status: 'planned', letterNumber: null, letterIssuedOn: null }
          : {}),
        // a letter drafted for the old date no longer holds: the visit needs a new draft
        ...(moved ? { letterDocumentId: null } : {}),
        updatedAt: now,
      });
      // the case's letter task moves with the visit: due on the new date's letter day
      if (moved && visit.caseId)
        await fixLetterDue(tx, {
          caseId: visit.caseId,
          plannedOn: a.plannedOn,
          calendar,
          actorUserId: actor.userId,
          now,
        });
    } else if (a.type === 'issueLetter') {
      if (visit.status !== 'planned') throw conflict(`kunjungan berstatus ${visit.status}`);
      let letterNumber: string;
      let issuedOn: string;
      if (a.documentId) {
        // the visit's own Surat Tugas, signed (and numbered) in the document service
        const doc = await findDocument(tx, a.documentId);
        if (!doc || doc.id !== visit.letterDocumentId) throw invalidField('documentId', 'invalid');
        if (!['signed', 'sent'].includes(doc.status) || !doc.number || !doc.signedAt)
          throw invalidField('documentId', 'not_signed');
        letterNumber = doc.number;
        issuedOn = localDate(doc.signedAt, tz);
        if (issuedOn > visit.plannedOn) throw invalidField('documentId', 'letter_after_visit');
      } else {
        if (!a.letterNumber) throw invalidField('letterNumber', 'required');
        if (!a.issuedOn) throw invalidField('issuedOn', 'required');
        if (a.issuedOn > today) throw invalidField('issuedOn', 'not_future');
        if (a.issuedOn > visit.plannedOn) throw invalidField('issuedOn', 'letter_after_visit');
        letterNumber = a.letterNumber;
        issuedOn = a.issuedOn;
      }
      await updateVisit(tx, visit.id, {
        status: 'letter_issued',
        letterNumber,
        letterIssuedOn: issuedOn,
        updatedAt: now,
      });
    } else if (a.type === 'draftLetter') {
      if (visit.status !== 'planned') throw conflict(`kunjungan berstatus ${visit.status}`);
      // a cancelled draft (withdrawn in the document service) makes way for a new one
      const drafted = visit.letterDocumentId ? await findDocument(tx, visit.letterDocumentId) : undefined;
      if (drafted && drafted.status !== 'cancelled') throw conflict('surat tugas kunjungan sudah dikonsep');
      const company = await findCompany(tx, visit.companyId);
      if (!company) throw notFound();
      let caseId = visit.caseId;
      if (!caseId) {
        const started = await startVisitCase(
          { db: tx, now, actor },
          { ...visit, companyName: company.name, nib: company.nib },
          calendar,
        );
        caseId = started.id;
      }
      const unitId = actor.positions[0]?.unitId;
      if (!unitId) throw conflict('penyusun tidak memegang jabatan');
      const letter = supervisionLetter({
        company,
        officers: await inspectorsForLetter(tx, visit.inspectorIds, visit.plannedOn),
        plannedOn: visit.plannedOn,
        seq: visit.seq,
      });
      const doc = await createDocument(
        { db: tx, now, actor },
        { ...letter, caseId, classification: '094', unitId },
      );
      await updateVisit(tx, visit.id, { caseId, letterDocumentId: doc.id, updatedAt: now });
    } else if (a.type === 'startCase') {
      if (!open) throw conflict(`kunjungan berstatus ${visit.status}`);
      if (visit.caseId) throw conflict('kasus SOP 067/009 sudah dimulai');
      const [row] = (await listVisits(tx, listOne(actor.agencyId, visit))).rows;
      const started = await startVisitCase(
        { db: tx, now, actor },
        { ...visit, companyName: row!.companyName, nib: row!.nib },
        calendar,
      );
      await updateVisit(tx, visit.id, { caseId: started.id, updatedAt: now });
    } else if (a.type === 'done') {
      if (!open) throw conflict(`kunjungan berstatus ${visit.status}`);
      if (a.doneOn > today) throw invalidField('doneOn', 'not_future');
      await updateVisit(tx, visit.id, {
        status: 'done',
        doneOn: a.doneOn,
        findingsCount: a.findingsCount,
        note: a.note ?? visit.note,
        updatedAt: now,
      });
    } else {
      if (!open) throw conflict(`kunjungan berstatus ${visit.status}`);
      await updateVisit(tx, visit.id, { status: 'cancelled', note: a.note, updatedAt: now });
    }
    const [row] = (await listVisits(tx, listOne(actor.agencyId, visit))).rows;
    const names = await userNames(tx, row!.visit.inspectorIds);
    return visitView(row!, names, calendar, today);
  });
}

function listOne(agencyId: string, visit: { id: string; plannedOn: string }) {
  return { agencyId, year: Number(visit.plannedOn.slice(0, 4)), id: visit.id, limit: 1, offset: 0 };
}
