import type {
  TCaseAction,
  TCaseDetail,
  TInboxQuery,
  TInboxResponse,
  TSopDetailResponse,
  TStartableSop,
  TStartCaseRequest,
} from '@sigap/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export type InboxParams = Pick<TInboxQuery, 'tab' | 'status' | 'sort' | 'page' | 'pageSize'> & {
  sop?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export function useInbox(params: InboxParams) {
  return useQuery({
    queryKey: ['inbox', params],
    queryFn: () => api.get<TInboxResponse>(`/api/inbox?${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** The tab counts for the navigation badge, refreshed every minute. */
export function useInboxCounts() {
  return useQuery({
    queryKey: ['inbox', 'counts'],
    queryFn: () => api.get<TInboxResponse>('/api/inbox?tab=mine&pageSize=1'),
    select: (data) => data.counts,
    refetchInterval: 60_000,
    staleTime: 55_000,
  });
}

export function useStartableSops(enabled = true) {
  return useQuery({
    queryKey: ['sops', 'startable'],
    queryFn: () => api.get<{ sops: TStartableSop[] }>('/api/sops/startable'),
    select: (data) => data.sops,
    enabled,
  });
}

export function useStartCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TStartCaseRequest) => api.post<{ id: string; number: string }>('/api/cases', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
}

export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: () => api.get<TCaseDetail>(`/api/cases/${encodeURIComponent(id)}`),
    // others act on the same case: show their steps without a reload
    refetchInterval: 60_000,
  });
}

/** Every action on a case goes through one endpoint; the case and the inbox are read again after it. */
export function useCaseAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TCaseAction) =>
      api.post<{ status: string; events: string[] }>(`/api/cases/${encodeURIComponent(id)}/actions`, action),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      ]);
    },
  });
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<{ id: string }>(`/api/cases/${encodeURIComponent(id)}/comments`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(id) }),
  });
}

/** The definition a case runs (inputs, outputs, form fields, decision question); null when the SOP API is absent. */
export function useSopVersion(key: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['sop', key, version],
    queryFn: () =>
      api.get<TSopDetailResponse>(`/api/sops/${encodeURIComponent(key ?? '')}/versions/${version ?? 0}`),
    enabled: !!key && !!version,
    staleTime: 10 * 60_000,
  });
}
