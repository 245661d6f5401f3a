import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZFreeValues, ZInstant, ZText as ZTextBase } from './input';

export const ZStartCaseRequest = z
  .object({
    definitionKey: ZTextBase.min(1).max(100),
    subject: ZTextBase.trim().min(3).max(300),
    /** The unit that owns the case; defaults to the starter's unit that holds the first step's role. */
    unitId: ZId.optional(),
    /** The event date a lead time ("H-1 bulan") counts back from, for event SOPs. */
    eventAt: ZInstant.optional(),
  })
  .strict();
export type TStartCaseRequest = z.infer<typeof ZStartCaseRequest>;

const ZFormValues = ZFreeValues;

export const ZCaseAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim'), taskId: ZTextBase.min(1) }).strict(),
  z
    .object({
      type: z.literal('dispose'),
      taskId: ZTextBase.min(1),
      toUserId: ZId.nullable().optional(),
      toUnitId: ZId.nullable().optional(),
      instruction: ZTextBase.trim().min(3).max(2000),
    })
    .strict(),
  z.object({ type: z.literal('saveDraft'), taskId: ZTextBase.min(1), form: ZFormValues }).strict(),
  z
    .object({
      type: z.literal('complete'),
      taskId: ZTextBase.min(1),
      form: ZFormValues.optional(),
      inputsChecked: z.array(ZTextBase.max(500)).max(50).optional(),
      outputs: z.array(ZTextBase.max(500)).max(50).optional(),
      decision: z.enum(['yes', 'no']).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('reassign'),
      taskId: ZTextBase.min(1),
      toUserId: ZId,
      reason: ZTextBase.trim().min(3).max(2000),
    })
    .strict(),
  z
    .object({
      type: z.literal('returnToPrevious'),
      taskId: ZTextBase.min(1),
      reason: ZTextBase.trim().min(3).max(2000),
    })
    .strict(),
  z.object({ type: z.literal('pause'), reason: ZTextBase.trim().min(3).max(2000) }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('cancel'), reason: ZTextBase.trim().min(3).max(2000) }).strict(),
]);
export type TCaseAction = z.infer<typeof ZCaseAction>;

export const ZAddCommentRequest = z.object({ body: ZTextBase.trim().min(1).max(5000) }).strict();

export const INBOX_TABS = ['mine', 'unit', 'approval', 'overdue'] as const;
export const ZInboxQuery = z.object({
  tab: z.enum(INBOX_TABS).default('mine'),
  sop: ZTextBase.max(100).optional(),
  status: z.enum(['ready', 'done']).default('ready'),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
  sort: z.enum(['due', 'ready']).default('due'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TInboxQuery = z.infer<typeof ZInboxQuery>;

export const ZInboxItem = z.object({
  caseId: ZId,
  taskId: z.string(),
  caseNumber: z.string(),
  subject: z.string(),
  /** The subject is withheld (a confidential complaint seen from outside the complaint team). */
  contentHidden: z.boolean(),
  definitionKey: z.string(),
  sopTitle: z.object({ id: z.string(), en: z.string() }),
  stepId: z.string(),
  stepNo: z.number(),
  activity: z.object({ id: z.string(), en: z.string() }),
  role: z.string(),
  assigneeName: z.string().nullable(),
  readyAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Working minutes left (negative when overdue); null without a due time. */
  workingMinutesLeft: z.number().nullable(),
  iteration: z.number(),
  paused: z.boolean(),
  /** What the managing module flags on the case (a service request's priority service), for readers who see its content. */
  flags: z.array(z.object({ code: z.string(), label: z.object({ id: z.string(), en: z.string() }) })),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

export const ZInboxResponse = z.object({
  items: z.array(ZInboxItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counts: z.object({ mine: z.number(), unit: z.number(), approval: z.number(), overdue: z.number() }),
});
export type TInboxResponse = z.infer<typeof ZInboxResponse>;

const ZText = z.object({ id: z.string(), en: z.string() });

export const ZCaseTask = z.object({
  id: z.string(),
  stepId: z.string(),
  stepNo: z.number(),
  activity: ZText,
  status: z.enum(['ready', 'done', 'cancelled']),
  role: z.string(),
  unitId: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  completedByName: z.string().nullable(),
  readyAt: z.string(),
  dueAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Working minutes the step took (or has taken so far), against the standard. */
  actualWorkingMinutes: z.number(),
  standardMinutes: z.number().nullable(),
  standardText: z.string().nullable(),
  withinStandard: z.boolean().nullable(),
  iteration: z.number(),
  decision: z.enum(['yes', 'no']).nullable(),
  outputs: z.array(z.string()),
  inputsChecked: z.array(z.string()),
  form: z.record(z.string(), z.unknown()).nullable(),
  draft: z.record(z.string(), z.unknown()).nullable(),
  dispositions: z.array(
    z.object({
      byName: z.string().nullable(),
      at: z.string(),
      toName: z.string().nullable(),
      toUnitName: z.string().nullable(),
      instruction: z.string(),
    }),
  ),
  cancelReason: z.string().nullable(),
  canWork: z.boolean(),
  canDirect: z.boolean(),
});
export type TCaseTask = z.infer<typeof ZCaseTask>;

export const ZCaseDetail = z.object({
  id: ZId,
  number: z.string(),
  subject: z.string(),
  /**
   * A confidential record's case seen from outside its module's team: the subject, step forms,
   * instructions, reasons, comments and documents are withheld; number, dates, status and
   * deadlines show.
   */
  contentHidden: z.boolean(),
  status: z.enum(['open', 'completed', 'cancelled']),
  unitId: ZId,
  unitName: z.string(),
  definitionKey: z.string(),
  definitionVersion: z.number(),
  sopCode: z.string().nullable(),
  sopTitle: ZText,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  workingMinutesLeft: z.number().nullable(),
  paused: z.boolean(),
  pauseReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  timeZone: z.string(),
  tasks: z.array(ZCaseTask),
  sendBacks: z.array(
    z.object({
      fromStepId: z.string(),
      toStepId: z.string(),
      kind: z.string(),
      byName: z.string().nullable(),
      at: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  comments: z.array(z.object({ id: ZId, body: z.string(), createdAt: z.string(), userName: z.string() })),
  history: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorName: z.string().nullable(),
      action: z.string(),
      taskId: z.string().nullable(),
      stepId: z.string().nullable(),
    }),
  ),
  /** People the current user may dispose or reassign to (leaders only). */
  candidates: z.array(
    z.object({ userId: ZId, name: z.string(), unitName: z.string(), roles: z.array(z.string()) }),
  ),
  canPause: z.boolean(),
  canCancel: z.boolean(),
  /**
   * The record of a domain module behind the case (a complaint of a complaint case): its steps
   * are done on the record's page, which `path` opens for those who `mayOpen` it.
   */
  record: z.object({ module: z.string(), id: ZId, path: z.string(), mayOpen: z.boolean() }).nullable(),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

export const ZStartableSop = z.object({
  key: z.string(),
  code: z.string().nullable(),
  version: z.number(),
  title: ZText,
  firstRole: z.string(),
  /** Some steps count back from an event date ("H-1 bulan"): the start form asks for it. */
  needsEventDate: z.boolean(),
  /** The module that drives this SOP's cases (they start on its page, not as generic cases); null for a generic SOP. */
  managedBy: z.string().nullable(),
});
export type TStartableSop = z.infer<typeof ZStartableSop>;
