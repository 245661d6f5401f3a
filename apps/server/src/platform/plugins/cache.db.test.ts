import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { multipartBody, SAMPLE_PDF } from '../../testing/multipart';

let h: Harness;
let officer: Session;
let bkpmId: string;

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-11-24T03:00:00Z') });
  officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  bkpmId = officer.me.agency.id;
});
afterAll(async () => h?.close());

function fileComplaint() {
  const body = multipartBody(
    {
      agencyId: bkpmId,
      type: 'a',
      subject: 'Izin usaha tertahan tiga minggu',
      description: 'Permohonan izin usaha saya menunggu verifikasi selama tiga minggu tanpa kabar.',
      reporterName: 'Rina Pelapor',
      reporterEmail: 'rina@example.com',
      language: 'id',
    },
    [{ field: 'attachments', filename: 'bukti.pdf', contentType: 'application/pdf', bytes: SAMPLE_PDF }],
  );
  return h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
}

describe('Cache-Control on API answers', () => {
  it('answers no-store on every API route that does not opt in: personal data, errors and downloads', async () => {
    const receipt = await fileComplaint();
    expect(receipt.statusCode, receipt.body).toBe(200);
    const { trackingCode, pin } = receipt.json();
    const { rows } = await h.database.query('select id from complaints where tracking_code = $1', [
      trackingCode,
    ]);
    const id = (rows[0] as { id: string }).id;
    const tracked = await h.as(null, 'POST', '/api/public/complaints/track', { trackingCode, pin });
    expect(tracked.statusCode, tracked.body).toBe(200);
    const fileId = tracked.json().steps[0].files[0].id as string;

    const answers: Array<[string, LightMyRequestResponse, number]> = [
      ['portal receipt', receipt, 200],
      ['track with PIN', tracked, 200],
      ['me with CSRF token', await h.as(officer, 'GET', '/api/auth/me'), 200],
      ['me without session', await h.as(null, 'GET', '/api/auth/me'), 401],
      ['complaint', await h.as(officer, 'GET', `/api/complaints/${id}`), 200],
      ['complaint list', await h.as(officer, 'GET', '/api/complaints'), 200],
      [
        'reporter attachment download',
        await h.as(null, 'POST', '/api/public/complaints/attachment', { trackingCode, pin, fileId }),
        200,
      ],
      [
        'wrong PIN',
        await h.as(null, 'POST', '/api/public/complaints/track', {
          trackingCode,
          pin: pin === '000000' ? '111111' : '000000',
        }),
        404,
      ],
      ['receipt PDF', await h.as(officer, 'POST', `/api/complaints/${id}/receipt`, { pin }), 200],
      [
        'public receipt PDF',
        await h.as(null, 'POST', '/api/public/complaints/receipt', { trackingCode, pin }),
        200,
      ],
      ['weekly recap workbook', await h.as(officer, 'GET', '/api/complaints/reports/weekly.xlsx'), 200],
      ['validation error', await h.as(null, 'POST', '/api/auth/login', { email: 'x' }), 400],
      ['unknown API path', await h.as(null, 'GET', '/api/no-such-route'), 404],
      [
        'CSRF refusal',
        await h.app.inject({
          method: 'PUT',
          url: '/api/auth/language',
          headers: { cookie: officer.cookie },
          payload: { language: 'en' },
        }),
        403,
      ],
      ['OpenAPI document', await h.as(null, 'GET', '/api/openapi.json'), 200],
      ['health', await h.as(null, 'GET', '/api/health'), 200],
    ];
    for (const [name, res, status] of answers) {
      expect(res.statusCode, `${name}: ${res.body.slice(0, 200)}`).toBe(status);
      expect(res.headers['cache-control'], name).toBe('no-store');
    }
  });

  it('lets public statistics opt into caching, for their successful answers only', async () => {
    const ok = await h.as(null, 'GET', `/api/public/complaints/stats?agencyId=${bkpmId}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('public, max-age=300');
    const bad = await h.as(null, 'GET', '/api/public/complaints/stats?agencyId=not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['cache-control']).toBe('no-store');
  });
});
