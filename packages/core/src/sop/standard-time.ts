import type { TSopDuration, TSopStandardTime, TSopTimeBasis, TSopTimeUnit } from '@sigap/contracts';

/** What `parseStandardTime` reads from a seed's time text. */
export interface TParsedStandardTime {
  amount: number;
  unit: TSopTimeUnit;
  basis: TSopTimeBasis;
  /** True for 'H-n ...': the amount is how long before the event, not a duration. */
  leadTime?: true;
}

const UNIT_WORDS: Record<string, TSopTimeUnit> = {
  menit: 'minute',
  jam: 'hour',
  hari: 'day',
  minggu: 'week',
  pekan: 'week',
  bulan: 'month',
};

const MINUTES_PER_UNIT: Partial<Record<TSopTimeUnit, number>> = { minute: 1, hour: 60 };

/**
 * Reads an Indonesian standard-time text from the seeds into an amount, unit and basis.
 *
 * Why these rules (they are the ones the seeds need, and every seed string is in the tests):
 * - '30 menit', '2 jam', '4 hari', '5 hari kerja', '5 (lima) hari kerja': the number and the unit;
 *   the number words in brackets are dropped.
 * - '4 x 60 menit': a product, 240 minutes.
 * - '1 jam 2 jam', '1 jam 3 jam': the DALAK tables give one step two sub-rows (two inputs, two
 *   outputs, two times, the first output feeding the second input), so the times are done one
 *   after the other and are summed: 3 hours, 4 hours. Mixed minutes and hours sum in minutes.
 * - 'H-1 bulan', 'H-2 minggu', 'H-1 minggu': a lead time before the event, in calendar units;
 *   'H-1 hari kerja' (SOP 067/009's assignment letter, issued one working day before the
 *   inspection) counts working days back on the office calendar.
 * - Basis: 'kalender' means calendar days; otherwise the civil service's working time, because
 *   SOP times are counted on the working calendar (DESIGN §4.3). A limit of 24 hours or more
 *   ('paling lama 24 (dua puluh empat) jam' for an e-mail) is a clock limit: calendar.
 * Returns null when the text holds no time (e.g. 'pada hari yang sama') or mixes days with hours.
 */
export function parseStandardTime(raw: string): TParsedStandardTime | null {
  const text = raw
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  const lead = /\bh\s*-\s*(\d+)\s*(hari|minggu|pekan|bulan)( kerja)?\b/.exec(text);
  if (lead) {
    const unit = UNIT_WORDS[lead[2] ?? ''];
    if (!unit) return null;
    const working = lead[3] !== undefined && unit === 'day';
    return { amount: Number(lead[1]), unit, basis: working ? 'working' : 'calendar', leadTime: true };
  }

  const quantity =
    /(\d+(?:[.,]\d+)?)(?:\s*[x×]\s*(\d+(?:[.,]\d+)?))?\s*(menit|jam|hari|minggu|pekan|bulan)\b/g;
  const parts: { amount: number; unit: TSopTimeUnit }[] = [];
  for (const match of text.matchAll(quantity)) {
    const unit = UNIT_WORDS[match[3] ?? ''];
    if (!unit) continue;
    const first = Number((match[1] ?? '').replace(',', '.'));
    const factor = match[2] === undefined ? 1 : Number(match[2].replace(',', '.'));
    parts.push({ amount: first * factor, unit });
  }
  if (parts.length === 0) return null;

  const calendarWord = /\bkalender\b/.test(text);
  const units = new Set(parts.map((p) => p.unit));
  if (units.size === 1) {
    const unit = parts[0]!.unit;
    const amount = parts.reduce((sum, p) => sum + p.amount, 0);
    const clockLimit = unit === 'hour' && amount >= 24;
    return { amount, unit, basis: calendarWord || clockLimit ? 'calendar' : 'working' };
  }
  if ([...units].every((u) => MINUTES_PER_UNIT[u] !== undefined)) {
    const amount = parts.reduce((sum, p) => sum + p.amount * (MINUTES_PER_UNIT[p.unit] ?? 0), 0);
    return { amount, unit: 'minute', basis: calendarWord ? 'calendar' : 'working' };
  }
  return null;
}

/**
 * Minutes in a minute- or hour-based standard time, or null for days, weeks and months, which
 * cannot be turned into minutes without a calendar (a working day is not 1,440 minutes).
 */
export function standardTimeToMinutes(time: Pick<TSopDuration, 'amount' | 'unit'>): number | null {
  const perUnit = MINUTES_PER_UNIT[time.unit];
  return perUnit === undefined ? null : time.amount * perUnit;
}

/** Standard times summed the only way they can be without a calendar: minutes, and the rest by unit. */
export interface TStandardTimeTotals {
  minutes: number;
  days: number;
  weeks: number;
  months: number;
}

/**
 * Sums the standard times of a list of steps (null times count as nothing), for comparing a
 * definition with its seed table and for showing a procedure's nominal length.
 */
export function sumStandardTimes(
  times: readonly (TSopStandardTime | null | undefined)[],
): TStandardTimeTotals {
  const totals: TStandardTimeTotals = { minutes: 0, days: 0, weeks: 0, months: 0 };
  for (const time of times) {
    if (!time) continue;
    const minutes = standardTimeToMinutes(time);
    if (minutes !== null) totals.minutes += minutes;
    else if (time.unit === 'day') totals.days += time.amount;
    else if (time.unit === 'week') totals.weeks += time.amount;
    else if (time.unit === 'month') totals.months += time.amount;
  }
  return totals;
}
