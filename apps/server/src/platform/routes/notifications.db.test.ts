import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { runDeadlineSweep } from '../use-cases/jobs/run-deadline-sweep';

let h: Harness;
let fung: Session;
let kabid: Session;

beforeAll(async () => {
  // Monday 23 November 2026 08:00 WITA
  h = await createHarness({ now: new Date('2026-11-23T00:00:00Z') });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
});
afterAll(async () => h?.close());

describe('notifications (the bell)', () => {
  it('lists a task reminder with its link and unread count, and marks one and all read', async () => {
    const start = await h.as(fung, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-012',
      subject: 'Pencabutan izin PT Bell Test',
    });
    expect(start.statusCode, start.body).toBe(200);
    const caseId = start.json().id;
    const before = (await h.as(fung, 'GET', '/api/notifications')).json();
    expect(before.unread).toBe(0);
    // well past the first step's standard time: the sweep reminds (75%) and tells it is overdue (100%)
    await runDeadlineSweep({ db: h.database.db, now: new Date('2026-11-25T08:00:00Z') });
    const list = await h.as(fung, 'GET', '/api/notifications');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.unread).toBeGreaterThanOrEqual(1);
    const reminder = body.items.find((n: { link: string | null }) => n.link === `/office/kasus/${caseId}`);
    expect(reminder).toMatchObject({ readAt: null, kind: expect.stringMatching(/^task\./) });
    // someone else's notice is not found
    expect((await h.as(kabid, 'POST', `/api/notifications/${reminder.id}/read`)).statusCode).toBe(404);
    const one = await h.as(fung, 'POST', `/api/notifications/${reminder.id}/read`);
    expect(one.json()).toEqual({ marked: 1 });
    const after = (await h.as(fung, 'GET', '/api/notifications?unread=true')).json();
    expect(after.unread).toBe(body.unread - 1);
    expect(after.items.map((n: { id: string }) => n.id)).not.toContain(reminder.id);
    const all = await h.as(fung, 'POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ marked: body.unread - 1 });
    expect((await h.as(fung, 'GET', '/api/notifications')).json().unread).toBe(0);
  });
});
