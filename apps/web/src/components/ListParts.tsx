import { Pagination, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Page links under a list, shown only when there is more than one page. */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Pagination
      total={pages}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`office.inbox.pagination.${control}`) })}
      getItemProps={(p) => ({ 'aria-label': t('office.inbox.pagination.page', { page: p }) })}
    />
  );
}

/** A list's rows as cards on a phone (a labelled `ul`), instead of the table. */
export function CardList<T>({
  label,
  items,
  keyOf,
  children,
}: {
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <Paper key={keyOf(item)} component="li" withBorder p="sm">
          {children(item)}
        </Paper>
      ))}
    </Stack>
  );
}
