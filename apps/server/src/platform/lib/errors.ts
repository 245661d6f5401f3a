import type { ErrorCode, TFieldError } from '@sigap/contracts';

/** The one application error: a code from `ERRORS`, message params, and field errors for 4xx answers. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Array<Omit<TFieldError, 'message'> & { params?: Record<string, string | number> }>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (detail: string) => new AppError('CONFLICT', { detail });
export const invalidField = (field: string, rule: string, params: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', {}, [{ field, rule, params }]);
