import type {
  TGenerateSupervisionPlan,
  TLkpmComplianceDashboard,
  TRealisationDashboard,
  TSupervisionPlan,
  TSupervisionProgressDashboard,
  TSupervisionVisit,
  TSupervisionVisitAction,
  TSupervisionVisitList,
} from '@sigap/contracts/investment-control';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getForBlob } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export interface VisitFilters {
  year: number;
  month?: number | undefined;
  status?: string | undefined;
  inspectorId?: string | undefined;
}

export function useSupervisionVisits(filters: VisitFilters) {
  return useQuery({
    queryKey: ['control', 'visits', filters],
    queryFn: () =>
      api.get<TSupervisionVisitList>(
        `/api/control/supervision-visits?${queryString({ ...filters, pageSize: 500 })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGenerateSupervisionPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TGenerateSupervisionPlan) =>
      api.post<TSupervisionPlan>('/api/control/supervision-plans', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export function useActOnVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: TSupervisionVisitAction }) =>
      api.post<TSupervisionVisit>(
        `/api/control/supervision-visits/${encodeURIComponent(id)}/actions`,
        action,
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export interface DashboardFilters {
  year: number;
  approvedOnly?: 'true' | undefined;
}

export function useRealisation(f: DashboardFilters) {
  return useQuery({
    queryKey: ['control', 'dashboard', 'realisation', f],
    queryFn: () => api.get<TRealisationDashboard>(`/api/control/dashboards/realisation?${queryString(f)}`),
    placeholderData: keepPreviousData,
  });
}

export function useLkpmCompliance(year: number) {
  return useQuery({
    queryKey: ['control', 'dashboard', 'lkpm-compliance', year],
    queryFn: () => api.get<TLkpmComplianceDashboard>(`/api/control/dashboards/lkpm-compliance?year=${year}`),
  });
}

export function useSupervisionProgress(year: number) {
  return useQuery({
    queryKey: ['control', 'dashboard', 'supervision-progress', year],
    queryFn: () =>
      api.get<TSupervisionProgressDashboard>(`/api/control/dashboards/supervision-progress?year=${year}`),
  });
}

export function downloadDashboard(kind: string, f: DashboardFilters): Promise<Blob> {
  return getForBlob(`/api/control/dashboards/${kind}.xlsx?${queryString(f)}`);
}
