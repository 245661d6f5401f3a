import type {
  TInspection,
  TInspectionReportInput,
  TStartIncidentalInspection,
} from '@sigap/contracts/investment-control';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function useInspection(id: string) {
  return useQuery({
    queryKey: ['control', 'inspection', id],
    queryFn: () => api.get<TInspection>(`/api/control/inspections/${encodeURIComponent(id)}`),
  });
}

export function useStartIncidentalInspection() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TStartIncidentalInspection) => api.post<TInspection>('/api/control/inspections', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** Records the report of a routine visit (`visitId`) or of an incidental inspection (`inspectionId`). */
export function useRecordInspectionReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      report,
    }: {
      target: { visitId: string } | { inspectionId: string };
      report: TInspectionReportInput;
    }) =>
      api.post<TInspection>(
        'visitId' in target
          ? `/api/control/supervision-visits/${encodeURIComponent(target.visitId)}/report`
          : `/api/control/inspections/${encodeURIComponent(target.inspectionId)}/report`,
        report,
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export function useAddInspectionPhotos() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, files }: { id: string; files: File[] }) => {
      const form = new FormData();
      for (const f of files) form.append('photos', f);
      return api.post<TInspection>(`/api/control/inspections/${encodeURIComponent(id)}/photos`, form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export const photoUrl = (id: string, fileId: string) =>
  `/api/control/inspections/${encodeURIComponent(id)}/photos/${encodeURIComponent(fileId)}`;
