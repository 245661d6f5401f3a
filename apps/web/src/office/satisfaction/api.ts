import type { TIkmReport } from '@sigap/contracts/satisfaction';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface IkmFilter {
  service: string;
  unitId: string;
  period: 'month' | 'quarter' | 'year';
  year: number;
  part: number;
}

export function ikmQuery(f: IkmFilter): string {
  const q = new URLSearchParams({ service: f.service, period: f.period, year: String(f.year) });
  if (f.unitId) q.set('unitId', f.unitId);
  if (f.period !== 'year') q.set('part', String(f.part));
  return q.toString();
}

export function useIkmReport(f: IkmFilter) {
  return useQuery({
    queryKey: ['ikm', ikmQuery(f)],
    queryFn: () => api.get<TIkmReport>(`/api/ikm?${ikmQuery(f)}`),
  });
}
