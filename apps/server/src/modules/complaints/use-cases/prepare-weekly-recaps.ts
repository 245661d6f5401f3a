import { createHash } from 'node:crypto';
import type { TWeeklyRecap } from '@sigap/contracts';
import { OFFICE_PAGES } from '@sigap/contracts';
import { formatLocalDate, recapDueWeekStart, weekPeriod } from '@sigap/core';
import { insertFile } from '../../../platform/db/repositories/documents';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { insertNotificationOnce, usersWithRole } from '../../../platform/db/repositories/notifications';
import { type AgencyRow, listAgencies } from '../../../platform/db/repositories/org';
import { findUser } from '../../../platform/db/repositories/users';
import { localDate } from '../../../platform/lib/local-date';
import type { Ctx, Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import { absolute } from '../../../platform/use-cases/notifications/notify-staff';
import { recapFilename, weeklyRecapOf } from '../domain/reports';
import { buildWeeklyRecapPdf, buildWeeklyRecapWorkbook, recapFigures } from '../renderers/complaint-recap';
import { findRecap, insertRecapOnce } from '../repository/complaint-reports';

/** The head of the agency: the minister at the centre, the head of office in a region (acting officials included). */
export const AGENCY_HEAD_ROLES = ['menteri', 'kepala_dinas'] as const;
export const RECAP_LINK = OFFICE_PAGES.complaintReports;

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WeeklyRecapRun {
  /** Agencies whose recap this run recorded (and emailed). */
  recorded: Array<{ agencyId: string; weekStart: string; recipients: number }>;
  /** Agencies whose due recap already existed. */
  skipped: number;
}

class AlreadyRecorded extends Error {}

function mailText(recap: TWeeklyRecap, agency: AgencyRow, name: string): string {
  const period = `${formatLocalDate(recap.weekStart, 'id')} s.d. ${formatLocalDate(recap.weekEnd, 'id')}`;
  return [
    `Yth. ${name},`,
    '',
    `Terlampir rekapitulasi mingguan penanganan pengaduan masyarakat ${agency.name} periode ${period}, sesuai Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 10, dalam bentuk PDF dan XLSX.`,
    '',
    ...recapFigures(recap).map(([label, n]) => `- ${label}: ${n}`),
    `- Tindak lanjut yang tercantum: ${recap.followUps.length}`,
    '',
    `Buka di Sigap: ${absolute(`${RECAP_LINK}?tab=weekly&week=${recap.weekStart}`)}`,
    '',
    'Pesan ini dikirim otomatis oleh Sigap setiap Senin pukul 07.00 waktu setempat.',
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
  });
  // another worker recorded this week first: undo the files of this run
  if (!recorded) throw new AlreadyRecorded();

  const today = localDate(now, agency.timeZone);
  const heads = new Set<string>();
  for (const role of AGENCY_HEAD_ROLES)
    for (const id of await usersWithRole(tx, agency.id, role, today)) heads.add(id);
  const attachments = [
    { fileId: pdfFileId, filename: pdfFile.filename },
    { fileId: xlsxFileId, filename: xlsxFile.filename },
  ];
  const period = `${formatLocalDate(recap.weekStart, 'id')} s.d. ${formatLocalDate(recap.weekEnd, 'id')}`;
  const recipients: string[] = [];
  for (const userId of heads) {
    const user = await findUser(tx, userId);
    if (!user?.active) continue;
    recipients.push(userId);
    const key = `complaint-recap:${recap.weekStart}`;
    await enqueueEmail(tx, {
      agencyId: agency.id,
      to: user.email,
      subject: `[Sigap] Rekapitulasi mingguan pengaduan masyarakat ${period}`,
      text: mailText(recap, agency, user.name),
      attachments,
      dedupeKey: `${key}:${agency.id}:${userId}`,
      related: { type: 'complaint_recap', id: `${agency.id}/${recap.weekStart}` },
      now,
    });
    await insertNotificationOnce(tx, {
      agencyId: agency.id,
      userId,
      kind: 'complaint.weekly_recap',
      title: `Rekapitulasi mingguan pengaduan ${period}`,
      body: recapFigures(recap)
        .map(([label, n]) => `${label}: ${n}`)
        .join('\n'),
      link: `${RECAP_LINK}?tab=weekly&week=${recap.weekStart}`,
      dedupeKey: key,
      createdAt: now,
    });
  }
  await appendEvent(tx, {
    agencyId: agency.id,
    actorUserId: null,
    entityType: 'complaint_recap',
    entityId: `${agency.id}/${recap.weekStart}`,
    action: 'complaint.weekly_recap_sent',
    after: {
      weekStart: recap.weekStart,
      weekEnd: recap.weekEnd,
      pdf: { fileId: pdfFileId, sha256: pdfFile.sha256 },
      xlsx: { fileId: xlsxFileId, sha256: xlsxFile.sha256 },
      recipients,
      total: recap.total,
    },
    occurredAt: now,
  });
  return recipients.length;
}

/**
 * The Monday job (Perka BKPM 12/2015 Pasal 10: a recap with follow-ups to the head of the
 * agency every week). For each agency whose local clock has passed Monday 07:00, the previous
 * week's recap, unless it exists: PDF and XLSX into `files`, a `complaint_recaps` row, an email
 * with both attachments through the outbox and an in-app notice to each head of the agency,
 * and the event, in one transaction. The row's key (agency, week) makes it idempotent, also
 * across workers: a second run, late or concurrent, records and sends nothing. A week that
 * ended before the agency existed is skipped. A system job: no actor, so no policy check.
 */
export async function sendWeeklyRecaps({ db, now }: Ctx): Promise<WeeklyRecapRun> {
  const run: WeeklyRecapRun = { recorded: [], skipped: 0 };
  let firstError: unknown = null;
  for (const agency of await listAgencies(db)) {
    const weekStart = recapDueWeekStart(now, agency.timeZone);
    if (weekPeriod(weekStart, agency.timeZone).end.getTime() <= agency.createdAt.getTime()) continue;
    if (await findRecap(db, agency.id, weekStart)) {
      run.skipped++;
      continue;
    }
    try {
      const recap = await weeklyRecapOf(db, agency, weekStart);
      const meta = { agencyName: agency.name, timeZone: agency.timeZone, generatedAt: now };
      const [pdf, xlsx] = await Promise.all([
        buildWeeklyRecapPdf(recap, meta),
        buildWeeklyRecapWorkbook(recap, meta),
      ]);
      const recipients = await db.transaction((tx) => recordRecap(tx, agency, recap, pdf, xlsx, now));
      run.recorded.push({ agencyId: agency.id, weekStart, recipients });
    } catch (err) {
      if (err instanceof AlreadyRecorded) {
        run.skipped++;
        continue;
      }
      // one agency's failure must not hold back the others; the job still fails (and retries) at the end
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return run;
}
