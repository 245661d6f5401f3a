import type { TCaseDetail, TCaseTask, TDocumentStatus, TLetterNumberStatus } from '@sigap/contracts';
import type { TComplaintStatus, TInputRequest } from '@sigap/contracts/complaints';
import type { TServiceRequestStatus } from '@sigap/contracts/service-requests';

/**
 * One colour per status, per status set, for the office and the portal alike: a complaint that
 * is "answered" is the same green on the register, the complaint page and the public tracking
 * page. Colours are Mantine palette names (the theme darkens their light text for contrast).
 * Open work is blue, done work green or teal, work sent back orange, refused or cancelled red,
 * and what nobody acts on any more grey.
 */
export const STATUS_COLORS = {
  complaint: {
    draft: 'grape',
    received: 'blue',
    in_progress: 'cyan',
    with_working_group: 'indigo',
    answered: 'green',
    closed: 'teal',
    merged: 'gray',
    rejected: 'red',
  } satisfies Record<TComplaintStatus, string>,
  case: { open: 'blue', completed: 'green', cancelled: 'gray' } satisfies Record<
    TCaseDetail['status'],
    string
  >,
  task: { ready: 'blue', done: 'green', cancelled: 'gray' } satisfies Record<TCaseTask['status'], string>,
  document: {
    draft: 'gray',
    in_review: 'blue',
    returned: 'orange',
    signed: 'green',
    sent: 'teal',
    cancelled: 'red',
  } satisfies Record<TDocumentStatus, string>,
  /** One step of a document's review and signing chain. */
  reviewStep: { done: 'green', current: 'blue', pending: 'gray' },
  inputRequest: { open: 'yellow', answered: 'green', cancelled: 'gray' } satisfies Record<
    TInputRequest['status'],
    string
  >,
  letterNumber: { issued: 'teal', cancelled: 'red' } satisfies Record<TLetterNumberStatus, string>,
  /** A staff account. */
  account: { active: 'green', inactive: 'gray' },
  serviceRequest: {
    received: 'blue',
    incomplete: 'orange',
    in_progress: 'cyan',
    accepted: 'green',
    refused: 'red',
    finished: 'teal',
  } satisfies Record<TServiceRequestStatus, string>,
} as const;

export type StatusSet = keyof typeof STATUS_COLORS;
export type StatusOf<S extends StatusSet> = keyof (typeof STATUS_COLORS)[S] & string;

/** The colour of a status; grey for a status the web does not know yet (a newer server). */
export function statusColor<S extends StatusSet>(set: S, status: StatusOf<S> | (string & {})): string {
  const colors: Record<string, string> = STATUS_COLORS[set];
  return colors[status] ?? 'gray';
}

/**
 * The translation key of a status's usual label. The portal words complaint statuses for the
 * public (`portalComplaints.statuses.*`) and passes its own label.
 */
export const STATUS_LABEL_KEYS: { [S in StatusSet]: (status: string) => string } = {
  complaint: (s) => `complaints.status.${s}`,
  case: (s) => `office.case.status.${s}`,
  task: (s) => `office.case.taskStatus.${s}`,
  document: (s) => `documents.status.${s}`,
  reviewStep: (s) => `documents.page.state${s === 'done' ? 'Done' : s === 'current' ? 'Current' : 'Pending'}`,
  inputRequest: (s) => `complaints.inputStatus.${s}`,
  letterNumber: (s) =>
    s === 'cancelled' ? 'office.register.statusCancelled' : 'office.register.statusIssued',
  account: (s) => (s === 'active' ? 'office.org.user.statusActive' : 'office.org.user.statusInactive'),
  serviceRequest: (s) => `serviceRequests.statuses.${s}`,
};
