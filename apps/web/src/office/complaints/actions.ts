import type { COMPLAINT_ACTIONS } from '@sigap/contracts/complaints';

export type ActionType = (typeof COMPLAINT_ACTIONS)[number];

/** The actions that move the complaint along its SOP step (the panel's main buttons), in step order. */
export const STEP_ACTIONS: readonly ActionType[] = [
  'firstResponse',
  'settle',
  'forward',
  'examine',
  'coordinate',
  'decideMeeting',
  'recordMeeting',
  'answer',
  'close',
];

/** The complaint SOP's steps (sops/pengaduan), for the "current step" line. */
export const STEP_IDS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string | null): value is StepId {
  return !!value && (STEP_IDS as readonly string[]).includes(value);
}
