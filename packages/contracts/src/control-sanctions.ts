import { z } from 'zod';

// Sanctions by stage (issue 11 item 6): the control dashboards' sanctions part.

/** One stage's sanctions issued in the year: by status, and the open warnings past their comply-by date. */
export const ZSanctionStageRow = z.object({
  stage: z.string(),
  issued: z.number().int(),
  open: z.number().int(),
  complied: z.number().int(),
  escalated: z.number().int(),
  /** Open warnings whose comply-by date has passed (a part of `open`). */
  overdue: z.number().int(),
});
export type TSanctionStageRow = z.infer<typeof ZSanctionStageRow>;

export const ZSanctionsDashboard = z.object({
  year: z.number().int(),
  today: z.string(),
  stages: z.array(ZSanctionStageRow),
  total: ZSanctionStageRow,
});
export type TSanctionsDashboard = z.infer<typeof ZSanctionsDashboard>;
