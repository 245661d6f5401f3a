import type { TFieldError } from '@sigap/contracts';
import type { TPublicServiceRequest, TServiceRequestReceipt } from '@sigap/contracts/service-requests';
import { useMutation, useQuery } from '@tanstack/react-query';
import { currentLang, i18n } from '../../i18n';
import { PublicApiError } from '../complaints/api';

/** Public service-request calls go without the staff cookie, like the complaint ones. */
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
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new PublicApiError(
    response.status,
    typeof data.code === 'string' ? data.code : `HTTP_${response.status}`,
    typeof data.message === 'string' ? data.message : `HTTP ${response.status}`,
    Array.isArray(data.fields) ? (data.fields as TFieldError[]) : [],
    { retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null },
  );
}

const json = async <T>(method: 'GET' | 'POST', path: string, body?: FormData | object) =>
  (await (await publicFetch(method, path, body)).json()) as T;

export type PublicService = 'one-on-one' | 'facilitation';

export function useSubmitServiceRequest(kind: PublicService) {
  return useMutation({
    mutationFn: (form: FormData) =>
      json<TServiceRequestReceipt>('POST', `/api/public/service-requests/${kind}`, form),
  });
}

export function useEarliestDate(agencyId: string | null) {
  return useQuery({
    queryKey: ['public', 'service-requests', 'earliest', agencyId],
    enabled: !!agencyId,
    queryFn: () =>
      json<{ earliest: string; receivedAt: string; timeZone: string }>(
        'GET',
        `/api/public/service-requests/earliest-date?agencyId=${encodeURIComponent(agencyId ?? '')}`,
      ),
  });
}

export function useTrackServiceRequest() {
  return useMutation({
    mutationFn: (body: { trackingCode: string; pin: string }) =>
      json<TPublicServiceRequest>('POST', '/api/public/service-requests/track', body),
  });
}

export async function fetchServiceReceiptPdf(trackingCode: string, pin: string): Promise<Blob> {
  return (await publicFetch('POST', '/api/public/service-requests/receipt', { trackingCode, pin })).blob();
}
