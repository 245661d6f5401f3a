import type {
  TArchiveResponse,
  TCreateDocumentRequest,
  TDocumentAction,
  TDocumentDetail,
  TDocumentListItem,
  TDocumentOptions,
  TUpdateDocumentRequest,
} from '@sigap/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export const documentKey = (id: string) => ['document', id] as const;

/** Templates, units and people for the drafting and submitting forms. */
export function useDocumentOptions(enabled = true) {
  return useQuery({
    queryKey: ['documents', 'options'],
    queryFn: () => api.get<TDocumentOptions>('/api/documents/options'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCaseDocuments(caseId: string) {
  return useQuery({
    queryKey: ['documents', 'case', caseId],
    queryFn: () =>
      api.get<{ items: TDocumentListItem[] }>(`/api/documents?caseId=${encodeURIComponent(caseId)}`),
    select: (data) => data.items,
  });
}

export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateDocumentRequest) => api.post<{ id: string }>('/api/documents', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents', 'case'] }),
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKey(id),
    queryFn: () => api.get<TDocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
    refetchInterval: 60_000,
  });
}

/** After a change the document, its PDF preview and the case's list are read again. */
function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: documentKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['documents', 'case'] }),
      queryClient.invalidateQueries({ queryKey: ['case'] }),
    ]);
}

export function useUpdateDocument(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: TUpdateDocumentRequest) =>
      api.put<{ revision: number }>(`/api/documents/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}

export function useDocumentAction(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (action: TDocumentAction) =>
      api.post<{ status: string; number: string | null; pdfSha256: string | null }>(
        `/api/documents/${encodeURIComponent(id)}/actions`,
        action,
      ),
    onSuccess: refresh,
  });
}

export interface ArchiveParams {
  q?: string | undefined;
  type?: string | undefined;
  classification?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
}

export function useArchive(params: ArchiveParams) {
  return useQuery({
    queryKey: ['archive', params],
    queryFn: () => api.get<TArchiveResponse>(`/api/archive?${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

export const pdfUrl = (id: string, download = false) =>
  `/api/documents/${encodeURIComponent(id)}/pdf${download ? '?download=1' : ''}`;
export const docxUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/docx`;
