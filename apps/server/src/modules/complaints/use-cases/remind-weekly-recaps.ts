import { recapDueWeekStart, recapReminderAt } from '@sigap/core/complaints';
import { insertNotificationOnce } from '../../../platform/db/repositories/notifications';
import { listAgencies } from '../../../platform/db/repositories/org';
import type { Ctx } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import { absolute } from '../../../platform/use-cases/notifications/notify-staff';
import { activeHolders, RECAP_SENDER_ROLES, recapLink } from '../domain/recap-delivery';
import { findRecap, markRecapReminded } from '../repository/complaint-reports';

/**
 * Reminds the working-group chairs (in-app and by email) of a prepared weekly recap not sent to
 * the head by Monday noon in the agency's zone (Perka BKPM 12/2015 Pasal 10 ayat 2: a weekly
 * report). Once per recap: `reminded_at` is set in the same transaction under the condition that
 * it was empty and the recap still unsent, so reruns and concurrent workers remind nobody twice.
 * A system job: no actor, so no policy check. Returns the agencies reminded.
 */
export async function remindWeeklyRecaps({ db, now }: Ctx): Promise<string[]> {
  const reminded: string[] = [];
  for (const agency of await listAgencies(db)) {
    const weekStart = recapDueWeekStart(now, agency.timeZone);
    if (now.getTime() < recapReminderAt(weekStart, agency.timeZone).getTime()) continue;
    const row = await findRecap(db, agency.id, weekStart);
    if (row?.status !== 'prepared' || row.remindedAt) continue;
    const done = await db.transaction(async (tx) => {
      if (!(await markRecapReminded(tx, { agencyId: agency.id, weekStart }, now))) return false;
      const key = `complaint-recap-reminder:${weekStart}`;
      for (const chair of await activeHolders(tx, agency, RECAP_SENDER_ROLES, now)) {
        const title = `Pengingat: rekapitulasi mingguan pengaduan minggu ${weekStart} belum dikirim kepada pimpinan`;
        await enqueueEmail(tx, {
          agencyId: agency.id,
          to: chair.email,
          subject: `[Sigap] ${title}`,
          text: [
            `Yth. ${chair.name},`,
            '',
            `Rekapitulasi mingguan penanganan pengaduan masyarakat ${agency.name} untuk minggu yang dimulai ${weekStart} sudah disusun sejak Senin pagi tetapi belum dikirim kepada pimpinan (Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 10 ayat (2)).`,
            '',
            `Periksa dan kirim: ${absolute(recapLink(weekStart))}`,
          ].join('\n'),
          dedupeKey: `${key}:${agency.id}:${chair.id}`,
          related: { type: 'complaint_recap', id: `${agency.id}/${weekStart}` },
          now,
        });
        await insertNotificationOnce(tx, {
          agencyId: agency.id,
          userId: chair.id,
          kind: 'complaint.weekly_recap_reminder',
          title,
          body: 'Periksa rekap, tambahkan catatan bila perlu, lalu kirim kepada pimpinan.',
          link: recapLink(weekStart),
          dedupeKey: key,
          createdAt: now,
        });
      }
      return true;
    });
    if (done) reminded.push(agency.id);
  }
  return reminded;
}
