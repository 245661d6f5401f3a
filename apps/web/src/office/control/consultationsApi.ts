import type {
  TCloseConsultation,
  TConsultation,
  TConsultationList,
  TConsultationOutcome,
  TRecordConsultation,
  TScheduleConsultation,
} from '@sigap/contracts/investment-control';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export function useConsultations(filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['control', 'consultations', filters],
    queryFn: () => api.get<TConsultationList>(`/api/control/consultations?${queryString(filters)}`),
  });
}

export function useConsultation(id: string) {
  return useQuery({
    queryKey: ['control', 'consultation', id],
    queryFn: () => api.get<TConsultation>(`/api/control/consultations/${encodeURIComponent(id)}`),
  });
}

export function useRecordConsultation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TRecordConsultation) => api.post<TConsultation>('/api/control/consultations', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** Schedule, answer or close a ticket; the answer is the ticket as it now stands. */
export function useConsultationAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      a:
        | { id: string; action: 'schedule'; body: TScheduleConsultation }
        | { id: string; action: 'answer'; body: TConsultationOutcome }
        | { id: string; action: 'close'; body: TCloseConsultation },
    ) =>
      api.post<TConsultation>(`/api/control/consultations/${encodeURIComponent(a.id)}/${a.action}`, a.body),
    onSuccess: (t) => {
      qc.setQueryData(['control', 'consultation', t.id], t);
      void qc.invalidateQueries({ queryKey: ['control', 'consultations'] });
    },
  });
}
