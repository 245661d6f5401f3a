import type {
  TTemplateDetailResponse,
  TTemplateListResponse,
  TTemplatePublishResponse,
} from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForBlob } from '../../lib/api';

export function useTemplateList() {
  return useQuery({
    queryKey: ['document-templates', 'list'],
    queryFn: () => api.get<TTemplateListResponse>('/api/document-templates'),
  });
}

export function useTemplate(code: string, version: number | null) {
  return useQuery({
    queryKey: ['document-templates', code, version],
    queryFn: () =>
      api.get<TTemplateDetailResponse>(
        `/api/document-templates/${encodeURIComponent(code)}${version ? `?version=${version}` : ''}`,
      ),
  });
}

export function usePublishTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, template }: { code: string; template: unknown }) =>
      api.post<TTemplatePublishResponse>(
        `/api/document-templates/${encodeURIComponent(code)}/versions`,
        template,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['document-templates'] }),
  });
}

/** The DOCX of a stored version with its sample data (a plain link: the browser downloads it). */
export function templateDocxUrl(code: string, version: number, lang: 'id' | 'en'): string {
  return `/api/document-templates/${encodeURIComponent(code)}/preview.docx?version=${version}&lang=${lang}`;
}

/** Renders a template (a stored version or the editor's unpublished body) with data as a PDF Blob. */
export function previewTemplatePdf(
  code: string,
  body: { template?: unknown; version?: number; data?: unknown; lang: 'id' | 'en'; partial?: boolean },
): Promise<Blob> {
  return postForBlob(`/api/document-templates/${encodeURIComponent(code)}/preview`, body);
}
