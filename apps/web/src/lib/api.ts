import type { TFieldError } from '@sigap/contracts';

/** An error answer from the API (DESIGN §5.5), or a network failure (`code: 'NETWORK'`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: TFieldError[];

  constructor(status: number, code: string, message: string, fields: TFieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

type Lang = 'id' | 'en';

const state: { csrfToken: string | null; language: Lang; networkMessage: string } = {
  csrfToken: null,
  language: 'id',
  networkMessage: 'Tidak dapat menghubungi server.',
};

/** Kept from the login and `/api/auth/me` answers; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** The UI language, sent as `accept-language` so server messages come in it. */
export function setApiLanguage(language: Lang, networkMessage: string): void {
  state.language = language;
  state.networkMessage = networkMessage;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': state.language };
  // a FormData body (file upload) sets its own multipart content type with the boundary
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', state.networkMessage);
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const err = (data ?? {}) as { code?: unknown; message?: unknown; fields?: unknown };
    throw new ApiError(
      response.status,
      typeof err.code === 'string' ? err.code : `HTTP_${response.status}`,
      typeof err.message === 'string' ? err.message : response.statusText || `HTTP ${response.status}`,
      Array.isArray(err.fields) ? (err.fields as TFieldError[]) : [],
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A POST answered with a file (a PDF preview): the bytes as a Blob; error answers as `ApiError`. */
export function postForBlob(path: string, body: unknown): Promise<Blob> {
  return requestBlob('POST', path, body);
}

/** A GET answered with a file (a printed sheet): the bytes as a Blob; error answers as `ApiError`. */
export function getForBlob(path: string): Promise<Blob> {
  return requestBlob('GET', path);
}

async function requestBlob(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Blob> {
  const headers: Record<string, string> = { 'accept-language': state.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', state.networkMessage);
  }
  if (!response.ok) {
    const err = (await response.json().catch(() => ({}))) as {
      code?: unknown;
      message?: unknown;
      fields?: unknown;
    };
    throw new ApiError(
      response.status,
      typeof err.code === 'string' ? err.code : `HTTP_${response.status}`,
      typeof err.message === 'string' ? err.message : response.statusText || `HTTP ${response.status}`,
      Array.isArray(err.fields) ? (err.fields as TFieldError[]) : [],
    );
  }
  return response.blob();
}
