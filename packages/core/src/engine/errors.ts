/** Why the engine refused an action; the server maps the code to an HTTP answer. */
export type EngineErrorCode =
  | 'CASE_CLOSED'
  | 'TASK_NOT_FOUND'
  | 'TASK_NOT_OPEN'
  | 'NOT_ALLOWED'
  | 'DECISION_REQUIRED'
  | 'DECISION_NOT_EXPECTED'
  | 'FORM_INVALID'
  | 'NO_PREVIOUS_STEP'
  | 'ALREADY_PAUSED'
  | 'NOT_PAUSED'
  | 'BAD_ACTION';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly fields: Array<{ field: string; rule: string }> = [],
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
