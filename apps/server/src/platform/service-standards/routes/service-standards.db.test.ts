import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let admin: Session;
let kaltimAdmin: Session;
let officer: Session;
let bkpmId: string;
let kaltimId: string;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin.bkpm@sigap.test');
  kaltimAdmin = await h.login('admin.kaltim@sigap.test');
  officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  bkpmId = admin.me.agency.id;
  kaltimId = kaltimAdmin.me.agency.id;
});
afterAll(async () => h?.close());

const CHANNELS = {
  callCentre: '169',
  complaintEmail: 'pengaduan@bkpm.go.id',
  surveyUrl: 'https://simantab.bkpm.go.id/survei/SPB2024',
  laporUrl: 'https://www.lapor.go.id/instansi/badan-koordinasi-penanaman-modal-bkpm',
};

describe('published service standards (public, no login)', () => {
  it('lists the two standards of seeds 000 and 001 with their time and cost', async () => {
    const res = await h.as(null, 'GET', `/api/public/service-standards?agencyId=${bkpmId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age=300');
    const body = res.json();
    expect(body.items.map((i: { key: string }) => i.key).sort()).toEqual([
      'fasilitasi-kendala-teknis',
      'pertemuan-one-on-one',
    ]);
    for (const item of body.items) {
      expect(item.cost).toEqual({ id: 'Tidak dipungut biaya', en: 'Free of charge' });
      expect(item.completionTime).toEqual({ id: '5 Hari kerja', en: '5 working days' });
    }
  });

  it("answers one standard's components in the seed's order, in both languages, with the agency's channels", async () => {
    const res = await h.as(
      null,
      'GET',
      `/api/public/service-standards/pertemuan-one-on-one?agencyId=${bkpmId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.components.map((c: { heading: { id: string } }) => c.heading.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya / Tarif',
      'Produk Pelayanan',
      'Pengaduan Layanan',
    ]);
    expect(s.components[1].sopKey).toBe('bkpm-one-on-one-meeting');
    expect(s.components[4].items[0]).toEqual({
      id: 'Penyelenggaraan One-on-One Meeting',
      en: 'The one-on-one meeting held',
    });
    expect(s.decree).toBe('SK No 177 Tahun 2024');
    // nothing set yet: the page says so rather than inventing channels
    expect(s.channels).toEqual({ callCentre: null, complaintEmail: null, surveyUrl: null, laporUrl: null });
  });

  it('answers 404 for an unknown service or agency, and 400 naming a malformed agency', async () => {
    expect(
      (await h.as(null, 'GET', `/api/public/service-standards/tidak-ada?agencyId=${bkpmId}`)).statusCode,
    ).toBe(404);
    expect(
      (
        await h.as(
          null,
          'GET',
          '/api/public/service-standards/pertemuan-one-on-one?agencyId=00000000-0000-4000-8000-000000000000',
        )
      ).statusCode,
    ).toBe(404);
    const bad = await h.as(null, 'GET', '/api/public/service-standards?agencyId=bkpm');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('querystring.agencyId');
  });
});

describe("the agency's complaint and survey channels (agency settings)", () => {
  it('the administrator sets them; the public pages show them for that agency only', async () => {
    const set = await h.as(admin, 'PUT', '/api/service-channels', CHANNELS);
    expect(set.statusCode, set.body).toBe(200);
    expect((await h.as(admin, 'GET', '/api/service-channels')).json()).toEqual(CHANNELS);
    const bkpm = (
      await h.as(null, 'GET', `/api/public/service-standards/fasilitasi-kendala-teknis?agencyId=${bkpmId}`)
    ).json();
    expect(bkpm.channels).toEqual(CHANNELS);
    const kaltim = (
      await h.as(null, 'GET', `/api/public/service-standards/fasilitasi-kendala-teknis?agencyId=${kaltimId}`)
    ).json();
    expect(kaltim.channels.callCentre).toBeNull();
    // kept beside the other settings, and logged
    const [row] = (await h.database.query('select settings from agencies where id = $1', [bkpmId]))
      .rows as Array<{ settings: Record<string, unknown> }>;
    expect(row!.settings.serviceChannels).toEqual(CHANNELS);
    const events = await h.database.query(
      "select count(*)::int as n from event_log where action = 'agency.service_channels_changed' and agency_id = $1",
      [bkpmId],
    );
    expect((events.rows[0] as { n: number }).n).toBe(1);
    // blank fields clear a channel
    const cleared = await h.as(admin, 'PUT', '/api/service-channels', { ...CHANNELS, laporUrl: '' });
    expect(cleared.json().laporUrl).toBeNull();
  });

  it('refuses bad input naming each field, storing nothing; only the administrator may set them', async () => {
    const before = (await h.as(admin, 'GET', '/api/service-channels')).json();
    const bad = await h.as(admin, 'PUT', '/api/service-channels', {
      callCentre: 'call us',
      complaintEmail: 'not-an-email',
      surveyUrl: 'javascript:alert(1)',
      laporUrl: 'ftp://lapor.go.id',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['callCentre', 'complaintEmail', 'laporUrl', 'surveyUrl']);
    const unknown = await h.as(admin, 'PUT', '/api/service-channels', { ...CHANNELS, whatsapp: '0811' });
    expect(unknown.statusCode).toBe(400);
    expect((await h.as(admin, 'GET', '/api/service-channels')).json()).toEqual(before);
    expect((await h.as(officer, 'PUT', '/api/service-channels', CHANNELS)).statusCode).toBe(403);
    expect((await h.as(null, 'PUT', '/api/service-channels', CHANNELS)).statusCode).toBe(401);
  });
});
