import type {
  TCreateGuidance,
  TGuidance,
  TGuidanceAttendance,
  TGuidanceList,
  TGuidanceQuery,
} from '@sigap/contracts/investment-control';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export function useGuidanceList(filters: Partial<TGuidanceQuery>) {
  return useQuery({
    queryKey: ['control', 'guidance', 'list', filters],
    queryFn: () => api.get<TGuidanceList>(`/api/control/guidance?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useGuidance(id: string) {
  return useQuery({
    queryKey: ['control', 'guidance', id],
    queryFn: () => api.get<TGuidance>(`/api/control/guidance/${encodeURIComponent(id)}`),
  });
}

export function useCreateGuidance() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateGuidance) => api.post<TGuidance>('/api/control/guidance', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** The guidance page's changes: invitations, attendance, minutes and materials. */
export function useGuidanceActions(id: string) {
  const qc = useQueryClient();
  const base = `/api/control/guidance/${encodeURIComponent(id)}`;
  const done = (g: TGuidance) => {
    qc.setQueryData(['control', 'guidance', id], g);
    void qc.invalidateQueries({ queryKey: ['control', 'guidance', 'list'] });
  };
  return {
    invite: useMutation({
      mutationFn: (companyIds: string[]) => api.post<TGuidance>(`${base}/invitations`, { companyIds }),
      onSuccess: done,
    }),
    attendance: useMutation({
      mutationFn: (entries: TGuidanceAttendance['entries']) =>
        api.post<TGuidance>(`${base}/attendance`, { entries }),
      onSuccess: done,
    }),
    minutes: useMutation({
      mutationFn: (minutes: string) => api.post<TGuidance>(`${base}/minutes`, { minutes }),
      onSuccess: done,
    }),
    materials: useMutation({
      mutationFn: (files: File[]) => {
        const form = new FormData();
        for (const f of files) form.append('materials', f);
        return api.post<TGuidance>(`${base}/materials`, form);
      },
      onSuccess: done,
    }),
  };
}

export const materialUrl = (id: string, fileId: string) =>
  `/api/control/guidance/${encodeURIComponent(id)}/materials/${encodeURIComponent(fileId)}`;
