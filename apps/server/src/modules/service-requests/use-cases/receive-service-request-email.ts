import { createHash } from 'node:crypto';
import { OFFICE_PAGES, pagePath, storableText } from '@sigap/contracts';
import { type AutomaticMailReason, automaticMailReason } from '@sigap/core/complaints';
import { type ParsedMail, simpleParser } from 'mailparser';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { storeFiles } from '../../../platform/kernel/attachments';
import { notifyRoleHolders } from '../../../platform/kernel/notify-holders';
import type { Ctx } from '../../../platform/use-cases/context';
import { headerText, requestEmailAttachments, requestEmailBody } from '../domain/inbound-email';
import { serviceUnit } from '../domain/support';
import {
  findAgenciesByRequestMailbox,
  findRequestEmailByMessageId,
  insertRequestEmail,
  insertRequestEmailFile,
  lockRequestEmailMessage,
} from '../repository/service-request-emails';

export type ServiceRequestEmailResult =
  | { status: 'stored'; emailId: string }
  | {
      status: 'ignored';
      reason: 'no_mailbox' | 'unreadable' | 'duplicate' | AutomaticMailReason;
      /** For a duplicate: the record the first delivery made. */
      emailId?: string;
    };

/**
 * An email to one of an agency's service-request mailboxes is kept for the administration office
 * (`service_request_emails`, status `new`), with its attachments checked as uploads are; the
 * office registers it as a request (channel email, received when Sigap received it) or
 * dismisses it. Machine mail (auto-replies, bounces, bulk) and a second delivery of the same
 * Message-ID to the same agency are ignored. Nothing is sent to the sender here: the receipt
 * goes out when the request is registered.
 */
export async function receiveServiceRequestEmail(
  { db, now }: Ctx,
  input: { raw: Buffer; recipient: string; envelopeFrom?: string | null },
): Promise<ServiceRequestEmailResult> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(input.raw, { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  } catch {
    return { status: 'ignored', reason: 'unreadable' };
  }
  const mailbox = input.recipient.trim().toLowerCase();
  const [agency] = await findAgenciesByRequestMailbox(db, mailbox);
  if (!agency) return { status: 'ignored', reason: 'no_mailbox' };
  const from = mail.from?.value.find((a) => a.address);
  const sender = from?.address ? storableText(from.address).trim().toLowerCase() || null : null;
  const automatic = automaticMailReason({
    headers: Object.fromEntries([...mail.headers].map(([k, v]) => [k.toLowerCase(), headerText(v)])),
    fromAddress: sender,
    envelopeFrom: input.envelopeFrom,
  });
  if (automatic || !sender) return { status: 'ignored', reason: automatic ?? 'no_sender' };
  // without a Message-ID, the same bytes delivered twice still count as one mail
  const messageId =
    storableText(mail.messageId ?? '').trim() ||
    `sha256:${createHash('sha256').update(input.raw).digest('hex')}`;
  const { files, refused } = requestEmailAttachments(mail);
  const fromName = storableText(from?.name ?? '').trim() || null;
  const sentAt = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  const unitId = await serviceUnit(db, agency, 'pertemuan-one-on-one');
  return db.transaction(async (tx) => {
    await lockRequestEmailMessage(tx, agency.id, messageId);
    const earlier = await findRequestEmailByMessageId(tx, agency.id, messageId);
    if (earlier) return { status: 'ignored', reason: 'duplicate', emailId: earlier.id };
    const email = await insertRequestEmail(tx, {
      agencyId: agency.id,
      messageId,
      mailbox,
      fromAddress: sender.slice(0, 254),
      fromName: fromName ? [...fromName].slice(0, 200).join('') : null,
      subject: [...storableText(mail.subject ?? '').trim()].slice(0, 300).join(''),
      body: requestEmailBody(mail),
      sentAt,
      receivedAt: now,
      refusedAttachments: refused,
      status: 'new',
      createdAt: now,
    });
    const stored = await storeFiles(tx, {
      agencyId: agency.id,
      kind: 'service_request_attachment',
      files,
      userId: null,
      now,
    });
    for (const [position, f] of stored.entries())
      await insertRequestEmailFile(tx, { emailId: email.id, fileId: f.id, position });
    // the sender's identity stays out of the event log, as with complaint mail
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: null,
      entityType: 'service_request_email',
      entityId: email.id,
      action: 'service_request_email.received',
      after: { mailbox, files: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })), refused },
      occurredAt: now,
    });
    await notifyRoleHolders(tx, {
      agency,
      unitId,
      roles: ['tata_usaha'],
      kind: 'service_request_email.new',
      title: 'Email permohonan layanan masuk',
      body: email.subject,
      link: pagePath(OFFICE_PAGES.newServiceRequest, {}, { email: email.id }),
      dedupeKey: `service-request-email:${email.id}:new`,
      now,
    });
    return { status: 'stored', emailId: email.id };
  });
}
