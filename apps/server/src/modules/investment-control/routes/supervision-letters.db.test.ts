import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { sweepSupervisionLetters } from '../jobs/sweep-supervision-letters';

let h: Harness;
let fung: Session;
let kabid: Session;
let agencyId: string;

// Wednesday 10 June 2026, 09:00 WITA: the plan starts on Friday 12 June
const NOW = new Date('2026-06-10T01:00:00Z');
/** 09:00 WITA on a local date. */
const nine = (d: string) => new Date(`${d}T01:00:00Z`);

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

const sweep = () => sweepSupervisionLetters({ db: h.database.db, now: h.now });

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  agencyId = fung.me.agency.id;
  // one high-risk company without last year's LKPM: two routine visits this year
  await q(
    `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
     values ($1, '9911000000001', 'PT Surat Tugas Uji', 'PMA', 'large', 'high', '{05100}', 'Kota Samarinda')`,
    [agencyId],
  );
  const plan = await h.as(kabid, 'POST', '/api/control/supervision-plans', { year: 2026 });
  expect(plan.statusCode, plan.body).toBe(200);
});
afterAll(async () => h?.close());

async function visits() {
  const res = await h.as(fung, 'GET', '/api/control/supervision-visits?year=2026&pageSize=50');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    plannedOn: string;
    caseId: string | null;
    letterMissing: boolean;
  }[];
}

const act = (id: string, body: unknown) =>
  h.as(fung, 'POST', `/api/control/supervision-visits/${id}/actions`, body, 'en');

async function letterTask(caseId: string) {
  const [row] = await q(
    `select status, due_at from tasks where case_id = $1 and step_id = 's3' order by task_id desc limit 1`,
    [caseId],
  );
  return row as { status: string; due_at: Date } | undefined;
}

describe('the assignment letter task of a routine visit (SOP 067/009 step 3)', () => {
  it('is started two working days before the visit and due at the close of the working day before it, across a weekend and a holiday, and moves with the visit', async () => {
    const [first, second] = await visits();
    expect(first && second).toBeTruthy();
    // Monday 15 June: the letter day is Friday 12 June (the weekend between)
    expect((await act(first!.id, { type: 'move', plannedOn: '2026-06-15' })).statusCode).toBe(200);
    expect((await act(second!.id, { type: 'move', plannedOn: '2026-07-01' })).statusCode).toBe(200);

    // Wednesday: two working days before Monday is Thursday, nothing yet
    expect(await sweep()).toBe(0);
    expect((await visits()).every((v) => v.caseId === null)).toBe(true);

    // Thursday 11 June: the day before the letter day, its case starts (once)
    h.now = nine('2026-06-11');
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const started = (await visits()).find((v) => v.id === first!.id)!;
    expect(started.caseId).toBeTruthy();
    expect((await visits()).find((v) => v.id === second!.id)!.caseId).toBeNull();
    const caseId = started.caseId!;
    const [kase] = await q(`select definition_key, created_by from cases where id = $1`, [caseId]);
    expect(kase).toMatchObject({ definition_key: 'dalak-067-009', created_by: kabid.me.user.id });

    // the officers prepare the data and hold the meeting; then the letter task is due on Friday 16:30 WITA
    for (let i = 0; i < 2; i++) {
      const detail = (await h.as(fung, 'GET', `/api/cases/${caseId}`)).json();
      const task = detail.tasks.find((t: { status: string }) => t.status === 'ready');
      const done = await h.as(fung, 'POST', `/api/cases/${caseId}/actions`, {
        type: 'complete',
        taskId: task.id,
      });
      expect(done.statusCode, done.body).toBe(200);
    }
    expect(await letterTask(caseId)).toMatchObject({
      status: 'ready',
      due_at: new Date('2026-06-12T08:30:00Z'),
    });
    const inbox = (await h.as(fung, 'GET', '/api/inbox?tab=mine')).json();
    const item = inbox.items.find((i: { caseId: string }) => i.caseId === caseId);
    expect(item).toMatchObject({ stepId: 's3', dueAt: '2026-06-12T08:30:00.000Z' });

    // moved to Wednesday 17 June: Tuesday 16 June is a holiday, so the letter is due Monday 15 June 16:00 WITA
    const moved = await act(first!.id, { type: 'move', plannedOn: '2026-06-17' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ letterDueOn: '2026-06-15', letterMissing: false });
    expect(await letterTask(caseId)).toMatchObject({
      status: 'ready',
      due_at: new Date('2026-06-15T08:00:00Z'),
    });
    const [state] = await q(`select state->'fixedDues'->'steps'->>'s3' as s3 from cases where id = $1`, [
      caseId,
    ]);
    expect(state!.s3).toBe('2026-06-15T08:00:00.000Z');
    const [event] = await q(
      `select after->>'dueAt' as due from event_log where case_id = $1 and action = 'task.due_changed' order by seq desc limit 1`,
      [caseId],
    );
    expect(event!.due).toBe('2026-06-15T08:00:00.000Z');

    // on the letter day without a letter the plan still warns
    h.now = nine('2026-06-15');
    expect((await visits()).find((v) => v.id === first!.id)!.letterMissing).toBe(true);
  });

  it('gives a case started from the plan the same letter day', async () => {
    h.now = nine('2026-06-15');
    const second = (await visits()).find((v) => v.plannedOn === '2026-07-01')!;
    const started = await act(second.id, { type: 'startCase' });
    expect(started.statusCode, started.body).toBe(200);
    const [state] = await q(`select state->'fixedDues'->'steps'->>'s3' as s3 from cases where id = $1`, [
      started.json().caseId,
    ]);
    // Wednesday 1 July: the letter day is Tuesday 30 June, 16:00 WITA
    expect(state!.s3).toBe('2026-06-30T08:00:00.000Z');
    h.now = NOW;
  });
});
