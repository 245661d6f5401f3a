import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { readPdfWithQrCodes } from '../../../testing/qr-in-pdf';

/**
 * The printed answer of a complaint carries the QR code to the satisfaction survey (DESIGN
 * §3.1, seed 000): the officer prints it at the counter after settling a walk-in complaint,
 * the reporter prints it from the tracking page with the PIN. The receipt, printed before the
 * service is finished, does not.
 */
let h: Harness;
let officer: Session;
let kaltimOfficer: Session;

const PUBLIC_URL = 'http://localhost:3000';
const ANSWER = 'Persyaratan sudah kami jelaskan dan berkas Bapak kami terima hari ini.';

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-11-24T03:00:00Z') }); // Tuesday 10:00 WIB
  officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  kaltimOfficer = await h.login('petugas.pengaduan.kaltim@sigap.test');
}, 120_000);
afterAll(async () => h?.close());

describe('printed answer with the survey QR code', () => {
  let id = '';
  let trackingCode = '';
  let pin = '';

  it('is refused before the complaint is answered, and the receipt carries no survey code', async () => {
    const rec = await h.as(officer, 'POST', '/api/complaints', {
      form: 'A',
      type: 'd',
      language: 'id',
      receivedAt: '2026-11-24T09:30:00+07:00',
      reporterName: 'Rudi Hartono',
      reporterEmail: 'rudi.jawaban@example.com',
      subject: 'Petugas tidak menjelaskan syarat izin',
      description: 'Petugas loket tidak menjelaskan persyaratan yang kurang pada berkas saya.',
      firstResponse: 'Kami periksa sekarang.',
    });
    expect(rec.statusCode, rec.body).toBe(200);
    ({ id, trackingCode, pin } = rec.json());
    const early = await h.as(officer, 'GET', `/api/complaints/${id}/answer.pdf`);
    expect(early.statusCode).toBe(409);
    const earlyPublic = await h.as(null, 'POST', '/api/public/complaints/answer', { trackingCode, pin });
    expect(earlyPublic.statusCode).toBe(409);
    const receipt = await h.as(officer, 'POST', `/api/complaints/${id}/receipt`, { pin });
    expect(receipt.statusCode).toBe(200);
    const read = await readPdfWithQrCodes(receipt.rawPayload);
    expect(read.text).not.toContain('Survei Kepuasan');
    expect(read.qr.filter((q) => q?.includes('/survei/'))).toEqual([]);
  });

  it('the officer prints it at the counter once settled: the QR code decodes to the survey link of the invitation', async () => {
    h.now = new Date('2026-11-24T03:20:00Z');
    const settled = await h.as(officer, 'POST', `/api/complaints/${id}/actions`, {
      type: 'settle',
      answer: ANSWER,
    });
    expect(settled.statusCode, settled.body).toBe(200);
    const inv = await h.database.query(
      "select token from survey_invitations where record_type = 'complaint' and record_id = $1",
      [id],
    );
    const token = (inv.rows[0] as { token: string }).token;
    const link = `${PUBLIC_URL}/survei/${token}`;

    h.now = new Date('2026-11-24T03:25:00Z');
    const res = await h.as(officer, 'GET', `/api/complaints/${id}/answer.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain(`jawaban-pengaduan_${trackingCode}.pdf`);
    const read = await readPdfWithQrCodes(res.rawPayload);
    expect(read.qr).toEqual([link]);
    expect(read.text).toContain('JAWABAN ATAS PENGADUAN');
    expect(read.text).toContain(trackingCode);
    expect(read.text).toContain(ANSWER);
    expect(read.text).toContain('Survei Kepuasan Masyarakat');
    expect(read.text).toContain(link);
    // answered and printed in the office's zone (WIB)
    expect(read.text).toContain('24 November 2026 10.20 WIB');
    expect(read.text).toContain('Dicetak / Printed: 24 November 2026 10.25 WIB');
    // a sheet handed over at the counter: neither the reporter nor the PIN
    expect(read.text).not.toContain('Rudi Hartono');
    expect(read.text).not.toContain('rudi.jawaban@example.com');
    expect(read.text).not.toContain(pin);

    // another agency's officer does not find it
    expect((await h.as(kaltimOfficer, 'GET', `/api/complaints/${id}/answer.pdf`)).statusCode).toBe(404);
    expect((await h.as(null, 'GET', `/api/complaints/${id}/answer.pdf`)).statusCode).toBe(401);
  });

  it('the reporter prints the same from the tracking code and PIN; a wrong PIN is refused', async () => {
    const res = await h.as(null, 'POST', '/api/public/complaints/answer', { trackingCode, pin });
    expect(res.statusCode, res.body).toBe(200);
    const read = await readPdfWithQrCodes(res.rawPayload);
    expect(read.qr).toHaveLength(1);
    expect(read.qr[0]).toMatch(new RegExp(`^${PUBLIC_URL}/survei/[A-Za-z0-9_-]{32}$`));
    const wrong = await h.as(null, 'POST', '/api/public/complaints/answer', {
      trackingCode,
      pin: pin === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(404);
    const bad = await h.as(null, 'POST', '/api/public/complaints/answer', { trackingCode, pin: '12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'pin' });
  });
});
