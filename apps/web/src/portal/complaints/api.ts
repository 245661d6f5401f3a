import type { TComplaintReceipt, TFieldError, TPublicComplaint, TPublicStats } from '@sigap/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { currentLang, i18n } from '../../i18n';
import { ApiError } from '../../lib/api';

/**
 * An error answer of a public complaint endpoint, with what a 429 says about when to try again:
 * `until` (a locked number, also read from the message when the body has no field for it) and
 * the `retry-after` seconds of the rate limit.
 */
export class PublicApiError extends ApiError {
  readonly until: Date | null;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: TFieldError[],
    extra: { until: Date | null; retryAfterSeconds: number | null },
  ) {
    super(status, code, message, fields);
    this.until = extra.until;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

function parseUntil(body: Record<string, unknown>, message: string): Date | null {
  const raw =
    typeof body.until === 'string'
      ? body.until
      : (/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})/.exec(message)?.[0] ?? null);
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
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
    throw new PublicApiError(0, 'NETWORK', i18n.t('common.networkError'), [], {
      until: null,
      retryAfterSeconds: null,
    });
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
    {
      until: parseUntil(data, message),
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    },
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
    mutationFn: (body: { trackingNumber: string; pin: string }) =>
      publicJson<TPublicComplaint>('POST', '/api/public/complaints/track', body),
  });
}

export function useComplaintStatus() {
  return useMutation({
    mutationFn: (trackingNumber: string) =>
      publicJson<TPublicComplaint>(
        'GET',
        `/api/public/complaints/status/${encodeURIComponent(trackingNumber)}`,
      ),
  });
}

export function useAddComplaintInfo() {
  return useMutation({
    mutationFn: (form: FormData) => publicJson<TPublicComplaint>('POST', '/api/public/complaints/info', form),
  });
}

/** The receipt PDF of a complaint; the PIN proves the caller is its reporter. */
export async function fetchReceiptPdf(trackingNumber: string, pin: string): Promise<Blob> {
  const response = await publicFetch('POST', '/api/public/complaints/receipt', { trackingNumber, pin });
  return response.blob();
}

/** One of the reporter's own attachments, again; the PIN proves the caller is its reporter. */
export async function fetchAttachment(trackingNumber: string, pin: string, fileId: string): Promise<Blob> {
  const response = await publicFetch('POST', '/api/public/complaints/attachment', {
    trackingNumber,
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
