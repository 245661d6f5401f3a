import type {
  TConsultation,
  TConsultationChannel,
  TConsultationKind,
  TConsultationStatus,
  TConsultationSummary,
} from '@sigap/contracts/investment-control';
import { can } from '@sigap/core';
import { periodCode } from '@sigap/core/investment-control';
import { AppError } from '../../../platform/lib/errors';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import { type ConsultationRow, caseNumber, findLkpm, userName } from '../repository/consultations';
import { findCompany } from '../repository/registry';
import { sopKeyOf } from './consultation-case';
import { periodOfRow } from './lkpm';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A ticket as the list shows it. */
export function consultationSummary(
  t: ConsultationRow,
  company: { name: string; nib: string },
): TConsultationSummary {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind as TConsultationKind,
    status: t.status as TConsultationStatus,
    channel: t.channel as TConsultationChannel,
    companyId: t.companyId,
    companyName: company.name,
    nib: company.nib,
    contactName: t.contactName,
    topic: t.topic,
    receivedAt: t.receivedAt.toISOString(),
    preferredAt: iso(t.preferredAt),
    scheduledAt: iso(t.scheduledAt),
  };
}

/**
 * The ticket as its office page shows it: the company, its last LKPM (period and status), the
 * schedule, outcome and minutes, the case, and what the reader may do now: schedule a virtual
 * consultation still received (or move its schedule), answer an open ticket, close it.
 */
export async function consultationView(
  db: Db,
  t: ConsultationRow,
  actor: SessionActor,
): Promise<TConsultation> {
  const [company, lkpm, answeredByName, caseNo] = await Promise.all([
    findCompany(db, t.companyId),
    t.lkpmReportId ? findLkpm(db, t.lkpmReportId) : Promise.resolve(undefined),
    userName(db, t.answeredBy),
    caseNumber(db, t.caseId),
  ]);
  if (!company) throw new AppError('INTERNAL');
  const manage = can(actor, 'control.manage', { agencyId: t.agencyId });
  const open = t.status === 'received' || t.status === 'scheduled';
  return {
    ...consultationSummary(t, company),
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    question: t.question,
    language: t.language === 'en' ? 'en' : 'id',
    meetingLink: t.meetingLink,
    scheduleNote: t.scheduleNote,
    outcome: t.outcome,
    minutes: t.minutes,
    answeredAt: iso(t.answeredAt),
    answeredByName,
    closedReason: t.closedReason,
    closedAt: iso(t.closedAt),
    lastLkpm: lkpm
      ? {
          id: lkpm.id,
          period: periodCode(periodOfRow(lkpm)),
          status: lkpm.status,
          submittedAt: iso(lkpm.submittedAt),
        }
      : null,
    sopKey: sopKeyOf(t.kind),
    caseId: t.caseId,
    caseNumber: caseNo,
    can: {
      schedule: manage && t.kind === 'virtual' && open,
      // a virtual consultation is answered after it was held, so once it is scheduled
      answer: manage && (t.kind === 'helpdesk' ? open : t.status === 'scheduled'),
      close: manage && open,
    },
  };
}
