import type { TIkmReport } from '@sigap/contracts/satisfaction';
import { formatDateTime, formatLocalDate } from '@sigap/core';
import { IKM_GRADES, SERVICE_ELEMENTS, SURVEY_SERVICES } from '@sigap/core/satisfaction';
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { contentWidth, renderPdf } from '../../documents/pdf';

/**
 * The IKM report printed (A4, Indonesian with English beside it) and as a workbook (sheets
 * "IKM", "Tren", "Saran"): the same figures as the office page. Anonymous like the report:
 * element scores, counts and suggestions with their month, never a record, name or contact.
 */

export interface IkmMeta {
  timeZone: string;
  generatedAt: Date;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const num = (x: number | null, digits = 2) =>
  x === null
    ? '-'
    : x.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function monthLabel(month: string): string {
  return `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export function periodLabel(r: TIkmReport): string {
  if (r.period === 'year') return `Tahun ${r.year}`;
  if (r.period === 'quarter') return `Triwulan ${['I', 'II', 'III', 'IV'][(r.part ?? 1) - 1]} ${r.year}`;
  return `${MONTHS_ID[(r.part ?? 1) - 1]} ${r.year}`;
}

const gradeRow = (g: string | null) => IKM_GRADES.find((x) => x.grade === g) ?? null;

export function ikmFilename(r: TIkmReport, format: 'pdf' | 'xlsx'): string {
  const part = r.part ? `-${r.period === 'quarter' ? 'TW' : ''}${String(r.part).padStart(2, '0')}` : '';
  return `ikm-${r.service}-${r.year}${part}.${format}`;
}

export async function buildIkmPdf(r: TIkmReport, meta: IkmMeta): Promise<Buffer> {
  const service = SURVEY_SERVICES[r.service];
  const grade = gradeRow(r.grade);
  const width = contentWidth('portrait');
  const head = (id: string, en: string): TableCell => ({
    stack: [
      { text: id, bold: true },
      { text: en, italics: true, fontSize: 7, color: '#555555' },
    ],
    fillColor: '#eeeeee',
  });
  const elementRows: TableCell[][] = SERVICE_ELEMENTS.map((e, i) => [
    { text: `U${i + 1}` },
    { stack: [{ text: e.id }, { text: e.en, italics: true, fontSize: 7, color: '#555555' }] },
    { text: num(r.elements[i]?.average ?? null), alignment: 'right' },
  ]);
  const content: Content[] = [
    { text: r.agencyName.toUpperCase(), bold: true, alignment: 'center', fontSize: 11 },
    { text: 'INDEKS KEPUASAN MASYARAKAT (IKM)', style: 'title', margin: [0, 6, 0, 0] },
    {
      text: 'Public satisfaction index (PermenPANRB 14/2017)',
      italics: true,
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        widths: [150, width - 150],
        body: [
          [head('Layanan', 'Service'), { text: `${service.id} / ${service.en}` }],
          [head('Unit', 'Unit'), { text: r.unitName ?? 'Semua unit / All units' }],
          [
            head('Periode', 'Period'),
            { text: `${periodLabel(r)} (${formatLocalDate(r.from, 'id')} - ${formatLocalDate(r.to, 'id')})` },
          ],
          [
            head('Responden', 'Respondents'),
            {
              text: `${r.respondents} dari minimal ${r.minimumSample} (populasi ${r.population} layanan selesai; Krejcie-Morgan)`,
            },
          ],
          [
            head('Nilai IKM', 'Index'),
            { text: r.index === null ? '-' : num(r.index), bold: true, fontSize: 14 },
          ],
          [
            head('Mutu pelayanan', 'Grade'),
            { text: grade ? `${grade.grade} (${grade.id} / ${grade.en})` : '-', bold: true },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Nilai per unsur pelayanan (NRR) / Score per element', bold: true, margin: [0, 12, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [30, width - 110, 80],
        body: [
          [head('No', 'No'), head('Unsur pelayanan', 'Element'), head('NRR', 'Mean (1-4)')],
          ...elementRows,
          [
            { text: '' },
            { text: 'NRR tertimbang (bobot 1/9) / Weighted mean', bold: true },
            { text: num(r.weightedAverage, 3), alignment: 'right', bold: true },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Tren bulanan / Monthly trend', bold: true, margin: [0, 12, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [width - 200, 100, 100],
        body: [
          [head('Bulan', 'Month'), head('Responden', 'Respondents'), head('IKM', 'Index')],
          ...r.trend.map((t): TableCell[] => [
            { text: monthLabel(t.month) },
            { text: String(t.respondents), alignment: 'right' },
            { text: num(t.index), alignment: 'right' },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Saran dan masukan / Suggestions', bold: true, margin: [0, 12, 0, 4] },
    ...(r.suggestions.length === 0
      ? [
          {
            text: 'Tidak ada saran pada periode ini. / No suggestions in this period.',
            italics: true,
          } as Content,
        ]
      : [
          {
            ul: r.suggestions.map((s) => ({
              text: [{ text: `${monthLabel(s.month)}: `, bold: true }, s.text],
            })),
          } as Content,
        ]),
    {
      text: `Dibuat / Generated ${formatDateTime(meta.generatedAt, meta.timeZone, 'id')}. Jawaban survei bersifat anonim / Answers are anonymous.`,
      fontSize: 7,
      color: '#555555',
      margin: [0, 12, 0, 0],
    },
  ];
  return renderPdf({ title: `IKM ${service.id} ${periodLabel(r)}`, content, creationDate: meta.generatedAt });
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
}

export async function buildIkmXlsx(r: TIkmReport, meta: IkmMeta): Promise<Buffer> {
  const service = SURVEY_SERVICES[r.service];
  const grade = gradeRow(r.grade);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  const sheet = wb.addWorksheet('IKM');
  sheet.columns = [{ width: 8 }, { width: 48 }, { width: 16 }];
  sheet.addRow(['Instansi', r.agencyName]);
  sheet.addRow(['Layanan', service.id]);
  sheet.addRow(['Unit', r.unitName ?? 'Semua unit']);
  sheet.addRow(['Periode', `${periodLabel(r)} (${r.from} s.d. ${r.to})`]);
  sheet.addRow(['Responden', r.respondents]);
  sheet.addRow(['Populasi', r.population]);
  sheet.addRow(['Sampel minimum', r.minimumSample]);
  sheet.addRow(['IKM', r.index]);
  sheet.addRow(['Mutu', grade ? `${grade.grade} ${grade.id}` : '-']);
  sheet.addRow([]);
  styleHeader(sheet.addRow(['Unsur', 'Unsur pelayanan', 'NRR']));
  SERVICE_ELEMENTS.forEach((e, i) => {
    sheet.addRow([`U${i + 1}`, e.id, r.elements[i]?.average ?? null]);
  });
  sheet.addRow(['', 'NRR tertimbang (bobot 1/9)', r.weightedAverage]);
  const trend = wb.addWorksheet('Tren');
  trend.columns = [{ width: 12 }, { width: 12 }, { width: 12 }];
  styleHeader(trend.addRow(['Bulan', 'Responden', 'IKM']));
  for (const t of r.trend) trend.addRow([t.month, t.respondents, t.index]);
  const sug = wb.addWorksheet('Saran');
  sug.columns = [{ width: 12 }, { width: 100 }];
  styleHeader(sug.addRow(['Bulan', 'Saran']));
  for (const s of r.suggestions) sug.addRow([s.month, s.text]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
