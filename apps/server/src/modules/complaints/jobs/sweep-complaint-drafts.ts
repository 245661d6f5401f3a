import { formatDateTime } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import type { Ctx } from '../../../platform/use-cases/context';
import { notifyTeam } from '../domain/support';
import { listDraftsDueBefore } from '../repository/complaints';

const WARN_BEFORE_MS = 6 * 3_600_000;

/**
 * Email complaints waiting as drafts have no SOP task yet, but their 24-hour first-response
 * clock runs (Pasal 6 (2)): the complaint officers are told once when 6 hours remain and once
 * when it has passed. Notice dedupe keys make reruns and parallel workers harmless.
 */
export async function sweepComplaintDrafts({ db, now }: Ctx): Promise<number> {
  let notices = 0;
  const drafts = await listDraftsDueBefore(db, new Date(now.getTime() + WARN_BEFORE_MS));
  for (const d of drafts) {
    const agency = await findAgency(db, d.agencyId);
    if (!agency || !d.firstResponseDue) continue;
    const late = d.firstResponseDue.getTime() <= now.getTime();
    const due = formatDateTime(d.firstResponseDue, agency.timeZone, 'id');
    await db.transaction((tx) =>
      notifyTeam(tx, {
        agency,
        unitId: d.unitId,
        roles: ['complaint_officer'],
        complaint: d,
        kind: late ? 'complaint.draft_overdue' : 'complaint.draft_due_soon',
        title: late
          ? `Surel pengaduan ${d.trackingNumber} melewati batas tanggapan awal`
          : `Surel pengaduan ${d.trackingNumber} perlu tanggapan awal sebelum ${due}`,
        body: `${d.subject}\nBatas tanggapan awal (24 jam): ${due}`,
        now,
      }),
    );
    notices++;
  }
  return notices;
}
