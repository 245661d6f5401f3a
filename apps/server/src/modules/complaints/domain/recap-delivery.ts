import { OFFICE_PAGES } from '@sigap/contracts';
import type { TWeeklyRecap, TWeeklyRecapDelivery } from '@sigap/contracts/complaints';
import { formatLocalDate } from '@sigap/core';
import { usersWithRole } from '../../../platform/db/repositories/notifications';
import { findUser } from '../../../platform/db/repositories/users';
import { localDate } from '../../../platform/lib/local-date';
import type { Db } from '../../../platform/use-cases/context';
import type { RecapRow } from '../repository/complaint-reports';
import { recapFilename } from './reports';

/** The head of the agency: the minister at the centre, the head of office in a region (acting officials included). */
export const AGENCY_HEAD_ROLES = ['menteri', 'kepala_dinas'] as const;
/** Who reports the recap to the head (Pasal 10 ayat 2). */
export const RECAP_SENDER_ROLES = ['complaint_wg_chair'] as const;

/** The recap's page in the office, on the weekly tab of the week. */
export const recapLink = (weekStart: string) =>
  `${OFFICE_PAGES.complaintReports}?tab=weekly&week=${weekStart}`;

export const recapPeriod = (recap: Pick<TWeeklyRecap, 'weekStart' | 'weekEnd'>) =>
  `${formatLocalDate(recap.weekStart, 'id')} s.d. ${formatLocalDate(recap.weekEnd, 'id')}`;

/** Today's active holders of any of `roles` in the agency (acting officials included), with their email. */
export async function activeHolders(
  db: Db,
  agency: { id: string; timeZone: string },
  roles: readonly string[],
  now: Date,
): Promise<Array<{ id: string; name: string; email: string }>> {
  const today = localDate(now, agency.timeZone);
  const ids = new Set<string>();
  for (const role of roles) for (const id of await usersWithRole(db, agency.id, role, today)) ids.add(id);
  const users: Array<{ id: string; name: string; email: string }> = [];
  for (const id of ids) {
    const user = await findUser(db, id);
    if (user?.active) users.push({ id, name: user.name, email: user.email });
  }
  return users;
}

/** The recap's two stored files as email attachments. */
export const recapAttachments = (row: RecapRow) => [
  { fileId: row.pdfFileId, filename: recapFilename(row.weekStart, 'pdf') },
  { fileId: row.xlsxFileId, filename: recapFilename(row.weekStart, 'xlsx') },
];

/** The delivery as the office shows it. */
export function deliveryOf(row: RecapRow, senderName: string | null, maySend: boolean): TWeeklyRecapDelivery {
  const status = row.status === 'prepared' ? 'prepared' : 'sent';
  return {
    status,
    preparedAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    sentByName: senderName,
    note: row.note,
    canSend: maySend && status === 'prepared',
  };
}
