import { formatTime, localDateString, zoneAbbreviation } from '@sigap/core';
import ExcelJS from 'exceljs';
import type { LetterNumberListRow } from '../db/repositories/letter-numbers';

export interface LetterRegisterMeta {
  agencyName: string;
  timeZone: string;
  generatedAt: Date;
  /** Rows matching the filters; more than the rows when the export stopped at its limit. */
  total: number;
  filters: { q?: string; year?: number; classification?: string; unitCode?: string; status?: string };
}

/**
 * The office's wall-clock time as an Excel date: Excel has no zones, and a register read in
 * Samarinda must show Samarinda's time, not UTC.
 */
function localWallClock(instant: Date, timeZone: string): Date {
  const [y, m, d] = localDateString(instant, timeZone).split('-').map(Number) as [number, number, number];
  const [hh, mm] = formatTime(instant, timeZone, 'en').split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

const STATUS_LABEL: Record<string, string> = { issued: 'Terbit', cancelled: 'Dibatalkan' };

/**
 * The letter-number register as a workbook (sheet "Register Nomor Surat"), one row per number
 * in register order, cancelled numbers included with their reason, dates in the office's zone.
 */
export async function buildLetterRegisterWorkbook(
  rows: LetterNumberListRow[],
  meta: LetterRegisterMeta,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = meta.generatedAt;
  wb.title = 'Register Nomor Surat';
  const f = meta.filters;
  wb.subject = [
    meta.agencyName,
    f.year ? `Tahun ${f.year}` : 'Semua tahun',
    f.unitCode ? `Unit ${f.unitCode}` : null,
    f.classification ? `Klasifikasi ${f.classification}` : null,
    f.status ? `Status ${STATUS_LABEL[f.status] ?? f.status}` : null,
    f.q ? `Cari "${f.q}"` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  wb.description = `Waktu dalam ${zoneAbbreviation(meta.timeZone)} (${meta.timeZone}). ${rows.length} dari ${meta.total} nomor.`;

  const sheet = wb.addWorksheet('Register Nomor Surat');
  const zone = zoneAbbreviation(meta.timeZone);
  sheet.columns = [
    { header: 'Nomor surat', key: 'number', width: 34 },
    { header: `Tanggal (${zone})`, key: 'issuedAt', width: 18, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
    { header: 'Tahun', key: 'year', width: 8 },
    { header: 'Unit', key: 'unitCode', width: 20 },
    { header: 'Klasifikasi', key: 'classification', width: 14 },
    { header: 'No. urut', key: 'sequence', width: 9 },
    { header: 'Perihal', key: 'subject', width: 50 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Alasan pembatalan', key: 'cancelReason', width: 36 },
    { header: `Dibatalkan (${zone})`, key: 'cancelledAt', width: 18, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
    { header: 'Dicatat oleh', key: 'issuedBy', width: 24 },
    { header: 'Sumber', key: 'source', width: 14 },
  ];
  for (const r of rows) {
    sheet.addRow({
      number: r.number,
      issuedAt: localWallClock(r.issuedAt, meta.timeZone),
      year: r.year,
      unitCode: r.unitCode,
      classification: r.classification,
      sequence: r.sequence,
      subject: r.subject,
      status: STATUS_LABEL[r.status] ?? r.status,
      cancelReason: r.cancelReason ?? '',
      cancelledAt: r.cancelledAt ? localWallClock(r.cancelledAt, meta.timeZone) : null,
      issuedBy: r.issuedByName ?? '',
      source: r.documentId ? 'Dokumen Sigap' : 'Manual',
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: 'L1' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
