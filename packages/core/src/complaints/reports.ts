import { isWorkingDay, nextWorkingInstant, type WorkingCalendar } from '../calendar';
import {
  civilFromDays,
  isoWeekdayOf,
  localDateOfDay,
  parseLocalDate,
  tryParseLocalDate,
} from '../calendar/dates';
import { fromLocal, localDateString } from '../format';
import { CHANNELS, COMPLAINT_TYPES } from './rules';

/**
 * Reports on complaints (Perka BKPM 12/2015 Pasal 10 (1): the working group tallies count and
 * type every day and reports a recap with follow-ups to the head of the agency every week)
 * and the public statistics. Everything here is pure: the server fetches rows and the
 * agency's calendar, these functions count.
 */

/**
 * Statuses that are complaints. A draft (an inbound email not yet confirmed) and a rejected
 * draft are not complaints and count nowhere; a merged duplicate counts once at intake but
 * never as an answer of its own (it continues in the complaint it was merged into).
 */
export const REPORTED_COMPLAINT_STATUSES = [
  'received',
  'in_progress',
  'with_working_group',
  'answered',
  'closed',
  'merged',
] as const;
export const NOT_A_COMPLAINT_STATUSES = ['draft', 'rejected'] as const;

/** Status names in reports and receipts. */
export const COMPLAINT_STATUS_LABELS: Record<string, { id: string; en: string }> = {
  draft: { id: 'Menunggu konfirmasi', en: 'Awaiting confirmation' },
  received: { id: 'Diterima', en: 'Received' },
  in_progress: { id: 'Diproses', en: 'In progress' },
  with_working_group: { id: 'Ditangani Kelompok Kerja', en: 'With the working group' },
  answered: { id: 'Dijawab', en: 'Answered' },
  closed: { id: 'Selesai', en: 'Closed' },
  merged: { id: 'Digabung', en: 'Merged' },
  rejected: { id: 'Tidak diproses', en: 'Not processed' },
};

/** The public steps (complaint_updates kinds) as the recap's follow-up column names them. */
export const COMPLAINT_STEP_LABELS: Record<string, { id: string; en: string }> = {
  received: { id: 'Diterima dan dicatat', en: 'Received' },
  first_response: { id: 'Tanggapan awal', en: 'First response' },
  forwarded: { id: 'Diteruskan ke Kelompok Kerja', en: 'Forwarded to the working group' },
  examined: { id: 'Diperiksa dan ditelaah', en: 'Examined' },
  coordination: { id: 'Koordinasi dengan unit', en: 'Coordination with units' },
  meeting: { id: 'Rapat tindak lanjut', en: 'Follow-up meeting' },
  answered: { id: 'Jawaban disampaikan', en: 'Answered' },
  closed: { id: 'Penanganan selesai', en: 'Closed' },
  info_added: { id: 'Tambahan informasi pelapor', en: 'Information added by the reporter' },
  merged: { id: 'Digabung dengan pengaduan lain', en: 'Merged' },
  unmerged: { id: 'Penggabungan dibatalkan', en: 'Merge undone' },
};

/** The hour of the Monday recap in each office's own zone. */
export const WEEKLY_RECAP_TIME = '07:00';

const TYPE_CODES = Object.keys(COMPLAINT_TYPES);
const CHANNEL_CODES = Object.keys(CHANNELS);
/** The key a complaint without a type is counted under. */
export const NO_TYPE = 'none';

/** Whether 'YYYY-MM-DD' is a real calendar date (a request's `2026-02-30` is not). */
export function isRealLocalDate(value: string): boolean {
  return tryParseLocalDate(value) !== null;
}

/** A local date moved by whole days ('2026-11-30' + 1 = '2026-12-01'). */
export function addLocalDays(date: string, days: number): string {
  return localDateOfDay(parseLocalDate(date) + days);
}

/** The Monday of the ISO week (Monday-Sunday) a local date falls in. */
export function weekStartOf(date: string): string {
  const day = parseLocalDate(date);
  return localDateOfDay(day - (isoWeekdayOf(day) - 1));
}

/** A run of local dates and the instants that bound it in the office's zone: [start, end). */
export interface ReportPeriod {
  /** First local date. */
  from: string;
  /** Last local date (inclusive). */
  to: string;
  start: Date;
  /** Exclusive: midnight after the last date. */
  end: Date;
  dates: string[];
}

function period(from: string, days: number, timeZone: string): ReportPeriod {
  const dates = Array.from({ length: days }, (_, i) => addLocalDays(from, i));
  return {
    from,
    to: dates[dates.length - 1]!,
    start: fromLocal(from, '00:00', timeZone),
    end: fromLocal(addLocalDays(from, days), '00:00', timeZone),
    dates,
  };
}

/** One local day in the office's zone. */
export function dayPeriod(date: string, timeZone: string): ReportPeriod {
  return period(date, 1, timeZone);
}

/** The Monday-Sunday week containing `anyDate`, in the office's zone. */
export function weekPeriod(anyDate: string, timeZone: string): ReportPeriod {
  return period(weekStartOf(anyDate), 7, timeZone);
}

/** The Monday of the last complete week before `now` in the office's zone. */
export function previousWeekStart(now: Date, timeZone: string): string {
  return addLocalDays(weekStartOf(localDateString(now, timeZone)), -7);
}

/**
 * The week whose recap is due at `now`: the previous week once the office's clock has passed
 * Monday 07:00, the week before that until then. A job that runs late (the server was down on
 * Monday) still finds the week it missed; one that runs early finds a week already done.
 */
export function recapDueWeekStart(now: Date, timeZone: string, time = WEEKLY_RECAP_TIME): string {
  const thisMonday = weekStartOf(localDateString(now, timeZone));
  const due = fromLocal(thisMonday, time, timeZone);
  return addLocalDays(thisMonday, now.getTime() >= due.getTime() ? -7 : -14);
}

/** The chair is reminded when the week's recap is not sent to the head by Monday noon (office zone). */
export const WEEKLY_RECAP_REMINDER_TIME = '12:00';

/**
 * When the chair's reminder for the recap of the week starting `weekStart` falls due: the
 * Monday after that week at noon in the office's zone (Pasal 10 ayat 2: a weekly report).
 */
export function recapReminderAt(weekStart: string, timeZone: string): Date {
  return fromLocal(addLocalDays(weekStartOf(weekStart), 7), WEEKLY_RECAP_REMINDER_TIME, timeZone);
}

/** The year of an instant in the office's zone, and the instants bounding a year there. */
export function localYear(now: Date, timeZone: string): number {
  return Number(localDateString(now, timeZone).slice(0, 4));
}
export function yearPeriod(year: number, timeZone: string): { start: Date; end: Date } {
  return {
    start: fromLocal(`${year}-01-01`, '00:00', timeZone),
    end: fromLocal(`${year + 1}-01-01`, '00:00', timeZone),
  };
}

export interface Tally {
  total: number;
  byType: Record<string, number>;
  byChannel: Record<string, number>;
  byStatus: Record<string, number>;
}

const zeros = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

/** Counts with every type (a-f), channel and complaint status present, zero when none. */
export function emptyTally(): Tally {
  return {
    total: 0,
    byType: zeros(TYPE_CODES),
    byChannel: zeros(CHANNEL_CODES),
    byStatus: zeros(REPORTED_COMPLAINT_STATUSES),
  };
}

const bump = (m: Record<string, number>, key: string) => {
  m[key] = (m[key] ?? 0) + 1;
};

export interface TallyRow {
  type: string | null;
  channel: string;
  status: string;
}

/** Count, type, channel and status of complaints (drafts and rejected drafts are skipped). */
export function tallyComplaints(rows: readonly TallyRow[]): Tally {
  const t = emptyTally();
  for (const r of rows) {
    if (isNotAComplaint(r.status)) continue;
    t.total++;
    bump(t.byType, r.type ?? NO_TYPE);
    bump(t.byChannel, r.channel);
    bump(t.byStatus, r.status);
  }
  return t;
}

function isNotAComplaint(status: string): boolean {
  return (NOT_A_COMPLAINT_STATUSES as readonly string[]).includes(status);
}

/** A complaint as the weekly recap sees it. */
export interface RecapComplaint extends TallyRow {
  trackingNumber: string;
  subject: string;
  confidential: boolean;
  receivedAt: Date;
  answerDue: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  /** When it was merged into another complaint (the active merge), else null. */
  mergedAt: Date | null;
  /** The kind of its latest public step (complaint_updates), else null. */
  lastStep: string | null;
}

type Finishable = Pick<RecapComplaint, 'status' | 'receivedAt' | 'answeredAt' | 'closedAt' | 'mergedAt'>;

/**
 * When a complaint stopped being open: answered, closed or merged, whichever came first. A
 * merged complaint with no merge time on record is treated as never open.
 */
export function finishedAt(c: Finishable): Date | null {
  const times = [c.answeredAt, c.closedAt, c.mergedAt].filter((d): d is Date => d !== null);
  if (times.length === 0) return c.status === 'merged' ? c.receivedAt : null;
  return new Date(Math.min(...times.map((d) => d.getTime())));
}

/** Whether a complaint was open (received, not yet answered, closed or merged) at `instant`. */
export function openAt(c: Finishable, instant: Date): boolean {
  if (isNotAComplaint(c.status)) return false;
  if (c.receivedAt.getTime() >= instant.getTime()) return false;
  const done = finishedAt(c);
  return done === null || done.getTime() >= instant.getTime();
}

/** Answered as itself (a merged duplicate's answer is its target's, counted there). */
function ownAnswer(c: Pick<RecapComplaint, 'status' | 'answeredAt'>): Date | null {
  return c.status === 'merged' || isNotAComplaint(c.status) ? null : c.answeredAt;
}

export interface FollowUp {
  trackingNumber: string;
  subject: string;
  type: string | null;
  status: string;
  answerDue: string | null;
  overdue: boolean;
  lastStep: string | null;
}

export interface WeeklySummary extends Tally {
  weekStart: string;
  weekEnd: string;
  answered: number;
  answeredWithinTime: number;
  overdue: number;
  openAtEnd: number;
  perDay: Array<{ date: string; count: number }>;
  followUps: FollowUp[];
}

/** What a confidential complaint's subject reads as in a recap (its existence still counts). */
export const CONFIDENTIAL_SUBJECT = '(rahasia)';

/**
 * The weekly recap to the head of the agency: the week's intake by type, channel and (current)
 * status and per day; the answers given during the week and how many met their deadline
 * (answeredAt ≤ answerDue); the complaints still open when the week ended and how many of them
 * were already past their deadline; and the follow-up list, every complaint received in the
 * week or open at some moment of it, with its latest public step. `rows` may hold more than
 * the week (anything outside is ignored).
 */
export function summariseWeek(
  rows: readonly RecapComplaint[],
  week: ReportPeriod,
  timeZone: string,
): WeeklySummary {
  const start = week.start.getTime();
  const end = week.end.getTime();
  const inWeek = (d: Date | null) => d !== null && d.getTime() >= start && d.getTime() < end;
  const complaints = rows.filter((r) => !isNotAComplaint(r.status));
  const received = complaints.filter((r) => inWeek(r.receivedAt));
  const tally = tallyComplaints(received);
  const perDay = new Map(week.dates.map((d) => [d, 0]));
  for (const r of received) {
    const d = localDateString(r.receivedAt, timeZone);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const answered = complaints.filter((r) => inWeek(ownAnswer(r)));
  const answeredWithinTime = answered.filter(
    (r) => r.answerDue !== null && r.answeredAt!.getTime() <= r.answerDue.getTime(),
  );
  const overdueAtEnd = (r: RecapComplaint) =>
    openAt(r, week.end) && r.answerDue !== null && r.answerDue.getTime() < end;
  const openAtEnd = complaints.filter((r) => openAt(r, week.end));
  const followUps = complaints
    .filter((r) => {
      if (inWeek(r.receivedAt)) return true;
      if (r.receivedAt.getTime() >= end) return false;
      const done = finishedAt(r);
      return done === null || done.getTime() >= start;
    })
    .sort(
      (a, b) =>
        a.receivedAt.getTime() - b.receivedAt.getTime() || a.trackingNumber.localeCompare(b.trackingNumber),
    )
    .map((r) => ({
      trackingNumber: r.trackingNumber,
      subject: r.confidential ? CONFIDENTIAL_SUBJECT : r.subject,
      type: r.type,
      status: r.status,
      answerDue: r.answerDue?.toISOString() ?? null,
      overdue: overdueAtEnd(r),
      lastStep: r.lastStep,
    }));
  return {
    ...tally,
    weekStart: week.from,
    weekEnd: week.to,
    answered: answered.length,
    answeredWithinTime: answeredWithinTime.length,
    overdue: openAtEnd.filter(overdueAtEnd).length,
    openAtEnd: openAtEnd.length,
    perDay: [...perDay].map(([date, count]) => ({ date, count })),
    followUps,
  };
}

/**
 * Working days from receipt to answer on the office's calendar, as the 10-working-day limit
 * counts them: the clock starts at the next working instant after receipt, and each working
 * day after that day up to the day of the answer counts one. An answer on the day the clock
 * started is 0 days; an answer on the day of a 10-working-day deadline is 10.
 */
export function workingDaysToAnswer(
  calendar: WorkingCalendar,
  receivedAt: Date,
  answeredAt: Date,
  isWorking: (day: number) => boolean = (d) => isWorkingDay(calendar, localDateOfDay(d)),
): number {
  const start = nextWorkingInstant(calendar, receivedAt);
  if (answeredAt.getTime() <= start.getTime()) return 0;
  const first = parseLocalDate(localDateString(start, calendar.timeZone));
  const last = parseLocalDate(localDateString(answeredAt, calendar.timeZone));
  let n = 0;
  for (let d = first + 1; d <= last; d++) if (isWorking(d)) n++;
  return n;
}

/** `isWorkingDay` by day number, remembered: a year's statistics ask about the same few hundred days again and again. */
function workingDayMemo(calendar: WorkingCalendar): (day: number) => boolean {
  const known = new Map<number, boolean>();
  return (day) => {
    let v = known.get(day);
    if (v === undefined) {
      v = isWorkingDay(calendar, localDateOfDay(day));
      known.set(day, v);
    }
    return v;
  };
}

export interface StatsComplaint {
  type: string | null;
  channel: string;
  status: string;
  receivedAt: Date;
  answeredAt: Date | null;
  answerDue: Date | null;
}

export interface YearStats {
  total: number;
  answered: number;
  answeredOnTimeShare: number | null;
  averageWorkingDaysToAnswer: number | null;
  byType: Record<string, number>;
  byChannel: Record<string, number>;
  byMonth: Array<{ month: number; count: number }>;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The public statistics of one year: complaints received in the year (confidential ones
 * included, only as counts), how many got their own answer, the share answered within the
 * deadline, the mean working days to answer, and counts by type, channel and month of
 * receipt in the office's zone. Nothing that could identify anyone.
 */
export function summariseYear(rows: readonly StatsComplaint[], calendar: WorkingCalendar): YearStats {
  const complaints = rows.filter((r) => !isNotAComplaint(r.status));
  const tally = tallyComplaints(complaints);
  const months = Array.from({ length: 12 }, () => 0);
  for (const r of complaints) {
    const month = civilFromDays(parseLocalDate(localDateString(r.receivedAt, calendar.timeZone))).month;
    months[month - 1]!++;
  }
  const answered = complaints.filter((r) => ownAnswer(r) !== null);
  const onTime = answered.filter(
    (r) => r.answerDue !== null && r.answeredAt!.getTime() <= r.answerDue.getTime(),
  );
  const isWorking = workingDayMemo(calendar);
  const days = answered.map((r) => workingDaysToAnswer(calendar, r.receivedAt, r.answeredAt!, isWorking));
  return {
    total: tally.total,
    answered: answered.length,
    answeredOnTimeShare: answered.length ? round(onTime.length / answered.length, 4) : null,
    averageWorkingDaysToAnswer: days.length ? round(days.reduce((a, b) => a + b, 0) / days.length, 1) : null,
    byType: tally.byType,
    byChannel: tally.byChannel,
    byMonth: months.map((count, i) => ({ month: i + 1, count })),
  };
}
