import { ROLES, type Role, type TSopAnalyticsResponse } from '@sigap/contracts';
import ExcelJS from 'exceljs';

export interface AnalyticsWorkbookMeta {
  agencyName: string;
  /** The filter unit's name, or null for every unit the reader may see. */
  unitName: string | null;
  generatedAt: Date;
}

const MINUTES = '#,##0.0';
const SHARE = '0.0%';

function roleLabel(role: string | null): string {
  if (!role) return 'Sistem';
  return ROLES[role as Role]?.id ?? role;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The compliance analytics as a workbook a leader can file or re-analyse: sheet "Ringkasan SOP"
 * (one row per SOP) and sheet "Per Langkah" (one row per step), Indonesian headers, every
 * figure a number cell (minutes as working minutes, shares as fractions shown as percentages).
 */
export async function buildSopAnalyticsWorkbook(
  data: TSopAnalyticsResponse,
  meta: AnalyticsWorkbookMeta,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  wb.title = 'Analitik Kepatuhan SOP';
  wb.subject = [
    meta.agencyName,
    meta.unitName ?? 'Semua unit',
    `Periode ${data.from ?? 'awal'} s.d. ${data.to ?? 'sekarang'} (${data.timeZone})`,
  ].join(' · ');
  wb.description =
    'Waktu dalam menit kerja pada kalender kerja instansi; median dan persentil 90 dengan interpolasi linear (PERCENTILE.INC).';

  const summary = wb.addWorksheet('Ringkasan SOP');
  summary.columns = [
    { header: 'Kode SOP', key: 'code', width: 14 },
    { header: 'Judul SOP', key: 'title', width: 50 },
    { header: 'Kasus dijalankan', key: 'casesRun', width: 12 },
    { header: 'Kasus selesai', key: 'casesCompleted', width: 12 },
    { header: 'Tugas selesai', key: 'tasks', width: 12 },
    { header: 'Dikembalikan', key: 'sentBack', width: 12 },
  ];
  for (const sop of data.sops) {
    summary.addRow({
      code: sop.code ?? sop.key,
      title: sop.title.id,
      casesRun: sop.casesRun,
      casesCompleted: sop.casesCompleted,
      tasks: sop.steps.reduce((n, s) => n + s.count, 0),
      sentBack: sop.steps.reduce((n, s) => n + s.sentBack.reduce((m, r) => m + r.count, 0), 0),
    });
  }
  styleHeader(summary);

  const steps = wb.addWorksheet('Per Langkah');
  steps.columns = [
    { header: 'Kode SOP', key: 'code', width: 14 },
    { header: 'No', key: 'no', width: 6 },
    { header: 'Kegiatan', key: 'activity', width: 60 },
    { header: 'Mutu baku waktu', key: 'standardText', width: 16 },
    { header: 'Standar (menit kerja)', key: 'standardMinutes', width: 12, style: { numFmt: MINUTES } },
    { header: 'Tugas selesai', key: 'count', width: 10 },
    { header: 'Median (menit kerja)', key: 'median', width: 12, style: { numFmt: MINUTES } },
    { header: 'Persentil 90 (menit kerja)', key: 'p90', width: 12, style: { numFmt: MINUTES } },
    { header: 'Sesuai standar', key: 'within', width: 10, style: { numFmt: SHARE } },
    { header: 'Median waktu tunggu (menit kerja)', key: 'waiting', width: 14, style: { numFmt: MINUTES } },
    { header: 'Median waktu kerja (menit kerja)', key: 'working', width: 14, style: { numFmt: MINUTES } },
    { header: 'Dikembalikan', key: 'sentBack', width: 12 },
    { header: 'Dikembalikan oleh', key: 'sentBackBy', width: 40 },
  ];
  for (const sop of data.sops) {
    for (const s of sop.steps) {
      steps.addRow({
        code: sop.code ?? sop.key,
        no: s.no,
        activity: s.activity.id,
        standardText: s.standardText ?? '',
        standardMinutes: s.standardMinutes,
        count: s.count,
        median: s.medianMinutes,
        p90: s.p90Minutes,
        within: s.withinStandardShare,
        waiting: s.waitingMedianMinutes,
        working: s.workingMedianMinutes,
        sentBack: s.sentBack.reduce((n, r) => n + r.count, 0),
        sentBackBy: s.sentBack.map((r) => `${roleLabel(r.role)}: ${r.count}`).join('; '),
      });
    }
  }
  styleHeader(steps);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
