import type { TCalendarResponse, TCreateCalendarDayRequest } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const calendarKey = (year: number) => ['calendar', year] as const;

export function useCalendar(year: number, enabled = true) {
  return useQuery({
    queryKey: calendarKey(year),
    queryFn: () => api.get<TCalendarResponse>(`/api/calendar?year=${year}`),
    enabled,
  });
}

export function useAddCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateCalendarDayRequest) => api.post<unknown>('/api/calendar/days', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useRemoveCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/calendar/days/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
