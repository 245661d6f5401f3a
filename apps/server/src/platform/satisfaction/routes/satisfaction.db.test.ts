import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { inviteToSurvey } from '../invite';

let h: Harness;
let officer: Session;
let direktur: Session;
let member: Session;
let bkpmId: string;
let kaltimUnitId: string;

const OFFICER = 'petugas.pengaduan.bkpm@sigap.test';
const PUBLIC_URL = 'http://localhost:3000';

async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}
const allFours = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };
const answer = (token: string, body: unknown, lang: 'id' | 'en' = 'id') =>
  h.as(null, 'POST', `/api/public/surveys/${token}`, body, lang);

beforeAll(async () => {
  h = await createHarness();
  officer = await h.login(OFFICER);
  direktur = await h.login('direktur.spb.bkpm@sigap.test');
  member = await h.login('anggota.pokja.bkpm@sigap.test');
  bkpmId = officer.me.agency.id;
  const kaltim = await rows<{ id: string }>(
    'select u.id from units u join agencies a on a.id = u.agency_id where a.code <> (select code from agencies where id = $1) limit 1',
    [bkpmId],
  );
  kaltimUnitId = kaltim[0]!.id;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('satisfaction survey', () => {
  let token = '';

  it('a complaint settled at once invites its reporter: the answer email carries the link and the tracking page shows it', async () => {
    h.now = new Date('2026-11-24T03:00:00Z'); // Tuesday 10:00 WIB
    const rec = await h.as(officer, 'POST', '/api/complaints', {
      form: 'A',
      type: 'd',
      language: 'id',
      receivedAt: '2026-11-24T09:30:00+07:00',
      reporterName: 'Sari Wulandari',
      reporterEmail: 'sari.survei@example.com',
      subject: 'Petugas loket tidak menjelaskan syarat',
      description: 'Petugas loket tidak menjelaskan persyaratan yang kurang pada berkas saya.',
      firstResponse: 'Kami periksa sekarang.',
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const { id, trackingCode, pin } = rec.json();
    const settled = await h.as(officer, 'POST', `/api/complaints/${id}/actions`, {
      type: 'settle',
      answer: 'Persyaratan sudah kami jelaskan dan berkas Ibu kami terima.',
    });
    expect(settled.statusCode, settled.body).toBe(200);
    const inv = await rows<{ token: string; service_key: string; answered: boolean }>(
      "select token, service_key, answered from survey_invitations where record_type = 'complaint' and record_id = $1",
      [id],
    );
    expect(inv).toHaveLength(1);
    expect(inv[0]).toMatchObject({ service_key: 'pengaduan-masyarakat', answered: false });
    token = inv[0]!.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const mail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'sari.survei@example.com' and subject like 'Jawaban%'",
    );
    expect(mail[0]?.body_text).toContain(`/survei/${token}`);
    const view = (await h.as(null, 'POST', '/api/public/complaints/track', { trackingCode, pin })).json();
    expect(view.surveyUrl).toBe(`/survei/${token}`);
    const page = await h.as(null, 'GET', `/api/public/surveys/${token}`);
    expect(page.json()).toEqual({
      agencyName: expect.any(String),
      service: 'pengaduan-masyarakat',
      answered: false,
    });
  });

  it('bad input names the field and the rule, and stores nothing', async () => {
    const before = (await rows<{ n: number }>('select count(*)::int as n from survey_responses'))[0]!.n;
    const missing = await answer(token, { answers: { ...allFours, u3: undefined } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual([
      expect.objectContaining({ field: 'answers.u3', rule: 'required' }),
    ]);
    const big = await answer(token, { answers: { ...allFours, u5: 7 } }, 'en');
    expect(big.statusCode).toBe(400);
    expect(big.json().fields[0]).toMatchObject({ field: 'answers.u5', rule: 'too_big' });
    const gender = await answer(token, { answers: allFours, gender: 'x' });
    expect(gender.json().fields[0]).toMatchObject({ field: 'gender', rule: 'enum' });
    const unknown = await answer(token, { answers: allFours, reporterName: 'Sari' });
    expect(unknown.statusCode).toBe(400);
    expect((await rows<{ n: number }>('select count(*)::int as n from survey_responses'))[0]!.n).toBe(before);
    expect(
      (
        await rows<{ answered: boolean }>('select answered from survey_invitations where token = $1', [token])
      )[0]!.answered,
    ).toBe(false);
    expect((await h.as(null, 'GET', '/api/public/surveys/not-a-token')).statusCode).toBe(400);
    expect((await h.as(null, 'GET', `/api/public/surveys/${'A'.repeat(32)}`)).statusCode).toBe(404);
  });

  it('answers once: a second answer is refused 409 naming the rule', async () => {
    const first = await answer(token, {
      answers: { ...allFours, u4: 3 },
      gender: 'female',
      ageBand: '30_39',
      suggestion: 'Ruang tunggu perlu lebih banyak kursi.',
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await answer(token, { answers: allFours }, 'en');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED' });
    expect(second.json().message).toContain('rated once');
    expect((await h.as(null, 'GET', `/api/public/surveys/${token}`)).json().answered).toBe(true);
    // the response row holds no invitation, record or person
    const cols = await rows<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'survey_responses'",
    );
    expect(cols.map((c) => c.column_name).sort()).toEqual(
      [
        'id',
        'agency_id',
        'service_key',
        'unit_id',
        'answered_at',
        'u1',
        'u2',
        'u3',
        'u4',
        'u5',
        'u6',
        'u7',
        'u8',
        'u9',
        'gender',
        'age_band',
        'education',
        'occupation',
        'suggestion',
      ].sort(),
    );
  });

  describe('IKM report', () => {
    const records: string[] = [];
    // March 2027, far from the demo's complaints (around November 2026)
    const MARCH = new Date('2027-03-10T03:00:00Z');

    beforeAll(async () => {
      h.now = MARCH;
      // sessions last a week: log in again at the new clock
      officer = await h.login(OFFICER);
      direktur = await h.login('direktur.spb.bkpm@sigap.test');
      member = await h.login('anggota.pokja.bkpm@sigap.test');
      const tokens: string[] = [];
      for (let i = 0; i < 4; i++) {
        const recordId = crypto.randomUUID();
        records.push(recordId);
        const inv = await inviteToSurvey(h.database.db, {
          agencyId: bkpmId,
          recordType: 'test-request',
          recordId,
          service: 'fasilitasi-kendala-teknis',
          unitId: null,
          now: MARCH,
          publicUrl: PUBLIC_URL,
        });
        tokens.push(inv.token);
      }
      // calling again for the same record gives the same link
      const again = await inviteToSurvey(h.database.db, {
        agencyId: bkpmId,
        recordType: 'test-request',
        recordId: records[0]!,
        service: 'fasilitasi-kendala-teknis',
        unitId: null,
        now: MARCH,
        publicUrl: PUBLIC_URL,
      });
      expect(again.token).toBe(tokens[0]);
      expect(again.url).toBe(`${PUBLIC_URL}/survei/${tokens[0]}`);
      // three of the four answer: respondent 1 all 4; respondent 2 all 3; respondent 3 all 3 but U1 = 2
      const sets = [allFours, { ...allFours, u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 }];
      const third = { ...sets[1]!, u1: 2 };
      for (const [i, a] of [sets[0], sets[1], third].entries()) {
        const res = await answer(tokens[i]!, {
          answers: a,
          occupation: 'business',
          ...(i === 0 ? { suggestion: 'Jadwal fasilitasi daring sebaiknya dikirim lebih awal.' } : {}),
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    });

    it('element scores, index and grade worked out by hand; respondents against the minimum sample', async () => {
      const res = await h.as(
        direktur,
        'GET',
        '/api/ikm?service=fasilitasi-kendala-teknis&period=month&year=2027&part=3',
      );
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      // U1 = (4 + 3 + 2)/3 = 3; U2-U9 = (4 + 3 + 3)/3 = 3.3333…
      expect(r.elements[0].average).toBe(3);
      for (const e of r.elements.slice(1)) expect(e.average).toBeCloseTo(10 / 3, 9);
      // NRR tertimbang = (3 + 8 × 10/3)/9 = (89/3)/9 = 3.2963…; IKM = × 25 = 82.407… → B (Baik)
      expect(r.weightedAverage).toBeCloseTo(89 / 27, 9);
      expect(r.index).toBeCloseTo((89 / 27) * 25, 6);
      expect(r.grade).toBe('B');
      // 4 finished records, all 4 needed (Krejcie-Morgan for N=4), 3 answered
      expect(r).toMatchObject({
        respondents: 3,
        population: 4,
        minimumSample: 4,
        from: '2027-03-01',
        to: '2027-03-31',
      });
      expect(r.trend.map((t: { month: string; respondents: number }) => [t.month, t.respondents])).toEqual([
        ['2027-01', 0],
        ['2027-02', 0],
        ['2027-03', 3],
      ]);
      expect(r.profile.occupation).toEqual({ business: 3 });
      expect(r.suggestions).toEqual([
        { month: '2027-03', text: 'Jadwal fasilitasi daring sebaiknya dikirim lebih awal.' },
      ]);
      const q1 = (
        await h.as(
          direktur,
          'GET',
          '/api/ikm?service=fasilitasi-kendala-teknis&period=quarter&year=2027&part=1',
        )
      ).json();
      expect(q1.index).toBeCloseTo(r.index, 9);
      const feb = (
        await h.as(
          direktur,
          'GET',
          '/api/ikm?service=fasilitasi-kendala-teknis&period=month&year=2027&part=2',
        )
      ).json();
      expect(feb).toMatchObject({ respondents: 0, population: 0, index: null, grade: null });
    });

    it('only leaders and administrators read it; a unit of another agency is refused naming unitId', async () => {
      expect((await h.as(member, 'GET', '/api/ikm')).statusCode).toBe(403);
      expect((await h.as(officer, 'GET', '/api/ikm')).statusCode).toBe(403);
      expect((await h.as(null, 'GET', '/api/ikm')).statusCode).toBe(401);
      const chair = await h.login('ketua.pokja.bkpm@sigap.test');
      expect((await h.as(chair, 'GET', '/api/ikm')).statusCode).toBe(200);
      const other = await h.as(direktur, 'GET', `/api/ikm?unitId=${kaltimUnitId}`);
      expect(other.statusCode).toBe(400);
      expect(other.json().fields[0]).toMatchObject({ field: 'unitId', rule: 'not_in_scope' });
      const badPart = await h.as(direktur, 'GET', '/api/ikm?period=quarter&part=5');
      expect(badPart.json().fields[0]).toMatchObject({ field: 'part' });
    });

    it('the PDF and the workbook carry the figures and no record, token or person', async () => {
      const q = 'service=fasilitasi-kendala-teknis&period=month&year=2027&part=3';
      const pdfRes = await h.as(direktur, 'GET', `/api/ikm.pdf?${q}`);
      expect(pdfRes.statusCode).toBe(200);
      expect(pdfRes.headers['content-type']).toContain('application/pdf');
      const parser = new PDFParse({ data: new Uint8Array(pdfRes.rawPayload) });
      const text = (await parser.getText()).text;
      await parser.destroy();
      expect(text).toContain('INDEKS KEPUASAN MASYARAKAT');
      expect(text).toContain('Fasilitasi Kendala Teknis Sistem');
      expect(text).toContain('82,41');
      expect(text).toContain('B (Baik');
      expect(text).toContain('3 dari minimal 4');
      expect(text).toContain('Jadwal fasilitasi daring');
      const tokens = await rows<{ token: string; record_id: string }>(
        "select token, record_id from survey_invitations where record_type = 'test-request'",
      );
      for (const t of tokens) {
        expect(text).not.toContain(t.record_id);
        expect(text).not.toContain(t.token);
      }
      const xlsxRes = await h.as(direktur, 'GET', `/api/ikm.xlsx?${q}`);
      expect(xlsxRes.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsxRes.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['IKM', 'Tren', 'Saran']);
      const ikm = wb.getWorksheet('IKM')!;
      const cell = (label: string) => {
        let v: unknown = null;
        ikm.eachRow((row) => {
          if (row.getCell(1).value === label) v = row.getCell(2).value;
        });
        return v;
      };
      expect(cell('Responden')).toBe(3);
      expect(cell('Populasi')).toBe(4);
      expect(cell('IKM') as number).toBeCloseTo((89 / 27) * 25, 6);
      expect(cell('Mutu')).toBe('B Baik');
      expect(wb.getWorksheet('Saran')!.getRow(2).values).toEqual([
        undefined,
        '2027-03',
        'Jadwal fasilitasi daring sebaiknya dikirim lebih awal.',
      ]);
      const everything: string[] = [];
      for (const s of wb.worksheets)
        s.eachRow((row) => row.eachCell((c) => everything.push(String(c.value))));
      for (const t of tokens) {
        expect(everything.join(' ')).not.toContain(t.record_id);
        expect(everything.join(' ')).not.toContain(t.token);
      }
    });

    it('the public page gives each service its index and grade for the year, figures only', async () => {
      const res = await h.as(null, 'GET', `/api/public/ikm?agencyId=${bkpmId}&year=2027`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const s = body.services.find((x: { service: string }) => x.service === 'fasilitasi-kendala-teknis');
      expect(s.respondents).toBe(3);
      expect(s.index).toBeCloseTo((89 / 27) * 25, 6);
      expect(s.grade).toBe('B');
      expect(JSON.stringify(body)).not.toContain('Jadwal fasilitasi');
    });
  });
});
