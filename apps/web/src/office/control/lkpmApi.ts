import type {
  TCorrectLkpmReport,
  TCreateLkpmReport,
  TLkpmCompanyOptions,
  TLkpmCompliance,
  TLkpmList,
  TLkpmReport,
  TLkpmSettings,
  TUpdateLkpmReport,
  TVerifyLkpmReport,
} from '@sigap/contracts/investment-control';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getForBlob } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export interface LkpmFilters {
  periodYear?: string | undefined;
  periodKind?: string | undefined;
  periodNo?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  companyId?: string | undefined;
  page?: number | undefined;
}

export function useLkpmReports(filters: LkpmFilters) {
  return useQuery({
    queryKey: ['lkpm', 'list', filters],
    queryFn: () => api.get<TLkpmList>(`/api/lkpm-reports?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useLkpmReport(id: string) {
  return useQuery({
    queryKey: ['lkpm', 'one', id],
    queryFn: () => api.get<TLkpmReport>(`/api/lkpm-reports/${encodeURIComponent(id)}`),
  });
}

export function useLkpmCompanies(q: string) {
  return useQuery({
    queryKey: ['lkpm', 'companies', q],
    queryFn: () =>
      api.get<TLkpmCompanyOptions>(`/api/lkpm-reports/companies?${queryString({ q: q || undefined })}`),
    placeholderData: keepPreviousData,
  });
}

export function useLkpmCompliance() {
  return useQuery({
    queryKey: ['lkpm', 'compliance'],
    queryFn: () => api.get<TLkpmCompliance>('/api/lkpm-reports/compliance'),
  });
}

export function useLkpmSettings() {
  return useQuery({
    queryKey: ['lkpm', 'settings'],
    queryFn: () => api.get<TLkpmSettings>('/api/lkpm-settings'),
  });
}

export function useSetLkpmSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TLkpmSettings) => api.put<TLkpmSettings>('/api/lkpm-settings', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['lkpm'] }),
  });
}

export const downloadLkpmCompliance = () => getForBlob('/api/lkpm-reports/compliance.xlsx');

export function useCreateLkpmReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateLkpmReport) => api.post<TLkpmReport>('/api/lkpm-reports', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['lkpm'] }),
  });
}

type LkpmChange =
  | { kind: 'update'; body: TUpdateLkpmReport }
  | { kind: 'submit' }
  | { kind: 'verify'; body: TVerifyLkpmReport }
  | { kind: 'correct'; body: TCorrectLkpmReport };

/** Every change of one report; the page shows the report as the server answers it. */
export function useChangeLkpmReport(id: string) {
  const qc = useQueryClient();
  const base = `/api/lkpm-reports/${encodeURIComponent(id)}`;
  return useMutation({
    mutationFn: (c: LkpmChange) =>
      c.kind === 'update'
        ? api.put<TLkpmReport>(base, c.body)
        : c.kind === 'submit'
          ? api.post<TLkpmReport>(`${base}/submit`)
          : api.post<TLkpmReport>(`${base}/${c.kind}`, c.body),
    onSuccess: (data) => {
      qc.setQueryData(['lkpm', 'one', id], data);
      void qc.invalidateQueries({ queryKey: ['lkpm', 'list'] });
    },
  });
}
