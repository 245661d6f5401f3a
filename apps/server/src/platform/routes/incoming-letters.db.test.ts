import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { type FilePart, multipartBody } from '../../testing/multipart';

let h: Harness;
let tu: Session;
let staf: Session;
let bkpmTu: Session;

beforeAll(async () => {
  // Monday 23 November 2026, 11:00 WITA / 10:00 WIB
  h = await createHarness({ now: new Date('2026-11-23T03:00:00Z') });
  tu = await h.login('tu.kaltim@sigap.test');
  staf = await h.login('staf.promosi.kaltim@sigap.test');
  bkpmTu = await h.login('tu.ti.bkpm@sigap.test');
});
afterAll(async () => h?.close());

function post(s: Session, fields: Record<string, string>, files: FilePart[], lang: 'id' | 'en' = 'id') {
  const body = multipartBody(fields, files);
  return h.app.inject({
    method: 'POST',
    url: '/api/incoming-letters',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': body.contentType,
      'accept-language': lang,
    },
    payload: body.payload,
  });
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n'), randomBytes(2048)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), randomBytes(1024)]);
const scan = (bytes: Buffer, filename = 'scan surat.pdf', contentType = 'application/pdf'): FilePart => ({
  field: 'scan',
  filename,
  contentType,
  bytes,
});
const fields = {
  sender: 'PT Kaltim Energi Lestari',
  letterNumber: '015/KEL/XI/2026',
  letterDate: '2026-11-20',
  receivedAt: '2026-11-23T01:30:00.000Z',
  subject: 'Permohonan fasilitasi kendala perizinan',
};

const list = async (s: Session, query = '') => (await h.as(s, 'GET', `/api/incoming-letters${query}`)).json();

describe('incoming letters API', () => {
  let firstId: string;

  it('registers a letter with its scan under the next agenda number of the year', async () => {
    const res = await post(tu, fields, [scan(PDF)]);
    expect(res.statusCode, res.body).toBe(200);
    const letter = res.json();
    firstId = letter.id;
    expect(letter).toMatchObject({
      agendaNumber: 'AGD/001/2026',
      sender: 'PT Kaltim Energi Lestari',
      letterDate: '2026-11-20',
      receivedAt: '2026-11-23T01:30:00.000Z',
      scan: { filename: 'scan surat.pdf', contentType: 'application/pdf', size: PDF.length },
      caseId: null,
    });
    expect(letter.registeredByName).toBeTruthy();
    // a PNG whose name says .jpg is stored as what it is; receivedAt defaults to now
    const { receivedAt: _r, ...withoutTime } = fields;
    const png = await post(tu, { ...withoutTime, subject: 'Undangan sosialisasi' }, [
      scan(PNG, 'foto.jpg', 'image/jpeg'),
    ]);
    expect(png.statusCode, png.body).toBe(200);
    expect(png.json()).toMatchObject({
      agendaNumber: 'AGD/002/2026',
      receivedAt: h.now.toISOString(),
      scan: { filename: 'foto.png', contentType: 'image/png' },
    });
  });

  it('refuses a renamed executable by its content, naming the field, and stores nothing', async () => {
    const res = await post(tu, fields, [scan(EXE, 'surat.pdf', 'application/pdf')], 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ field: 'scan', rule: 'file_type' })]);
    expect(res.json().message).toContain('PDF, JPEG or PNG');
    expect((await list(tu)).total).toBe(2);
  });

  it('names every bad field at once: text fields, a missing scan, a too-large scan, impossible dates', async () => {
    const res = await post(
      tu,
      { sender: '', letterNumber: '1', letterDate: '20-11-2026', subject: 'ok subject' },
      [],
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['letterDate', 'scan', 'sender']);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await post(tu, fields, [scan(big)]);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().fields[0]).toMatchObject({ field: 'scan', rule: 'file_too_large' });
    const later = await post(tu, { ...fields, letterDate: '2026-11-24' }, [scan(PDF)]);
    expect(later.json().fields[0]).toMatchObject({ field: 'letterDate', rule: 'after_receipt' });
    const future = await post(tu, { ...fields, receivedAt: '2026-11-24T01:00:00Z' }, [scan(PDF)]);
    expect(future.json().fields[0]).toMatchObject({ field: 'receivedAt', rule: 'not_future' });
    const extra = await post(tu, { ...fields, color: 'red' }, [scan(PDF)]);
    expect(extra.json().fields[0]).toMatchObject({ field: 'color', rule: 'unknown_field' });
    const json = await h.as(tu, 'POST', '/api/incoming-letters', fields);
    expect(json.statusCode).toBe(400);
    expect(json.json().fields[0].field).toBe('scan');
    // nothing half-stored: the next letter takes the next agenda number, without a gap
    const next = await post(tu, { ...fields, subject: 'Laporan kegiatan' }, [scan(PDF)]);
    expect(next.json().agendaNumber).toBe('AGD/003/2026');
  });

  it('is for the administration office only', async () => {
    expect((await post(staf, fields, [scan(PDF)])).statusCode).toBe(403);
    expect((await h.as(staf, 'GET', '/api/incoming-letters')).statusCode).toBe(403);
  });

  it('searches the agenda book by text and by local date received', async () => {
    expect(
      (await list(tu, '?q=sosialisasi')).items.map((l: { agendaNumber: string }) => l.agendaNumber),
    ).toEqual(['AGD/002/2026']);
    expect((await list(tu, '?q=015%2FKEL')).total).toBe(3);
    expect((await list(tu, '?from=2026-11-23&to=2026-11-23')).total).toBe(3);
    expect((await list(tu, '?from=2026-11-24')).total).toBe(0);
    expect((await list(tu, '?q=&from=&to=')).total).toBe(3);
    const bad = await h.as(tu, 'GET', '/api/incoming-letters?from=23-11-2026');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toContain('from');
    // another agency sees its own book only
    expect((await list(bkpmTu)).total).toBe(0);
  });

  it('downloads the scan with its bytes, for the same agency only', async () => {
    const res = await h.as(tu, 'GET', `/api/incoming-letters/${firstId}/scan`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect((await h.as(bkpmTu, 'GET', `/api/incoming-letters/${firstId}/scan`)).statusCode).toBe(404);
    expect((await h.as(staf, 'GET', `/api/incoming-letters/${firstId}/scan`)).statusCode).toBe(403);
  });

  it("refuses to start a module's SOP as a bare case: a service request starts on its module page", async () => {
    const reg = await post(
      bkpmTu,
      { ...fields, sender: 'PT Nusantara Digital', subject: 'Permohonan fasilitasi kendala teknis OSS' },
      [scan(PDF)],
    );
    expect(reg.statusCode, reg.body).toBe(200);
    const res = await h.as(
      bkpmTu,
      'POST',
      `/api/incoming-letters/${reg.json().id}/start-case`,
      { definitionKey: 'bkpm-fasilitasi-kendala-teknis' },
      'en',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ field: 'definitionKey', rule: 'managed_by_module' });
    expect(res.json().fields[0].message).toContain('service-requests');
    // nothing linked, and the startable list says which module starts it
    expect((await list(bkpmTu)).items.find((x: { id: string }) => x.id === reg.json().id)).toMatchObject({
      caseId: null,
    });
    const startable = (await h.as(bkpmTu, 'GET', '/api/sops/startable')).json().sops;
    expect(startable.find((x: { key: string }) => x.key === 'bkpm-fasilitasi-kendala-teknis')).toMatchObject({
      managedBy: 'service-requests',
    });
  });

  it('starts a case of a generic SOP from a letter, links it, and refuses a second one', async () => {
    // the Kaltim secretariat's administration office also prepares forums (a staff role)
    await h.database.db.execute(
      sql`update positions set roles = array_append(roles, 'staf') where 'tata_usaha' = any(roles) and agency_id = ${tu.me.agency.id}`,
    );
    const tuStaf = await h.login('tu.kaltim@sigap.test');
    const reg = await post(
      tuStaf,
      { ...fields, sender: 'KADIN Kalimantan Timur', subject: 'Usulan forum bisnis investasi 2027' },
      [scan(PDF)],
    );
    expect(reg.statusCode, reg.body).toBe(200);
    const id = reg.json().id;
    const bad = await h.as(tuStaf, 'POST', `/api/incoming-letters/${id}/start-case`, {
      definitionKey: 'nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('definitionKey');
    const res = await h.as(tuStaf, 'POST', `/api/incoming-letters/${id}/start-case`, {
      definitionKey: 'promosi-bpm-03-forum-bisnis',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { caseId, caseNumber } = res.json();
    expect(caseNumber).toMatch(/^SOP-2026-\d{6}$/);
    const detail = await h.as(tuStaf, 'GET', `/api/cases/${caseId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().subject).toBe('Usulan forum bisnis investasi 2027');
    expect((await list(tuStaf)).items.find((x: { id: string }) => x.id === id)).toMatchObject({
      caseId,
      caseNumber,
    });
    const twice = await h.as(
      tuStaf,
      'POST',
      `/api/incoming-letters/${id}/start-case`,
      { definitionKey: 'promosi-bpm-03-forum-bisnis' },
      'en',
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain(caseNumber);
    expect(
      (await h.as(bkpmTu, 'POST', `/api/incoming-letters/${id}/start-case`, { definitionKey: 'x' }))
        .statusCode,
    ).toBe(404);
  });
});
