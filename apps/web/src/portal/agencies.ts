import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';

export interface PublicAgency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  timeZone: string;
  address: string | null;
}

export function usePublicAgencies() {
  return useQuery({
    queryKey: ['public', 'agencies'],
    queryFn: () => api.get<{ agencies: PublicAgency[] }>('/api/public/agencies'),
    select: (data) => data.agencies,
  });
}
