import type { TSendWeeklyRecapRequest, TWeeklyRecapDelivery } from '@sigap/contracts/complaints';
import { assertCan } from '@sigap/core';
import { weekPeriod } from '@sigap/core/complaints';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { insertNotificationOnce } from '../../../platform/db/repositories/notifications';
import { conflict, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import { absolute } from '../../../platform/use-cases/notifications/notify-staff';
import {
  AGENCY_HEAD_ROLES,
  activeHolders,
  deliveryOf,
  recapAttachments,
  recapLink,
  recapPeriod,
} from '../domain/recap-delivery';
import { checkedDate, weeklyRecapOf } from '../domain/reports';
import { recapFigures } from '../renderers/complaint-recap';
import { findRecap, markRecapSent } from '../repository/complaint-reports';

/**
 * The working-group chair reports the week's prepared recap to the head of the agency (Perka
 * BKPM 12/2015 Pasal 10 ayat 2), with a note: the stored PDF and XLSX the chair reviewed go by
 * email through the outbox, with an in-app notice, to each head (acting officials included), and
 * the recap is marked sent with the event, in one transaction. A week not prepared yet answers
 * 404; a recap already sent 409 (also when two requests race: the row's status decides).
 */
export async function sendWeeklyRecap(
  { db, now, actor }: AuthedCtx,
  input: TSendWeeklyRecapRequest,
): Promise<TWeeklyRecapDelivery> {
  assertCan(actor, 'complaint.recap.send', { agencyId: actor.agencyId });
  const agency = actor.agency;
  const weekStart = weekPeriod(checkedDate('week', input.week), agency.timeZone).dates[0] as string;
  const existing = await findRecap(db, agency.id, weekStart);
  if (!existing) throw notFound();
  if (existing.status !== 'prepared')
    throw conflict(`the recap of the week of ${weekStart} was already sent`);
  const recap = await weeklyRecapOf(db, agency, weekStart);
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    const row = await markRecapSent(
      tx,
      { agencyId: agency.id, weekStart },
      {
        sentAt: now,
        sentBy: actor.userId,
        note,
      },
    );
    if (!row) throw conflict(`the recap of the week of ${weekStart} was already sent`);
    const heads = await activeHolders(tx, agency, AGENCY_HEAD_ROLES, now);
    const key = `complaint-recap:${weekStart}`;
    const period = recapPeriod(recap);
    for (const head of heads) {
      await enqueueEmail(tx, {
        agencyId: agency.id,
        to: head.email,
        subject: `[Sigap] Rekapitulasi mingguan pengaduan masyarakat ${period}`,
        text: [
          `Yth. ${head.name},`,
          '',
          `Bersama ini Ketua Kelompok Kerja Penanganan Pengaduan Masyarakat melaporkan rekapitulasi mingguan penanganan pengaduan masyarakat ${agency.name} periode ${period} dan tindak lanjutnya, sesuai Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 10 ayat (2), dalam bentuk PDF dan XLSX.`,
          '',
          ...(note ? ['Catatan Ketua Kelompok Kerja:', note, ''] : []),
          ...recapFigures(recap).map(([label, n]) => `- ${label}: ${n}`),
          `- Tindak lanjut yang tercantum: ${recap.followUps.length}`,
          '',
          `Buka di Sigap: ${absolute(recapLink(weekStart))}`,
          '',
          `Dikirim oleh ${actor.user.name}.`,
        ].join('\n'),
        attachments: recapAttachments(row),
        dedupeKey: `${key}:${agency.id}:${head.id}`,
        related: { type: 'complaint_recap', id: `${agency.id}/${weekStart}` },
        now,
      });
      await insertNotificationOnce(tx, {
        agencyId: agency.id,
        userId: head.id,
        kind: 'complaint.weekly_recap',
        title: `Rekapitulasi mingguan pengaduan ${period}`,
        body: [
          ...(note ? [`Catatan Ketua Kelompok Kerja: ${note}`, ''] : []),
          ...recapFigures(recap).map(([label, n]) => `${label}: ${n}`),
        ].join('\n'),
        link: recapLink(weekStart),
        dedupeKey: key,
        createdAt: now,
      });
    }
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: actor.userId,
      entityType: 'complaint_recap',
      entityId: `${agency.id}/${weekStart}`,
      action: 'complaint.weekly_recap_sent',
      after: { weekStart, note, recipients: heads.map((h) => h.id), total: recap.total },
      occurredAt: now,
    });
    return deliveryOf(row, actor.user.name, false);
  });
}
