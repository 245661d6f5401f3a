import type { TServiceStandardList, TServiceStandardView } from '@sigap/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function useServiceStandards(agencyId: string | null) {
  return useQuery({
    queryKey: ['public', 'service-standards', agencyId],
    queryFn: () =>
      api.get<TServiceStandardList>(
        `/api/public/service-standards?agencyId=${encodeURIComponent(agencyId!)}`,
      ),
    enabled: !!agencyId,
  });
}

export function useServiceStandard(key: string, agencyId: string | null) {
  return useQuery({
    queryKey: ['public', 'service-standards', key, agencyId],
    queryFn: () =>
      api.get<TServiceStandardView>(
        `/api/public/service-standards/${encodeURIComponent(key)}?agencyId=${encodeURIComponent(agencyId!)}`,
      ),
    enabled: !!agencyId,
  });
}
