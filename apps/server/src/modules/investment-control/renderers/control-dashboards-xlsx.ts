import type {
  TLkpmComplianceDashboard,
  TRealisationDashboard,
  TRealisationRow,
  TSanctionsDashboard,
  TSupervisionProgressDashboard,
} from '@sigap/contracts/investment-control';
import { KBLI_SECTIONS } from '@sigap/core/investment-control';
import ExcelJS from 'exceljs';

export interface DashboardWorkbookMeta {
  agencyName: string;
  generatedAt: Date;
}

const RUPIAH = '#,##0';
const SHARE = '0.0%';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const RISK = { low: 'Rendah', medium_low: 'Menengah rendah', medium_high: 'Menengah tinggi', high: 'Tinggi' };

function workbook(meta: DashboardWorkbookMeta, title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  wb.title = title;
  wb.subject = meta.agencyName;
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sectionName = (code: string) => KBLI_SECTIONS.find((s) => s.code === code)?.id ?? 'Tidak diketahui';

/**
 * The realisation dashboard as a workbook: one sheet per grouping (period, PMA/PMDN, KBLI
 * section, regency, risk level), each row the components, realised and planned in rupiah (number
 * cells), and a total row.
 */
export async function buildRealisationWorkbook(
  d: TRealisationDashboard,
  meta: DashboardWorkbookMeta,
): Promise<Buffer> {
  const wb = workbook(meta, `Realisasi Investasi ${d.year}`);
  const groups: [string, string, TRealisationRow[], (k: string) => string][] = [
    ['Per Periode', 'Periode', d.byPeriod, (k) => k],
    ['PMA-PMDN', 'Status PM', d.byInvestmentType, (k) => k],
    ['Per Sektor KBLI', 'Sektor', d.bySection, (k) => (k === '-' ? '-' : `${k} ${sectionName(k)}`)],
    ['Per Kabupaten-Kota', 'Kabupaten/Kota', d.byRegency, (k) => k],
    ['Per Tingkat Risiko', 'Tingkat risiko', d.byRiskLevel, (k) => RISK[k as keyof typeof RISK] ?? k],
  ];
  for (const [name, header, rows, label] of groups) {
    const sheet = sheetOf(wb, name, [
      { header, key: 'key', width: 34 },
      { header: 'Jumlah LKPM', key: 'reports', width: 12 },
      { header: 'Tanah (Rp)', key: 'land', width: 20, style: { numFmt: RUPIAH } },
      { header: 'Bangunan (Rp)', key: 'buildings', width: 20, style: { numFmt: RUPIAH } },
      { header: 'Mesin dan peralatan (Rp)', key: 'machinery', width: 20, style: { numFmt: RUPIAH } },
      { header: 'Modal kerja (Rp)', key: 'workingCapital', width: 20, style: { numFmt: RUPIAH } },
      { header: 'Lainnya (Rp)', key: 'other', width: 20, style: { numFmt: RUPIAH } },
      { header: 'Realisasi (Rp)', key: 'realised', width: 22, style: { numFmt: RUPIAH } },
      { header: 'Rencana (Rp)', key: 'planned', width: 22, style: { numFmt: RUPIAH } },
    ]);
    for (const r of rows) sheet.addRow({ ...r, key: label(r.key) });
    sheet.addRow({ ...d.total, key: 'Jumlah' }).font = { bold: true };
  }
  return bytes(wb);
}

/** The LKPM compliance per period as a workbook (rates as fractions shown as percentages). */
export async function buildLkpmComplianceWorkbook(
  d: TLkpmComplianceDashboard,
  meta: DashboardWorkbookMeta,
): Promise<Buffer> {
  const wb = workbook(meta, `Kepatuhan LKPM ${d.year}`);
  const sheet = sheetOf(wb, 'Kepatuhan LKPM', [
    { header: 'Periode', key: 'period', width: 12 },
    { header: 'Batas waktu', key: 'deadline', width: 14 },
    { header: 'Wajib lapor', key: 'expected', width: 12 },
    { header: 'Melapor', key: 'reported', width: 12 },
    { header: 'Tepat waktu', key: 'onTime', width: 12 },
    { header: 'Disetujui', key: 'approved', width: 12 },
    { header: 'Tingkat kepatuhan', key: 'rate', width: 16, style: { numFmt: SHARE } },
  ]);
  for (const p of d.periods) sheet.addRow(p);
  return bytes(wb);
}

/** The supervision plan's progress per month as a workbook. */
export async function buildSupervisionProgressWorkbook(
  d: TSupervisionProgressDashboard,
  meta: DashboardWorkbookMeta,
): Promise<Buffer> {
  const wb = workbook(meta, `Progres Rencana Pengawasan ${d.year}`);
  const sheet = sheetOf(wb, 'Progres Pengawasan', [
    { header: 'Bulan', key: 'month', width: 10 },
    { header: 'Direncanakan', key: 'planned', width: 14 },
    { header: 'Surat tugas terbit', key: 'letterIssued', width: 16 },
    { header: 'Selesai', key: 'done', width: 10 },
    { header: 'Dibatalkan', key: 'cancelled', width: 12 },
  ]);
  for (const m of d.months) sheet.addRow({ ...m, month: MONTHS[m.month - 1] });
  sheet.addRow({ ...d.total, month: 'Jumlah' }).font = { bold: true };
  sheet.addRow({ month: 'Progres', done: d.progress }).getCell('done').numFmt = SHARE;
  return bytes(wb);
}

const STAGE_LABELS: Record<string, string> = {
  warning_1: 'Peringatan tertulis I',
  warning_2: 'Peringatan tertulis II',
  warning_3: 'Peringatan tertulis III',
  suspension: 'Pembekuan sementara',
  revocation: 'Pencabutan',
};

/** Sanctions issued in the year by stage and status as a workbook. */
export async function buildSanctionsWorkbook(
  d: TSanctionsDashboard,
  meta: DashboardWorkbookMeta,
): Promise<Buffer> {
  const wb = workbook(meta, `Sanksi per Tahap ${d.year}`);
  const sheet = sheetOf(wb, 'Sanksi per Tahap', [
    { header: 'Tahap', key: 'stage', width: 26 },
    { header: 'Diterbitkan', key: 'issued', width: 13 },
    { header: 'Berjalan', key: 'open', width: 11 },
    { header: 'Dipenuhi', key: 'complied', width: 11 },
    { header: 'Ditingkatkan', key: 'escalated', width: 13 },
    { header: 'Lewat batas waktu', key: 'overdue', width: 18 },
  ]);
  for (const s of d.stages) sheet.addRow({ ...s, stage: STAGE_LABELS[s.stage] ?? s.stage });
  sheet.addRow({ ...d.total, stage: 'Jumlah' }).font = { bold: true };
  return bytes(wb);
}
