import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Filters as a query string for the API or the address; empty and absent values are left out. */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

/** One parameter of the address, or undefined when it is absent or empty. */
export function textParam(params: URLSearchParams, key: string): string | undefined {
  return params.get(key) || undefined;
}

/** One parameter when it is one of `allowed`, else undefined (a hand-edited address). */
export function oneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = params.get(key);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The `page` parameter when it is a page after the first, else undefined. */
export function pageParam(params: URLSearchParams): number | undefined {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : undefined;
}

type Patch = Record<string, string | number | null | undefined>;

/**
 * A list's filters, sort and page kept in the address (so a filtered list can be bookmarked,
 * shared and reloaded), read by `read`. `update` sets or clears parameters and, unless it sets
 * the page, goes back to the first page; `search` is the typed search, written to `q` once the
 * user stops typing.
 */
export function useListParams<F extends object>(read: (params: URLSearchParams) => F) {
  const [params, setParams] = useSearchParams();
  const filters = read(params);
  const q = 'q' in filters && typeof filters.q === 'string' ? filters.q : '';

  const update = (patch: Patch) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };

  const setPage = (page: number) => update({ page: page > 1 ? page : undefined });

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed search updates the address
  useEffect(() => {
    if (q !== debounced.trim()) update({ q: debounced.trim() });
  }, [debounced]);

  return { params, filters, update, setPage, search, setSearch };
}
