import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';

let h: Harness;
let tu: Session;
let admin: Session;
let kabid: Session;
let staf: Session;
let bkpmTu: Session;

beforeAll(async () => {
  // Monday 23 November 2026, 11:00 WITA
  h = await createHarness({ now: new Date('2026-11-23T03:00:00Z') });
  tu = await h.login('tu.kaltim@sigap.test');
  admin = await h.login('admin.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  staf = await h.login('staf.promosi.kaltim@sigap.test');
  bkpmTu = await h.login('tu.arsip.bkpm@sigap.test');
});
afterAll(async () => h?.close());

/** Each number a minute after the one before, as at a real desk. */
const take = (s: Session, body: object, lang: 'id' | 'en' = 'id') => {
  h.now = new Date(h.now.getTime() + 60_000);
  return h.as(s, 'POST', '/api/letter-numbers', body, lang);
};

describe('letter-number register API', () => {
  it('takes numbers by hand for letters made outside Sigap, per unit and classification', async () => {
    const a = await take(tu, { unitCode: 'DPMPTSP-DALAK', classification: '067', subject: 'Undangan rapat' });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ number: '067/001/DPMPTSP-DALAK/XI/2026', sequence: 1 });
    const b = await take(admin, { unitCode: 'dpmptsp-dalak', classification: '067', subject: 'Surat tugas' });
    expect(b.json().number).toBe('067/002/DPMPTSP-DALAK/XI/2026');
    const c = await take(tu, {
      unitCode: 'DPMPTSP-DALAK',
      classification: '000.8.3.3',
      subject: 'Nota dinas',
    });
    expect(c.json().number).toBe('000.8.3.3/001/DPMPTSP-DALAK/XI/2026');
    // another agency's register is its own
    const d = await take(bkpmTu, { unitCode: 'BKPM-TU-ARSIP', classification: '067', subject: 'Undangan' });
    expect(d.json().number).toBe('067/001/BKPM-TU-ARSIP/XI/2026');
  });

  it("refuses a unit code that is not one of the agency's own units, naming the field", async () => {
    const before = await h.database.query('select count(*)::int as n from letter_numbers');
    // another agency's unit, a unit that does not exist, and a bare unit code without the agency's
    for (const unitCode of ['BKPM-DIT-SPB', 'DPMPTSP-NOWHERE', 'DALAK']) {
      const res = await take(tu, { unitCode, classification: '500.1', subject: 'Surat di luar Sigap' }, 'en');
      expect(res.statusCode, unitCode).toBe(400);
      expect(res.json().fields).toEqual([
        expect.objectContaining({ field: 'unitCode', rule: 'unit_unknown' }),
      ]);
      expect(res.json().message).toContain("one of your agency's units");
    }
    const id = await take(tu, { unitCode: 'BKPM-DIT-SPB', classification: '500.1', subject: 'Perihal' });
    expect(id.json().message).toContain('unit instansi Anda');
    // BKPM's own administration office cannot take a Kaltim code either
    const kaltim = await take(bkpmTu, {
      unitCode: 'DPMPTSP-DALAK',
      classification: '067',
      subject: 'Perihal',
    });
    expect(kaltim.statusCode).toBe(400);
    expect(await h.database.query('select count(*)::int as n from letter_numbers')).toEqual(before);
    // the register screen offers exactly the agency's units, with the code each prints
    const options = (await h.as(tu, 'GET', '/api/letter-numbers/options')).json();
    expect(options.units).toEqual(
      expect.arrayContaining([
        { code: 'DPMPTSP', name: expect.any(String), nameEn: expect.any(String) },
        { code: 'DPMPTSP-DALAK', name: expect.any(String), nameEn: expect.any(String) },
      ]),
    );
    expect(options.units.map((u: { code: string }) => u.code)).not.toContain('BKPM-DIT-SPB');
    for (const u of options.units as Array<{ code: string }>) expect(u.code).toMatch(/^DPMPTSP(-|$)/);
  });

  it('answers bad input naming the field, and refuses those without the role', async () => {
    const bad = await take(tu, { unitCode: 'DPMPTSP DALAK', classification: 'ABC', subject: 'x' }, 'en');
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['unitCode', 'subject']));
    const cls = await take(
      tu,
      { unitCode: 'DPMPTSP-DALAK', classification: '67.A', subject: 'Perihal' },
      'en',
    );
    expect(cls.statusCode).toBe(400);
    expect(cls.json().fields[0]).toMatchObject({ field: 'classification', rule: 'classification' });
    expect(cls.json().message).toContain('classification code');
    expect((await take(kabid, { unitCode: 'X', classification: '067', subject: 'Perihal' })).statusCode).toBe(
      403,
    );
    expect((await take(staf, { unitCode: 'X', classification: '067', subject: 'Perihal' })).statusCode).toBe(
      403,
    );
  });

  it('searches and filters the register; leaders read it, other staff and agencies do not', async () => {
    const all = (await h.as(kabid, 'GET', '/api/letter-numbers')).json();
    expect(all.total).toBe(3);
    expect(all.items[0].issuedByName).toBeTruthy();
    const q = (await h.as(tu, 'GET', '/api/letter-numbers?q=tugas')).json();
    expect(q.items.map((i: { number: string }) => i.number)).toEqual(['067/002/DPMPTSP-DALAK/XI/2026']);
    const byCls = (await h.as(tu, 'GET', '/api/letter-numbers?classification=000.8.3.3&year=2026&q=')).json();
    expect(byCls.total).toBe(1);
    const byNumber = (await h.as(tu, 'GET', `/api/letter-numbers?q=${encodeURIComponent('067/001')}`)).json();
    expect(byNumber.total).toBe(1);
    const wildcard = (await h.as(tu, 'GET', '/api/letter-numbers?q=%25')).json();
    expect(wildcard.total).toBe(0);
    expect((await h.as(staf, 'GET', '/api/letter-numbers')).statusCode).toBe(403);
    const bkpm = (await h.as(bkpmTu, 'GET', '/api/letter-numbers')).json();
    expect(bkpm.items.map((i: { number: string }) => i.number)).toEqual(['067/001/BKPM-TU-ARSIP/XI/2026']);
    const options = (await h.as(tu, 'GET', '/api/letter-numbers/options')).json();
    expect(options.unitCodes).toEqual(
      expect.arrayContaining(['DPMPTSP', 'DPMPTSP-DALAK', 'DPMPTSP-SEKRETARIAT']),
    );
    expect(options.classifications).toEqual(['000.8.3.3', '067']);
    expect(options.years).toEqual([2026]);
  });

  it('cancels a number with a reason; it stays in the register and is not reused', async () => {
    const list = (await h.as(tu, 'GET', '/api/letter-numbers?q=tugas')).json();
    const id = list.items[0].id;
    const noReason = await h.as(tu, 'POST', `/api/letter-numbers/${id}/cancel`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0].field).toBe('reason');
    expect(
      (await h.as(kabid, 'POST', `/api/letter-numbers/${id}/cancel`, { reason: 'Salah' })).statusCode,
    ).toBe(403);
    expect(
      (await h.as(bkpmTu, 'POST', `/api/letter-numbers/${id}/cancel`, { reason: 'Salah' })).statusCode,
    ).toBe(404);
    const res = await h.as(tu, 'POST', `/api/letter-numbers/${id}/cancel`, {
      reason: 'Surat tidak jadi dikirim',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Surat tidak jadi dikirim' });
    const twice = await h.as(tu, 'POST', `/api/letter-numbers/${id}/cancel`, { reason: 'Lagi' }, 'en');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('already cancelled');
    const cancelled = (await h.as(tu, 'GET', '/api/letter-numbers?status=cancelled')).json();
    expect(cancelled.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const next = await take(tu, { unitCode: 'DPMPTSP-DALAK', classification: '067', subject: 'Pengganti' });
    expect(next.json().number).toBe('067/003/DPMPTSP-DALAK/XI/2026');
  });

  it('exports the register as a workbook that reads back with the same rows', async () => {
    const res = await h.as(kabid, 'GET', '/api/letter-numbers.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="register-nomor-surat_2026_/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Register Nomor Surat')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nomor surat');
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push({ number: row.getCell(1).value, status: row.getCell(8).value, reason: row.getCell(9).value });
    }
    // register order: oldest first, the cancelled number with its reason
    expect(rows.map((r) => r.number)).toEqual([
      '067/001/DPMPTSP-DALAK/XI/2026',
      '067/002/DPMPTSP-DALAK/XI/2026',
      '000.8.3.3/001/DPMPTSP-DALAK/XI/2026',
      '067/003/DPMPTSP-DALAK/XI/2026',
    ]);
    expect(rows[1]).toMatchObject({ status: 'Dibatalkan', reason: 'Surat tidak jadi dikirim' });
    // the date column holds the office's wall-clock time (11:01 WITA), not UTC
    const issued = sheet.getRow(2).getCell(2).value as Date;
    expect(issued.toISOString()).toBe('2026-11-23T11:01:00.000Z');
    expect((await h.as(staf, 'GET', '/api/letter-numbers.xlsx')).statusCode).toBe(403);
  });

  it('lets only the admin set the pattern, validated and naming the field', async () => {
    const bad = await h.as(
      admin,
      'PUT',
      '/api/agency/letter-pattern',
      { pattern: '{classification}/{nomor}/{year}' },
      'en',
    );
    expect(bad.statusCode).toBe(400);
    const rules = bad.json().fields.map((f: { field: string; rule: string }) => `${f.field}:${f.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['pattern:pattern_unknown', 'pattern:pattern_missing']));
    expect(bad.json().message).toContain('{nomor}');
    expect(bad.json().message).toContain('{sequence}');
    const empty = await h.as(admin, 'PUT', '/api/agency/letter-pattern', { pattern: '' });
    expect(empty.json().fields[0].field).toBe('pattern');
    const pattern = '{sequence}/{classification}/{unit}/{month}.{year}';
    expect((await h.as(tu, 'PUT', '/api/agency/letter-pattern', { pattern })).statusCode).toBe(403);
    const ok = await h.as(admin, 'PUT', '/api/agency/letter-pattern', { pattern });
    expect(ok.statusCode, ok.body).toBe(200);
    const next = await take(tu, { unitCode: 'DPMPTSP-DALAK', classification: '067', subject: 'Pola baru' });
    expect(next.json().number).toBe('004/067/DPMPTSP-DALAK/11.2026');
    expect((await h.as(tu, 'GET', '/api/letter-numbers/options')).json().pattern).toBe(pattern);
    // the change is in the audit log
    const events = (await h.as(admin, 'GET', '/api/audit/events?limit=5')).json();
    expect(events.events.map((e: { action: string }) => e.action)).toContain('agency.letter_pattern_set');
  });
});
