import { describe, expect, it } from 'vitest';
import { WIB, WITA, wib, wita } from '../calendar/test-fixtures';
import {
  addLocalDays,
  finishedAt,
  openAt,
  previousWeekStart,
  type RecapComplaint,
  recapDueWeekStart,
  recapReminderAt,
  summariseWeek,
  summariseYear,
  tallyComplaints,
  weekPeriod,
  weekStartOf,
  workingDaysToAnswer,
  yearPeriod,
} from './reports';
import { complaintDeadlines } from './rules';

describe('report periods', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStartOf('2026-12-01')).toBe('2026-11-30');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('a week is bounded by local midnights in the office zone', () => {
    const w = weekPeriod('2026-11-25', 'Asia/Makassar');
    expect(w.from).toBe('2026-11-23');
    expect(w.to).toBe('2026-11-29');
    expect(w.start).toEqual(new Date('2026-11-22T16:00:00Z'));
    expect(w.end).toEqual(new Date('2026-11-29T16:00:00Z'));
    expect(w.dates).toHaveLength(7);
  });

  it('the previous complete week depends on the office zone', () => {
    // Sunday 29 Nov 23:30 WIB is already Monday 30 Nov 00:30 WITA
    const t = new Date('2026-11-29T16:30:00Z');
    expect(previousWeekStart(t, 'Asia/Jakarta')).toBe('2026-11-16');
    expect(previousWeekStart(t, 'Asia/Makassar')).toBe('2026-11-23');
  });

  it('the recap of the previous week is due from Monday 07:00 local time, and stays due all week', () => {
    expect(recapDueWeekStart(wib('2026-11-30T06:59'), 'Asia/Jakarta')).toBe('2026-11-16');
    expect(recapDueWeekStart(wib('2026-11-30T07:00'), 'Asia/Jakarta')).toBe('2026-11-23');
    expect(recapDueWeekStart(wib('2026-12-03T10:00'), 'Asia/Jakarta')).toBe('2026-11-23');
    expect(recapDueWeekStart(wib('2026-12-06T23:59'), 'Asia/Jakarta')).toBe('2026-11-23');
    // 23:00 UTC Sunday is Monday 07:00 in Makassar but Monday 06:00 in Jakarta
    const t = new Date('2026-11-29T23:00:00Z');
    expect(recapDueWeekStart(t, 'Asia/Makassar')).toBe('2026-11-23');
    expect(recapDueWeekStart(t, 'Asia/Jakarta')).toBe('2026-11-16');
  });

  it('a year is bounded by local new year', () => {
    expect(yearPeriod(2026, 'Asia/Jayapura').start).toEqual(new Date('2025-12-31T15:00:00Z'));
  });
});

describe('tally', () => {
  it('counts type, channel and status, with every code present and drafts left out', () => {
    const t = tallyComplaints([
      { type: 'a', channel: 'portal', status: 'received' },
      { type: 'a', channel: 'box', status: 'merged' },
      { type: null, channel: 'email', status: 'draft' },
      { type: 'f', channel: 'email', status: 'rejected' },
    ]);
    expect(t.total).toBe(2);
    expect(t.byType).toEqual({ a: 2, b: 0, c: 0, d: 0, e: 0, f: 0 });
    expect(t.byChannel.portal).toBe(1);
    expect(t.byChannel.box).toBe(1);
    expect(t.byChannel.email).toBe(0);
    expect(Object.keys(t.byChannel)).toHaveLength(14);
    expect(t.byStatus).toEqual({
      received: 1,
      in_progress: 0,
      with_working_group: 0,
      answered: 0,
      closed: 0,
      merged: 1,
    });
    expect(t.byStatus.draft).toBeUndefined();
  });
});

const base = (over: Partial<RecapComplaint>): RecapComplaint => ({
  trackingNumber: 'ADU-2026-000001',
  subject: 'Izin lama',
  confidential: false,
  type: 'a',
  channel: 'portal',
  status: 'received',
  receivedAt: wib('2026-11-24T09:00'),
  answerDue: wib('2026-12-08T09:00'),
  answeredAt: null,
  closedAt: null,
  mergedAt: null,
  lastStep: 'received',
  ...over,
});

describe('open and finished', () => {
  it('a complaint is open from receipt until answered, closed or merged', () => {
    const c = base({
      answeredAt: wib('2026-11-26T10:00'),
      closedAt: wib('2026-11-27T10:00'),
      status: 'closed',
    });
    expect(finishedAt(c)).toEqual(wib('2026-11-26T10:00'));
    expect(openAt(c, wib('2026-11-24T08:59'))).toBe(false);
    expect(openAt(c, wib('2026-11-25T00:00'))).toBe(true);
    expect(openAt(c, wib('2026-11-26T10:00'))).toBe(true);
    expect(openAt(c, wib('2026-11-26T10:01'))).toBe(false);
    expect(openAt(base({ status: 'merged' }), wib('2026-11-30T00:00'))).toBe(false);
    expect(openAt(base({ status: 'draft' }), wib('2026-11-30T00:00'))).toBe(false);
  });
});

describe('weekly recap', () => {
  const week = weekPeriod('2026-11-23', 'Asia/Jakarta');
  const rows: RecapComplaint[] = [
    // received Monday, answered Thursday in time
    base({
      trackingNumber: 'ADU-2026-000010',
      receivedAt: wib('2026-11-23T08:00'),
      answerDue: wib('2026-12-07T08:00'),
      answeredAt: wib('2026-11-26T10:00'),
      status: 'answered',
      lastStep: 'answered',
    }),
    // received Tuesday, still open, confidential
    base({ trackingNumber: 'ADU-2026-000011', confidential: true, subject: 'Nama saya Budi' }),
    // merged duplicate received Wednesday: intake yes, answer no (it gets the target's answer)
    base({
      trackingNumber: 'ADU-2026-000012',
      receivedAt: wib('2026-11-25T10:00'),
      status: 'merged',
      mergedAt: wib('2026-11-25T11:00'),
      answeredAt: wib('2026-11-26T10:00'),
      type: 'c',
      channel: 'box',
    }),
    // received weeks before, overdue and still open at the week's end
    base({
      trackingNumber: 'ADU-2026-000001',
      receivedAt: wib('2026-11-02T09:00'),
      answerDue: wib('2026-11-16T09:00'),
      status: 'with_working_group',
      lastStep: 'forwarded',
    }),
    // received before, answered late during the week
    base({
      trackingNumber: 'ADU-2026-000002',
      receivedAt: wib('2026-11-03T09:00'),
      answerDue: wib('2026-11-17T09:00'),
      answeredAt: wib('2026-11-27T15:00'),
      status: 'answered',
    }),
    // finished before the week: not in it at all
    base({
      trackingNumber: 'ADU-2026-000003',
      receivedAt: wib('2026-11-02T09:00'),
      answeredAt: wib('2026-11-10T09:00'),
      status: 'closed',
    }),
    // received after the week
    base({ trackingNumber: 'ADU-2026-000020', receivedAt: wib('2026-11-30T08:00') }),
    // a draft in the week
    base({ trackingNumber: 'ADU-2026-000013', status: 'draft', type: null }),
  ];

  it('counts intake, answers, deadlines and the open backlog', () => {
    const s = summariseWeek(rows, week, 'Asia/Jakarta');
    expect(s.weekStart).toBe('2026-11-23');
    expect(s.weekEnd).toBe('2026-11-29');
    expect(s.total).toBe(3);
    expect(s.byType).toMatchObject({ a: 2, c: 1 });
    expect(s.byChannel).toMatchObject({ portal: 2, box: 1 });
    expect(s.byStatus).toMatchObject({ answered: 1, received: 1, merged: 1 });
    expect(s.answered).toBe(2);
    expect(s.answeredWithinTime).toBe(1);
    expect(s.openAtEnd).toBe(2);
    expect(s.overdue).toBe(1);
    expect(s.perDay.map((d) => d.count)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect(s.perDay[0]!.date).toBe('2026-11-23');
  });

  it('lists the follow-ups: received in the week or open during it, secrets hidden', () => {
    const s = summariseWeek(rows, week, 'Asia/Jakarta');
    expect(s.followUps.map((f) => f.trackingNumber)).toEqual([
      'ADU-2026-000001',
      'ADU-2026-000002',
      'ADU-2026-000010',
      'ADU-2026-000011',
      'ADU-2026-000012',
    ]);
    const secret = s.followUps.find((f) => f.trackingNumber === 'ADU-2026-000011')!;
    expect(secret.subject).toBe('(rahasia)');
    expect(s.followUps.filter((f) => f.overdue).map((f) => f.trackingNumber)).toEqual(['ADU-2026-000001']);
    expect(s.followUps[0]!.lastStep).toBe('forwarded');
  });
});

describe('public statistics', () => {
  it('counts working days to answer as the 10-day limit does', () => {
    const received = wib('2026-11-23T09:00'); // Monday
    const due = complaintDeadlines({
      receivedAt: received,
      channel: 'portal',
      type: 'a',
      calendar: WIB,
      otherTypeWorkingDays: 10,
    }).answerDue;
    expect(workingDaysToAnswer(WIB, received, due)).toBe(10);
    expect(workingDaysToAnswer(WIB, received, wib('2026-11-23T15:00'))).toBe(0);
    expect(workingDaysToAnswer(WIB, received, wib('2026-11-30T08:00'))).toBe(5);
    // received Saturday: the clock starts Monday 07:30, so a Monday answer is 0 days
    expect(workingDaysToAnswer(WIB, wib('2026-11-28T10:00'), wib('2026-11-30T10:00'))).toBe(0);
    // over Christmas (25 Dec holiday, 24 Dec collective leave in 2026)
    expect(workingDaysToAnswer(WIB, wib('2026-12-23T09:00'), wib('2026-12-28T09:00'))).toBe(1);
  });

  it('summarises a year: intake by type, channel and month; answers, share on time, mean days', () => {
    const rows = [
      {
        type: 'a',
        channel: 'portal',
        status: 'answered',
        // 1 January 00:30 WITA is still 31 December in UTC: counted in January
        receivedAt: wita('2026-01-01T00:30'),
        answeredAt: wita('2026-01-05T10:00'),
        answerDue: wita('2026-01-16T07:30'),
      },
      {
        type: 'b',
        channel: 'box',
        status: 'closed',
        receivedAt: wita('2026-03-02T09:00'),
        answeredAt: wita('2026-03-30T09:00'),
        answerDue: wita('2026-03-16T09:00'),
      },
      {
        type: 'b',
        channel: 'box',
        status: 'merged',
        receivedAt: wita('2026-03-02T10:00'),
        answeredAt: wita('2026-03-30T09:00'),
        answerDue: wita('2026-03-16T10:00'),
      },
      {
        type: 'c',
        channel: 'email',
        status: 'in_progress',
        receivedAt: wita('2026-03-05T09:00'),
        answeredAt: null,
        answerDue: null,
      },
      {
        type: null,
        channel: 'email',
        status: 'draft',
        receivedAt: wita('2026-03-05T09:00'),
        answeredAt: null,
        answerDue: null,
      },
    ];
    const s = summariseYear(rows, WITA);
    expect(s.total).toBe(4);
    expect(s.answered).toBe(2);
    expect(s.answeredOnTimeShare).toBe(0.5);
    // clock from Fri 2 Jan (1 Jan is a holiday) to Mon 5 Jan: 1; Mon 2 Mar to Mon 30 Mar 2026
    // without 18-20 and 23-24 March (Nyepi, Idul Fitri and their collective leave): 15
    expect(workingDaysToAnswer(WITA, rows[0]!.receivedAt, rows[0]!.answeredAt!)).toBe(1);
    expect(workingDaysToAnswer(WITA, rows[1]!.receivedAt, rows[1]!.answeredAt!)).toBe(15);
    expect(s.averageWorkingDaysToAnswer).toBe(8);
    expect(s.byType).toEqual({ a: 1, b: 2, c: 1, d: 0, e: 0, f: 0 });
    expect(s.byChannel).toMatchObject({ portal: 1, box: 2, email: 1 });
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth[0]).toEqual({ month: 1, count: 1 });
    expect(s.byMonth[2]).toEqual({ month: 3, count: 3 });
  });

  it('has no shares or averages without answers', () => {
    const s = summariseYear([], WIB);
    expect(s).toMatchObject({
      total: 0,
      answered: 0,
      answeredOnTimeShare: null,
      averageWorkingDaysToAnswer: null,
    });
  });
});

describe("the chair's recap reminder", () => {
  it('falls due on the Monday after the week at noon in the office zone', () => {
    // week of Monday 23 November 2026: Monday 30 November 12:00 WIB = 05:00 UTC, WITA = 04:00 UTC
    expect(recapReminderAt('2026-11-23', 'Asia/Jakarta').toISOString()).toBe('2026-11-30T05:00:00.000Z');
    expect(recapReminderAt('2026-11-26', 'Asia/Makassar').toISOString()).toBe('2026-11-30T04:00:00.000Z');
  });
});
