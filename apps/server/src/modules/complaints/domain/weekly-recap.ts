import { createHash } from 'node:crypto';
import type { TWeeklyRecap } from '@sigap/contracts/complaints';
import { insertFile } from '../../../platform/db/repositories/documents';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { insertNotificationOnce } from '../../../platform/db/repositories/notifications';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import type { Ctx, Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import { absolute } from '../../../platform/use-cases/notifications/notify-staff';
import { buildWeeklyRecapPdf, buildWeeklyRecapWorkbook, recapFigures } from '../renderers/complaint-recap';
import { findRecap, insertRecapOnce } from '../repository/complaint-reports';
import { activeHolders, RECAP_SENDER_ROLES, recapLink, recapPeriod } from './recap-delivery';
import { recapFilename, weeklyRecapOf } from './reports';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WeeklyRecapRun {
  /** Agencies whose recap this run prepared, and how many chairs were told. */
  recorded: Array<{ agencyId: string; weekStart: string; recipients: number }>;
  /** Agencies whose due recap already existed. */
  skipped: number;
}

class AlreadyRecorded extends Error {}

function mailText(recap: TWeeklyRecap, agency: AgencyRow, name: string): string {
  return [
    `Yth. ${name},`,
    '',
    `Rekapitulasi mingguan penanganan pengaduan masyarakat ${agency.name} periode ${recapPeriod(recap)} sudah disusun Sigap (terlampir PDF dan XLSX). Sesuai Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 10 ayat (2), Ketua Kelompok Kerja melaporkannya kepada pimpinan: periksa, tambahkan catatan bila perlu, lalu kirim dari Sigap.`,
    '',
    ...recapFigures(recap).map(([label, n]) => `- ${label}: ${n}`),
    `- Tindak lanjut yang tercantum: ${recap.followUps.length}`,
    '',
    `Periksa dan kirim: ${absolute(recapLink(recap.weekStart))}`,
    '',
    'Bila belum dikirim sampai Senin pukul 12.00 waktu setempat, Sigap mengingatkan Anda.',
  ].join('\n');
}

async function recordRecap(
  tx: Db,
  agency: AgencyRow,
  recap: TWeeklyRecap,
  pdf: Buffer,
  xlsx: Buffer,
  now: Date,
) {
  const file = (bytes: Buffer, ext: 'pdf' | 'xlsx') => ({
    agencyId: agency.id,
    documentId: null,
    kind: 'complaint_recap',
    filename: recapFilename(recap.weekStart, ext),
    contentType: ext === 'pdf' ? PDF : XLSX,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    createdAt: now,
    createdBy: null,
  });
  const pdfFile = file(pdf, 'pdf');
  const xlsxFile = file(xlsx, 'xlsx');
  const { id: pdfFileId } = await insertFile(tx, pdfFile);
  const { id: xlsxFileId } = await insertFile(tx, xlsxFile);
  const recorded = await insertRecapOnce(tx, {
    agencyId: agency.id,
    weekStart: recap.weekStart,
    pdfFileId,
    xlsxFileId,
    createdAt: now,
    status: 'prepared',
  });
  // another worker recorded this week first: undo the files of this run
  if (!recorded) throw new AlreadyRecorded();

  const attachments = [
    { fileId: pdfFileId, filename: pdfFile.filename },
    { fileId: xlsxFileId, filename: xlsxFile.filename },
  ];
  const chairs = await activeHolders(tx, agency, RECAP_SENDER_ROLES, now);
  const key = `complaint-recap-ready:${recap.weekStart}`;
  for (const chair of chairs) {
    await enqueueEmail(tx, {
      agencyId: agency.id,
      to: chair.email,
      subject: `[Sigap] Rekapitulasi mingguan pengaduan ${recapPeriod(recap)} siap dikirim kepada pimpinan`,
      text: mailText(recap, agency, chair.name),
      attachments,
      dedupeKey: `${key}:${agency.id}:${chair.id}`,
      related: { type: 'complaint_recap', id: `${agency.id}/${recap.weekStart}` },
      now,
    });
    await insertNotificationOnce(tx, {
      agencyId: agency.id,
      userId: chair.id,
      kind: 'complaint.weekly_recap_ready',
      title: `Rekapitulasi mingguan pengaduan ${recapPeriod(recap)} siap diperiksa dan dikirim kepada pimpinan`,
      body: recapFigures(recap)
        .map(([label, n]) => `${label}: ${n}`)
        .join('\n'),
      link: recapLink(recap.weekStart),
      dedupeKey: key,
      createdAt: now,
    });
  }
  await appendEvent(tx, {
    agencyId: agency.id,
    actorUserId: null,
    entityType: 'complaint_recap',
    entityId: `${agency.id}/${recap.weekStart}`,
    action: 'complaint.weekly_recap_prepared',
    after: {
      weekStart: recap.weekStart,
      weekEnd: recap.weekEnd,
      pdf: { fileId: pdfFileId, sha256: pdfFile.sha256 },
      xlsx: { fileId: xlsxFileId, sha256: xlsxFile.sha256 },
      chairs: chairs.map((c) => c.id),
      total: recap.total,
    },
    occurredAt: now,
  });
  return chairs.length;
}

/**
 * One agency's recap of the week starting `weekStart`, as the Monday job prepares it (files,
 * recap row, the chairs' email and notice, the event, in one transaction): the number of chairs
 * told, or null when the week's recap exists already (also when another worker won the race).
 * The demo prepares past weeks with it.
 */
export async function prepareWeeklyRecap(
  { db, now }: Ctx,
  agency: AgencyRow,
  weekStart: string,
): Promise<number | null> {
  if (await findRecap(db, agency.id, weekStart)) return null;
  const recap = await weeklyRecapOf(db, agency, weekStart);
  const meta = { agencyName: agency.name, timeZone: agency.timeZone, generatedAt: now };
  const [pdf, xlsx] = await Promise.all([
    buildWeeklyRecapPdf(recap, meta),
    buildWeeklyRecapWorkbook(recap, meta),
  ]);
  try {
    return await db.transaction((tx) => recordRecap(tx, agency, recap, pdf, xlsx, now));
  } catch (err) {
    if (err instanceof AlreadyRecorded) return null;
    throw err;
  }
}
