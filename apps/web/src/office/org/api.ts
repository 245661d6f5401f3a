import type {
  TAssignPositionRequest,
  TCreatePositionRequest,
  TCreateUnitRequest,
  TCreateUserRequest,
  TOrgResponse,
  TUnit,
  TUpdatePositionRequest,
  TUpdateUnitRequest,
  TUpdateUserRequest,
} from '@sigap/contracts';
import { ROLES } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { ME_QUERY_KEY } from '../auth/session';

export const ORG_KEY = ['org'] as const;

export function useOrg() {
  return useQuery({ queryKey: ORG_KEY, queryFn: () => api.get<TOrgResponse>('/api/org') });
}

/** A write to the organisation; afterwards the chart (and the user's own positions) are fetched again. */
function useOrgMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ORG_KEY }),
        queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
      ]);
    },
  });
}

const id = (value: string) => encodeURIComponent(value);

export const useCreateUnit = () =>
  useOrgMutation((body: TCreateUnitRequest) => api.post<TUnit>('/api/org/units', body));
export const useUpdateUnit = () =>
  useOrgMutation(({ unitId, body }: { unitId: string; body: TUpdateUnitRequest }) =>
    api.patch<TUnit>(`/api/org/units/${id(unitId)}`, body),
  );
export const useDeleteUnit = () =>
  useOrgMutation((unitId: string) => api.delete(`/api/org/units/${id(unitId)}`));
export const useCreatePosition = () =>
  useOrgMutation((body: TCreatePositionRequest) => api.post('/api/org/positions', body));
export const useUpdatePosition = () =>
  useOrgMutation(({ positionId, body }: { positionId: string; body: TUpdatePositionRequest }) =>
    api.patch(`/api/org/positions/${id(positionId)}`, body),
  );
export const useCreateUser = () =>
  useOrgMutation((body: TCreateUserRequest) => api.post('/api/org/users', body));
export const useUpdateUser = () =>
  useOrgMutation(({ userId, body }: { userId: string; body: TUpdateUserRequest }) =>
    api.patch(`/api/org/users/${id(userId)}`, body),
  );
export const useAssign = () =>
  useOrgMutation((body: TAssignPositionRequest) => api.post('/api/org/assignments', body));
export const useUnassign = () =>
  useOrgMutation((assignmentId: string) => api.delete(`/api/org/assignments/${id(assignmentId)}`));

export function unitName(unit: Pick<TUnit, 'name' | 'nameEn'>, lang: 'id' | 'en'): string {
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}

export function positionTitle(position: { title: string; titleEn: string }, lang: 'id' | 'en'): string {
  return lang === 'en' && position.titleEn ? position.titleEn : position.title;
}

export function roleLabel(code: string, lang: 'id' | 'en'): string {
  const role = (ROLES as Record<string, { id: string; en: string } | undefined>)[code];
  return role ? role[lang] : code;
}

export interface TreeRow {
  unit: TUnit;
  depth: number;
}

/** Units in tree order (parents before children, siblings by code), each with its depth. */
export function unitTree(units: readonly TUnit[]): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, TUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      rows.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The ids of a unit and all units below it (a unit cannot move under its own descendant). */
export function descendantIds(units: readonly TUnit[], unitId: string): Set<string> {
  const result = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && result.has(u.parentId) && !result.has(u.id)) {
        result.add(u.id);
        grew = true;
      }
    }
  }
  return result;
}
