import { randomBytes } from 'node:crypto';
import type { TLang } from '@sigap/contracts';
import type { TComplaintChannel, TComplaintReceipt, TComplaintType } from '@sigap/contracts/complaints';
import {
  COMPLAINT_STEP,
  formatDateTime,
  startCase as startEngineCase,
  type WorkingCalendar,
} from '@sigap/core';
import {
  CHANNELS,
  complaintDeadlines,
  contactKeys,
  trackingNumber as formatTrackingNumber,
  pinFromBytes,
  TRACKING_CODE_BYTES,
  trackingCodeFromBytes,
} from '@sigap/core/complaints';
import { insertCase, nextCounter } from '../../../platform/db/repositories/cases';
import { appendEvent, lockEventChain } from '../../../platform/db/repositories/event-log';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { localDate } from '../../../platform/lib/local-date';
import { hashPassword } from '../../../platform/use-cases/auth/passwords';
import { engineActorOf, persistResult, roleUnitsFor } from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import {
  type ComplaintRow,
  findComplaintByCode,
  findReporter,
  insertComplaint,
  insertReporter,
  updateComplaint,
} from '../repository/complaints';
import { mailReporter } from './reporter-mail';
import {
  addUpdate,
  advanceComplaintCase,
  type CheckedFile,
  complaintDefinition,
  complaintSettings,
  complaintStepDues,
  complaintTeamUnit,
  intakeForm,
  notifyTeam,
  SYSTEM_ACTOR,
  storeAttachments,
} from './support';

/** Tracking numbers are unique across the installation (one counter, not per agency). */
const INSTALLATION = '00000000-0000-0000-0000-000000000000';

/**
 * A public tracking code no complaint has yet: 50 random bits, drawn again on the rare
 * collision (the unique index is the last word if two instances draw the same one at once).
 */
async function newTrackingCode(tx: Db): Promise<string> {
  for (;;) {
    const code = trackingCodeFromBytes(randomBytes(TRACKING_CODE_BYTES));
    if (!(await findComplaintByCode(tx, code))) return code;
  }
}

export interface NewComplaint {
  channel: TComplaintChannel;
  type: TComplaintType | null;
  boxKind?: string | null;
  subject: string;
  description: string;
  companyName?: string | null | undefined;
  nib?: string | null | undefined;
  anonymous: boolean;
  confidential: boolean;
  language: TLang;
  channelDetails?: Record<string, string>;
  receivedAt: Date;
  reporter: {
    name?: string | null | undefined;
    institution?: string | null | undefined;
    address?: string | null | undefined;
    gender?: string | null | undefined;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    handle?: string | null | undefined;
  };
  /** Draft: an inbound email waiting for an officer; no case and no answer deadline yet. */
  draft?: boolean;
  /** Given at once by the recording officer (completes the intake step). */
  firstResponse?: string | null | undefined;
}

/** Starts the complaint SOP's case for a complaint, with the Perka deadlines fixed on its steps. */
export async function startComplaintCase(
  tx: Db,
  opts: {
    complaint: ComplaintRow;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    officer: SessionActor | null;
    now: Date;
    /** A later case of the same complaint (after an undone merge) needs its own number. */
    caseNumber?: string;
  },
): Promise<string> {
  const { complaint: c, agency, now } = opts;
  const def = await complaintDefinition(tx, agency.id);
  const unitId = c.unitId ?? (await complaintTeamUnit(tx, agency.id));
  if (!unitId) throw new Error(`agency ${agency.code} has no complaint team unit`);
  const roleUnits = await roleUnitsFor(tx, agency.id, unitId, def);
  const dues = complaintStepDues(c);
  const result = startEngineCase(
    def,
    { now, calendar: opts.calendar, roleUnits },
    opts.officer ? engineActorOf(opts.officer) : SYSTEM_ACTOR,
    { fixedDues: { case: dues.case, steps: dues.steps } },
  );
  const row = await insertCase(tx, {
    agencyId: agency.id,
    unitId,
    number: opts.caseNumber ?? c.trackingNumber,
    subject: c.subject,
    definitionKey: def.key,
    definitionVersion: def.version,
    status: result.state.status,
    startedAt: now,
    dueAt: result.state.dueAt ? new Date(result.state.dueAt) : null,
    state: result.state,
    createdBy: opts.officer?.userId ?? null,
    updatedAt: now,
  });
  await persistResult(tx, {
    caseRow: row,
    result,
    calendar: opts.calendar,
    actorUserId: opts.officer?.userId ?? null,
    now,
    isNew: true,
  });
  await updateComplaint(tx, c.id, { caseId: row.id, unitId });
  c.caseId = row.id;
  c.unitId = unitId;
  return row.id;
}

/**
 * Records a complaint from any channel in the caller's transaction: register number, public
 * tracking code and PIN, the Perka 12/2015 deadlines, the reporter's identity in its own
 * table, the attachments, the first public step, the complaint SOP's case (unless it is a
 * draft), the event, the receipt email to the reporter and the notice to the complaint team.
 * Returns the PIN once.
 */
export async function recordNewComplaint(
  tx: Db,
  opts: {
    agency: AgencyRow;
    calendar: WorkingCalendar;
    input: NewComplaint;
    files: CheckedFile[];
    officer: SessionActor | null;
    publicUrl: string;
    now: Date;
  },
): Promise<{ complaint: ComplaintRow; receipt: TComplaintReceipt }> {
  const { agency, input, now } = opts;
  const settings = complaintSettings(agency);
  const year = Number(localDate(input.receivedAt, agency.timeZone).slice(0, 4));
  const pin = pinFromBytes(randomBytes(4));
  // the slow hash before any lock; then the agency's event chain before the installation-wide
  // counter (the lock order every writer keeps), taken as late as possible
  const pinHash = await hashPassword(pin);
  await lockEventChain(tx, agency.id);
  const seq = await nextCounter(tx, INSTALLATION, 'complaint', year);
  const trackingNumber = formatTrackingNumber('ADU', year, seq);
  const trackingCode = await newTrackingCode(tx);
  const deadlines = complaintDeadlines({
    receivedAt: input.receivedAt,
    channel: input.channel,
    type: input.type ?? 'f',
    calendar: opts.calendar,
    otherTypeWorkingDays: settings.otherTypeWorkingDays,
  });
  const unitId = await complaintTeamUnit(tx, agency.id);
  const complaint = await insertComplaint(tx, {
    agencyId: agency.id,
    unitId,
    trackingNumber,
    trackingCode,
    pinHash,
    status: input.draft ? 'draft' : 'received',
    channel: input.channel,
    form: CHANNELS[input.channel].form,
    type: input.type,
    boxKind: input.boxKind ?? null,
    subject: input.subject,
    description: input.description,
    companyName: input.companyName ?? null,
    nib: input.nib ?? null,
    anonymous: input.anonymous,
    confidential: input.confidential,
    language: input.language,
    channelDetails: input.channelDetails ?? {},
    receivedAt: input.receivedAt,
    clockStart: deadlines.clockStart,
    firstResponseDue: deadlines.firstResponseDue,
    answerDue: input.draft ? null : deadlines.answerDue,
    recordedBy: opts.officer?.userId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const r = input.reporter;
  await insertReporter(tx, {
    complaintId: complaint.id,
    name: r.name ?? null,
    institution: r.institution ?? null,
    address: r.address ?? null,
    gender: r.gender ?? null,
    phone: r.phone ?? null,
    email: r.email?.trim().toLowerCase() ?? null,
    handle: r.handle ?? null,
    contactKeys: contactKeys(r.email, r.phone),
  });
  const received = await addUpdate(tx, { complaintId: complaint.id, kind: 'received', at: input.receivedAt });
  const stored = await storeAttachments(tx, {
    agencyId: agency.id,
    complaintId: complaint.id,
    files: opts.files,
    source: opts.officer ? 'staff' : 'reporter',
    updateId: received.id,
    userId: opts.officer?.userId ?? null,
    now,
  });
  await appendEvent(tx, {
    agencyId: agency.id,
    actorUserId: opts.officer?.userId ?? null,
    entityType: 'complaint',
    entityId: complaint.id,
    action: input.draft ? 'complaint.draft_received' : 'complaint.received',
    // no identity here: the audit log is read by administrators outside the complaint team
    after: {
      trackingNumber,
      channel: input.channel,
      type: input.type,
      anonymous: input.anonymous,
      confidential: input.confidential,
      receivedAt: input.receivedAt,
      attachments: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })),
    },
    occurredAt: now,
  });
  if (!input.draft) {
    await startComplaintCase(tx, { complaint, agency, calendar: opts.calendar, officer: opts.officer, now });
    if (input.firstResponse && opts.officer) {
      await giveFirstResponse(tx, {
        complaint,
        agency,
        calendar: opts.calendar,
        officer: opts.officer,
        text: input.firstResponse,
        publicUrl: opts.publicUrl,
        now,
      });
    }
    await mailReporter(tx, {
      complaint,
      reporter: { email: r.email ?? null, name: r.name ?? null, phone: r.phone ?? null },
      agency,
      kind: 'received',
      publicUrl: opts.publicUrl,
      now,
    });
  }
  if (!opts.officer) {
    await notifyTeam(tx, {
      agency,
      unitId,
      roles: ['complaint_officer'],
      complaint,
      kind: input.draft ? 'complaint.draft' : 'complaint.new',
      title: input.draft
        ? `Surel pengaduan baru menunggu konfirmasi: ${trackingNumber}`
        : `Pengaduan baru ${trackingNumber}`,
      body: `${input.subject}\nTanggapan awal paling lambat: ${formatDateTime(deadlines.firstResponseDue, agency.timeZone, 'id')}`,
      now,
    });
  }
  return {
    complaint,
    receipt: {
      id: complaint.id,
      trackingCode,
      // the register number is for the office; the reporter tracks with the code
      ...(opts.officer ? { trackingNumber } : {}),
      pin,
      receivedAt: input.receivedAt.toISOString(),
      firstResponseDue: deadlines.firstResponseDue.toISOString(),
      answerDue: (input.draft
        ? deadlines.answerDue
        : (complaint.answerDue ?? deadlines.answerDue)
      ).toISOString(),
      agencyName: agency.name,
      agencyTimeZone: agency.timeZone,
    },
  };
}

/** Step 1 of the complaint SOP: the officer's first response, recorded, shown publicly and emailed. */
export async function giveFirstResponse(
  tx: Db,
  opts: {
    complaint: ComplaintRow;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    officer: SessionActor;
    text: string;
    publicUrl: string;
    now: Date;
  },
): Promise<void> {
  const { complaint: c, now } = opts;
  await advanceComplaintCase(tx, {
    complaint: c,
    agency: opts.agency,
    calendar: opts.calendar,
    actor: engineActorOf(opts.officer),
    actorUserId: opts.officer.userId,
    now,
    steps: [{ stepId: COMPLAINT_STEP.intake, form: intakeForm(c, opts.agency.timeZone) }],
  });
  await updateComplaint(tx, c.id, {
    status: 'in_progress',
    firstRespondedAt: now,
    firstResponse: opts.text,
    updatedAt: now,
  });
  c.status = 'in_progress';
  await addUpdate(tx, { complaintId: c.id, kind: 'first_response', at: now, text: opts.text });
  await mailReporter(tx, {
    complaint: c,
    reporter: await findReporter(tx, c.id),
    agency: opts.agency,
    kind: 'first_response',
    text: opts.text,
    publicUrl: opts.publicUrl,
    now,
  });
}
