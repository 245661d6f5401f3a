import type { TFieldError } from '@sigap/contracts';
import type { TComplaintReceipt, TPublicComplaint, TPublicStats } from '@sigap/contracts/complaints';
import { useMutation, useQuery } from '@tanstack/react-query';
import { currentLang, i18n } from '../../i18n';
import { ApiError } from '../../lib/api';

/**
 * An error answer of a public complaint endpoint, with what a 429 says about when to try again:
 * the `retry-after` seconds (the rate limit, or the wait after too many wrong PINs).
 */
export class PublicApiError extends ApiError {
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: TFieldError[],
    extra: { retryAfterSeconds: number | null },
  ) {
    super(status, code, message, fields);
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

/**
 * Public complaint calls go without the staff cookie (`credentials: 'omit'`): they need no
 * session, and a member of staff logged in on the same browser must not need the office's CSRF
 * token for them.
 */
async function publicFetch(
  method: 'GET' | 'POST',
  path: string,
  body?: FormData | object,
): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': currentLang() };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new PublicApiError(0, 'NETWORK', i18n.t('common.networkError'), [], { retryAfterSeconds: null });
  }
  if (response.ok) return response;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const message =
    typeof data.message === 'string' ? data.message : response.statusText || `HTTP ${response.status}`;
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new PublicApiError(
    response.status,
    typeof data.code === 'string' ? data.code : `HTTP_${response.status}`,
    message,
    Array.isArray(data.fields) ? (data.fields as TFieldError[]) : [],
    { retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null },
  );
}

async function publicJson<T>(method: 'GET' | 'POST', path: string, body?: FormData | object): Promise<T> {
  const response = await publicFetch(method, path, body);
  return (await response.json()) as T;
}

export function useFileComplaint() {
  return useMutation({
    mutationFn: (form: FormData) => publicJson<TComplaintReceipt>('POST', '/api/public/complaints', form),
  });
}

export function useTrackComplaint() {
  return useMutation({
    mutationFn: (body: { trackingCode: string; pin: string }) =>
      publicJson<TPublicComplaint>('POST', '/api/public/complaints/track', body),
  });
}

export function useComplaintStatus() {
  return useMutation({
    mutationFn: (trackingCode: string) =>
      publicJson<TPublicComplaint>(
        'GET',
        `/api/public/complaints/status/${encodeURIComponent(trackingCode)}`,
      ),
  });
}

export function useAddComplaintInfo() {
  return useMutation({
    mutationFn: (form: FormData) => publicJson<TPublicComplaint>('POST', '/api/public/complaints/info', form),
  });
}

/** The receipt PDF of a complaint; the PIN proves the caller is its reporter. */
export async function fetchReceiptPdf(trackingCode: string, pin: string): Promise<Blob> {
  const response = await publicFetch('POST', '/api/public/complaints/receipt', { trackingCode, pin });
  return response.blob();
}

/** The printable answer with the satisfaction survey's QR code; the PIN proves the caller is its reporter. */
export async function fetchAnswerPdf(trackingCode: string, pin: string): Promise<Blob> {
  const response = await publicFetch('POST', '/api/public/complaints/answer', { trackingCode, pin });
  return response.blob();
}

/** One of the reporter's own attachments, again; the PIN proves the caller is its reporter. */
export async function fetchAttachment(trackingCode: string, pin: string, fileId: string): Promise<Blob> {
  const response = await publicFetch('POST', '/api/public/complaints/attachment', {
    trackingCode,
    pin,
    fileId,
  });
  return response.blob();
}

/** Saves a blob under a file name through a temporary link (works on phones, no pop-up blocker). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function usePublicStats(agencyId: string | null, year: number) {
  return useQuery({
    queryKey: ['public', 'complaint-stats', agencyId, year],
    queryFn: () =>
      publicJson<TPublicStats>(
        'GET',
        `/api/public/complaints/stats?${new URLSearchParams({ agencyId: agencyId ?? '', year: String(year) })}`,
      ),
    enabled: Boolean(agencyId),
    retry: false,
  });
}
