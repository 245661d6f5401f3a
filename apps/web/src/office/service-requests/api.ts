import type {
  TRegisterServiceRequest,
  TServiceRequest,
  TServiceRequestAction,
  TServiceRequestList,
  TServiceRequestReceipt,
} from '@sigap/contracts/service-requests';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForBlob } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export interface ServiceRequestFilters {
  service?: string | undefined;
  status?: string | undefined;
  priority?: 'true' | undefined;
  page?: number | undefined;
}

export function useServiceRequests(filters: ServiceRequestFilters) {
  return useQuery({
    queryKey: ['service-requests', 'list', filters],
    queryFn: () => api.get<TServiceRequestList>(`/api/service-requests?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: string) {
  return useQuery({
    queryKey: ['service-requests', 'one', id],
    queryFn: () => api.get<TServiceRequest>(`/api/service-requests/${encodeURIComponent(id)}`),
  });
}

export function useRegisterServiceRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TRegisterServiceRequest) =>
      api.post<TServiceRequestReceipt>('/api/service-requests', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['service-requests'] }),
  });
}

export function useActOnServiceRequest(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: TServiceRequestAction) =>
      api.post<TServiceRequest>(`/api/service-requests/${encodeURIComponent(id)}/actions`, action),
    onSuccess: (data) => {
      qc.setQueryData(['service-requests', 'one', id], data);
      void qc.invalidateQueries({ queryKey: ['service-requests', 'list'] });
    },
  });
}

export function printServiceReceipt(id: string, pin: string): Promise<Blob> {
  return postForBlob(`/api/service-requests/${encodeURIComponent(id)}/receipt`, { pin });
}

/** Adds supporting data (multipart `attachments`); the page shows the request as it is then. */
export function useAddServiceRequestFiles(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const f of files) form.append('attachments', f);
      return api.post<TServiceRequest>(`/api/service-requests/${encodeURIComponent(id)}/files`, form);
    },
    onSuccess: (data) => qc.setQueryData(['service-requests', 'one', id], data),
  });
}

export function serviceRequestFileUrl(id: string, fileId: string): string {
  return `/api/service-requests/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`;
}
