import type {
  TCreateMonitoringRound,
  TMonitoringList,
  TMonitoringQuery,
  TMonitoringResultInput,
  TMonitoringRoundDetail,
} from '@sigap/contracts/investment-control';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export function useMonitoringList(filters: Partial<TMonitoringQuery>) {
  return useQuery({
    queryKey: ['control', 'monitoring', 'list', filters],
    queryFn: () => api.get<TMonitoringList>(`/api/control/monitoring?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useMonitoringRound(id: string) {
  return useQuery({
    queryKey: ['control', 'monitoring', id],
    queryFn: () => api.get<TMonitoringRoundDetail>(`/api/control/monitoring/${encodeURIComponent(id)}`),
  });
}

export function useCreateMonitoringRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateMonitoringRound) =>
      api.post<TMonitoringRoundDetail>('/api/control/monitoring', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** The round page's changes: a company's result, the report. */
export function useMonitoringActions(id: string) {
  const qc = useQueryClient();
  const base = `/api/control/monitoring/${encodeURIComponent(id)}`;
  const done = (r: TMonitoringRoundDetail) => {
    qc.setQueryData(['control', 'monitoring', id], r);
    void qc.invalidateQueries({ queryKey: ['control', 'monitoring', 'list'] });
  };
  return {
    result: useMutation({
      mutationFn: ({ resultId, body }: { resultId: string; body: TMonitoringResultInput }) =>
        api.put<TMonitoringRoundDetail>(`${base}/results/${encodeURIComponent(resultId)}`, body),
      onSuccess: done,
    }),
    report: useMutation({
      mutationFn: (report: string) => api.post<TMonitoringRoundDetail>(`${base}/report`, { report }),
      onSuccess: done,
    }),
  };
}

/** A refused request that named its fields: the form says so in its own words above them. */
export const namesFields = (e: unknown) => e instanceof ApiError && e.fields.length > 0;
