import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TLkpmPeriod, TLkpmReport, TLkpmStatus, TLkpmValues } from '@sigap/contracts/investment-control';
import {
  type CaseState,
  can,
  type EngineActor,
  LKPM_SOP_KEY,
  LKPM_STEP,
  startCase as startEngineCase,
  type WorkingCalendar,
} from '@sigap/core';
import {
  DEFAULT_LKPM_DEADLINE_DAY,
  type LkpmPeriod,
  periodCode,
  periodDeadline,
  periodLabel,
  realisedTotal,
} from '@sigap/core/investment-control';
import { findCaseForUpdate, insertCase, nextCounter } from '../../../platform/db/repositories/cases';
import { appendEvent, lockEventChain } from '../../../platform/db/repositories/event-log';
import {
  type AgencyRow,
  findUnitByCode,
  listPositions,
  listUnits,
} from '../../../platform/db/repositories/org';
import { advanceRecordCase, type StepCompletion } from '../../../platform/kernel/advance-case';
import { addPublicUpdate, listTimeline } from '../../../platform/kernel/timeline';
import { AppError } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import {
  applyOrThrow,
  engineActorOf,
  persistResult,
  roleUnitsFor,
} from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import { getDefinition, latestDefinitions } from '../../../platform/use-cases/sops/definitions';
import {
  caseNumberOf,
  findBusinessLine,
  findCompany,
  type LkpmReportRow,
  updateLkpmReport,
} from '../repository/lkpm-reports';

/** The record type of an LKPM report in the platform's timeline (`record_updates`) and event log. */
export const LKPM_RECORD = 'lkpm_report';

/** Status names as the division says them (DESIGN §3.2), for the event log and notices. */
export const LKPM_STATUS_LABEL: Record<TLkpmStatus, string> = {
  draft: 'DRAF',
  submitted: 'TERKIRIM',
  needs_correction: 'PERLU PERBAIKAN',
  corrected: 'SUDAH DIPERBAIKI',
  approved: 'DISETUJUI',
};

/** The agency's deadline day (`settings.control.lkpmDeadlineDay`), 15 when unset. */
export function lkpmDeadlineDayOf(agency: AgencyRow): number {
  const d = ((agency.settings ?? {}) as { control?: { lkpmDeadlineDay?: unknown } }).control?.lkpmDeadlineDay;
  return typeof d === 'number' && Number.isInteger(d) && d >= 1 ? d : DEFAULT_LKPM_DEADLINE_DAY;
}

/** A period as the API answers it. */
export function periodView(p: LkpmPeriod, deadlineDay: number): TLkpmPeriod {
  return {
    year: p.year,
    kind: p.kind,
    no: p.no,
    code: periodCode(p),
    deadline: periodDeadline(p, deadlineDay),
  };
}

export const periodOfRow = (
  r: Pick<LkpmReportRow, 'periodYear' | 'periodKind' | 'periodNo'>,
): LkpmPeriod => ({
  year: r.periodYear,
  kind: r.periodKind as LkpmPeriod['kind'],
  no: r.periodNo,
});

/**
 * The module completes the SOP's steps for the officer whose permission it checked (the policy
 * table says who records and who verifies; the seed's lanes are the division's teams): the
 * steps stay on the officer's name.
 */
export function moduleActor(actor: SessionActor): EngineActor {
  return { ...engineActorOf(actor), system: true };
}

/** The unit a verification case belongs to: the control division (DALAK), else a verifier's unit, else the top unit. */
async function lkpmUnit(db: Db, agency: AgencyRow): Promise<string> {
  const byCode = await findUnitByCode(db, agency.id, 'DALAK');
  if (byCode) return byCode.id;
  const verifier = (await listPositions(db, agency.id)).find((p) =>
    (p.roles as string[]).includes('verifikator_lkpm'),
  );
  if (verifier) return verifier.unitId;
  const top = (await listUnits(db, agency.id)).find((u) => !u.parentId);
  if (!top) throw new AppError('INTERNAL');
  return top.id;
}

/** Completes named steps of the report's verification case; whoever holds the next step is told. */
export function advanceLkpmCase(
  tx: Db,
  opts: {
    report: LkpmReportRow;
    companyName: string;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: SessionActor;
    now: Date;
    steps: StepCompletion[];
  },
): Promise<CaseState> {
  const r = opts.report;
  const label = periodLabel(periodOfRow(r));
  return advanceRecordCase(tx, {
    caseId: r.caseId,
    agency: opts.agency,
    calendar: opts.calendar,
    actor: moduleActor(opts.actor),
    actorUserId: opts.actor.userId,
    now: opts.now,
    steps: opts.steps,
    notice: {
      kind: 'lkpm.task',
      title: (step) => `LKPM ${label} ${opts.companyName}: langkah ${step.no} menunggu Anda`,
      body: (step) => step.activity,
      link: pagePath(OFFICE_PAGES.lkpmReport, { id: r.id }),
      dedupePrefix: `lkpm-task:${r.caseId}`,
    },
  });
}

/** Pauses (waiting for the company's correction) or resumes the clock of the report's case. */
export async function pauseLkpmCase(
  tx: Db,
  opts: {
    caseId: string | null;
    calendar: WorkingCalendar;
    action: { type: 'pause'; reason: string } | { type: 'resume' };
    actor: SessionActor;
    now: Date;
  },
): Promise<void> {
  if (!opts.caseId) throw new AppError('CONFLICT', { detail: 'the report has no case' });
  const row = await findCaseForUpdate(tx, opts.caseId);
  if (!row) throw new AppError('CONFLICT', { detail: 'the report has no case' });
  const state = row.state as CaseState;
  const paused = state.pauses.some((p) => p.end === null);
  if ((opts.action.type === 'pause') === paused) return;
  const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw new AppError('INTERNAL');
  const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
  const result = applyOrThrow(def, state, opts.action, moduleActor(opts.actor), {
    now: opts.now,
    calendar: opts.calendar,
    roleUnits,
  });
  await persistResult(tx, {
    caseRow: row,
    result,
    calendar: opts.calendar,
    actorUserId: opts.actor.userId,
    now: opts.now,
  });
}

/**
 * Starts the report's verification case (SOP 067/006) in the caller's transaction and links it
 * to the report: numbered `LKPM-<year>-<seq>`, in the control division.
 */
export async function startLkpmCase(
  tx: Db,
  opts: {
    report: LkpmReportRow;
    companyName: string;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: SessionActor;
    now: Date;
  },
): Promise<string> {
  const { agency, now } = opts;
  const found = (await latestDefinitions(tx, agency.id)).find((d) => d.def.key === LKPM_SOP_KEY);
  if (!found) throw new AppError('INTERNAL');
  const def = found.def;
  await lockEventChain(tx, agency.id);
  const year = Number(localDate(now, agency.timeZone).slice(0, 4));
  const number = `LKPM-${year}-${String(await nextCounter(tx, agency.id, 'lkpm_case', year)).padStart(6, '0')}`;
  const unitId = await lkpmUnit(tx, agency);
  const roleUnits = await roleUnitsFor(tx, agency.id, unitId, def);
  const started = startEngineCase(def, { now, calendar: opts.calendar, roleUnits }, moduleActor(opts.actor));
  const caseRow = await insertCase(tx, {
    agencyId: agency.id,
    unitId,
    number,
    subject: `LKPM ${periodLabel(periodOfRow(opts.report))}: ${opts.companyName}`,
    definitionKey: def.key,
    definitionVersion: def.version,
    status: started.state.status,
    startedAt: now,
    dueAt: started.state.dueAt ? new Date(started.state.dueAt) : null,
    state: started.state,
    createdBy: opts.actor.userId,
    updatedAt: now,
  });
  await persistResult(tx, {
    caseRow,
    result: started,
    calendar: opts.calendar,
    actorUserId: opts.actor.userId,
    now,
    isNew: true,
  });
  await updateLkpmReport(tx, opts.report.id, { caseId: caseRow.id });
  opts.report.caseId = caseRow.id;
  return caseRow.id;
}

/**
 * Records a status change: the report's timeline step and the event, in the caller's
 * transaction (the one that changes the report and its case).
 */
export async function recordLkpmChange(
  tx: Db,
  opts: {
    report: LkpmReportRow;
    actor: SessionActor;
    now: Date;
    kind: TLkpmStatus | 'updated';
    text?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown>;
  },
): Promise<void> {
  if (opts.kind !== 'updated')
    await addPublicUpdate(tx, {
      recordType: LKPM_RECORD,
      recordId: opts.report.id,
      kind: opts.kind,
      at: opts.now,
      text: opts.text ?? null,
      public: false,
    });
  await appendEvent(tx, {
    agencyId: opts.report.agencyId,
    actorUserId: opts.actor.userId,
    entityType: LKPM_RECORD,
    entityId: opts.report.id,
    caseId: opts.report.caseId,
    action: `lkpm.${opts.kind}`,
    before: opts.before ?? null,
    after: { status: LKPM_STATUS_LABEL[opts.report.status as TLkpmStatus], ...(opts.after ?? {}) },
    occurredAt: opts.now,
  });
}

/** The values a report carries, for the event log. */
export const valuesOf = (r: LkpmReportRow) => ({
  land: r.land,
  buildings: r.buildings,
  machinery: r.machinery,
  workingCapital: r.workingCapital,
  other: r.other,
  planned: r.planned,
  workersIndonesian: r.workersIndonesian,
  workersForeign: r.workersForeign,
  problems: r.problems,
});

/** The report as the office page shows it, with what the reader may do now. */
export async function lkpmReportView(db: Db, r: LkpmReportRow, actor: SessionActor): Promise<TLkpmReport> {
  const [company, line, caseNumber, timeline] = await Promise.all([
    findCompany(db, r.companyId),
    r.businessLineId ? findBusinessLine(db, r.businessLineId) : Promise.resolve(undefined),
    caseNumberOf(db, r.caseId),
    listTimeline(db, LKPM_RECORD, r.id),
  ]);
  if (!company) throw new AppError('INTERNAL');
  const agency = actor.agency;
  const manage = can(actor, 'control.manage', { agencyId: r.agencyId });
  const verify = can(actor, 'lkpm.verify', { agencyId: r.agencyId });
  return {
    id: r.id,
    companyId: r.companyId,
    companyName: company.name,
    nib: company.nib,
    companyScale: company.scale as TLkpmReport['companyScale'],
    investmentType: company.investmentType as TLkpmReport['investmentType'],
    businessLineId: r.businessLineId,
    businessLineName: line ? `${line.kbli} ${line.name}` : null,
    period: periodView(periodOfRow(r), lkpmDeadlineDayOf(agency)),
    status: r.status as TLkpmStatus,
    land: r.land,
    buildings: r.buildings,
    machinery: r.machinery,
    workingCapital: r.workingCapital,
    other: r.other,
    realised: realisedTotal(r),
    planned: r.planned,
    workersIndonesian: r.workersIndonesian,
    workersForeign: r.workersForeign,
    problems: r.problems,
    corrections: r.corrections as TLkpmReport['corrections'],
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    source: r.source,
    caseId: r.caseId,
    caseNumber,
    timeline: timeline.map((t) => ({ kind: t.kind, at: t.occurredAt.toISOString(), text: t.text })),
    can: {
      edit: manage && r.status === 'draft',
      submit: manage && r.status === 'draft',
      verify: verify && (r.status === 'submitted' || r.status === 'corrected'),
      correct: manage && r.status === 'needs_correction',
    },
  };
}

/** A report's values as stored: rupiah digits as numbers (below 2^53, exact). */
export function storedValues(v: TLkpmValues) {
  return {
    land: Number(v.land),
    buildings: Number(v.buildings),
    machinery: Number(v.machinery),
    workingCapital: Number(v.workingCapital),
    other: Number(v.other),
    planned: Number(v.planned),
    workersIndonesian: v.workersIndonesian,
    workersForeign: v.workersForeign,
    problems: v.problems ?? null,
  };
}

/**
 * A report filed before Sigap ran its verification (imported from an OSS export as submitted,
 * returned or corrected) has no case yet: it gets one now, with the filing and intake steps done,
 * so the verifier's decision or the correction runs through SOP 067/006 like any other.
 */
export async function ensureLkpmCase(
  tx: Db,
  opts: {
    report: LkpmReportRow;
    companyName: string;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: SessionActor;
    now: Date;
  },
): Promise<void> {
  if (opts.report.caseId) return;
  await startLkpmCase(tx, opts);
  await advanceLkpmCase(tx, {
    ...opts,
    steps: [
      { stepId: LKPM_STEP.submit, form: { note: `LKPM diterima (${opts.report.source})` } },
      { stepId: LKPM_STEP.identify, form: { note: opts.companyName } },
    ],
  });
}
