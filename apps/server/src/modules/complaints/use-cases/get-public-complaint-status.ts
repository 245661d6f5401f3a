import { AppError } from '../../../platform/lib/errors';
import type { Db } from '../../../platform/use-cases/context';
import { HIDDEN_STATUSES, publicComplaintView } from '../domain/public-view';
import { findComplaintByCode } from '../repository/complaints';

/** Status and step dates by the public code alone; a confidential complaint answers "not found". */
export async function getPublicComplaintStatus({ db }: { db: Db }, trackingCode: string) {
  const c = await findComplaintByCode(db, trackingCode);
  if (!c || HIDDEN_STATUSES.includes(c.status) || c.confidential) throw new AppError('TRACKING_NOT_FOUND');
  return publicComplaintView(db, c, false);
}
