import type { TLkpmCompliance, TLkpmComplianceCompany } from '@sigap/contracts/investment-control';
import { periodLabel } from '@sigap/core/investment-control';
import ExcelJS from 'exceljs';

const SCALE: Record<string, string> = { micro: 'Mikro', small: 'Kecil', medium: 'Menengah', large: 'Besar' };
const RISK: Record<string, string> = {
  low: 'Rendah',
  medium_low: 'Menengah rendah',
  medium_high: 'Menengah tinggi',
  high: 'Tinggi',
};

/**
 * LKPM compliance as a workbook: a summary sheet (each period kind: the period judged, its
 * deadline, how many must report and have), then the companies that have not reported and those
 * that missed two periods in a row, one row per company.
 */
export async function buildLkpmComplianceWorkbook(
  c: TLkpmCompliance,
  meta: { agencyName: string; generatedAt: Date },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  wb.title = 'Kepatuhan LKPM';
  wb.subject = `${meta.agencyName} · per ${c.today} · batas hari ke-${c.deadlineDay} setelah periode`;
  const summary = wb.addWorksheet('Ringkasan');
  summary.columns = [
    { header: 'Periode', key: 'period', width: 22 },
    { header: 'Batas penyampaian', key: 'deadline', width: 18 },
    { header: 'Wajib lapor', key: 'must', width: 12 },
    { header: 'Sudah lapor', key: 'reported', width: 12 },
    { header: 'Belum lapor', key: 'not', width: 12 },
    { header: 'Dua periode berturut-turut', key: 'two', width: 26 },
  ];
  for (const g of [c.quarter, c.half])
    summary.addRow({
      period: periodLabel(g.period),
      deadline: g.period.deadline,
      must: g.mustReport,
      reported: g.reported,
      not: g.notReported.length,
      two: g.missedTwo.length,
    });
  summary.getRow(1).font = { bold: true };
  const sheet = (name: string, rows: Array<{ g: string; c: TLkpmComplianceCompany }>) => {
    const s = wb.addWorksheet(name);
    s.columns = [
      { header: 'Periode', key: 'period', width: 20 },
      { header: 'NIB', key: 'nib', width: 16 },
      { header: 'Nama perusahaan', key: 'name', width: 40 },
      { header: 'PMA/PMDN', key: 'type', width: 10 },
      { header: 'Skala', key: 'scale', width: 11 },
      { header: 'Risiko', key: 'risk', width: 16 },
      { header: 'Kabupaten/Kota', key: 'regency', width: 22 },
      { header: 'Bidang usaha belum lapor', key: 'lines', width: 14 },
      { header: 'Terakhir lapor', key: 'last', width: 14 },
    ];
    s.getColumn('nib').numFmt = '@';
    for (const { g, c: x } of rows)
      s.addRow({
        period: g,
        nib: x.nib,
        name: x.name,
        type: x.investmentType,
        scale: SCALE[x.scale] ?? x.scale,
        risk: RISK[x.riskLevel] ?? x.riskLevel,
        regency: x.regency ?? '',
        lines: x.missingLines,
        last: x.lastFiled ?? '-',
      });
    s.getRow(1).font = { bold: true };
    s.views = [{ state: 'frozen', ySplit: 1 }];
  };
  const rows = (pick: (g: TLkpmCompliance['quarter']) => TLkpmComplianceCompany[]) =>
    [c.quarter, c.half].flatMap((g) => pick(g).map((x) => ({ g: periodLabel(g.period), c: x })));
  sheet(
    'Belum lapor',
    rows((g) => g.notReported),
  );
  sheet(
    'Dua periode',
    rows((g) => g.missedTwo),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
