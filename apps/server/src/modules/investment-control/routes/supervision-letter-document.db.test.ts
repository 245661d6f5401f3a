import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kabid: Session;
let kepala: Session;
let agencyId: string;

// Wednesday 10 June 2026, 09:00 WITA
const NOW = new Date('2026-06-10T01:00:00Z');

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  agencyId = pengolah.me.agency.id;
  // one high-risk company without last year's LKPM: two routine visits this year
  await q(
    `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency, address)
     values ($1, '9912000000001', 'PT Tugas Dokumen Uji', 'PMA', 'large', 'high', '{05100}', 'Kota Samarinda', 'Jl. Juanda No. 7')`,
    [agencyId],
  );
  const plan = await h.as(kabid, 'POST', '/api/control/supervision-plans', { year: 2026 });
  expect(plan.statusCode, plan.body).toBe(200);
});
afterAll(async () => h?.close());

async function ourVisits() {
  const res = await h.as(pengolah, 'GET', '/api/control/supervision-visits?year=2026&pageSize=500');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Row[]).filter((v) => v.companyName === 'PT Tugas Dokumen Uji');
}

const act = (id: string, body: unknown, who: Session = pengolah) =>
  h.as(who, 'POST', `/api/control/supervision-visits/${id}/actions`, body, 'en');

describe('the Surat Tugas of a routine visit drafted in the document service (SOP 067/009 step 3)', () => {
  it('drafts the letter on the visit case, refuses it unsigned, and issues the visit with the signed number', async () => {
    const [visit, other] = await ourVisits();
    expect(visit && other).toBeTruthy();
    expect(visit).toMatchObject({ caseId: null, letterDocumentId: null });
    // the visit's inspectors: name them so the letter lists them
    const inspectors = (await h.as(pengolah, 'GET', '/api/control/supervision-visits?year=2026')).json()
      .inspectors as { id: string; name: string }[];
    expect(inspectors.length).toBeGreaterThan(0);
    const moved = await act(visit!.id, {
      type: 'move',
      plannedOn: '2026-06-17',
      inspectorIds: [inspectors[0]!.id],
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const drafted = await act(visit!.id, { type: 'draftLetter' });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const v = drafted.json();
    expect(v.caseId).toBeTruthy();
    expect(v).toMatchObject({ letterDocumentStatus: 'draft', letterDocumentNumber: null, status: 'planned' });
    const [kase] = await q('select definition_key from cases where id = $1', [v.caseId]);
    expect(kase!.definition_key).toBe('dalak-067-009');

    const doc = (await h.as(pengolah, 'GET', `/api/documents/${v.letterDocumentId}`)).json();
    expect(doc).toMatchObject({ caseId: v.caseId, status: 'draft', templateCode: 'surat-tugas' });
    expect(doc.title).toContain('PT Tugas Dokumen Uji');
    expect(doc.data).toMatchObject({
      letterType: 'surat-tugas',
      place: 'Jl. Juanda No. 7, Kota Samarinda',
      startDate: '2026-06-17',
      endDate: '2026-06-17',
    });
    expect(doc.data.task).toContain('PT Tugas Dokumen Uji (NIB 9912000000001)');
    expect(doc.data.task).toContain('SOP 067/009');
    expect(doc.data.officers).toEqual([expect.objectContaining({ name: inspectors[0]!.name })]);
    const pdf = await h.as(pengolah, 'GET', `/api/documents/${v.letterDocumentId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // a second draft while one exists
    expect((await act(visit!.id, { type: 'draftLetter' })).statusCode).toBe(409);

    // the unsigned draft cannot issue the visit; another visit's document is not this visit's letter
    const unsigned = await act(visit!.id, { type: 'issueLetter', documentId: v.letterDocumentId });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().fields).toEqual([
      expect.objectContaining({ field: 'documentId', rule: 'not_signed' }),
    ]);
    const notOurs = await act(other!.id, { type: 'issueLetter', documentId: v.letterDocumentId });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.json().fields).toEqual([
      expect.objectContaining({ field: 'documentId', rule: 'invalid' }),
    ]);
    // the typed path still needs its number
    const typed = await act(other!.id, { type: 'issueLetter', issuedOn: '2026-06-10' });
    expect(typed.json().fields).toEqual([
      expect.objectContaining({ field: 'letterNumber', rule: 'required' }),
    ]);

    // a draft cancelled in the document service makes way for a new one
    const first = (await act(other!.id, { type: 'draftLetter' })).json();
    const cancelled = await h.as(pengolah, 'POST', `/api/documents/${first.letterDocumentId}/actions`, {
      type: 'cancel',
      note: 'Tim pemeriksa diganti',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const again = await act(other!.id, { type: 'draftLetter' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().letterDocumentId).not.toBe(first.letterDocumentId);

    // initialled, signed and numbered through the document API
    const docId = v.letterDocumentId as string;
    const submit = await h.as(pengolah, 'POST', `/api/documents/${docId}/actions`, {
      type: 'submit',
      reviewerUserIds: [kabid.me.user.id],
      signerUserId: kepala.me.user.id,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(
      (await h.as(kabid, 'POST', `/api/documents/${docId}/actions`, { type: 'initial' })).statusCode,
    ).toBe(200);
    const signed = await h.as(kepala, 'POST', `/api/documents/${docId}/actions`, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    const number = signed.json().number as string;
    expect(number).toMatch(/^094\//);

    const listed = (await ourVisits()).find((x) => x.id === visit!.id)!;
    expect(listed).toMatchObject({ letterDocumentStatus: 'signed', letterDocumentNumber: number });

    const issued = await act(visit!.id, { type: 'issueLetter', documentId: docId });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'letter_issued',
      letterNumber: number,
      letterIssuedOn: '2026-06-10',
      letterMissing: false,
    });
  });

  it("another agency's visit is not found", async () => {
    const [, other] = await ourVisits();
    const [bkpm] = await q(`select id from agencies where id <> $1 order by code limit 1`, [agencyId]);
    await q('update supervision_visits set agency_id = $1 where id = $2', [bkpm!.id, other!.id]);
    expect((await act(other!.id, { type: 'draftLetter' })).statusCode).toBe(404);
    expect((await act(other!.id, { type: 'issueLetter', documentId: other!.id })).statusCode).toBe(404);
  });
});
