import type { TConsultation, TScheduleConsultation } from '@sigap/contracts/investment-control';
import { VIRTUAL_CONSULTATION_STEP } from '@sigap/core';
import { z } from 'zod';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { actOnConsultation } from '../domain/consultation-act';
import { completeConsultationSteps, recordConsultationEvent } from '../domain/consultation-case';
import { checkConsultationTime, collectNote } from '../domain/consultation-intake';
import { mailConsultationContact } from '../domain/consultation-mail';
import { updateConsultation } from '../repository/consultations';

/**
 * Schedules a virtual consultation (SOP 067/007) on a working day within office hours, with its
 * meeting link: the first time, the study, the coordination and the announcement (s2-s4) are
 * completed; a scheduled consultation may be moved. The business is emailed the time and link.
 */
export async function scheduleConsultation(
  ctx: AuthedCtx,
  input: { id: string; schedule: TScheduleConsultation },
): Promise<TConsultation> {
  const { now, actor } = ctx;
  const s = input.schedule;
  return actOnConsultation(
    ctx,
    input.id,
    { from: ['received', 'scheduled'], kinds: ['virtual'] },
    async ({ tx, ticket, companyName, calendar }) => {
      const check = checkConsultationTime(
        calendar,
        actor.agency.timeZone,
        now,
        { date: s.date, time: s.time },
        { date: 'date', time: 'time' },
      );
      if (!check.ok) throw new z.ZodError(check.issues);
      await completeConsultationSteps(tx, {
        ticket,
        companyName,
        agency: actor.agency,
        calendar,
        actor,
        now,
        upTo: VIRTUAL_CONSULTATION_STEP.announce,
        notes: {
          [VIRTUAL_CONSULTATION_STEP.collect]: collectNote(ticket, { name: companyName, nib: '' }),
          [VIRTUAL_CONSULTATION_STEP.study]: ticket.topic,
          [VIRTUAL_CONSULTATION_STEP.coordinate]: 'Koordinasi pelaksanaan konsultasi',
          [VIRTUAL_CONSULTATION_STEP.announce]: `${check.at.toISOString()} ${s.meetingLink}`,
        },
      });
      const before = {
        scheduledAt: ticket.scheduledAt?.toISOString() ?? null,
        meetingLink: ticket.meetingLink,
      };
      const row = await updateConsultation(tx, ticket.id, {
        status: 'scheduled',
        scheduledAt: check.at,
        meetingLink: s.meetingLink,
        scheduleNote: s.note ?? null,
        updatedAt: now,
      });
      await recordConsultationEvent(tx, {
        ticket: row,
        actor,
        now,
        action: 'scheduled',
        after: {
          ...(before.scheduledAt ? { before } : {}),
          scheduledAt: check.at.toISOString(),
          meetingLink: s.meetingLink,
        },
      });
      await mailConsultationContact(tx, {
        ticket: row,
        companyName,
        agency: actor.agency,
        kind: 'scheduled',
        now,
      });
    },
  );
}
