import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { multipartBody } from '../../../testing/multipart';

let h: Harness;
let pengolah: Session;
let tuKaltim: Session;
let adminBkpm: Session;

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-05-13T02:00:00Z') });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  tuKaltim = await h.login('tu.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
});
afterAll(async () => h?.close());

const COMPANY_HEADER =
  'nib,name,investment_type,scale,risk_level,kbli,province,regency,address,contact_name,contact_email,contact_phone';
const companiesCsv = (rows: string[]) => `${COMPANY_HEADER}\n${rows.join('\n')}\n`;
const GOOD_COMPANIES = [
  '8120000000001,PT Borneo Batu Bara,PMA,large,high,05100;46610,Kalimantan Timur,Kutai Timur,Jl. Sangatta 1,Andi,andi@bbb.example,0549 1',
  '8120000000002,"CV Samarinda Kopi, Tbk",PMDN,small,low,10761,Kalimantan Timur,Samarinda,"Jl. Pahlawan 2",,,',
  '8120000000003,PT Berau Lestari,PMDN,medium,menengah rendah,01262,Kalimantan Timur,Berau,Jl. Tanjung Redeb,,,',
];

async function upload(
  session: Session,
  kind: string,
  filename: string,
  bytes: Buffer,
  lang: 'id' | 'en' = 'en',
) {
  const body = multipartBody({ kind }, [
    { field: 'file', filename, contentType: 'application/octet-stream', bytes },
  ]);
  return h.app.inject({
    method: 'POST',
    url: '/api/control/imports',
    headers: {
      'content-type': body.contentType,
      'accept-language': lang,
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
    },
    payload: body.payload,
  });
}
const run = (id: string, lang: 'id' | 'en' = 'en') =>
  h.as(pengolah, 'POST', `/api/control/imports/${id}/run`, undefined, lang);
async function one<T>(text: string, values: unknown[] = []): Promise<T> {
  return (await h.database.query(text, values)).rows[0] as T;
}
const countOf = async (table: string) =>
  (await one<{ n: number }>(`select count(*)::int as n from ${table}`)).n;

describe('importing the registry', () => {
  it('previews a CSV with bad rows, each named by row and column, and changes nothing', async () => {
    const csv = companiesCsv([
      ...GOOD_COMPANIES,
      '81200000004,PT NIB Pendek,PMDN,small,low,10761,Kalimantan Timur,Paser,,,,',
      '8120000000005,PT Salah,PMX,huge,low,1076,Kalimantan Timur,Paser,,,bukan-email,',
      '8120000000001,PT Borneo Batu Bara Dua,PMA,large,high,05100,Kalimantan Timur,Kutai Timur,,,,',
    ]);
    const before = await countOf('companies');
    const res = await upload(pengolah, 'companies', 'perusahaan.csv', Buffer.from(csv), 'id');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ status: 'previewed', rowsRead: 6, rowsValid: 3, rowsNew: 3, rowsRejected: 3 });
    expect(
      p.rejected.map((r: { row: number; field: string; rule: string }) => [r.row, r.field, r.rule]),
    ).toEqual([
      [5, 'nib', 'nib'],
      [6, 'investment_type', 'enum'],
      [6, 'scale', 'enum'],
      [6, 'kbli', 'kbli'],
      [6, 'contact_email', 'email'],
      [7, 'nib', 'duplicate_in_file'],
    ]);
    expect(p.rejected[0].message).toBe("'nib' harus 13 digit angka.");
    expect(await countOf('companies')).toBe(before);
    const csvOut = await h.as(pengolah, 'GET', `/api/control/imports/${p.id}/rejected.csv`);
    expect(csvOut.body).toContain('7,nib,duplicate_in_file');
  });

  it('runs it: the valid rows go in, no part of a rejected row, and a re-import changes nothing', async () => {
    const csv = companiesCsv([
      ...GOOD_COMPANIES,
      '8120000000005,PT Salah,PMX,huge,low,1076,Kalimantan Timur,Paser,,,,',
    ]);
    const first = (await upload(pengolah, 'companies', 'perusahaan.csv', Buffer.from(csv))).json();
    const done = (await run(first.id)).json();
    expect(done).toMatchObject({
      status: 'done',
      rowsNew: 3,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: 1,
    });
    expect(
      await one('select name, risk_level, kbli_codes from companies where nib = $1', ['8120000000003']),
    ).toEqual({
      name: 'PT Berau Lestari',
      risk_level: 'medium_low',
      kbli_codes: ['01262'],
    });
    expect(await one('select count(*)::int as n from companies where nib = $1', ['8120000000005'])).toEqual({
      n: 0,
    });
    const lines = await one<{ n: number }>(
      `select count(*)::int as n from company_business_lines b join companies c on c.id = b.company_id where c.nib like '812000000000%'`,
    );
    expect(lines.n).toBe(4);
    expect((await run(first.id)).statusCode).toBe(409);

    const updatedAt = await one('select max(updated_at) as t from companies');
    const again = (await upload(pengolah, 'companies', 'perusahaan.csv', Buffer.from(csv))).json();
    expect(again).toMatchObject({ rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 3 });
    expect((await run(again.id)).json()).toMatchObject({ rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 3 });
    expect(await one('select max(updated_at) as t from companies')).toEqual(updatedAt);
  });

  it('updates the changed rows of an XLSX export and leaves the others', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('OSS');
    sheet.addRow(COMPANY_HEADER.split(','));
    sheet.addRow([
      8120000000001,
      'PT Borneo Batu Bara',
      'PMA',
      'Besar',
      'Tinggi',
      '05100;46610',
      'Kalimantan Timur',
      'Kutai Timur',
      'Jl. Sangatta 1',
      'Andi',
      'andi@bbb.example',
      '0549 1',
    ]);
    sheet.addRow([
      '8120000000002',
      'CV Samarinda Kopi, Tbk',
      'PMDN',
      'medium',
      'low',
      '10761',
      'Kalimantan Timur',
      'Samarinda',
      'Jl. Pahlawan 2',
    ]);
    sheet.addRow(['8120000000009', '', 'PMDN', 'small', 'low', '10761', 'Kalimantan Timur', 'Bontang']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const p = (await upload(pengolah, 'companies', 'oss.xlsx', bytes)).json();
    expect(p).toMatchObject({ rowsNew: 0, rowsUpdated: 1, rowsUnchanged: 1, rowsRejected: 1 });
    expect(p.rejected).toEqual([{ row: 4, field: 'name', rule: 'required', message: "'name' is required." }]);
    expect((await run(p.id)).json()).toMatchObject({ rowsUpdated: 1, rowsUnchanged: 1 });
    expect(await one('select scale from companies where nib = $1', ['8120000000002'])).toEqual({
      scale: 'medium',
    });
  });

  it('imports licences and LKPM rows by NIB, refusing unknown companies, and re-runs an interrupted import without duplicates', async () => {
    const licences = [
      'nib,type,number,issued_on,status',
      '8120000000001,NIB,8120000000001,2023-01-05,aktif',
      '8120000000001,pkkpr,PKKPR/64.08/2023/11,05/02/2023,active',
      '8120000000002,standard_certificate,SS-10761-002,2023-13-01,active',
      '9999999999999,licence,IZ-1,2023-01-01,active',
    ].join('\n');
    const lp = (await upload(pengolah, 'licences', 'izin.csv', Buffer.from(licences))).json();
    expect(
      lp.rejected.map((r: { row: number; field: string; rule: string }) => [r.row, r.field, r.rule]),
    ).toEqual([
      [4, 'issued_on', 'date_invalid'],
      [5, 'nib', 'unknown_company'],
    ]);
    expect((await run(lp.id)).json()).toMatchObject({ rowsNew: 2 });
    expect(
      await one('select issued_on::text from licences where number = $1', ['PKKPR/64.08/2023/11']),
    ).toEqual({
      issued_on: '2023-02-05',
    });

    const header =
      'nib;kbli;regency;period_year;period_kind;period_no;land;buildings;machinery;working_capital;other;planned;workers_indonesian;workers_foreign;problems;status';
    const rows = [];
    for (let q = 1; q <= 4; q++)
      rows.push(`8120000000001;05100;;2025;quarter;${q};1.000.000;0;${q}000000;0;0;5000000;120;3;;`);
    rows.push(
      '8120000000002;10761;Samarinda;2025;semester;1;0;0;0;0;0;0;4;0;"Izin lokasi; belum terbit";TERKIRIM',
    );
    rows.push('8120000000002;10761;Samarinda;2025;half;3;0;0;0;0;0;0;4;0;;');
    rows.push('8120000000002;10761;Samarinda;2025;half;2;12,5;0;0;0;0;0;4;0;;');
    const csv = Buffer.from(`${header}\n${rows.join('\n')}\n`);
    const half = Buffer.from(`${header}\n${rows.slice(0, 2).join('\n')}\n`);

    const full = (await upload(pengolah, 'lkpm', 'lkpm-2025.csv', csv)).json();
    expect(full).toMatchObject({ rowsValid: 5, rowsNew: 5, rowsRejected: 2 });
    expect(full.rejected.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [7, 'period_no'],
      [8, 'land'],
    ]);
    // an earlier run stopped after its first batch: part of the rows are in, the import is "running"
    const partial = (await upload(pengolah, 'lkpm', 'lkpm-2025-part.csv', half)).json();
    expect((await run(partial.id)).json()).toMatchObject({ rowsNew: 2 });
    await h.database.query(`update control_imports set status = 'running' where id = $1`, [full.id]);
    const finished = (await run(full.id)).json();
    expect(finished).toMatchObject({ status: 'done', rowsNew: 3, rowsUnchanged: 2, rowsUpdated: 0 });
    expect(
      await one<{ n: number }>(`select count(*)::int as n from lkpm_reports where source = 'import'`),
    ).toEqual({ n: 5 });
    expect(
      await one(
        `select r.status, r.problems, r.machinery::float8 as machinery, b.kbli, b.regency from lkpm_reports r
         join company_business_lines b on b.id = r.business_line_id join companies c on c.id = r.company_id
         where c.nib = '8120000000002'`,
      ),
    ).toEqual({
      status: 'submitted',
      problems: 'Izin lokasi; belum terbit',
      machinery: 0,
      kbli: '10761',
      regency: 'Samarinda',
    });
    const q4 = await one<{ machinery: number; land: number; regency: string }>(
      `select r.machinery::float8 as machinery, r.land::float8 as land, b.regency from lkpm_reports r join company_business_lines b on b.id = r.business_line_id
       where r.period_no = 4 and r.period_kind = 'quarter'`,
    );
    expect(q4).toEqual({ machinery: 4_000_000, land: 1_000_000, regency: 'Kutai Timur' });

    // a changed figure is updated, the rest left as they are
    const changed = Buffer.from(
      csv.toString().replace(';2025;quarter;4;1.000.000;0;4000000', ';2025;quarter;4;1.000.000;0;4500000'),
    );
    const u = (await upload(pengolah, 'lkpm', 'lkpm-2025-v2.csv', changed)).json();
    expect(u).toMatchObject({ rowsNew: 0, rowsUpdated: 1, rowsUnchanged: 4 });
    expect((await run(u.id)).json()).toMatchObject({ rowsUpdated: 1, rowsUnchanged: 4 });
  });

  it('refuses a file without the columns of its kind, or not a table, naming them', async () => {
    const res = await upload(pengolah, 'lkpm', 'x.csv', Buffer.from('nib,kbli\n8120000000001,05100\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain('period_year');
    const png = await upload(pengolah, 'companies', 'x.csv', Buffer.from('PK\u0003\u0004garbage'));
    expect(png.statusCode).toBe(400);
    expect(png.json().fields[0]).toMatchObject({ field: 'file', rule: 'import_file' });
    const kind = await upload(pengolah, 'people', 'x.csv', Buffer.from(companiesCsv(GOOD_COMPANIES)));
    expect(kind.statusCode).toBe(400);
    expect(kind.json().fields[0].field).toBe('kind');
  });

  it('keeps imports to the division and the agency', async () => {
    const res = await upload(tuKaltim, 'companies', 'p.csv', Buffer.from(companiesCsv(GOOD_COMPANIES)));
    expect(res.statusCode).toBe(403);
    const mine = (await h.as(pengolah, 'GET', '/api/control/imports')).json().items[0];
    expect((await h.as(adminBkpm, 'GET', `/api/control/imports/${mine.id}`)).statusCode).toBe(404);
    expect((await h.as(adminBkpm, 'POST', `/api/control/imports/${mine.id}/run`)).statusCode).toBe(404);
  });
});
