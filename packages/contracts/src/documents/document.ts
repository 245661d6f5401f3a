import { z } from 'zod';
import { ZId, ZLocalDate } from '../common';
import { ZFreeValues, ZText } from '../input';
import { ZTemplateField } from './template';

/** Lifecycle of an official document (the review chain in `@sigap/core` documents/review). */
export const DOCUMENT_STATUSES = ['draft', 'in_review', 'returned', 'signed', 'sent', 'cancelled'] as const;
export const ZDocumentStatus = z.enum(DOCUMENT_STATUSES);
export type TDocumentStatus = z.infer<typeof ZDocumentStatus>;

/** Archive classification code (kode klasifikasi): '067' or dotted '000.8.3.3'. */
export const ZClassificationCode = ZText.trim()
  .min(3)
  .max(40)
  .regex(/^\d{3}(\.\d{1,3})*$/, { error: 'format' });

const ZDocumentData = z.record(z.string(), z.unknown());

export const ZCreateDocumentRequest = z
  .object({
    templateCode: ZText.min(1).max(100),
    caseId: ZId.optional(),
    taskId: ZText.min(1).max(100).optional(),
    title: ZText.trim().min(3).max(300),
    classification: ZClassificationCode,
    /** The unit whose code and register the number comes from. */
    unitId: ZId,
    data: ZFreeValues,
    recipientEmail: z.email().max(254).optional(),
  })
  .strict();
export type TCreateDocumentRequest = z.infer<typeof ZCreateDocumentRequest>;

export const ZUpdateDocumentRequest = z
  .object({ title: ZText.trim().min(3).max(300), data: ZFreeValues })
  .strict();
export type TUpdateDocumentRequest = z.infer<typeof ZUpdateDocumentRequest>;

const ZNote = ZText.trim().min(3).max(2000);

export const ZDocumentAction = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('submit'),
      /** Reviewers in order: each initials (paraf) before the next sees it. */
      reviewerUserIds: z.array(ZId).max(10),
      signerUserId: ZId,
    })
    .strict(),
  z.object({ type: z.literal('initial') }).strict(),
  z.object({ type: z.literal('return'), note: ZNote }).strict(),
  z.object({ type: z.literal('sign') }).strict(),
  z.object({ type: z.literal('send') }).strict(),
  z.object({ type: z.literal('cancel'), note: ZNote }).strict(),
]);
export type TDocumentAction = z.infer<typeof ZDocumentAction>;

export const ZDocumentPerson = z.object({ userId: ZId, name: z.string(), position: z.string().nullable() });
export type TDocumentPerson = z.infer<typeof ZDocumentPerson>;

export const ZDocumentChainStep = ZDocumentPerson.extend({
  kind: z.enum(['initial', 'sign']),
  /** done: initialled or signed in the current round; current: in turn now. */
  state: z.enum(['done', 'current', 'pending']),
  at: z.string().nullable(),
  pdfSha256: z.string().nullable(),
});
export type TDocumentChainStep = z.infer<typeof ZDocumentChainStep>;

export const ZDocumentRecord = z.object({
  userId: ZId,
  name: z.string(),
  action: z.enum(['submit', 'initial', 'return', 'sign', 'send', 'cancel']),
  at: z.string(),
  note: z.string().nullable(),
  pdfSha256: z.string().nullable(),
});
export type TDocumentRecord = z.infer<typeof ZDocumentRecord>;

export const DOCUMENT_ACTION_TYPES = ['submit', 'initial', 'return', 'sign', 'send', 'cancel'] as const;

export const ZDocumentDetail = z.object({
  id: ZId,
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  caseSubject: z.string().nullable(),
  taskId: z.string().nullable(),
  templateCode: z.string(),
  templateVersion: z.number().int(),
  type: z.string(),
  typeTitle: z.object({ id: z.string(), en: z.string() }),
  title: z.string(),
  classification: z.string(),
  unitId: ZId,
  unitName: z.string(),
  status: ZDocumentStatus,
  data: ZDocumentData,
  fields: z.array(ZTemplateField),
  recipientEmail: z.string().nullable(),
  /** The register number; null until the document is signed. */
  number: z.string().nullable(),
  /** What the draft shows where the number will be, e.g. `067/.../DPMPTSP-DALAK/XI/2026`. */
  numberPlaceholder: z.string(),
  drafter: ZDocumentPerson,
  chain: z.array(ZDocumentChainStep),
  records: z.array(ZDocumentRecord),
  returnNote: z.string().nullable(),
  /** Who must act now (drafter, reviewer or signer in turn), or null once signed, sent or cancelled. */
  nextActor: ZDocumentPerson.nullable(),
  signedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** SHA-256 of the signed PDF (the file behind the QR code's verification page). */
  pdfSha256: z.string().nullable(),
  retentionYears: z.number().int(),
  timeZone: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
  /** What the current user may do now. */
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    initial: z.boolean(),
    return: z.boolean(),
    sign: z.boolean(),
    send: z.boolean(),
    cancel: z.boolean(),
  }),
});
export type TDocumentDetail = z.infer<typeof ZDocumentDetail>;

export const ZDocumentListItem = z.object({
  id: ZId,
  title: z.string(),
  type: z.string(),
  typeTitle: z.object({ id: z.string(), en: z.string() }),
  status: ZDocumentStatus,
  number: z.string().nullable(),
  classification: z.string(),
  drafterName: z.string(),
  nextActorName: z.string().nullable(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
});
export type TDocumentListItem = z.infer<typeof ZDocumentListItem>;

/** What the "Buat dokumen" and "Ajukan" forms offer: templates, units and the people of the agency. */
export const ZDocumentOptions = z.object({
  templates: z.array(
    z.object({
      code: z.string(),
      version: z.number().int(),
      kind: z.string(),
      title: z.object({ id: z.string(), en: z.string() }),
      /** The classification the template's documents usually get ('005'); the form proposes it. */
      defaultClassification: z.string().nullable(),
      fields: z.array(ZTemplateField),
    }),
  ),
  units: z.array(z.object({ id: ZId, code: z.string(), name: z.string(), nameEn: z.string() })),
  people: z.array(
    z.object({
      userId: ZId,
      name: z.string(),
      position: z.string(),
      positionEn: z.string(),
      unitId: ZId,
      unitName: z.string(),
      isHead: z.boolean(),
    }),
  ),
  /** The unit the form proposes: the user's own (first) unit. */
  defaultUnitId: ZId.nullable(),
});
export type TDocumentOptions = z.infer<typeof ZDocumentOptions>;

export const ZArchiveQuery = z.object({
  q: ZText.trim().max(200).optional(),
  type: ZText.max(100).optional(),
  classification: ZText.trim().max(40).optional(),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TArchiveQuery = z.infer<typeof ZArchiveQuery>;

export const ZArchiveItem = z.object({
  id: ZId,
  title: z.string(),
  type: z.string(),
  typeTitle: z.object({ id: z.string(), en: z.string() }),
  number: z.string(),
  status: ZDocumentStatus,
  signedAt: z.string(),
  classification: z.string(),
  retentionYears: z.number().int(),
  /** The signing year plus the retention period: when the record may be reviewed for disposal. */
  retainUntil: z.number().int(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  unitName: z.string(),
  signerName: z.string().nullable(),
  /** Highlighted excerpt of the body around the searched words (plain text, `«»` around hits). */
  excerpt: z.string().nullable(),
});
export type TArchiveItem = z.infer<typeof ZArchiveItem>;

export const ZArchiveResponse = z.object({
  items: z.array(ZArchiveItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The document kinds present in the archive, for the filter. */
  types: z.array(z.string()),
  timeZone: z.string(),
});
export type TArchiveResponse = z.infer<typeof ZArchiveResponse>;

/** The public verification page behind a signed document's QR code: facts only, never the body. */
export const ZPublicVerification = z.object({
  id: ZId,
  number: z.string(),
  date: z.string(),
  title: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  agency: z.string(),
  sha256: z.string(),
  status: z.enum(['signed', 'sent', 'cancelled']),
  timeZone: z.string(),
});
export type TPublicVerification = z.infer<typeof ZPublicVerification>;

export const ZVerifyFileResponse = z.object({ match: z.boolean(), sha256: z.string() });
export type TVerifyFileResponse = z.infer<typeof ZVerifyFileResponse>;
