import { Badge, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_LABEL_KEYS, type StatusOf, type StatusSet, statusColor } from '../lib/statuses';

/**
 * A status as a badge in its set's colour (`lib/statuses.ts`), the same in the office and the
 * portal. The label is the set's usual wording unless `label` gives the audience's own.
 */
export function StatusBadge<S extends StatusSet>({
  set,
  status,
  label,
  size = 'md',
  wrap = false,
  icon,
  mt,
}: {
  set: S;
  status: StatusOf<S> | (string & {});
  label?: string;
  size?: MantineSize;
  /** Sentence case, wrapping on a narrow screen (the portal's long public wording). */
  wrap?: boolean;
  icon?: ReactNode;
  mt?: number;
}) {
  const { t } = useTranslation();
  const text =
    label ??
    (t as (key: string, options?: object) => string)(STATUS_LABEL_KEYS[set](status), {
      defaultValue: status,
    });
  return (
    <Badge
      component="span"
      color={statusColor(set, status)}
      variant="light"
      size={size}
      leftSection={icon}
      mt={mt}
      tt={wrap ? 'none' : undefined}
      style={wrap ? { height: 'auto', whiteSpace: 'normal' } : undefined}
      styles={
        wrap
          ? // a long status ("Diterima, pertemuan akan dijadwalkan") wraps inside a narrow column
            { label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }
          : { root: { overflow: 'visible', maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }
      }
    >
      {text}
    </Badge>
  );
}
