import {
  Group,
  Pagination,
  Paper,
  Stack,
  Table,
  type TableProps,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './Loading';
import { QueryError } from './QueryError';

/** Phones get cards instead of tables below this width. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/** Whether the screen is a phone's (cards, not tables). */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY) ?? false;
}

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
      getControlProps={(control) => ({ 'aria-label': t(`lists.pagination.${control}`) })}
      getItemProps={(p) => ({ 'aria-label': t('lists.pagination.page', { page: p }) })}
    />
  );
}

/** A list's rows as cards on a phone (a labelled `ul`), instead of the table. */
export function CardList<T>({
  label,
  items,
  keyOf,
  cardStyle,
  children,
}: {
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  cardStyle?: (item: T) => CSSProperties | undefined;
  children: (item: T) => ReactNode;
}) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <Paper key={keyOf(item)} component="li" withBorder p="sm" style={cardStyle?.(item)}>
          {children(item)}
        </Paper>
      ))}
    </Stack>
  );
}

/** The filters above a list: a row of fields in a fieldset named for screen readers. */
export function FilterBar({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <VisuallyHidden component="legend">{legend}</VisuallyHidden>
      {children}
    </Group>
  );
}

/** A from–to date filter (ISO dates in the address); each field half a phone's width. */
export function DateRangeFilter({
  from,
  to,
  labels,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  labels: { from: string; to: string };
  onChange: (patch: { from?: string; to?: string }) => void;
}) {
  return (
    <>
      <TextInput
        type="date"
        label={labels.from}
        value={from ?? ''}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
        w={{ base: '47%', xs: 170 }}
      />
      <TextInput
        type="date"
        label={labels.to}
        value={to ?? ''}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
        w={{ base: '47%', xs: 170 }}
      />
    </>
  );
}

/** One column of a list's table. */
export interface Column<T> {
  key: string;
  header: string;
  cell: (item: T) => ReactNode;
  /** The header is for screen readers only (a column of buttons). */
  hiddenHeader?: boolean;
  /** The list can be sorted by this column: the sort's value and the order the server sorts in. */
  sort?: { value: string; direction: 'ascending' | 'descending' };
  style?: CSSProperties;
  maw?: number;
}

function SortHeader({
  label,
  sort,
  active,
  onSort,
}: {
  label: string;
  sort: NonNullable<Column<unknown>['sort']>;
  active: boolean;
  onSort: (value: string) => void;
}) {
  const { t } = useTranslation();
  const Icon = sort.direction === 'ascending' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" aria-sort={active ? sort.direction : 'none'} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton
        onClick={() => onSort(sort.value)}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, position: 'relative' }}
      >
        {label}
        {active ? (
          <Icon size={14} aria-hidden="true" />
        ) : (
          <VisuallyHidden>{t('lists.sortBy')}</VisuallyHidden>
        )}
      </UnstyledButton>
    </Table.Th>
  );
}

/** A list's rows as a table that scrolls sideways on its own (a labelled, focusable region). */
export function ListTable<T>({
  label,
  labelledBy,
  minWidth,
  columns,
  items,
  keyOf,
  rowStyle,
  sort,
  onSort,
  tableProps,
}: {
  label?: string;
  labelledBy?: string;
  minWidth: number;
  columns: readonly Column<T>[];
  items: readonly T[];
  keyOf: (item: T) => string;
  rowStyle?: (item: T) => CSSProperties | undefined;
  sort?: string;
  onSort?: (value: string) => void;
  tableProps?: TableProps;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      role="region"
      tabIndex={0}
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      <Table striped highlightOnHover verticalSpacing="sm" {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) =>
              c.sort && onSort ? (
                <SortHeader
                  key={c.key}
                  label={c.header}
                  sort={c.sort}
                  active={sort === c.sort.value}
                  onSort={onSort}
                />
              ) : (
                <Table.Th key={c.key} scope="col">
                  {c.hiddenHeader ? <VisuallyHidden>{c.header}</VisuallyHidden> : c.header}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={keyOf(item)} style={rowStyle?.(item)}>
              {columns.map((c) => (
                <Table.Td key={c.key} style={c.style} maw={c.maw}>
                  {c.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One page of a list as the server answers it. */
interface ListData {
  items: readonly unknown[];
  total: number;
  pageSize?: number;
}

type ItemOf<D extends ListData> = D['items'][number];

/** What a list page needs of its query (a TanStack Query result). */
interface ListQuery<D> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: D | undefined;
  refetch: () => unknown;
}

/**
 * A list's states: loading, an error with a retry, the empty message, or the list itself.
 * For lists that are not tables (cards of requests, notices); `ListView` builds on it.
 */
export function ListState<D>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: ListQuery<D>;
  isEmpty: (data: D) => boolean;
  empty: string;
  children: (data: D) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty(query.data)) return <Text>{empty}</Text>;
  return <>{children(query.data)}</>;
}

/**
 * The one list page pattern: loading, error with retry, empty, the count, a table on a wide
 * screen and cards on a phone, and the pages under it.
 */
export function ListView<D extends ListData>({
  query,
  empty,
  total,
  label,
  keyOf,
  columns,
  card,
  cardStyle,
  rowStyle,
  minWidth,
  sort,
  onSort,
  tableProps,
  page,
  pageSize,
  onPage,
}: {
  query: ListQuery<D>;
  empty: string;
  /** The count above the list. */
  total?: (count: number) => string;
  label: string;
  keyOf: (item: ItemOf<D>) => string;
  columns: readonly Column<ItemOf<D>>[];
  /** The phone card of one item; without it the table shows on phones too. */
  card?: (item: ItemOf<D>) => ReactNode;
  cardStyle?: (item: ItemOf<D>) => CSSProperties | undefined;
  rowStyle?: (item: ItemOf<D>) => CSSProperties | undefined;
  minWidth: number;
  sort?: string;
  onSort?: (value: string) => void;
  tableProps?: TableProps;
  /** The page shown and how to show another; a list without them has one page. */
  page?: number;
  /** When the answer does not say its page size. */
  pageSize?: number;
  onPage?: (page: number) => void;
}) {
  const phone = useIsPhone();
  return (
    <ListState query={query} isEmpty={(data) => data.items.length === 0} empty={empty}>
      {(data) => (
        <>
          {total && (
            <Text size="sm" aria-live="polite">
              {total(data.total)}
            </Text>
          )}
          {phone && card ? (
            <CardList label={label} items={data.items} keyOf={keyOf} cardStyle={cardStyle}>
              {card}
            </CardList>
          ) : (
            <ListTable
              label={label}
              minWidth={minWidth}
              columns={columns}
              items={data.items}
              keyOf={keyOf}
              rowStyle={rowStyle}
              sort={sort}
              onSort={onSort}
              tableProps={tableProps}
            />
          )}
          {onPage && (
            <Pager
              total={data.total}
              pageSize={pageSize ?? data.pageSize ?? data.items.length}
              page={page ?? 1}
              onChange={onPage}
            />
          )}
        </>
      )}
    </ListState>
  );
}
