import type {
  TSopDetailResponse,
  TSopDraftDefinition,
  TSopDraftResponse,
  TSopImportRequest,
  TSopImportResponse,
  TSopListResponse,
  TSopPublishResponse,
} from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function useSopList() {
  return useQuery({
    queryKey: ['sops', 'list'],
    queryFn: () => api.get<TSopListResponse>('/api/sops'),
    staleTime: 5 * 60_000,
  });
}

export function useSopDetail(key: string, version: number) {
  return useQuery({
    queryKey: ['sop', key, version],
    queryFn: () => api.get<TSopDetailResponse>(`/api/sops/${encodeURIComponent(key)}/versions/${version}`),
    staleTime: 10 * 60_000,
  });
}

export function sopPdfUrl(key: string, version: number): string {
  return `/api/sops/${encodeURIComponent(key)}/versions/${version}/pdf`;
}

export function useImportSop() {
  return useMutation({
    mutationFn: (body: TSopImportRequest) => api.post<TSopImportResponse>('/api/sops/import', body),
  });
}

export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, definition }: { id: string | null; definition: TSopDraftDefinition }) =>
      id
        ? api.put<TSopDraftResponse>(`/api/sops/drafts/${encodeURIComponent(id)}`, { definition })
        : api.post<TSopDraftResponse>('/api/sops/drafts', { definition }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sops'] }),
  });
}

export function usePublishDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<TSopPublishResponse>(`/api/sops/drafts/${encodeURIComponent(id)}/publish`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sops'] }),
  });
}
