import type { TLoginRequest, TMeResponse } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { i18n, storedLanguage } from '../../i18n';
import { api, isApiError, setCsrfToken } from '../../lib/api';

export const ME_QUERY_KEY = ['me'] as const;

async function fetchMe(): Promise<TMeResponse | null> {
  try {
    const me = await api.get<TMeResponse>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The current session: the user, agency, roles and positions, or `null` when not logged in. */
export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** The session of a page inside the office layout, which only renders once it is known. */
export function useSession(): TMeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside the logged-in office layout');
  return data;
}

export function hasRole(me: TMeResponse, roles: readonly string[] | undefined): boolean {
  return !roles || roles.length === 0 || roles.some((r) => me.roles.includes(r));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) => api.post<TMeResponse>('/api/auth/login', body),
    onSuccess: async (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
      // the saved preference applies unless this browser's user already picked a language
      if (!storedLanguage() && me.user.language !== i18n.language)
        await i18n.changeLanguage(me.user.language);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
