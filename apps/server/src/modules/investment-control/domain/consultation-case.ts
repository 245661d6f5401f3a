import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { CONSULTATION_SOP_KEYS, type TConsultationKind } from '@sigap/contracts/investment-control';
import {
  type CaseState,
  type EngineActor,
  HELPDESK_STEP,
  startCase as startEngineCase,
  VIRTUAL_CONSULTATION_STEP,
  type WorkingCalendar,
} from '@sigap/core';
import { findCaseForUpdate, insertCase, nextCounter } from '../../../platform/db/repositories/cases';
import { appendEvent, lockEventChain } from '../../../platform/db/repositories/event-log';
import {
  type AgencyRow,
  findUnitByCode,
  holdersInUnits,
  listPositions,
  listUnits,
} from '../../../platform/db/repositories/org';
import {
  advanceRecordCase,
  currentStepIds,
  type StepCompletion,
} from '../../../platform/kernel/advance-case';
import { AppError } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import {
  applyOrThrow,
  engineActorOf,
  persistResult,
  roleUnitsFor,
} from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { getDefinition, latestDefinitions } from '../../../platform/use-cases/sops/definitions';
import { type ConsultationRow, updateConsultation } from '../repository/consultations';

/** The record type of a consultation ticket in the event log. */
export const CONSULTATION_RECORD = 'control_consultation';

/** The portal has no staff member behind it: the module acts as the system. */
const PORTAL_ACTOR: EngineActor = { userId: 'system', roles: [], unitIds: [], system: true };

/** The engine actor for a change: the staff member (as the module, which completes its own steps) or the portal. */
export function consultationActor(actor: SessionActor | null): EngineActor {
  return actor ? { ...engineActorOf(actor), system: true } : PORTAL_ACTOR;
}

/** The unit a ticket's case belongs to: the control division (DALAK), else a helpdesk holder's unit, else the top unit. */
async function consultationUnit(db: Db, agency: AgencyRow): Promise<string> {
  const byCode = await findUnitByCode(db, agency.id, 'DALAK');
  if (byCode) return byCode.id;
  const helpdesk = (await listPositions(db, agency.id)).find((p) =>
    (p.roles as string[]).includes('helpdesk_lkpm'),
  );
  if (helpdesk) return helpdesk.unitId;
  const top = (await listUnits(db, agency.id)).find((u) => !u.parentId);
  if (!top) throw new AppError('INTERNAL');
  return top.id;
}

/** The SOP a ticket of this kind runs: the helpdesk 067/008 or the virtual consultation 067/007. */
export const sopKeyOf = (kind: string) => CONSULTATION_SOP_KEYS[kind as TConsultationKind];

/**
 * Starts the ticket's case (SOP 067/008 or 067/007) in the caller's transaction and links it:
 * numbered like the ticket, in the control division. The portal starts it as the system.
 */
export async function startConsultationCase(
  tx: Db,
  opts: {
    ticket: ConsultationRow;
    companyName: string;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: SessionActor | null;
    now: Date;
  },
): Promise<string> {
  const { agency, now, ticket } = opts;
  const key = sopKeyOf(ticket.kind);
  const found = (await latestDefinitions(tx, agency.id)).find((d) => d.def.key === key);
  if (!found) throw new AppError('INTERNAL');
  const def = found.def;
  await lockEventChain(tx, agency.id);
  const year = Number(localDate(now, agency.timeZone).slice(0, 4));
  const number = `KONS-${year}-${String(await nextCounter(tx, agency.id, 'consultation_case', year)).padStart(6, '0')}`;
  const unitId = await consultationUnit(tx, agency);
  const roleUnits = await roleUnitsFor(tx, agency.id, unitId, def);
  const started = startEngineCase(
    def,
    { now, calendar: opts.calendar, roleUnits },
    consultationActor(opts.actor),
  );
  const label = ticket.kind === 'helpdesk' ? 'Helpdesk LKPM' : 'Konsultasi virtual';
  const caseRow = await insertCase(tx, {
    agencyId: agency.id,
    unitId,
    number,
    subject: `${label} ${ticket.number}: ${opts.companyName}, ${ticket.topic}`.slice(0, 500),
    definitionKey: def.key,
    definitionVersion: def.version,
    status: started.state.status,
    startedAt: now,
    dueAt: started.state.dueAt ? new Date(started.state.dueAt) : null,
    state: started.state,
    createdBy: opts.actor?.userId ?? null,
    updatedAt: now,
  });
  await persistResult(tx, {
    caseRow,
    result: started,
    calendar: opts.calendar,
    actorUserId: opts.actor?.userId ?? null,
    now,
    isNew: true,
  });
  await updateConsultation(tx, ticket.id, { caseId: caseRow.id });
  ticket.caseId = caseRow.id;
  if (!opts.actor) {
    // a portal ticket: the holders of the intake step are told, as for any step that opens
    const today = localDate(now, agency.timeZone);
    for (const task of started.state.tasks.filter((t) => t.status === 'ready' && t.unitId)) {
      const holders = (await holdersInUnits(tx, agency.id, [task.unitId!], today)).filter((h) =>
        (h.roles as string[]).includes(task.role),
      );
      for (const h of new Set(holders.map((x) => x.userId)))
        await notifyStaff(tx, {
          agencyId: agency.id,
          userId: h,
          kind: 'consultation.task',
          title: `${ticket.number} ${opts.companyName}: tiket baru dari portal`,
          body: ticket.topic,
          link: pagePath(OFFICE_PAGES.consultation, { id: ticket.id }),
          dedupeKey: `consultation-task:${caseRow.id}:${task.id}`,
          createdAt: now,
        });
    }
  }
  return caseRow.id;
}

/** Completes named steps of the ticket's case; whoever holds the next step is told. */
export function advanceConsultationCase(
  tx: Db,
  opts: {
    ticket: ConsultationRow;
    companyName: string;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: SessionActor | null;
    now: Date;
    steps: StepCompletion[];
  },
): Promise<CaseState> {
  const t = opts.ticket;
  return advanceRecordCase(tx, {
    caseId: t.caseId,
    agency: opts.agency,
    calendar: opts.calendar,
    actor: consultationActor(opts.actor),
    actorUserId: opts.actor?.userId ?? null,
    now: opts.now,
    steps: opts.steps,
    notice: {
      kind: 'consultation.task',
      title: (step) => `${t.number} ${opts.companyName}: langkah ${step.no} menunggu Anda`,
      body: (step) => step.activity,
      link: pagePath(OFFICE_PAGES.consultation, { id: t.id }),
      dedupePrefix: `consultation-task:${t.caseId}`,
    },
  });
}

/** The module's steps of a ticket's SOP, in order (067/008 s1-s5, 067/007 s1-s6). */
export function moduleStepsOf(kind: string): string[] {
  return kind === 'helpdesk' ? Object.values(HELPDESK_STEP) : Object.values(VIRTUAL_CONSULTATION_STEP);
}

/**
 * Completes the ticket's module steps from the one now open up to `upTo`, each with its note
 * (the flow is a straight line). A ticket opened on the portal has its intake (s1) still open:
 * the staff member's first action completes it with the rest.
 */
export async function completeConsultationSteps(
  tx: Db,
  opts: Omit<Parameters<typeof advanceConsultationCase>[1], 'steps'> & {
    upTo: string;
    notes: Record<string, string>;
  },
): Promise<void> {
  const order = moduleStepsOf(opts.ticket.kind);
  const open = await currentStepIds(tx, opts.ticket.caseId);
  const from = order.findIndex((s) => open.includes(s));
  const to = order.indexOf(opts.upTo);
  if (from < 0 || to < from) return;
  const steps = order
    .slice(from, to + 1)
    .map((stepId) => ({ stepId, form: { note: opts.notes[stepId] ?? '-' } }));
  await advanceConsultationCase(tx, { ...opts, steps });
}

/** Cancels the ticket's case with the reason the ticket was closed. */
export async function cancelConsultationCase(
  tx: Db,
  opts: { caseId: string | null; calendar: WorkingCalendar; reason: string; actor: SessionActor; now: Date },
): Promise<void> {
  if (!opts.caseId) return;
  const row = await findCaseForUpdate(tx, opts.caseId);
  if (row?.status !== 'open') return;
  const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw new AppError('INTERNAL');
  const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
  const result = applyOrThrow(
    def,
    row.state as CaseState,
    { type: 'cancel', reason: opts.reason },
    consultationActor(opts.actor),
    { now: opts.now, calendar: opts.calendar, roleUnits },
  );
  await persistResult(tx, {
    caseRow: row,
    result,
    calendar: opts.calendar,
    actorUserId: opts.actor.userId,
    now: opts.now,
  });
}

/** The ticket's event, in the transaction that changes it. */
export async function recordConsultationEvent(
  tx: Db,
  opts: {
    ticket: ConsultationRow;
    actor: SessionActor | null;
    now: Date;
    action: 'received' | 'scheduled' | 'answered' | 'closed';
    after: Record<string, unknown>;
  },
): Promise<void> {
  await appendEvent(tx, {
    agencyId: opts.ticket.agencyId,
    actorUserId: opts.actor?.userId ?? null,
    entityType: CONSULTATION_RECORD,
    entityId: opts.ticket.id,
    caseId: opts.ticket.caseId,
    action: `consultation.${opts.action}`,
    after: { number: opts.ticket.number, ...opts.after },
    occurredAt: opts.now,
  });
}
