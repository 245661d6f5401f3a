import type { TWeeklyRecap } from '@sigap/contracts/complaints';
import { formatDateTime, formatLocalDate } from '@sigap/core';
import {
  CHANNELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_TYPES,
  NO_TYPE,
} from '@sigap/core/complaints';
import ExcelJS from 'exceljs';
import type { Content, ContentTable, ContentText, TableCell } from 'pdfmake/interfaces';
import { contentWidth, renderPdf } from '../../../platform/documents/pdf';

/**
 * The weekly complaint recap the working group reports to the head of the agency (Perka BKPM
 * 12/2015 Pasal 10): the same figures as the JSON answer, printed (A4, Indonesian) and as a
 * workbook (sheet "Rekap" with the counts, sheet "Tindak lanjut" with one row per complaint).
 */

export interface RecapMeta {
  agencyName: string;
  timeZone: string;
  generatedAt: Date;
}

/**
 * Rows of the follow-up table in the PDF. A backlog of thousands would make a PDF of hundreds of
 * pages (measured: 10,000 rows, 2.9 MB, 11-18 s to render); the workbook always has every row.
 */
export const PDF_FOLLOW_UP_LIMIT = 300;

const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

export const typeName = (code: string | null) =>
  code && code in COMPLAINT_TYPES
    ? `(${code}) ${COMPLAINT_TYPES[code as keyof typeof COMPLAINT_TYPES].id}`
    : code === NO_TYPE || !code
      ? 'Belum ditentukan'
      : code;
export const channelName = (code: string) =>
  code in CHANNELS ? CHANNELS[code as keyof typeof CHANNELS].id : code;
export const statusName = (code: string) => COMPLAINT_STATUS_LABELS[code]?.id ?? code;
export const stepName = (code: string | null) => (code ? (COMPLAINT_STEP_LABELS[code]?.id ?? code) : '-');

/** The headline figures, in the order every output prints them. */
export function recapFigures(r: TWeeklyRecap): Array<[string, number]> {
  return [
    ['Pengaduan diterima', r.total],
    ['Dijawab dalam minggu ini', r.answered],
    ['Dijawab tepat waktu', r.answeredWithinTime],
    ['Belum selesai pada akhir minggu', r.openAtEnd],
    ['Melewati batas waktu jawaban', r.overdue],
  ];
}

const periodText = (r: TWeeklyRecap) =>
  `${formatLocalDate(r.weekStart, 'id')} s.d. ${formatLocalDate(r.weekEnd, 'id')}`;

// ------------------------------------------------------------------------------------ PDF

const head = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  bold: true,
  fillColor: '#e8e8e8',
  ...extra,
});
const num = (n: number, extra: Record<string, unknown> = {}): TableCell => ({
  text: String(n),
  alignment: 'right',
  ...extra,
});

const LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#777777',
  vLineColor: () => '#777777',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function table(widths: Array<number | string>, body: TableCell[][], headerRows = 1): ContentTable {
  return { table: { headerRows, widths, body, dontBreakRows: true }, layout: LAYOUT, margin: [0, 0, 0, 10] };
}

const section = (text: string, extra: Partial<ContentText> = {}): ContentText => ({
  text,
  bold: true,
  fontSize: 10,
  margin: [0, 4, 0, 4],
  ...extra,
});

function countTable(title: string, rows: Array<[string, number]>, total: number): Content {
  return table(
    ['*', 44],
    [
      [head(title), head('Jumlah', { alignment: 'right' })],
      ...rows.map(([label, n]): TableCell[] => [label, num(n)]),
      [{ text: 'Jumlah', bold: true }, num(total, { bold: true })],
    ],
  );
}

/** The recap as an A4 PDF with "Halaman N dari M". */
export async function buildWeeklyRecapPdf(r: TWeeklyRecap, meta: RecapMeta): Promise<Buffer> {
  const width = contentWidth('portrait');
  const byType = Object.entries(r.byType).map(([k, n]): [string, number] => [typeName(k), n]);
  const byChannel = Object.entries(r.byChannel).map(([k, n]): [string, number] => [
    `${channelName(k)} (Form ${CHANNELS[k as keyof typeof CHANNELS]?.form ?? '-'})`,
    n,
  ]);
  const byStatus = Object.entries(r.byStatus).map(([k, n]): [string, number] => [statusName(k), n]);
  const figures = recapFigures(r);
  const content: Content[] = [
    { text: meta.agencyName.toUpperCase(), bold: true, alignment: 'center', fontSize: 10 },
    { text: 'REKAPITULASI MINGGUAN PENANGANAN PENGADUAN MASYARAKAT', style: 'title', margin: [0, 4, 0, 2] },
    { text: `Periode ${periodText(r)}`, alignment: 'center', fontSize: 10 },
    {
      text: `Disusun Sigap pada ${formatDateTime(meta.generatedAt, meta.timeZone, 'id')} sesuai Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 10 (rekapitulasi penanganan dan tindak lanjut pengaduan setiap minggu kepada pimpinan). Status dan langkah terakhir adalah keadaan pada waktu penyusunan.`,
      style: 'small',
      alignment: 'center',
      color: '#444444',
      margin: [0, 4, 0, 10],
    },
    section('A. Ringkasan'),
    {
      ...table(
        [220, 60],
        figures.map(([label, n], i): TableCell[] => [
          { text: label, bold: i === 0, fontSize: 9 },
          num(n, { bold: true, fontSize: 9 }),
        ]),
        0,
      ),
      margin: [0, 0, 0, 10],
    },
    section('B. Pengaduan diterima per hari'),
    table(
      [...r.perDay.map(() => '*'), 44],
      [
        [
          ...r.perDay.map((d, i) =>
            head(`${WEEKDAYS[i]}\n${formatLocalDate(d.date, 'id')}`, { alignment: 'center' }),
          ),
          head('Jumlah', { alignment: 'center' }),
        ],
        [
          ...r.perDay.map((d) => num(d.count, { alignment: 'center' })),
          num(r.total, { alignment: 'center', bold: true }),
        ],
      ],
    ),
    {
      columns: [
        {
          width: (width - 12) / 2,
          stack: [
            section('C. Menurut jenis pengaduan'),
            countTable('Jenis', byType, r.total),
            section('D. Menurut status'),
            countTable('Status', byStatus, r.total),
          ],
        },
        {
          width: (width - 12) / 2,
          stack: [section('E. Menurut saluran'), countTable('Saluran', byChannel, r.total)],
        },
      ],
      columnGap: 12,
    },
    section('F. Tindak lanjut', r.followUps.length > 8 ? { pageBreak: 'before' } : {}),
    {
      text: 'Pengaduan yang diterima dalam minggu ini atau masih ditangani pada suatu saat dalam minggu ini. Isi pengaduan yang dirahasiakan tidak ditampilkan.',
      style: 'small',
      margin: [0, 0, 0, 4],
    },
    ...(r.followUps.length > PDF_FOLLOW_UP_LIMIT
      ? [
          {
            text: `Ditampilkan ${PDF_FOLLOW_UP_LIMIT} pengaduan terlama dari ${r.followUps.length}; daftar lengkap ada pada berkas XLSX rekapitulasi ini (lembar "Tindak lanjut").`,
            bold: true,
            margin: [0, 0, 0, 4] as [number, number, number, number],
          },
        ]
      : []),
    r.followUps.length === 0
      ? { text: 'Tidak ada pengaduan yang ditindaklanjuti dalam minggu ini.', italics: true }
      : table(
          [16, 76, '*', 20, 62, 62, 70, 30],
          [
            [
              head('No'),
              head('Nomor'),
              head('Perihal'),
              head('Jenis'),
              head('Status'),
              head('Batas jawaban'),
              head('Langkah terakhir'),
              head('Lewat batas'),
            ],
            ...r.followUps
              .slice(0, PDF_FOLLOW_UP_LIMIT)
              .map((f, i): TableCell[] => [
                num(i + 1),
                f.trackingNumber,
                f.subject,
                { text: f.type ?? '-', alignment: 'center' },
                statusName(f.status),
                f.answerDue ? formatDateTime(new Date(f.answerDue), meta.timeZone, 'id') : '-',
                stepName(f.lastStep),
                { text: f.overdue ? 'Ya' : '-', alignment: 'center', bold: f.overdue },
              ]),
          ],
        ),
  ];
  return renderPdf({
    title: `Rekapitulasi Mingguan Pengaduan ${r.weekStart}`,
    content: { stack: content, fontSize: 8 },
    footerLeft: `Rekap pengaduan ${periodText(r)}`,
    creationDate: meta.generatedAt,
  });
}

// ------------------------------------------------------------------------------------ XLSX

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  });
}

/**
 * The recap as a workbook: sheet "Rekap" (title rows, then blocks of label and number cells:
 * summary, per day, by type, by channel, by status) and sheet "Tindak lanjut" (one row per
 * complaint, deadlines written in the office's local time and zone).
 */
export async function buildWeeklyRecapWorkbook(r: TWeeklyRecap, meta: RecapMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  wb.title = 'Rekapitulasi Mingguan Pengaduan';
  wb.subject = `${meta.agencyName} · ${periodText(r)}`;

  const sheet = wb.addWorksheet('Rekap');
  sheet.columns = [
    { key: 'label', width: 48 },
    { key: 'count', width: 12 },
    { key: 'code', width: 18 },
  ];
  sheet.addRow([meta.agencyName]).font = { bold: true };
  sheet.addRow(['Rekapitulasi Mingguan Penanganan Pengaduan Masyarakat']).font = { bold: true, size: 13 };
  sheet.addRow([`Periode ${periodText(r)}`, null, r.weekStart]);
  sheet.addRow([`Disusun ${formatDateTime(meta.generatedAt, meta.timeZone, 'id')}`]);
  const block = (title: string, rows: Array<[string, number, string?]>, total?: number) => {
    sheet.addRow([]);
    styleHeader(sheet.addRow([title, 'Jumlah', 'Kode']));
    for (const [label, n, code] of rows) sheet.addRow([label, n, code ?? null]);
    if (total !== undefined) sheet.addRow(['Jumlah', total]).font = { bold: true };
  };
  block('Ringkasan', recapFigures(r));
  block(
    'Per hari',
    r.perDay.map((d, i): [string, number, string] => [
      `${WEEKDAYS[i]}, ${formatLocalDate(d.date, 'id')}`,
      d.count,
      d.date,
    ]),
    r.total,
  );
  block(
    'Menurut jenis',
    Object.entries(r.byType).map(([k, n]): [string, number, string] => [typeName(k), n, k]),
    r.total,
  );
  block(
    'Menurut saluran',
    Object.entries(r.byChannel).map(([k, n]): [string, number, string] => [channelName(k), n, k]),
    r.total,
  );
  block(
    'Menurut status',
    Object.entries(r.byStatus).map(([k, n]): [string, number, string] => [statusName(k), n, k]),
    r.total,
  );

  const follow = wb.addWorksheet('Tindak lanjut');
  follow.columns = [
    { header: 'No', key: 'no', width: 5 },
    { header: 'Nomor pengaduan', key: 'trackingNumber', width: 18 },
    { header: 'Perihal', key: 'subject', width: 50 },
    { header: 'Jenis', key: 'type', width: 7 },
    { header: 'Status', key: 'status', width: 22 },
    { header: 'Batas jawaban', key: 'answerDue', width: 24 },
    { header: 'Lewat batas pada akhir minggu', key: 'overdue', width: 14 },
    { header: 'Langkah terakhir', key: 'lastStep', width: 30 },
  ];
  r.followUps.forEach((f, i) => {
    follow.addRow({
      no: i + 1,
      trackingNumber: f.trackingNumber,
      subject: f.subject,
      type: f.type ?? '',
      status: statusName(f.status),
      answerDue: f.answerDue ? formatDateTime(new Date(f.answerDue), meta.timeZone, 'id') : '',
      overdue: f.overdue ? 'Ya' : 'Tidak',
      lastStep: stepName(f.lastStep),
    });
  });
  styleHeader(follow.getRow(1));
  follow.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
