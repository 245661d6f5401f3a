import type {
  TCompany,
  TCompanyList,
  TControlImport,
  TControlImportList,
  TSaveCompany,
  TSaveLicence,
} from '@sigap/contracts/investment-control';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryString } from '../../lib/listParams';

export interface CompanyFilters {
  q?: string | undefined;
  regency?: string | undefined;
  riskLevel?: string | undefined;
  investmentType?: string | undefined;
  scale?: string | undefined;
  page?: number | undefined;
}

export function useCompanies(filters: CompanyFilters) {
  return useQuery({
    queryKey: ['control', 'companies', filters],
    queryFn: () => api.get<TCompanyList>(`/api/control/companies?${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: ['control', 'company', id],
    queryFn: () => api.get<TCompany>(`/api/control/companies/${encodeURIComponent(id)}`),
  });
}

/** Records a company (no id) or edits one; the registry's lists and the company page are read again. */
export function useSaveCompany() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string | undefined; body: TSaveCompany }) =>
      id
        ? api.put<TCompany>(`/api/control/companies/${encodeURIComponent(id)}`, body)
        : api.post<TCompany>('/api/control/companies', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** Adds a licence to a company (no licence id) or edits one. */
export function useSaveLicence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      companyId,
      licenceId,
      body,
    }: {
      companyId: string;
      licenceId?: string | undefined;
      body: TSaveLicence;
    }) => {
      const base = `/api/control/companies/${encodeURIComponent(companyId)}/licences`;
      return licenceId
        ? api.put<TCompany>(`${base}/${encodeURIComponent(licenceId)}`, body)
        : api.post<TCompany>(base, body);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export function useControlImports() {
  return useQuery({
    queryKey: ['control', 'imports'],
    queryFn: () => api.get<TControlImportList>('/api/control/imports'),
  });
}

export function usePreviewImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: string; file: File }) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file);
      return api.post<TControlImport>('/api/control/imports', form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control', 'imports'] }),
  });
}

export function useRunImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<TControlImport>(`/api/control/imports/${encodeURIComponent(id)}/run`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}
