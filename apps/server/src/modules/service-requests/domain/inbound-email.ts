import { LIMITS, storableText } from '@sigap/contracts';
import { COMPLAINT_FILE_MAX_BYTES } from '@sigap/contracts/complaints';
import type { TServiceRequestEmail, TServiceRequestSettings } from '@sigap/contracts/service-requests';
import type { HeaderValue, ParsedMail } from 'mailparser';
import type { z } from 'zod';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { type CheckedFile, checkUploads } from '../../../platform/kernel/attachments';
import { sniffComplaintFileType } from '../../../platform/lib/file-type';
import type { ServiceRequestEmailRow } from '../repository/service-request-emails';

/** At most this many attachments of one email are kept (as many as an upload takes). */
export const REQUEST_EMAIL_FILES_MAX = 5;

/** The agency's service-request settings (`settings.serviceRequests`, beside the services' unit codes). */
export function serviceRequestSettingsOf(agency: Pick<AgencyRow, 'settings'>): TServiceRequestSettings {
  const s = ((agency.settings ?? {}) as { serviceRequests?: { mailboxes?: unknown } }).serviceRequests;
  const mailboxes = Array.isArray(s?.mailboxes)
    ? s.mailboxes.filter((m): m is string => typeof m === 'string')
    : [];
  return { mailboxes };
}

export function headerText(v: HeaderValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') return v.value;
  return undefined;
}

function displayName(name: string | undefined): string {
  const clean = [...storableText(name ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('');
  return [...clean.trim()].slice(0, 150).join('') || 'lampiran';
}

/**
 * The attachments a request may keep, checked as an upload is (PDF, JPEG, PNG, DOCX by content,
 * at most 10 MB each, at most five), and the names of the others. A refused file does not
 * refuse the mail: the officer sees which files were left out and may ask the sender.
 */
export function requestEmailAttachments(mail: ParsedMail): { files: CheckedFile[]; refused: string[] } {
  const files: CheckedFile[] = [];
  const refused: string[] = [];
  for (const a of mail.attachments) {
    const issues: z.core.$ZodIssue[] = [];
    const [ok] = checkUploads(
      [{ field: 'attachments', filename: a.filename ?? '', bytes: a.content, truncated: false }],
      issues,
      {
        field: 'attachments',
        max: 1,
        maxBytes: COMPLAINT_FILE_MAX_BYTES,
        sniff: sniffComplaintFileType,
        typeRule: 'complaint_file_type',
        fallbackName: 'lampiran-email',
      },
    );
    if (ok && issues.length === 0 && files.length < REQUEST_EMAIL_FILES_MAX) files.push(ok);
    else refused.push(displayName(a.filename));
  }
  return { files, refused };
}

/** The email's text as kept: storable, newlines normalised, cut to the longest free text. */
export function requestEmailBody(mail: ParsedMail): string {
  const text = storableText(mail.text ?? '')
    .replace(/\r\n/g, '\n')
    .trim();
  return storableText(text.length > LIMITS.textMax ? `${text.slice(0, LIMITS.textMax - 2)} …` : text);
}

/** The email as the office sees it. */
export function requestEmailView(
  e: ServiceRequestEmailRow,
  extra: {
    agency: Pick<AgencyRow, 'timeZone'>;
    attachments: TServiceRequestEmail['attachments'];
    requestNumber: string | null;
  },
): TServiceRequestEmail {
  return {
    id: e.id,
    status: e.status as TServiceRequestEmail['status'],
    mailbox: e.mailbox,
    fromAddress: e.fromAddress,
    fromName: e.fromName,
    subject: e.subject,
    receivedAt: e.receivedAt.toISOString(),
    attachmentCount: extra.attachments.length,
    body: e.body,
    sentAt: e.sentAt?.toISOString() ?? null,
    agencyTimeZone: extra.agency.timeZone,
    attachments: extra.attachments,
    refusedAttachments: (e.refusedAttachments as string[]) ?? [],
    request: e.requestId && extra.requestNumber ? { id: e.requestId, number: extra.requestNumber } : null,
    dismissReason: e.dismissReason,
    handledAt: e.handledAt?.toISOString() ?? null,
  };
}
