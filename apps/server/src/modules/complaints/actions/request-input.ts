import { OFFICE_PAGES } from '@sigap/contracts';
import { addWorkingDays, formatDateTime } from '@sigap/core';
import { findUnit, holdersInUnits } from '../../../platform/db/repositories/org';
import { invalidField } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { insertInputRequest } from '../repository/complaints';

import type { A } from './shared';

/** The working group asks a unit for input, with its own deadline in working days (Pasal 6 (4), 8 d). */
export async function requestInput(h: HandlerCtx, a: A<'requestInput'>) {
  if (h.c.status !== 'with_working_group') throw invalidField('type', 'wrong_step');
  const unit = await findUnit(h.tx, a.unitId);
  if (!unit || unit.agencyId !== h.c.agencyId) throw invalidField('unitId', 'invalid');
  const dueAt = addWorkingDays(h.calendar, h.now, a.dueWorkingDays);
  const req = await insertInputRequest(h.tx, {
    complaintId: h.c.id,
    agencyId: h.c.agencyId,
    unitId: unit.id,
    question: a.question,
    dueAt,
    requestedBy: h.actor.userId,
    requestedAt: h.now,
  });
  const holders = await holdersInUnits(h.tx, h.c.agencyId, [unit.id], localDate(h.now, h.agency.timeZone));
  for (const userId of new Set(holders.map((x) => x.userId))) {
    await notifyStaff(h.tx, {
      agencyId: h.c.agencyId,
      userId,
      kind: 'complaint.input_requested',
      title: `Permintaan masukan atas pengaduan ${h.c.trackingNumber}`,
      body: `${a.question}\nBatas waktu: ${formatDateTime(dueAt, h.agency.timeZone, 'id')}`,
      link: OFFICE_PAGES.inputRequests,
      dedupeKey: `complaint-input:${req.id}`,
      createdAt: h.now,
    });
  }
  await complaintEvent(h, 'input_requested', { requestId: req.id, unitId: unit.id, dueAt });
}
