import type { TComplaintAction } from '@sigap/contracts/complaints';
import type { ActionTable } from '../../../platform/kernel/actions';
import type { HandlerCtx } from '../domain/handler';
import { answer } from './answer-complaint';
import { close } from './close-complaint';
import { confirmDraft } from './confirm-draft';
import { coordinate } from './coordinate-complaint';
import { decideMeeting } from './decide-meeting';
import { examine } from './examine-complaint';
import { forward } from './forward-to-working-group';
import { firstResponse } from './give-first-response';
import { merge } from './merge-complaint';
import { recordMeeting } from './record-meeting';
import { rejectDraft } from './reject-draft';
import { requestInput } from './request-input';
import { revealIdentity } from './reveal-identity';
import { settle } from './settle-complaint';
import { unmerge } from './unmerge-complaint';

/** Every handling action on a complaint (seed 002's steps and the register's own), one file each. */
export const COMPLAINT_ACTIONS: ActionTable<HandlerCtx, TComplaintAction> = {
  firstResponse,
  settle,
  forward,
  examine,
  coordinate,
  decideMeeting,
  recordMeeting,
  answer,
  close,
  requestInput,
  merge,
  unmerge,
  revealIdentity,
  confirmDraft,
  rejectDraft,
};
