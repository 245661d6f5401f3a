import { NavLink } from '@mantine/core';
import type { TUnit } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { unitName } from './api';

interface Props {
  units: readonly TUnit[];
  selectedId: string | null;
  onSelect: (unitId: string) => void;
  label: string;
}

/** The organisation chart as nested lists: each unit a button, indented under its parent. */
export function UnitTree({ units, selectedId, onSelect, label }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = (parentId: string | null) =>
    units
      .filter((u) => (parentId === null ? !u.parentId || !ids.has(u.parentId) : u.parentId === parentId))
      .sort((a, b) => a.code.localeCompare(b.code));

  const render = (parentId: string | null, depth: number, seen: Set<string>) => {
    const children = childrenOf(parentId).filter((u) => !seen.has(u.id));
    if (children.length === 0) return null;
    return (
      <ul className="unit-tree" aria-label={depth === 0 ? label : undefined}>
        {children.map((unit) => {
          const next = new Set(seen).add(unit.id);
          return (
            <li key={unit.id}>
              <NavLink
                component="button"
                type="button"
                onClick={() => onSelect(unit.id)}
                active={unit.id === selectedId}
                aria-current={unit.id === selectedId ? 'true' : undefined}
                label={unitName(unit, lang)}
                description={t(`office.org.kind.${unit.kind}`)}
                pl={12 + depth * 18}
                variant="light"
                styles={{ description: { color: 'inherit' } }}
              />
              {render(unit.id, depth + 1, next)}
            </li>
          );
        })}
      </ul>
    );
  };

  return render(null, 0, new Set());
}
