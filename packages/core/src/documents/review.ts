/**
 * The review and signature chain of an official document: draft → initialled (paraf) by
 * each reviewer in order → signed by the signer → numbered → sent. Any reviewer or the signer
 * may return it with a note (the seeds' "Tidak" loops): it goes back one step, to the person
 * who passed it on (the first reviewer's return goes to the drafter). That person may fix the
 * text and passes it on again with their initial (the drafter resubmits).
 */
export type DocumentStatus = 'draft' | 'in_review' | 'returned' | 'signed' | 'sent' | 'cancelled';

export interface ReviewStep {
  userId: string;
  /** 'initial' for reviewers (paraf), 'sign' for the signer (the last step). */
  kind: 'initial' | 'sign';
}

export interface ReviewRecord {
  userId: string;
  action: 'submit' | 'initial' | 'return' | 'sign' | 'send' | 'cancel';
  at: string;
  note: string | null;
  /** SHA-256 of the exact PDF bytes the person saw and approved. */
  pdfSha256: string | null;
}

export interface ReviewState {
  status: DocumentStatus;
  drafterUserId: string;
  chain: ReviewStep[];
  /** Index in `chain` of who acts next while in review. */
  position: number;
  /** The latest return's note, until the document moves on. */
  returnNote: string | null;
  records: ReviewRecord[];
}

export type ReviewAction =
  | { type: 'submit'; chain: ReviewStep[] }
  | { type: 'initial'; pdfSha256: string }
  | { type: 'return'; note: string }
  | { type: 'sign'; pdfSha256: string }
  | { type: 'send' }
  | { type: 'cancel'; note: string };

export class ReviewError extends Error {
  constructor(
    readonly code: 'NOT_YOUR_TURN' | 'BAD_STATE' | 'BAD_CHAIN' | 'NOTE_REQUIRED',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export function newReview(drafterUserId: string): ReviewState {
  return { status: 'draft', drafterUserId, chain: [], position: 0, records: [], returnNote: null };
}

/** Who must act now: the reviewer or signer in turn, the drafter of a draft or returned document, or nobody. */
/** Who may change the document's text now: the drafter of a draft or returned document, or the reviewer it was returned to. */
export function canEditText(state: ReviewState, userId: string): boolean {
  if (state.status === 'draft' || state.status === 'returned') return userId === state.drafterUserId;
  return (
    state.status === 'in_review' &&
    state.returnNote !== null &&
    state.chain[state.position]?.userId === userId
  );
}

export function nextActor(state: ReviewState): string | null {
  if (state.status === 'in_review') return state.chain[state.position]?.userId ?? null;
  if (state.status === 'draft' || state.status === 'returned') return state.drafterUserId;
  return null;
}

export function applyReview(
  state: ReviewState,
  action: ReviewAction,
  userId: string,
  now: Date,
): ReviewState {
  const at = now.toISOString();
  const s: ReviewState = { ...state, chain: [...state.chain], records: [...state.records] };
  const record = (a: ReviewRecord['action'], note: string | null = null, pdfSha256: string | null = null) =>
    s.records.push({ userId, action: a, at, note, pdfSha256 });
  switch (action.type) {
    case 'submit': {
      if (state.status !== 'draft' && state.status !== 'returned')
        throw new ReviewError('BAD_STATE', `cannot submit a ${state.status} document`);
      if (userId !== state.drafterUserId) throw new ReviewError('NOT_YOUR_TURN', 'only the drafter submits');
      const chain = action.chain;
      if (
        chain.length === 0 ||
        chain[chain.length - 1]!.kind !== 'sign' ||
        chain.slice(0, -1).some((c) => c.kind !== 'initial')
      ) {
        throw new ReviewError('BAD_CHAIN', 'the chain is reviewers (initial) in order, then one signer');
      }
      s.chain = chain;
      s.position = 0;
      s.status = 'in_review';
      s.returnNote = null;
      record('submit');
      return s;
    }
    case 'initial':
    case 'sign': {
      if (state.status !== 'in_review') throw new ReviewError('BAD_STATE', `document is ${state.status}`);
      const step = state.chain[state.position];
      if (!step || step.userId !== userId)
        throw new ReviewError('NOT_YOUR_TURN', 'it is not your turn in the chain');
      if (step.kind !== action.type)
        throw new ReviewError('BAD_STATE', `this step is ${step.kind}, not ${action.type}`);
      record(action.type, null, action.pdfSha256);
      s.returnNote = null;
      if (action.type === 'sign') s.status = 'signed';
      else s.position++;
      return s;
    }
    case 'return': {
      if (state.status !== 'in_review') throw new ReviewError('BAD_STATE', `document is ${state.status}`);
      if (state.chain[state.position]?.userId !== userId)
        throw new ReviewError('NOT_YOUR_TURN', 'it is not your turn in the chain');
      if (!action.note.trim()) throw new ReviewError('NOTE_REQUIRED', 'a returned document needs a note');
      s.returnNote = action.note;
      if (state.position === 0) {
        s.status = 'returned';
      } else {
        s.position = state.position - 1;
      }
      record('return', action.note);
      return s;
    }
    case 'send': {
      if (state.status !== 'signed') throw new ReviewError('BAD_STATE', 'only a signed document is sent');
      s.status = 'sent';
      record('send');
      return s;
    }
    case 'cancel': {
      if (state.status === 'sent' || state.status === 'cancelled')
        throw new ReviewError('BAD_STATE', `document is ${state.status}`);
      if (!action.note.trim()) throw new ReviewError('NOTE_REQUIRED', 'cancelling needs a reason');
      s.status = 'cancelled';
      record('cancel', action.note);
      return s;
    }
  }
}
