import type {
  TRegisterServiceRequest,
  TServiceRequestEmail,
  TServiceRequestEmailList,
  TServiceRequestReceipt,
  TServiceRequestSettings,
} from '@sigap/contracts/service-requests';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Emails to the service-request mailboxes waiting for the administration office. */
export function useWaitingEmails(enabled: boolean) {
  return useQuery({
    queryKey: ['service-request-emails', 'list', 'new'],
    queryFn: () => api.get<TServiceRequestEmailList>('/api/service-request-emails?status=new&pageSize=50'),
    enabled,
  });
}

export function useServiceRequestEmail(id: string | null) {
  return useQuery({
    queryKey: ['service-request-emails', 'one', id],
    queryFn: () =>
      api.get<TServiceRequestEmail>(`/api/service-request-emails/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

export function useServiceRequestSettings(enabled = true) {
  return useQuery({
    queryKey: ['service-request-settings'],
    queryFn: () => api.get<TServiceRequestSettings>('/api/service-request-settings'),
    enabled,
  });
}

export function useSaveServiceRequestSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TServiceRequestSettings) =>
      api.put<TServiceRequestSettings>('/api/service-request-settings', body),
    onSuccess: (data) => qc.setQueryData(['service-request-settings'], data),
  });
}

/** Registers the request from the email (the same body as any staff registration). */
export function useRegisterFromEmail(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TRegisterServiceRequest) =>
      api.post<TServiceRequestReceipt>(
        `/api/service-request-emails/${encodeURIComponent(id ?? '')}/register`,
        body,
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['service-request-emails'] });
      void qc.invalidateQueries({ queryKey: ['service-requests'] });
    },
  });
}

export function useDismissEmail(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<TServiceRequestEmail>(`/api/service-request-emails/${encodeURIComponent(id)}/dismiss`, {
        reason,
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['service-request-emails'] }),
  });
}

export function emailFileUrl(id: string, fileId: string): string {
  return `/api/service-request-emails/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`;
}
