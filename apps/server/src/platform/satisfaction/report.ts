import type { TIkmReport, TIkmReportQuery, TSurveyService } from '@sigap/contracts/satisfaction';
import { fromLocal } from '@sigap/core';
import { localYear } from '@sigap/core/complaints';
import { ELEMENT_KEYS, ikmPeriod, minimumSample, summariseIkmSums } from '@sigap/core/satisfaction';
import { type AgencyRow, findUnit, listUnits } from '../db/repositories/org';
import { invalidField } from '../lib/errors';
import { localDate } from '../lib/local-date';
import type { Db } from '../use-cases/context';
import {
  countInvitations,
  countProfile,
  type ElementSums,
  listSuggestions,
  sumResponses,
  sumResponsesByMonth,
} from './repository';

/** Suggestions a report shows (the newest); the workbook has the same list. */
export const SUGGESTIONS_MAX = 500;

const sumsOf = (row: ElementSums): ElementSums =>
  Object.fromEntries(ELEMENT_KEYS.map((k) => [k, row[k]])) as ElementSums;

/**
 * The IKM report of one service, unit (or the whole agency) and period, in the agency's zone:
 * element scores, index and grade (`@sigap/core` satisfaction), respondents against the
 * Krejcie-Morgan minimum for the population (the invitations made in the period: one per
 * finished record), the monthly trend from January of the period's year to its end, the
 * profile counts and the suggestions. Anonymous: nothing in it names a record or a person.
 */
export async function buildIkmReport(
  db: Db,
  agency: AgencyRow,
  query: TIkmReportQuery,
  now: Date,
): Promise<TIkmReport> {
  const tz = agency.timeZone;
  const year = query.year ?? localYear(now, tz);
  const thisMonth = Number(localDate(now, tz).slice(5, 7));
  const part =
    query.period === 'year'
      ? null
      : (query.part ?? (query.period === 'month' ? thisMonth : Math.ceil(thisMonth / 3)));
  if (query.period === 'quarter' && part !== null && part > 4)
    throw invalidField('part', 'too_big', { max: 4 });
  let unitName: string | null = null;
  if (query.unitId) {
    const unit = await findUnit(db, query.unitId);
    if (!unit || unit.agencyId !== agency.id) throw invalidField('unitId', 'not_in_scope');
    unitName = unit.name;
  }
  const p = ikmPeriod(query.period, year, part);
  const filter = {
    agencyId: agency.id,
    serviceKey: query.service,
    unitId: query.unitId ?? null,
    start: fromLocal(p.start, '00:00', tz),
    end: fromLocal(p.end, '00:00', tz),
  };
  const trendFilter = { ...filter, start: fromLocal(`${year}-01-01`, '00:00', tz) };
  const [totals, population, months, profile, suggestions, units] = await Promise.all([
    sumResponses(db, filter),
    countInvitations(db, filter),
    sumResponsesByMonth(db, trendFilter, tz),
    countProfile(db, filter),
    listSuggestions(db, filter, tz, SUGGESTIONS_MAX),
    listUnits(db, agency.id),
  ]);
  const summary = summariseIkmSums(totals.respondents, sumsOf(totals));
  const lastMonth = Number(p.months[p.months.length - 1]!.slice(5, 7));
  const trend = Array.from({ length: lastMonth }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const row = months.find((m) => m.month === month);
    return {
      month,
      respondents: row?.respondents ?? 0,
      index: row ? summariseIkmSums(row.respondents, sumsOf(row)).index : null,
    };
  });
  const lastDay = new Date(`${p.end}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  return {
    agencyName: agency.name,
    service: query.service as TSurveyService,
    unitId: query.unitId ?? null,
    unitName,
    period: query.period,
    year,
    part,
    from: p.start,
    to: lastDay.toISOString().slice(0, 10),
    respondents: summary.respondents,
    population,
    minimumSample: minimumSample(population),
    elements: summary.elements,
    weightedAverage: summary.weightedAverage,
    index: summary.index,
    grade: summary.grade,
    trend,
    profile,
    suggestions,
    units: units.map((u) => ({ id: u.id, name: u.name })),
  };
}
