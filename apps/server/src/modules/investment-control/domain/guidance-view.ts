import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import type {
  TGuidance,
  TGuidanceEvaluation,
  TGuidanceKind,
  TGuidanceParticipant,
  TGuidanceSummary,
} from '@sigap/contracts/investment-control';
import {
  type LkpmPeriod,
  type LkpmPeriodKind,
  periodCode,
  periodDeadline,
  periodKindOf,
  periodOf,
  previousPeriod,
} from '@sigap/core/investment-control';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { localDate } from '../../../platform/lib/local-date';
import type { Db } from '../../../platform/use-cases/context';
import {
  filedPeriodsOf,
  type GuidanceRow,
  listGuidanceRows,
  type ParticipantListRow,
  participantsOf,
} from '../repository/guidance';
import { lkpmDeadlineDayOf } from './lkpm';

/** The file kind of a guidance's materials. */
export const GUIDANCE_MATERIAL_KIND = 'control_guidance_material';

/**
 * The periods a guidance is judged on for a kind of filer: the last period that ended before
 * the session (`before`) and the one the session fell in (`after`, filed once it ends).
 */
export function guidancePeriods(
  heldOn: string,
  kind: LkpmPeriodKind,
): { before: LkpmPeriod; after: LkpmPeriod } {
  const after = periodOf(heldOn, kind);
  return { before: previousPeriod(after), after };
}

const key = (companyId: string, p: LkpmPeriod) => `${companyId}:${p.kind}:${p.year}:${p.no}`;
const rate = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 10);

interface Judged {
  evaluation: TGuidanceEvaluation;
  /** Per participant id: filed before and after (null for non-filers or absentees). */
  byParticipant: Map<string, { before: boolean | null; after: boolean | null }>;
}

/**
 * LKPM filing before and after each guidance, over the companies that attended it (micro
 * businesses do not file and are left out): read from the reports in one query for all of them.
 */
export async function evaluateGuidance(
  db: Db,
  agency: AgencyRow,
  now: Date,
  guidance: GuidanceRow[],
  participants: ParticipantListRow[],
): Promise<Map<string, Judged>> {
  const today = localDate(now, agency.timeZone);
  const deadlineDay = lkpmDeadlineDayOf(agency);
  const heldOn = new Map(guidance.map((g) => [g.id, g.heldOn]));
  const judged = participants.flatMap((p) => {
    const kind = periodKindOf(p.scale);
    const on = heldOn.get(p.participant.guidanceId);
    if (!kind || !on || p.participant.attended !== true) return [];
    return [{ row: p, ...guidancePeriods(on, kind) }];
  });
  const periods = new Map<string, LkpmPeriod>();
  for (const j of judged) for (const p of [j.before, j.after]) periods.set(periodCode(p), p);
  const filed = await filedPeriodsOf(
    db,
    agency.id,
    [...new Set(judged.map((j) => j.row.participant.companyId))],
    [...periods.values()],
  );
  const filedSet = new Set(filed.map((f) => `${f.companyId}:${f.kind}:${f.year}:${f.no}`));
  const out = new Map<string, Judged>();
  for (const g of guidance) {
    const after = guidancePeriods(g.heldOn, 'quarter').after;
    out.set(g.id, {
      evaluation: {
        companies: 0,
        reportedBefore: 0,
        reportedAfter: 0,
        rateBefore: null,
        rateAfter: null,
        afterDue: periodDeadline(after, deadlineDay) < today,
      },
      byParticipant: new Map(),
    });
  }
  for (const j of judged) {
    const g = out.get(j.row.participant.guidanceId)!;
    const before = filedSet.has(key(j.row.participant.companyId, j.before));
    const after = filedSet.has(key(j.row.participant.companyId, j.after));
    g.byParticipant.set(j.row.participant.id, { before, after });
    g.evaluation.companies += 1;
    if (before) g.evaluation.reportedBefore += 1;
    if (after) g.evaluation.reportedAfter += 1;
    // a half-year period ends later than the quarter: due only once every compared period is
    if (periodDeadline(j.after, deadlineDay) >= today) g.evaluation.afterDue = false;
  }
  for (const g of out.values()) {
    g.evaluation.rateBefore = rate(g.evaluation.reportedBefore, g.evaluation.companies);
    g.evaluation.rateAfter = rate(g.evaluation.reportedAfter, g.evaluation.companies);
  }
  return out;
}

/** The evaluations of several guidance added up (the list's total). */
export function sumEvaluations(list: TGuidanceEvaluation[]): TGuidanceEvaluation {
  const companies = list.reduce((n, e) => n + e.companies, 0);
  const reportedBefore = list.reduce((n, e) => n + e.reportedBefore, 0);
  const reportedAfter = list.reduce((n, e) => n + e.reportedAfter, 0);
  return {
    companies,
    reportedBefore,
    reportedAfter,
    rateBefore: rate(reportedBefore, companies),
    rateAfter: rate(reportedAfter, companies),
    afterDue: list.every((e) => e.afterDue),
  };
}

function summaryOf(
  g: GuidanceRow,
  caseNumber: string | null,
  parts: ParticipantListRow[],
  evaluation: TGuidanceEvaluation,
): TGuidanceSummary {
  return {
    id: g.id,
    kind: g.kind as TGuidanceKind,
    status: g.status as TGuidanceSummary['status'],
    title: g.title,
    heldOn: g.heldOn,
    startTime: g.startTime,
    endTime: g.endTime,
    place: g.place,
    onlineLink: g.onlineLink,
    companyName: g.kind === 'bimtek' ? null : (parts[0]?.companyName ?? null),
    participants: parts.length,
    attended: parts.filter((p) => p.participant.attended === true).length,
    caseNumber,
    evaluation,
  };
}

/** The agency's guidance as the list shows them, with the evaluation summed over every one matched. */
export async function loadGuidanceList(
  db: Db,
  agency: AgencyRow,
  now: Date,
  filter: { kind?: string; companyId?: string; page: number; pageSize: number },
) {
  const all = await listGuidanceRows(db, {
    agencyId: agency.id,
    kind: filter.kind,
    companyId: filter.companyId,
  });
  const parts = await participantsOf(
    db,
    all.map((r) => r.guidance.id),
  );
  const judged = await evaluateGuidance(
    db,
    agency,
    now,
    all.map((r) => r.guidance),
    parts,
  );
  const page = all.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize);
  return {
    items: page.map((r) =>
      summaryOf(
        r.guidance,
        r.caseNumber ?? null,
        parts.filter((p) => p.participant.guidanceId === r.guidance.id),
        judged.get(r.guidance.id)!.evaluation,
      ),
    ),
    total: all.length,
    page: filter.page,
    pageSize: filter.pageSize,
    evaluation: sumEvaluations([...judged.values()].map((j) => j.evaluation)),
  };
}

/** One guidance of the agency with its participants, survey and evaluation; undefined when not the agency's. */
export async function loadGuidance(
  db: Db,
  agency: AgencyRow,
  now: Date,
  id: string,
  canManage: boolean,
): Promise<TGuidance | undefined> {
  const [row] = await listGuidanceRows(db, { agencyId: agency.id, id });
  if (!row) return undefined;
  const g = row.guidance;
  const parts = await participantsOf(db, [g.id]);
  const judged = (await evaluateGuidance(db, agency, now, [g], parts)).get(g.id)!;
  const answered = parts.filter((p) => p.participant.surveyScore !== null);
  const kinds = [...new Set(parts.map((p) => periodKindOf(p.scale)).filter((k) => k !== null))];
  return {
    ...summaryOf(g, row.caseNumber ?? null, parts, judged.evaluation),
    topic: g.topic,
    companyId: g.kind === 'bimtek' ? null : (parts[0]?.participant.companyId ?? null),
    requestLetterNumber: g.requestLetterNumber,
    requestLetterDate: g.requestLetterDate,
    inspectionId: g.inspectionId,
    minutes: g.minutes,
    minutesAt: g.minutesAt?.toISOString() ?? null,
    materials: g.materials as TGuidance['materials'],
    caseId: g.caseId,
    participantList: parts.map((p): TGuidanceParticipant => {
      const j = judged.byParticipant.get(p.participant.id);
      return {
        id: p.participant.id,
        companyId: p.participant.companyId,
        companyName: p.companyName,
        nib: p.nib,
        email: p.participant.email,
        invitedAt: p.participant.invitedAt?.toISOString() ?? null,
        attended: p.participant.attended,
        attendeeName: p.participant.attendeeName,
        surveyPath: pagePath(PORTAL_PAGES.guidanceSurvey, { token: p.participant.surveyToken }),
        surveyScore: p.participant.surveyScore,
        surveyComment: p.participant.surveyComment,
        surveyAnsweredAt: p.participant.surveyAnsweredAt?.toISOString() ?? null,
        reportedBefore: j?.before ?? null,
        reportedAfter: j?.after ?? null,
      };
    }),
    survey: {
      answers: answered.length,
      average:
        answered.length === 0
          ? null
          : Math.round(
              (answered.reduce((n, p) => n + p.participant.surveyScore!, 0) / answered.length) * 100,
            ) / 100,
    },
    periods: kinds.map((k) => {
      const p = guidancePeriods(g.heldOn, k);
      return { kind: k, before: periodCode(p.before), after: periodCode(p.after) };
    }),
    sessionStarted: localDate(now, agency.timeZone) >= g.heldOn,
    createdAt: g.createdAt.toISOString(),
    canManage,
  };
}
