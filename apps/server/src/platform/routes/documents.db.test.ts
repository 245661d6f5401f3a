import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { verifyEventChains } from '../db/repositories/event-log';
import { letterNumbers, outbox } from '../db/schema';

let h: Harness;
let staf: Session;
let kasi: Session;
let kabid: Session;
let kepala: Session;
let dalak: Session;
let bkpmStaff: Session;
let bkpmDirector: Session;
let caseId: string;
let docId: string;
const ids: Record<string, string> = {};

/** A word that appears in the letter's body only, to find it by full-text search. */
const BODY_WORD = 'Pesutmahakam';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function invitation(extra: Record<string, unknown> = {}) {
  return {
    nature: 'segera',
    subject: 'Undangan Forum Bisnis Kalimantan Timur 2026',
    recipients: ['Direktur Utama PT Kaltim Prima Energi', 'Ketua Kadin Kalimantan Timur'],
    recipientPlace: 'Tempat',
    purpose: `pelaksanaan Forum Bisnis ${BODY_WORD} 2026`,
    eventDate: '2026-12-10',
    eventTime: '09:00',
    eventEnd: 'selesai',
    place: 'Ballroom Hotel Mesra, Samarinda',
    agenda: 'Paparan peluang investasi dan temu bisnis',
    ...extra,
  };
}

async function act(s: Session, id: string, action: Record<string, unknown>) {
  return h.as(s, 'POST', `/api/documents/${id}/actions`, action);
}

async function pdfOf(s: Session, id: string) {
  const res = await h.as(s, 'GET', `/api/documents/${id}/pdf`);
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

function multipart(bytes: Buffer) {
  const boundary = `----sigap${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="surat.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  // Monday 23 November 2026, 09:00 WITA
  h = await createHarness({ now: new Date('2026-11-23T01:00:00Z') });
  staf = await h.login('staf.promosi.kaltim@sigap.test');
  kasi = await h.login('kasi.promosi.kaltim@sigap.test');
  kabid = await h.login('kabid.pm.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  dalak = await h.login('pengolah.kaltim@sigap.test');
  bkpmStaff = await h.login('pertama.promosi.bkpm@sigap.test');
  bkpmDirector = await h.login('direktur.promosi.bkpm@sigap.test');
  for (const [k, s] of Object.entries({ staf, kasi, kabid, kepala })) ids[k] = s.me.user.id;
  const started = await h.as(staf, 'POST', '/api/cases', {
    definitionKey: 'promosi-bpm-03-forum-bisnis',
    subject: 'Forum Bisnis Kalimantan Timur 2026',
  });
  expect(started.statusCode, started.body).toBe(200);
  caseId = started.json().id;
});
afterAll(async () => h?.close());

describe('document lifecycle', () => {
  it('offers the templates, units and office holders to the drafting form', async () => {
    const res = await h.as(staf, 'GET', '/api/documents/options');
    expect(res.statusCode, res.body).toBe(200);
    const options = res.json();
    expect(options.templates.map((t: { code: string }) => t.code)).toContain('undangan');
    expect(options.people.map((p: { userId: string }) => p.userId)).toEqual(
      expect.arrayContaining([ids.kasi, ids.kabid, ids.kepala]),
    );
    expect(options.defaultUnitId).toBeTruthy();
  });

  it('checks the classification and the data against the template fields', async () => {
    const unitId = (await h.as(staf, 'GET', '/api/documents/options')).json().defaultUnitId;
    const base = { templateCode: 'undangan', caseId, title: 'Undangan Forum Bisnis', unitId };
    const badCode = await h.as(staf, 'POST', '/api/documents', {
      ...base,
      classification: '5',
      data: invitation(),
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().fields.map((f: { field: string }) => f.field)).toContain('classification');
    const missing = await h.as(
      staf,
      'POST',
      '/api/documents',
      { ...base, classification: '005', data: { nature: 'kilat', unknownField: 'x' } },
      'en',
    );
    expect(missing.statusCode).toBe(400);
    const fields = missing.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['data.nature', 'data.unknownField', 'data.subject']));
    // another agency's user may not draft into this case: it does not exist for them
    const foreign = await h.as(bkpmStaff, 'POST', '/api/documents', {
      ...base,
      unitId: (await h.as(bkpmStaff, 'GET', '/api/documents/options')).json().defaultUnitId,
      classification: '005',
      data: invitation(),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('drafts an invitation in the case; the draft has only the placeholder number', async () => {
    const unitId = (await h.as(staf, 'GET', '/api/documents/options')).json().defaultUnitId;
    const res = await h.as(staf, 'POST', '/api/documents', {
      templateCode: 'undangan',
      caseId,
      title: 'Undangan Forum Bisnis Kalimantan Timur 2026',
      classification: '005',
      unitId,
      data: invitation(),
      recipientEmail: 'investor@contoh.co.id',
    });
    expect(res.statusCode, res.body).toBe(200);
    docId = res.json().id;
    const doc = (await h.as(staf, 'GET', `/api/documents/${docId}`)).json();
    expect(doc).toMatchObject({ status: 'draft', number: null, caseId, templateCode: 'undangan' });
    expect(doc.numberPlaceholder).toBe('005/.../DPMPTSP-SEKSI-PROMOSI/XI/2026');
    expect(doc.permissions).toMatchObject({ submit: true, edit: true, initial: false, sign: false });
    expect(doc.nextActor.userId).toBe(ids.staf);
    const list = (await h.as(kabid, 'GET', `/api/documents?caseId=${caseId}`)).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(docId);
    const pdf = await pdfOf(staf, docId);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const inline = await h.as(staf, 'GET', `/api/documents/${docId}/pdf`);
    // the document page shows it in a frame of its own origin, nowhere else
    expect(inline.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(inline.headers['x-content-sha256']).toBe(sha(pdf));
    const docx = await h.as(staf, 'GET', `/api/documents/${docId}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers 404 on everything to another unit and another agency', async () => {
    for (const s of [dalak, bkpmStaff]) {
      expect((await h.as(s, 'GET', `/api/documents/${docId}`)).statusCode).toBe(404);
      expect((await h.as(s, 'GET', `/api/documents/${docId}/pdf`)).statusCode).toBe(404);
      expect((await h.as(s, 'GET', `/api/documents/${docId}/docx`)).statusCode).toBe(404);
      expect((await h.as(s, 'PUT', `/api/documents/${docId}`, { title: 'X y z', data: {} })).statusCode).toBe(
        404,
      );
      expect((await act(s, docId, { type: 'initial' })).statusCode).toBe(404);
      expect((await h.as(s, 'GET', `/api/documents?caseId=${caseId}`)).statusCode).toBe(404);
    }
  });

  it('runs the chain: Kasi initials, Kabid returns, Kasi fixes and initials again, Kabid initials', async () => {
    const bad = await act(staf, docId, {
      type: 'submit',
      reviewerUserIds: [ids.kasi, ids.kasi],
      signerUserId: ids.kepala,
    });
    expect(bad.statusCode).toBe(400);
    const submitted = await act(staf, docId, {
      type: 'submit',
      reviewerUserIds: [ids.kasi, ids.kabid],
      signerUserId: ids.kepala,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('in_review');
    // only the person in turn acts
    expect((await act(kabid, docId, { type: 'initial' })).statusCode).toBe(403);
    expect((await act(kepala, docId, { type: 'sign' })).statusCode).toBe(403);
    expect(
      (await h.as(staf, 'PUT', `/api/documents/${docId}`, { title: 'Ubah', data: invitation() })).statusCode,
    ).toBe(403);

    // the hash recorded is the hash of exactly the PDF the reviewer sees
    h.now = new Date('2026-11-23T02:00:00Z');
    const seenByKasi = sha(await pdfOf(kasi, docId));
    expect(sha(await pdfOf(kasi, docId))).toBe(seenByKasi);
    const initialled = await act(kasi, docId, { type: 'initial' });
    expect(initialled.statusCode, initialled.body).toBe(200);
    expect(initialled.json().pdfSha256).toBe(seenByKasi);

    h.now = new Date('2026-11-23T03:00:00Z');
    const seenByKabid = sha(await pdfOf(kabid, docId));
    expect(seenByKabid).not.toBe(seenByKasi); // Kasi's initial is on it now
    expect((await act(kabid, docId, { type: 'return', note: '' })).statusCode).toBe(400);
    const returned = await act(kabid, docId, { type: 'return', note: 'Lengkapi narahubung panitia' });
    expect(returned.statusCode, returned.body).toBe(200);
    let doc = (await h.as(kasi, 'GET', `/api/documents/${docId}`)).json();
    expect(doc.status).toBe('in_review');
    expect(doc.returnNote).toBe('Lengkapi narahubung panitia');
    expect(doc.nextActor.userId).toBe(ids.kasi);
    expect(doc.permissions).toMatchObject({ edit: true, initial: true, return: true, sign: false });
    expect(doc.chain.map((c: { state: string }) => c.state)).toEqual(['current', 'pending', 'pending']);

    const fixed = await h.as(kasi, 'PUT', `/api/documents/${docId}`, {
      title: doc.title,
      data: invitation({ contactPerson: 'Yoga Firmansyah (0812-5400-2211)' }),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const seenAgain = sha(await pdfOf(kasi, docId));
    expect(seenAgain).not.toBe(seenByKasi); // the text changed
    const again = await act(kasi, docId, { type: 'initial' });
    expect(again.json().pdfSha256).toBe(seenAgain);

    h.now = new Date('2026-11-23T04:00:00Z');
    const kabidSees = sha(await pdfOf(kabid, docId));
    const byKabid = await act(kabid, docId, { type: 'initial' });
    expect(byKabid.json().pdfSha256).toBe(kabidSees);

    doc = (await h.as(kepala, 'GET', `/api/documents/${docId}`)).json();
    expect(doc.number).toBeNull();
    expect(doc.permissions).toMatchObject({ sign: true, initial: false, edit: false });
    expect(doc.chain.map((c: { state: string }) => c.state)).toEqual(['done', 'done', 'current']);
    expect(doc.chain[0].pdfSha256).toBe(seenAgain);
    expect(doc.chain[1].pdfSha256).toBe(kabidSees);
  });

  it('takes the number only when the Kepala signs, and stores the signed PDF with its hash', async () => {
    const archiveBefore = (await h.as(kepala, 'GET', `/api/archive?q=${BODY_WORD}`)).json();
    expect(archiveBefore.total).toBe(0);
    h.now = new Date('2026-11-23T05:00:00Z');
    const kepalaSees = sha(await pdfOf(kepala, docId));
    const signed = await act(kepala, docId, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().number).toBe('005/001/DPMPTSP-SEKSI-PROMOSI/XI/2026');
    const doc = (await h.as(staf, 'GET', `/api/documents/${docId}`)).json();
    expect(doc).toMatchObject({ status: 'signed', number: '005/001/DPMPTSP-SEKSI-PROMOSI/XI/2026' });
    expect(doc.records.find((r: { action: string }) => r.action === 'sign').pdfSha256).toBe(kepalaSees);
    const stored = await pdfOf(staf, docId);
    expect(sha(stored)).toBe(doc.pdfSha256);
    expect(signed.json().pdfSha256).toBe(doc.pdfSha256);
    // the stored file is served byte for byte, however often
    expect(sha(await pdfOf(kabid, docId))).toBe(doc.pdfSha256);
    expect(doc.permissions).toMatchObject({ send: true, cancel: true, sign: false });
    // no second signature
    expect((await act(kepala, docId, { type: 'sign' })).statusCode).toBe(409);
    const [register] = await h.database.db
      .select()
      .from(letterNumbers)
      .where(eq(letterNumbers.documentId, docId));
    expect(register).toMatchObject({ number: doc.number, status: 'issued', sequence: 1 });
  });

  it('verifies the signed PDF publicly: the facts without the body, and match or mismatch by SHA-256', async () => {
    const res = await h.as(null, 'GET', `/api/public/verify/${docId}`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({
      number: '005/001/DPMPTSP-SEKSI-PROMOSI/XI/2026',
      title: 'Undangan Forum Bisnis Kalimantan Timur 2026',
      signerName: 'Sugeng Raharjo',
      signerPosition: 'Kepala DPMPTSP',
      status: 'signed',
    });
    expect(v.agency).toContain('Kalimantan Timur');
    expect(res.body).not.toContain(BODY_WORD);
    const pdf = await pdfOf(staf, docId);
    expect(v.sha256).toBe(sha(pdf));

    const ok = await h.app.inject({ method: 'POST', url: `/api/public/verify/${docId}`, ...multipart(pdf) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ match: true, sha256: sha(pdf) });
    const altered = Buffer.from(pdf);
    const at = Math.floor(altered.length / 2);
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    const bad = await h.app.inject({
      method: 'POST',
      url: `/api/public/verify/${docId}`,
      ...multipart(altered),
    });
    expect(bad.json()).toEqual({ match: false, sha256: sha(altered) });
    const empty = await h.app.inject({ method: 'POST', url: `/api/public/verify/${docId}`, payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('finds the signed document in the archive by a word of its body, only for those who may see it', async () => {
    const found = (await h.as(kabid, 'GET', `/api/archive?q=${BODY_WORD}`)).json();
    expect(found.items.map((d: { id: string }) => d.id)).toEqual([docId]);
    expect(found.items[0]).toMatchObject({
      number: '005/001/DPMPTSP-SEKSI-PROMOSI/XI/2026',
      type: 'letter',
      classification: '005',
      caseId,
      retentionYears: 10,
      retainUntil: 2036,
    });
    expect(found.items[0].excerpt).toContain('«');
    const byFields = (
      await h.as(staf, 'GET', '/api/archive?type=letter&classification=005&from=2026-11-23&to=2026-11-23')
    ).json();
    expect(byFields.items.map((d: { id: string }) => d.id)).toContain(docId);
    const outside = (await h.as(staf, 'GET', '/api/archive?from=2026-11-24')).json();
    expect(outside.items.map((d: { id: string }) => d.id)).not.toContain(docId);
    // another unit of the same agency does not see it
    expect((await h.as(dalak, 'GET', `/api/archive?q=${BODY_WORD}`)).json().total).toBe(0);
  });

  it('does not find another agency’s signed document with the same word', async () => {
    const options = (await h.as(bkpmStaff, 'GET', '/api/documents/options')).json();
    const created = await h.as(bkpmStaff, 'POST', '/api/documents', {
      templateCode: 'undangan',
      title: 'Undangan temu bisnis BKPM',
      classification: '005',
      unitId: options.defaultUnitId,
      data: invitation(),
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id;
    const director = bkpmDirector.me.user.id;
    expect(
      (await act(bkpmStaff, id, { type: 'submit', reviewerUserIds: [], signerUserId: director })).statusCode,
    ).toBe(200);
    const signed = await act(bkpmDirector, id, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    const kaltim = (await h.as(kepala, 'GET', `/api/archive?q=${BODY_WORD}`)).json();
    expect(kaltim.items.map((d: { id: string }) => d.id)).toEqual([docId]);
    const bkpm = (await h.as(bkpmDirector, 'GET', `/api/archive?q=${BODY_WORD}`)).json();
    expect(bkpm.items.map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('sends the signed PDF by email and records it in the case history; a sent document stays', async () => {
    expect((await act(dalak, docId, { type: 'send' })).statusCode).toBe(404);
    const sent = await act(staf, docId, { type: 'send' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
    const mails = await h.database.db.select().from(outbox).where(eq(outbox.relatedId, docId));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: 'investor@contoh.co.id', status: 'pending' });
    expect((mails[0]!.attachments as Array<{ filename: string }>)[0]!.filename).toMatch(/\.pdf$/);
    const history = (await h.as(staf, 'GET', `/api/cases/${caseId}`)).json().history;
    expect(history.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['document.created', 'document.initialled', 'document.signed', 'document.sent']),
    );
    expect((await act(staf, docId, { type: 'cancel', note: 'Salah kirim' })).statusCode).toBe(409);
    const v = (await h.as(null, 'GET', `/api/public/verify/${docId}`)).json();
    expect(v.status).toBe('sent');
  });

  it('cancels a signed but unsent document’s number in the register', async () => {
    const unitId = (await h.as(staf, 'GET', '/api/documents/options')).json().defaultUnitId;
    const id = (
      await h.as(staf, 'POST', '/api/documents', {
        templateCode: 'undangan',
        title: 'Undangan kedua',
        classification: '005',
        unitId,
        data: invitation(),
      })
    ).json().id;
    await act(staf, id, { type: 'submit', reviewerUserIds: [], signerUserId: ids.kepala });
    const signed = (await act(kepala, id, { type: 'sign' })).json();
    expect(signed.number).toBe('005/002/DPMPTSP-SEKSI-PROMOSI/XI/2026');
    expect((await act(kasi, id, { type: 'cancel', note: 'Acara ditunda' })).statusCode).toBe(403);
    const cancelled = await act(staf, id, { type: 'cancel', note: 'Acara ditunda' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const [register] = await h.database.db
      .select()
      .from(letterNumbers)
      .where(eq(letterNumbers.documentId, id));
    expect(register).toMatchObject({ status: 'cancelled', cancelReason: 'Acara ditunda' });
    expect((await h.as(null, 'GET', `/api/public/verify/${id}`)).json().status).toBe('cancelled');
    // a draft is not verifiable
    const draft = (
      await h.as(staf, 'POST', '/api/documents', {
        templateCode: 'undangan',
        title: 'Konsep',
        classification: '005',
        unitId,
        data: invitation(),
      })
    ).json().id;
    expect((await h.as(null, 'GET', `/api/public/verify/${draft}`)).statusCode).toBe(404);
    expect((await verifyEventChains(h.database.db)).ok).toBe(true);
  });

  it('rate-limits the public verification endpoints', async () => {
    let last = 0;
    for (let i = 0; i < 65 && last !== 429; i++)
      last = (await h.as(null, 'GET', `/api/public/verify/${docId}`)).statusCode;
    expect(last).toBe(429);
  });
});
