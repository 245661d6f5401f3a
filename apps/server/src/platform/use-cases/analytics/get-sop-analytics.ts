import type {
  TSopAnalytics,
  TSopAnalyticsQuery,
  TSopAnalyticsResponse,
  TSopDefinition,
  TSopStep,
} from '@sigap/contracts';
import {
  assertCan,
  type CasePause,
  can,
  closePauses,
  countSendBacks,
  fromLocal,
  measureTask,
  type SendBack,
  type StepSample,
  scopeUnits,
  standardTimeToMinutes,
  summariseStep,
} from '@sigap/core';
import {
  type AnalyticsFilter,
  listAnalyticsCases,
  listAnalyticsTasks,
} from '../../db/repositories/analytics';
import { listUnits } from '../../db/repositories/org';
import { invalidField, notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx, Db, SessionActor } from '../context';
import { getDefinition } from '../sops/definitions';

const DAY_MS = 86_400_000;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

/** The units whose cases count: the filter unit and its subtree, or the actor's scope (null: the whole agency). */
async function selectedUnits(
  db: Db,
  actor: SessionActor,
  unitId: string | undefined,
): Promise<string[] | null> {
  if (!unitId)
    return can(actor, 'agency.readAll', { agencyId: actor.agencyId }) ? null : [...actor.scopeUnitIds];
  assertCan(actor, 'unit.work.read', { agencyId: actor.agencyId, unitId });
  const units = await listUnits(db, actor.agencyId);
  if (!units.some((u) => u.id === unitId)) throw notFound();
  return scopeUnits([unitId], [unitId], new Map(units.map((u) => [u.id, u.parentId])));
}

function standardMinutesOf(step: TSopStep): number | null {
  return step.time && !step.time.leadTime ? standardTimeToMinutes(step.time) : null;
}

function standardTextOf(step: TSopStep): string | null {
  return step.time ? (step.time.raw ?? `${step.time.amount} ${step.time.unit}`) : (step.timeRaw ?? null);
}

/**
 * SOP compliance for leaders (DESIGN §4.3): per SOP and step, the actual working time of the
 * finished tasks against the standard (median, 90th percentile, share within), waiting versus
 * working time, and who sent work back; over cases started in the period, in the unit's subtree.
 */
export async function getSopAnalytics(
  { db, now, actor }: AuthedCtx,
  query: TSopAnalyticsQuery,
): Promise<TSopAnalyticsResponse> {
  assertCan(actor, 'analytics.read', { agencyId: actor.agencyId });
  if (query.from && query.to && query.to < query.from) throw invalidField('to', 'date_range');
  const tz = actor.agency.timeZone;
  const filter: AnalyticsFilter = {
    agencyId: actor.agencyId,
    unitIds: await selectedUnits(db, actor, query.unitId),
    startedFrom: query.from ? fromLocal(query.from, '00:00', tz) : undefined,
    startedBefore: query.to ? new Date(fromLocal(query.to, '00:00', tz).getTime() + DAY_MS) : undefined,
  };
  const [caseRows, taskRows, calendar] = await Promise.all([
    listAnalyticsCases(db, filter),
    listAnalyticsTasks(db, filter),
    loadWorkingCalendar(db, actor.agency),
  ]);

  const defs = new Map<string, TSopDefinition | null>();
  const defOf = async (key: string, version: number) => {
    const id = `${key}|${version}`;
    if (!defs.has(id)) defs.set(id, await getDefinition(db, actor.agencyId, key, version));
    return defs.get(id) ?? null;
  };

  interface SopAcc {
    key: string;
    casesRun: number;
    casesCompleted: number;
    /** Newest version first: step metadata comes from the newest version that has the step. */
    versions: TSopDefinition[];
    samples: Map<string, StepSample[]>;
    sendBacks: Array<Pick<SendBack, 'fromStepId' | 'byRole'>>;
  }
  const sops = new Map<string, SopAcc>();
  const caseInfo = new Map<
    string,
    { def: TSopDefinition | null; pauses: Array<{ start: Date; end: Date }> }
  >();
  for (const c of caseRows) {
    const def = await defOf(c.definitionKey, c.definitionVersion);
    let acc = sops.get(c.definitionKey);
    if (!acc) {
      acc = {
        key: c.definitionKey,
        casesRun: 0,
        casesCompleted: 0,
        versions: [],
        samples: new Map(),
        sendBacks: [],
      };
      sops.set(c.definitionKey, acc);
    }
    acc.casesRun++;
    if (c.status === 'completed') acc.casesCompleted++;
    if (def && !acc.versions.includes(def)) acc.versions.push(def);
    acc.sendBacks.push(...((c.sendBacks ?? []) as SendBack[]));
    const pauses = ((c.pauses ?? []) as CasePause[]).map((p) => ({
      start: new Date(p.start),
      end: p.end ? new Date(p.end) : null,
    }));
    caseInfo.set(c.id, { def, pauses: closePauses(pauses, now) });
  }

  for (const t of taskRows) {
    const info = caseInfo.get(t.caseId);
    const step = info?.def?.steps.find((s) => s.id === t.stepId);
    if (!info?.def || !step || !t.completedAt) continue;
    const durations = measureTask(
      calendar,
      { readyAt: t.readyAt, claimedAt: t.claimedAt, completedAt: t.completedAt },
      info.pauses,
    );
    const list = sops.get(info.def.key)?.samples;
    if (!list) continue;
    const samples = list.get(t.stepId) ?? [];
    samples.push({
      ...durations,
      standardMinutes: standardMinutesOf(step),
      dueMet: t.dueAt ? t.completedAt.getTime() <= t.dueAt.getTime() : null,
    });
    list.set(t.stepId, samples);
  }

  const out: TSopAnalytics[] = [];
  for (const acc of sops.values()) {
    acc.versions.sort((a, b) => b.version - a.version);
    const newest = acc.versions[0];
    const steps = new Map<string, TSopStep>();
    for (const def of acc.versions) for (const s of def.steps) if (!steps.has(s.id)) steps.set(s.id, s);
    const sentBack = countSendBacks(acc.sendBacks);
    out.push({
      key: acc.key,
      code: newest?.code ?? null,
      title: newest?.title ?? { id: acc.key, en: acc.key },
      casesRun: acc.casesRun,
      casesCompleted: acc.casesCompleted,
      steps: [...steps.values()].map((step) => {
        const s = summariseStep(acc.samples.get(step.id) ?? []);
        return {
          stepId: step.id,
          no: step.no,
          activity: step.activity,
          standardMinutes: standardMinutesOf(step),
          standardText: standardTextOf(step),
          count: s.count,
          medianMinutes: round1(s.medianMinutes),
          p90Minutes: round1(s.p90Minutes),
          withinStandardShare: round4(s.withinStandardShare),
          waitingMedianMinutes: round1(s.waitingMedianMinutes),
          workingMedianMinutes: round1(s.workingMedianMinutes),
          sentBack: sentBack.get(step.id) ?? [],
        };
      }),
    });
  }
  out.sort((a, b) => (a.code ?? a.key).localeCompare(b.code ?? b.key) || a.key.localeCompare(b.key));
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    unitId: query.unitId ?? null,
    timeZone: tz,
    sops: out,
  };
}
