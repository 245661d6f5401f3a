import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import type { ActionTable } from '../../../platform/kernel/actions';
import type { HandlerCtx } from '../domain/handler';
import { assign } from './assign-facilitation';
import { completeRequirements } from './complete-requirements';
import { finish } from './finish-facilitation';
import { register } from './register-facilitation';
import { reply } from './reply-to-applicant';
import { reschedule } from './reschedule-facilitation';

/** Every action on a service request (the SOP steps the module completes), one file each. */
export const SERVICE_REQUEST_ACTIONS: ActionTable<HandlerCtx, TServiceRequestAction> = {
  reply,
  register,
  assign,
  reschedule,
  finish,
  completeRequirements,
};
