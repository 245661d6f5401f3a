import { z } from 'zod';
import { LIMITS, ZId } from './common';
import { ZText } from './input';

/**
 * Published service standards (Standar Pelayanan, issue 10 item 1): one YAML file per version
 * in `service-standards/` (format in its README). The components are the ones seeds 000 and 001
 * print, in the order they print them; the text is the seed's Indonesian with English beside it.
 */

/** The components of a service standard, in the order the seeds print them. */
export const SERVICE_STANDARD_COMPONENTS = [
  'requirements',
  'procedure',
  'completionTime',
  'cost',
  'product',
  'complaints',
] as const;
export type TServiceStandardComponentKind = (typeof SERVICE_STANDARD_COMPONENTS)[number];

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
/** An http(s) address (the rule `format` when it is not one). */
const ZWebAddress = ZText.trim()
  .max(500)
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: 'format' });

/** The keys of the shipped service standards (seed 000 and seed 001). */
export const SERVICE_STANDARD_KEYS = ['pertemuan-one-on-one', 'fasilitasi-kendala-teknis'] as const;

const ZBilingual = z.object({ id: z.string().min(1).max(4000), en: z.string().min(1).max(4000) }).strict();

/** One printed item (a numbered line), with its sub-items (a, b, c … or bullets) if the seed has them. */
export interface TServiceStandardItem {
  id: string;
  en: string;
  items?: TServiceStandardItem[] | undefined;
}
const ZItemLeaf = ZBilingual;
const ZItemMid = ZBilingual.extend({ items: z.array(ZItemLeaf).min(1).max(30).optional() }).strict();
export const ZServiceStandardItem = ZBilingual.extend({
  items: z.array(ZItemMid).min(1).max(30).optional(),
}).strict();

export const ZServiceStandardComponent = z
  .object({
    kind: z.enum(SERVICE_STANDARD_COMPONENTS),
    /** The heading as the seed prints it (e.g. "Sistem, Mekanisme dan Prosedur"). */
    heading: ZBilingual,
    items: z.array(ZServiceStandardItem).min(1).max(40),
    /** Procedure only: the key of the SOP that runs it (`sops/`). */
    sopKey: z.string().min(1).max(100).optional(),
  })
  .strict();
export type TServiceStandardComponent = z.infer<typeof ZServiceStandardComponent>;

/** A service standard file (the loader checks this shape and the rules in its README). */
export const ZServiceStandardDefinition = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lower-case words joined by -' }),
    version: z.number().int().min(1).max(1000),
    title: ZBilingual,
    /** The unit that provides the service, as the seed's letterhead names it. */
    provider: ZBilingual,
    /** The decree that set the standard ("SK No 177 Tahun 2024"); null when the seed leaves "No. SK" blank. */
    decree: z.string().min(1).max(200).nullable(),
    source: z.object({ seed: z.string().min(1).max(200) }).strict(),
    components: z.array(ZServiceStandardComponent).min(1).max(10),
  })
  .strict();
export type TServiceStandardDefinition = z.infer<typeof ZServiceStandardDefinition>;

/**
 * The complaint and survey channels an agency runs (agency settings, `settings.serviceChannels`),
 * shown on every service standard page of the agency. Empty means the agency has not said.
 */
export const ZServiceChannels = z
  .object({
    /** The call centre number (the ministry's is 169). */
    callCentre: z.preprocess(
      blankToNull,
      ZText.trim()
        .regex(/^\+?[0-9 ()-]{3,20}$/, { error: 'format' })
        .nullable(),
    ),
    complaintEmail: z.preprocess(blankToNull, z.email().max(LIMITS.emailMax).nullable()),
    /** The satisfaction survey's address. */
    surveyUrl: z.preprocess(blankToNull, ZWebAddress.nullable()),
    /** The agency's page on LAPOR! (SP4N-LAPOR!). */
    laporUrl: z.preprocess(blankToNull, ZWebAddress.nullable()),
  })
  .strict();
export type TServiceChannels = z.infer<typeof ZServiceChannels>;

/** The channels as the API answers them (no input preprocessing). */
export const ZServiceChannelsView = z.object({
  callCentre: z.string().nullable(),
  complaintEmail: z.string().nullable(),
  surveyUrl: z.string().nullable(),
  laporUrl: z.string().nullable(),
});

export const ZServiceStandardSummary = z.object({
  key: z.string(),
  version: z.number().int(),
  title: ZBilingual,
  provider: ZBilingual,
  decree: z.string().nullable(),
  completionTime: ZBilingual.nullable(),
  cost: ZBilingual.nullable(),
});
export type TServiceStandardSummary = z.infer<typeof ZServiceStandardSummary>;

export const ZServiceStandardList = z.object({
  agencyName: z.string(),
  items: z.array(ZServiceStandardSummary),
});
export type TServiceStandardList = z.infer<typeof ZServiceStandardList>;

/** One service standard as the portal shows it, with the agency's own channels. */
export const ZServiceStandardView = ZServiceStandardDefinition.extend({
  agencyName: z.string(),
  channels: ZServiceChannelsView,
});
export type TServiceStandardView = z.infer<typeof ZServiceStandardView>;

export const ZServiceStandardQuery = z.object({ agencyId: ZId });
