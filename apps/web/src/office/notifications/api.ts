import type { TNotificationList } from '@sigap/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** The user's notices; the bell's count refreshes every 30 seconds and when the window regains focus. */
export function useNotifications(opts: {
  unread?: boolean;
  page?: number;
  pageSize?: number;
  poll?: boolean;
}) {
  const params = new URLSearchParams({
    unread: opts.unread ? 'true' : 'false',
    page: String(opts.page ?? 1),
    pageSize: String(opts.pageSize ?? 20),
  });
  return useQuery({
    queryKey: ['notifications', params.toString()],
    queryFn: () => api.get<TNotificationList>(`/api/notifications?${params}`),
    placeholderData: keepPreviousData,
    refetchInterval: opts.poll ? 30_000 : false,
    refetchOnWindowFocus: true,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      api.post<{ marked: number }>(
        id === 'all' ? '/api/notifications/read-all' : `/api/notifications/${encodeURIComponent(id)}/read`,
        {},
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
