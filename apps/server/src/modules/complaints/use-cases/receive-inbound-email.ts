import { createHash } from 'node:crypto';
import { LIMITS, storableText } from '@sigap/contracts';
import { COMPLAINT_FILES_MAX } from '@sigap/contracts/complaints';
import {
  type AutomaticMailReason,
  automaticMailReason,
  complaintSubjectFromEmail,
  guessEmailLanguage,
} from '@sigap/core/complaints';
import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import type { z } from 'zod';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { recordNewComplaint } from '../domain/intake';
import { type CheckedFile, checkAttachments } from '../domain/support';
import {
  findAgenciesByMailbox,
  findComplaintByEmailMessageId,
  lockInboundMessage,
} from '../repository/inbound-email';

export type InboundEmailResult =
  | { status: 'draft'; complaintId: string; trackingNumber: string }
  | {
      status: 'ignored';
      reason: 'no_mailbox' | 'unreadable' | 'duplicate' | AutomaticMailReason;
      /** For a duplicate: the draft the first delivery made. */
      complaintId?: string;
    };

/**
 * An email to an agency's complaint mailbox becomes a draft complaint (channel email, Form C)
 * for a complaint officer to confirm or reject; the officers are notified. The first-response
 * clock of Perka BKPM 12/2015 Pasal 6 (2), 24 hours, runs from receipt (`now`, not the sender's
 * Date header) counted from the next opening of the complaint room. Mail for no known mailbox,
 * machine mail (auto-replies, bounces, reports, bulk and list mail) and a second delivery of the
 * same Message-ID to the same agency are ignored, so relay retries never make two drafts.
 * Nothing is sent to the sender here: the receipt with the PIN goes out only on confirmation.
 * A mail cannot be refused back to a form, so characters PostgreSQL cannot store (NUL, unpaired
 * surrogates) are taken out of what is kept (`storableText`) instead.
 */
export async function receiveInboundEmail(
  { db, now }: Ctx,
  input: { raw: Buffer; envelopeTo: string[]; envelopeFrom?: string | null; publicUrl: string },
): Promise<InboundEmailResult> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(input.raw, { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  } catch {
    return { status: 'ignored', reason: 'unreadable' };
  }
  const [agency] = await findAgenciesByMailbox(db, input.envelopeTo);
  if (!agency) return { status: 'ignored', reason: 'no_mailbox' };
  const senderAddress = mail.from?.value.find((a) => a.address)?.address;
  const sender = senderAddress ? storableText(senderAddress).trim().toLowerCase() || null : null;
  const automatic = automaticMailReason({
    headers: Object.fromEntries([...mail.headers].map(([k, v]) => [k.toLowerCase(), headerText(v)])),
    fromAddress: sender,
    envelopeFrom: input.envelopeFrom,
  });
  if (automatic || !sender) return { status: 'ignored', reason: automatic ?? 'no_sender' };

  const mailbox = input.envelopeTo
    .map((a) => a.trim().toLowerCase())
    .find((a) => a === complaintMailbox(agency.settings));
  // without a Message-ID, the same bytes delivered twice still count as one mail
  const messageId =
    storableText(mail.messageId ?? '').trim() ||
    `sha256:${createHash('sha256').update(input.raw).digest('hex')}`;
  const { files, refused } = emailAttachments(mail);
  const text = storableText(mail.text ?? '')
    .replace(/\r\n/g, '\n')
    .trim();
  const description = storableText(
    text.length > LIMITS.textMax ? `${text.slice(0, LIMITS.textMax - 2)} …` : text,
  );
  const subject = storableText(complaintSubjectFromEmail(storableText(mail.subject ?? '')));
  const fromName = storableText(mail.from?.value.find((a) => a.address)?.name ?? '').trim() || null;
  const channelDetails: Record<string, string> = {
    emailMessageId: messageId,
    emailFrom: sender,
    emailTo: storableText(mailbox ?? input.envelopeTo.join(', ')),
    ...(mail.date && !Number.isNaN(mail.date.getTime()) ? { emailDate: mail.date.toISOString() } : {}),
    ...(refused.length ? { refusedAttachments: refused.join(', ') } : {}),
    ...(text.length > LIMITS.textMax ? { descriptionTruncated: 'true' } : {}),
  };
  const calendar = await loadWorkingCalendar(db, agency);
  return db.transaction(async (tx) => {
    await lockInboundMessage(tx, agency.id, messageId);
    const earlier = await findComplaintByEmailMessageId(tx, agency.id, messageId);
    if (earlier) return { status: 'ignored', reason: 'duplicate', complaintId: earlier.id };
    const { complaint } = await recordNewComplaint(tx, {
      agency,
      calendar,
      officer: null,
      publicUrl: input.publicUrl,
      now,
      files,
      input: {
        channel: 'email',
        type: null,
        subject,
        description,
        anonymous: false,
        confidential: false,
        language: guessEmailLanguage(`${mail.subject ?? ''}\n${text}`),
        channelDetails,
        receivedAt: now,
        reporter: {
          name: fromName ? storableText(fromName.slice(0, LIMITS.nameMax)) : null,
          email: sender.slice(0, LIMITS.emailMax),
        },
        draft: true,
      },
    });
    return { status: 'draft', complaintId: complaint.id, trackingNumber: complaint.trackingNumber };
  });
}

function complaintMailbox(settings: unknown): string | undefined {
  return (settings as { complaints?: { mailbox?: string } } | null)?.complaints?.mailbox
    ?.trim()
    .toLowerCase();
}

function headerText(v: HeaderValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') return v.value;
  return undefined;
}

/**
 * The attachments a complaint may keep (PDF, JPEG, PNG, DOCX by content, at most 10 MB each,
 * at most five) and the names of the others. A refused file does not refuse the mail: the
 * sender cannot correct a form, so the officer sees which files were left out.
 */
function emailAttachments(mail: ParsedMail): { files: CheckedFile[]; refused: string[] } {
  const files: CheckedFile[] = [];
  const refused: string[] = [];
  for (const a of mail.attachments) {
    const issues: z.core.$ZodIssue[] = [];
    const [ok] = checkAttachments(
      [{ field: 'attachments', filename: a.filename ?? '', bytes: a.content, truncated: false }],
      issues,
    );
    if (ok && issues.length === 0 && files.length < COMPLAINT_FILES_MAX) files.push(ok);
    else refused.push(displayName(a.filename));
  }
  return { files, refused };
}

function displayName(name: string | undefined): string {
  const clean = [...storableText(name ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('');
  return [...clean.trim()].slice(0, 150).join('') || 'lampiran';
}
