import type {
  TIssueSanction,
  TLkpmSanctionProposals,
  TSanction,
  TSanctionList,
  TSanctionProposal,
} from '@sigap/contracts/investment-control';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function useCompanySanctions(companyId: string) {
  return useQuery({
    queryKey: ['control', 'sanctions', 'company', companyId],
    queryFn: () =>
      api.get<TSanctionList>(`/api/control/companies/${encodeURIComponent(companyId)}/sanctions`),
  });
}

export function useSanctionProposal(companyId: string) {
  return useQuery({
    queryKey: ['control', 'sanctions', 'proposal', companyId],
    queryFn: () =>
      api.get<TSanctionProposal>(
        `/api/control/companies/${encodeURIComponent(companyId)}/sanctions/proposal`,
      ),
  });
}

export function useSanctions(overdue: boolean) {
  return useQuery({
    queryKey: ['control', 'sanctions', 'agency', overdue],
    queryFn: () => api.get<TSanctionList>(`/api/control/sanctions${overdue ? '?overdue=true' : ''}`),
  });
}

export function useIssueSanction(companyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TIssueSanction) =>
      api.post<TSanction>(`/api/control/companies/${encodeURIComponent(companyId)}/sanctions`, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

export function useMarkComplied() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, compliedOn }: { id: string; compliedOn: string }) =>
      api.post<TSanction>(`/api/control/sanctions/${encodeURIComponent(id)}/complied`, { compliedOn }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['control'] }),
  });
}

/** Companies that missed LKPM for two consecutive periods, with the warning proposed. */
export function useLkpmSanctionProposals() {
  return useQuery({
    queryKey: ['control', 'sanctions', 'lkpm-proposals'],
    queryFn: () => api.get<TLkpmSanctionProposals>('/api/control/sanctions/lkpm-proposals'),
  });
}
