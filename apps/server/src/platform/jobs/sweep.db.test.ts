import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../testing/harness';
import { sweepTaskDeadlines } from '../use-cases/jobs/sweep-task-deadlines';

let h: Harness;
beforeAll(async () => {
  // Monday 23 November 2026 08:00 WITA
  h = await createHarness({ now: new Date('2026-11-23T00:00:00Z') });
});
afterAll(async () => h?.close());

async function notices(kind: string) {
  const r = await h.database.query(
    `select n.kind, u.email from notifications n join users u on u.id = n.user_id where n.kind = $1 order by u.email`,
    [kind],
  );
  return r.rows.map((x) => x.email as string);
}

const at = (iso: string) => new Date(iso);

describe('task deadline sweep (fixed clock, two workers)', () => {
  it('reminds at 75% and at the due time, and escalates once to the Kabid', async () => {
    const fung = await h.login('fungsional.kaltim@sigap.test');
    const start = await h.as(fung, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-012',
      subject: 'Uji tenggat',
    });
    expect(start.statusCode, start.body).toBe(200);
    const caseId = start.json().id;
    // step 1 has 30 working minutes: due 08:30 WITA, 75% at 08:22:30
    const sweepBoth = async (now: Date) => {
      const [a, b] = await Promise.all([
        sweepTaskDeadlines({ db: h.database.db, now }),
        sweepTaskDeadlines({ db: h.database.db, now }),
      ]);
      return { reminders: a.reminders + b.reminders, escalations: a.escalations + b.escalations };
    };
    expect(await sweepBoth(at('2026-11-23T00:20:00Z'))).toEqual({ reminders: 0, escalations: 0 });
    expect(await sweepBoth(at('2026-11-23T00:23:00Z'))).toEqual({ reminders: 1, escalations: 0 });
    expect(await notices('task.reminder_75')).toEqual(['fungsional.kaltim@sigap.test']);
    expect(await sweepBoth(at('2026-11-23T00:25:00Z'))).toEqual({ reminders: 0, escalations: 0 });
    expect(await sweepBoth(at('2026-11-23T00:31:00Z'))).toEqual({ reminders: 1, escalations: 1 });
    expect(await notices('task.due')).toEqual(['fungsional.kaltim@sigap.test']);
    expect(await notices('task.escalated')).toEqual(['kabid.dalak.kaltim@sigap.test']);
    // each notice also goes out once by email through the outbox
    const mails = (await h.database.query(`select recipient, subject from outbox order by recipient`)).rows;
    expect(mails.map((m) => m.recipient)).toEqual([
      'fungsional.kaltim@sigap.test',
      'fungsional.kaltim@sigap.test',
      'kabid.dalak.kaltim@sigap.test',
    ]);
    expect(await sweepBoth(at('2026-11-23T02:00:00Z'))).toEqual({ reminders: 0, escalations: 0 });
    // the escalation is in the case history and the Kabid sees the overdue task
    h.now = at('2026-11-23T02:00:00Z');
    const kabid = await h.login('kabid.dalak.kaltim@sigap.test');
    const detail = (await h.as(kabid, 'GET', `/api/cases/${caseId}`)).json();
    expect(detail.history.map((e: { action: string }) => e.action)).toContain('task.escalated');
    const overdue = (await h.as(kabid, 'GET', '/api/inbox?tab=overdue')).json();
    expect(overdue.items[0]).toMatchObject({ caseId, overdue: true });
    expect(overdue.items[0].workingMinutesLeft).toBeLessThan(0);
    expect(overdue.counts.overdue).toBe(1);
  });
});
