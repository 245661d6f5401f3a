import type {
  TIncomingLetter,
  TIncomingLetterList,
  TLetterNumberEntry,
  TLetterNumberList,
  TLetterNumberStatus,
  TLetterRegisterSettings,
  TStartCaseFromLetterRequest,
  TStartCaseFromLetterResponse,
  TTakeLetterNumberRequest,
  TTakeLetterNumberResponse,
} from '@sigap/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export interface RegisterFilters {
  q?: string | undefined;
  year?: string | undefined;
  classification?: string | undefined;
  unitCode?: string | undefined;
  status?: TLetterNumberStatus | undefined;
  page?: number | undefined;
}

export function useLetterNumbers(filters: RegisterFilters) {
  return useQuery({
    queryKey: ['letter-numbers', filters],
    queryFn: () => api.get<TLetterNumberList>(`/api/letter-numbers?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

/** The export link: the same filters as the list, every page. */
export function registerExportUrl(filters: RegisterFilters): string {
  const { page: _page, ...rest } = filters;
  const qs = queryString(rest);
  return `/api/letter-numbers.xlsx${qs ? `?${qs}` : ''}`;
}

export function useRegisterOptions() {
  return useQuery({
    queryKey: ['letter-numbers', 'options'],
    queryFn: () => api.get<TLetterRegisterSettings>('/api/letter-numbers/options'),
    staleTime: 60_000,
  });
}

export function useTakeNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TTakeLetterNumberRequest) =>
      api.post<TTakeLetterNumberResponse>('/api/letter-numbers', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['letter-numbers'] }),
  });
}

export function useCancelNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<TLetterNumberEntry>(`/api/letter-numbers/${encodeURIComponent(id)}/cancel`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['letter-numbers'] }),
  });
}

export function useSetLetterPattern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pattern: string) => api.put<{ pattern: string }>('/api/agency/letter-pattern', { pattern }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['letter-numbers'] });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

export interface IncomingFilters {
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
}

export function useIncomingLetters(filters: IncomingFilters) {
  return useQuery({
    queryKey: ['incoming-letters', filters],
    queryFn: () => api.get<TIncomingLetterList>(`/api/incoming-letters?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

/** One letter of the agenda book (a module's registration form follows it up). */
export function useIncomingLetter(id: string | null) {
  return useQuery({
    queryKey: ['incoming-letters', 'one', id],
    queryFn: () => api.get<TIncomingLetter>(`/api/incoming-letters/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

export function scanUrl(id: string): string {
  return `/api/incoming-letters/${encodeURIComponent(id)}/scan`;
}

export function useRegisterIncoming() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: FormData) => api.post<TIncomingLetter>('/api/incoming-letters', form),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incoming-letters'] }),
  });
}

export function useStartCaseFromLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TStartCaseFromLetterRequest }) =>
      api.post<TStartCaseFromLetterResponse>(
        `/api/incoming-letters/${encodeURIComponent(id)}/start-case`,
        body,
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['incoming-letters'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
