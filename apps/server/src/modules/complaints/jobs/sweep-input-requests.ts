import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { findAgency, holdersInUnits } from '../../../platform/db/repositories/org';
import { localDate } from '../../../platform/lib/local-date';
import type { Ctx } from '../../../platform/use-cases/context';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { lockOverdueInputRequests, markInputRequestReminded } from '../repository/complaints';

/**
 * Input requests of the complaint working group that passed their deadline unanswered: the
 * unit asked and the member who asked are told once (in-app and email). SKIP LOCKED and the
 * `reminded` flag make a second worker or a rerun do nothing.
 */
export async function sweepInputRequests({ db, now }: Ctx): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await lockOverdueInputRequests(tx, now, 200);
    for (const r of rows) {
      const agency = await findAgency(tx, r.agencyId);
      if (!agency) continue;
      const holders = await holdersInUnits(tx, r.agencyId, [r.unitId], localDate(now, agency.timeZone));
      const people = new Set([...holders.map((x) => x.userId), r.requestedBy]);
      for (const userId of people) {
        await notifyStaff(tx, {
          agencyId: r.agencyId,
          userId,
          kind: 'complaint.input_overdue',
          title: 'Permintaan masukan pengaduan melewati batas waktu',
          body: r.question.slice(0, 500),
          link:
            userId === r.requestedBy
              ? pagePath(OFFICE_PAGES.complaint, { id: r.complaintId })
              : OFFICE_PAGES.inputRequests,
          dedupeKey: `complaint-input-overdue:${r.id}`,
          createdAt: now,
        });
      }
      await markInputRequestReminded(tx, r.id);
    }
    return rows.length;
  });
}
