import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';

let h: Harness;
let fung: Session;
let kabid: Session;
let kepala: Session;
let promosi: Session;
let bkpmAdmin: Session;
let caseId: string;

beforeAll(async () => {
  // Monday 23 November 2026 08:00 WITA
  h = await createHarness({ now: new Date('2026-11-23T00:00:00Z') });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  promosi = await h.login('staf.promosi.kaltim@sigap.test');
  bkpmAdmin = await h.login('admin.bkpm@sigap.test');
});
afterAll(async () => h?.close());

const advance = (minutes: number) => {
  h.now = new Date(h.now.getTime() + minutes * 60_000);
};

async function completeCurrent(s: Session, decision?: 'yes' | 'no') {
  const detail = (await h.as(s, 'GET', `/api/cases/${caseId}`)).json();
  const task = detail.tasks.find((t: { status: string }) => t.status === 'ready');
  const res = await h.as(s, 'POST', `/api/cases/${caseId}/actions`, {
    type: 'complete',
    taskId: task.id,
    ...(decision ? { decision } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return task;
}

describe('cases through the API', () => {
  it('lists the SOPs a role may start', async () => {
    const res = (await h.as(fung, 'GET', '/api/sops/startable')).json();
    expect(res.sops.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['067/009', '067/012']),
    );
    const none = (await h.as(promosi, 'GET', '/api/sops/startable')).json();
    expect(none.sops.map((s: { code: string }) => s.code)).not.toContain('067/012');
  });

  it('refuses a start by someone without a lane in the SOP', async () => {
    const res = await h.as(promosi, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-012',
      subject: 'Pencabutan PT X',
    });
    expect(res.statusCode).toBe(403);
    const bad = await h.as(fung, 'POST', '/api/cases', { definitionKey: 'no-such-sop', subject: 'x' }, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['subject']),
    );
  });

  it('runs SOP 067/012 with three users, a Tidak loop, and shows actual time against the standard', async () => {
    const start = await h.as(fung, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-012',
      subject: 'Pencabutan izin PT Contoh Tambang',
    });
    expect(start.statusCode, start.body).toBe(200);
    caseId = start.json().id;
    expect(start.json().number).toMatch(/^SOP-2026-\d{6}$/);
    const inbox = (await h.as(fung, 'GET', '/api/inbox?tab=mine')).json();
    expect(inbox.items[0]).toMatchObject({ caseId, stepNo: 1, subject: 'Pencabutan izin PT Contoh Tambang' });
    expect(inbox.counts.mine).toBe(1);
    for (let i = 0; i < 4; i++) {
      advance(20);
      await completeCurrent(fung);
    }
    // the Kabid sees it waiting for approval; the fungsional may not decide it
    const approval = (await h.as(kabid, 'GET', '/api/inbox?tab=approval')).json();
    expect(approval.items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
    const detail = (await h.as(fung, 'GET', `/api/cases/${caseId}`)).json();
    const s5 = detail.tasks.find((t: { status: string }) => t.status === 'ready');
    expect(s5.canWork).toBe(false);
    const refused = await h.as(fung, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'complete',
      taskId: s5.id,
      decision: 'yes',
    });
    expect(refused.statusCode).toBe(403);
    advance(30);
    await completeCurrent(kabid, 'no'); // Tidak: back to step 2
    const looped = (await h.as(fung, 'GET', `/api/cases/${caseId}`)).json();
    expect(looped.tasks.find((t: { status: string }) => t.status === 'ready')).toMatchObject({
      stepNo: 2,
      iteration: 1,
    });
    expect(looped.sendBacks[0]).toMatchObject({ fromStepId: 's5', toStepId: 's2', byName: 'Hadi Santoso' });
    for (let i = 0; i < 3; i++) {
      advance(15);
      await completeCurrent(fung);
    }
    advance(10);
    await completeCurrent(kabid, 'yes');
    advance(10);
    await completeCurrent(kepala, 'yes');
    advance(10);
    await completeCurrent(fung);
    const done = (await h.as(kabid, 'GET', `/api/cases/${caseId}`)).json();
    expect(done.status).toBe('completed');
    expect(done.tasks).toHaveLength(11);
    const first = done.tasks[0];
    expect(first).toMatchObject({
      stepNo: 1,
      standardMinutes: 30,
      actualWorkingMinutes: 20,
      withinStandard: true,
      completedByName: 'Arif Rahman',
    });
    expect(done.history.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['case.started', 'case.sent_back', 'case.completed']),
    );
  });

  it('hides the case from another unit and from another agency', async () => {
    expect((await h.as(promosi, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await h.as(bkpmAdmin, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await h.as(bkpmAdmin, 'POST', `/api/cases/${caseId}/comments`, { body: 'hai' })).statusCode).toBe(
      404,
    );
    const inbox = (await h.as(promosi, 'GET', '/api/inbox?tab=unit&status=done')).json();
    expect(inbox.items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);
  });

  it('lets a Kabid dispose a task to a named officer with an instruction, and pause/resume the clock', async () => {
    const start = await h.as(kabid, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-009',
      subject: 'Pengawasan rutin PT Sawit Makmur',
    });
    expect(start.statusCode, start.body).toBe(200);
    const id = start.json().id;
    const detail = (await h.as(kabid, 'GET', `/api/cases/${id}`)).json();
    const task = detail.tasks[0];
    expect(task.canDirect).toBe(true);
    const target = detail.candidates.find((c: { name: string }) => c.name === 'Arif Rahman');
    const d = await h.as(kabid, 'POST', `/api/cases/${id}/actions`, {
      type: 'dispose',
      taskId: task.id,
      toUserId: target.userId,
      instruction: 'Siapkan data pelaku usaha',
    });
    expect(d.statusCode, d.body).toBe(200);
    const mine = (await h.as(fung, 'GET', '/api/inbox?tab=mine')).json();
    expect(mine.items.map((i: { caseId: string }) => i.caseId)).toContain(id);
    const p = await h.as(fung, 'POST', `/api/cases/${id}/actions`, {
      type: 'pause',
      reason: 'Menunggu dokumen dari pelaku usaha',
    });
    expect(p.statusCode, p.body).toBe(200);
    const paused = (await h.as(fung, 'GET', `/api/cases/${id}`)).json();
    expect(paused).toMatchObject({ paused: true, pauseReason: 'Menunggu dokumen dari pelaku usaha' });
    expect(paused.tasks[0].dueAt).toBeNull();
    advance(60);
    expect((await h.as(fung, 'POST', `/api/cases/${id}/actions`, { type: 'resume' })).statusCode).toBe(200);
    const resumed = (await h.as(fung, 'GET', `/api/cases/${id}`)).json();
    expect(resumed.paused).toBe(false);
    expect(resumed.tasks[0].dueAt).not.toBeNull();
    const c = await h.as(fung, 'POST', `/api/cases/${id}/comments`, { body: 'Dokumen sudah diterima.' });
    expect(c.statusCode).toBe(200);
    const withComment = (await h.as(kabid, 'GET', `/api/cases/${id}`)).json();
    expect(withComment.comments[0]).toMatchObject({
      body: 'Dokumen sudah diterima.',
      userName: 'Arif Rahman',
    });
  });

  it('names the field when an action is malformed', async () => {
    const res = await h.as(fung, 'POST', `/api/cases/${caseId}/actions`, { type: 'complete' }, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ field: 'taskId', rule: 'required' });
    const closed = await h.as(fung, 'POST', `/api/cases/${caseId}/actions`, { type: 'resume' });
    expect(closed.statusCode).toBe(409);
  });
});
