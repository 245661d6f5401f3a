import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZInstant, ZText } from './input';

/** An empty query parameter (`?year=`) means "no filter", not "zero". */
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const ZQueryText = z.preprocess(blankToUndefined, ZText.trim().max(200).optional());
const ZQueryPage = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1));

/** The largest scan of an incoming letter, and the kinds accepted (checked by content, not by name). */
export const INCOMING_SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const INCOMING_SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

// ---------------------------------------------------------------- letter-number register

export const LETTER_NUMBER_STATUSES = ['issued', 'cancelled'] as const;
export const ZLetterNumberStatus = z.enum(LETTER_NUMBER_STATUSES);
export type TLetterNumberStatus = z.infer<typeof ZLetterNumberStatus>;

/** The unit's code as it appears in the number, e.g. 'DPMPTSP-DALAK'. */
export const ZLetterUnitCode = ZText.trim()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, { error: 'format' });
/** Checked against the classification scheme (`validateClassification`) by the server and the form. */
export const ZLetterClassification = ZText.trim().min(1).max(40);

export const ZLetterNumberQuery = z.object({
  q: ZQueryText,
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  classification: z.preprocess(blankToUndefined, ZText.trim().max(40).optional()),
  unitCode: z.preprocess(blankToUndefined, ZText.trim().max(60).optional()),
  status: z.preprocess(blankToUndefined, ZLetterNumberStatus.optional()),
  page: ZQueryPage,
});
export type TLetterNumberQuery = z.infer<typeof ZLetterNumberQuery>;

export const ZLetterNumberEntry = z.object({
  id: ZId,
  number: z.string(),
  sequence: z.number().int(),
  year: z.number().int(),
  unitCode: z.string(),
  classification: z.string(),
  subject: z.string(),
  status: ZLetterNumberStatus,
  /** The Sigap document the number was taken for; null for a letter made outside Sigap. */
  documentId: ZId.nullable(),
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type TLetterNumberEntry = z.infer<typeof ZLetterNumberEntry>;

export const ZLetterNumberList = z.object({
  items: z.array(ZLetterNumberEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TLetterNumberList = z.infer<typeof ZLetterNumberList>;

/** Taking a number by hand, for a letter made outside Sigap. */
export const ZTakeLetterNumberRequest = z
  .object({
    unitCode: ZLetterUnitCode,
    classification: ZLetterClassification,
    subject: ZText.trim().min(3).max(500),
  })
  .strict();
export type TTakeLetterNumberRequest = z.infer<typeof ZTakeLetterNumberRequest>;

export const ZTakeLetterNumberResponse = z.object({
  id: ZId,
  number: z.string(),
  sequence: z.number().int(),
});
export type TTakeLetterNumberResponse = z.infer<typeof ZTakeLetterNumberResponse>;

export const ZCancelLetterNumberRequest = z.object({ reason: ZText.trim().min(3).max(1000) }).strict();
export type TCancelLetterNumberRequest = z.infer<typeof ZCancelLetterNumberRequest>;

export const ZLetterPatternRequest = z.object({ pattern: ZText.trim().min(1).max(120) }).strict();
export type TLetterPatternRequest = z.infer<typeof ZLetterPatternRequest>;

/** What the register page needs besides the rows: the pattern and the codes to choose from. */
export const ZLetterRegisterSettings = z.object({
  pattern: z.string(),
  defaultPattern: z.string(),
  /** The agency's own units with the code each prints in a number: the codes a number taken by hand may use. */
  units: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
  /** Unit codes to filter by: the organisation's units and every code already in the register. */
  unitCodes: z.array(z.string()),
  classifications: z.array(z.string()),
  years: z.array(z.number().int()),
  timeZone: z.string(),
});
export type TLetterRegisterSettings = z.infer<typeof ZLetterRegisterSettings>;

// ---------------------------------------------------------------- incoming letters (agenda book)

/** The text fields of the multipart form; the scan comes as the file part `scan`. */
export const ZRegisterIncomingLetterFields = z
  .object({
    sender: ZText.trim().min(2).max(300),
    letterNumber: ZText.trim().min(1).max(100),
    letterDate: ZLocalDate,
    /** When the office received it; defaults to now. */
    receivedAt: z.preprocess(blankToUndefined, ZInstant.optional()),
    subject: ZText.trim().min(3).max(500),
  })
  .strict();
export type TRegisterIncomingLetterFields = z.infer<typeof ZRegisterIncomingLetterFields>;

export const ZIncomingLetter = z.object({
  id: ZId,
  agendaNumber: z.string(),
  sender: z.string(),
  letterNumber: z.string(),
  letterDate: z.string(),
  receivedAt: z.string(),
  subject: z.string(),
  scan: z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() }).nullable(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  registeredByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TIncomingLetter = z.infer<typeof ZIncomingLetter>;

export const ZIncomingLetterQuery = z.object({
  q: ZQueryText,
  from: z.preprocess(blankToUndefined, ZLocalDate.optional()),
  to: z.preprocess(blankToUndefined, ZLocalDate.optional()),
  page: ZQueryPage,
});
export type TIncomingLetterQuery = z.infer<typeof ZIncomingLetterQuery>;

export const ZIncomingLetterList = z.object({
  items: z.array(ZIncomingLetter),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TIncomingLetterList = z.infer<typeof ZIncomingLetterList>;

export const ZStartCaseFromLetterRequest = z
  .object({
    definitionKey: ZText.min(1).max(100),
    /** Defaults to the letter's subject. */
    subject: ZText.trim().min(3).max(300).optional(),
  })
  .strict();
export type TStartCaseFromLetterRequest = z.infer<typeof ZStartCaseFromLetterRequest>;

export const ZStartCaseFromLetterResponse = z.object({ caseId: ZId, caseNumber: z.string() });
export type TStartCaseFromLetterResponse = z.infer<typeof ZStartCaseFromLetterResponse>;
