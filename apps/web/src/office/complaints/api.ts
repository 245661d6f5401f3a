import type { TOrgResponse } from '@sigap/contracts';
import type {
  TComplaint,
  TComplaintAction,
  TComplaintChannel,
  TComplaintList,
  TComplaintReceipt,
  TComplaintStatus,
  TComplaintType,
  TDailyTally,
  TInputRequest,
  TRecordComplaintRequest,
  TWeeklyRecapDelivery,
  TWeeklyRecapView,
} from '@sigap/contracts/complaints';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getForBlob, postForBlob } from '../../lib/api';
import { queryString } from '../../lib/listParams';

const enc = encodeURIComponent;

export interface ComplaintFilters {
  status?: TComplaintStatus | 'open' | undefined;
  type?: TComplaintType | undefined;
  channel?: TComplaintChannel | undefined;
  overdue?: 'true' | undefined;
  /** Settled at once by the officer and reported to the working-group chair (Pasal 9 huruf c). */
  settledAtOnce?: 'true' | undefined;
  q?: string | undefined;
  page?: number | undefined;
}

export function useComplaints(filters: ComplaintFilters) {
  return useQuery({
    queryKey: ['complaints', 'list', filters],
    queryFn: () => api.get<TComplaintList>(`/api/complaints?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export const complaintKey = (id: string) => ['complaints', 'one', id] as const;

export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKey(id),
    queryFn: () => api.get<TComplaint>(`/api/complaints/${enc(id)}`),
    // the working group acts on the same complaint: show their steps without a reload
    refetchInterval: 60_000,
  });
}

export function useRecordComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRecordComplaintRequest) => api.post<TComplaintReceipt>('/api/complaints', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['complaints', 'list'] }),
  });
}

/** Every handling step goes through one endpoint; its answer is the complaint as it now stands. */
export function useComplaintAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TComplaintAction) =>
      api.post<TComplaint>(`/api/complaints/${enc(id)}/actions`, action),
    onSuccess: async (complaint) => {
      queryClient.setQueryData(complaintKey(id), complaint);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['complaints', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['complaints', 'one'] }),
        queryClient.invalidateQueries({ queryKey: ['complaint-input-requests'] }),
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      ]);
    },
  });
}

export function useAddAttachments(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: FormData) => api.post<TComplaint>(`/api/complaints/${enc(id)}/attachments`, form),
    onSuccess: (complaint) => queryClient.setQueryData(complaintKey(id), complaint),
  });
}

export function attachmentUrl(id: string, fileId: string): string {
  return `/api/complaints/${enc(id)}/attachments/${enc(fileId)}`;
}

/** The receipt (tanda terima) as a PDF: the PIN is needed because only its hash is stored. */
export function receiptPdf(id: string, pin: string): Promise<Blob> {
  return postForBlob(`/api/complaints/${enc(id)}/receipt`, { pin });
}

/** The printed answer of an answered complaint, with the survey QR code, for the team to hand over. */
export function answerPdf(id: string): Promise<Blob> {
  return getForBlob(`/api/complaints/${enc(id)}/answer.pdf`);
}

export type InputRequestStatus = 'open' | 'answered' | 'all';

export function useInputRequests(status: InputRequestStatus) {
  return useQuery({
    queryKey: ['complaint-input-requests', status],
    queryFn: () => api.get<{ items: TInputRequest[] }>(`/api/complaint-input-requests?status=${status}`),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useAnswerInputRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: string }) =>
      api.post<TInputRequest>(`/api/complaint-input-requests/${enc(id)}/answer`, { answer }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['complaint-input-requests'] }),
        queryClient.invalidateQueries({ queryKey: ['complaints', 'one'] }),
      ]);
    },
  });
}

/** Units (for input requests) and the people holding positions (for revealing an identity). */
export function useOrg(enabled = true) {
  return useQuery({
    queryKey: ['org'],
    queryFn: () => api.get<TOrgResponse>('/api/org'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useDailyTally(date: string) {
  return useQuery({
    queryKey: ['complaints', 'daily', date],
    queryFn: () => api.get<TDailyTally>(`/api/complaints/reports/daily?${queryString({ date })}`),
    placeholderData: keepPreviousData,
  });
}

export function useWeeklyRecap(week: string) {
  return useQuery({
    queryKey: ['complaints', 'weekly', week],
    queryFn: () => api.get<TWeeklyRecapView>(`/api/complaints/reports/weekly?${queryString({ week })}`),
    placeholderData: keepPreviousData,
  });
}

/** The chair sends the week's prepared recap to the head with a note (Pasal 10 ayat 2). */
export function useSendWeeklyRecap(week: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      api.post<TWeeklyRecapDelivery>('/api/complaints/reports/weekly/send', { week, note }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['complaints', 'weekly', week] }),
  });
}

export function weeklyFileUrl(week: string, kind: 'pdf' | 'xlsx'): string {
  return `/api/complaints/reports/weekly.${kind}?${queryString({ week })}`;
}
