import type { TFieldError } from '@sigap/contracts';
import type { TAnswerSurveyRequest, TPublicIkm, TPublicSurvey } from '@sigap/contracts/satisfaction';
import { useMutation, useQuery } from '@tanstack/react-query';
import { currentLang, i18n } from '../../i18n';
import { ApiError } from '../../lib/api';

/** Public survey calls go without the staff cookie: the link's token is the permission. */
async function publicJson<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      headers: {
        'accept-language': currentLang(),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('common.networkError'), []);
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return data as T;
  throw new ApiError(
    response.status,
    typeof data.code === 'string' ? data.code : `HTTP_${response.status}`,
    typeof data.message === 'string' ? data.message : response.statusText,
    Array.isArray(data.fields) ? (data.fields as TFieldError[]) : [],
  );
}

export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['public', 'survey', token],
    queryFn: () => publicJson<TPublicSurvey>('GET', `/api/public/surveys/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: (body: TAnswerSurveyRequest) =>
      publicJson<{ ok: true }>('POST', `/api/public/surveys/${encodeURIComponent(token)}`, body),
  });
}

export function usePublicIkm(agencyId: string | null, year: number) {
  return useQuery({
    queryKey: ['public', 'ikm', agencyId, year],
    queryFn: () => publicJson<TPublicIkm>('GET', `/api/public/ikm?agencyId=${agencyId}&year=${year}`),
    enabled: !!agencyId,
  });
}
