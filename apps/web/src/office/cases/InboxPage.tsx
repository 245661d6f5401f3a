import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { INBOX_TABS, type TInboxItem } from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconPlayerPause,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pager } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDate, formatTimeZoned } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { formatTimeLeft } from '../../lib/workingTime';
import { useSession } from '../auth/session';
import { roleLabel } from '../roles';
import { useSopList } from '../sop/api';
import { type InboxParams, useInbox, useStartableSops } from './api';
import { StartCaseModal } from './StartCaseModal';

type Tab = (typeof INBOX_TABS)[number];
type Sort = 'due' | 'ready';
const PAGE_SIZE = 25;

function readParams(params: URLSearchParams): InboxParams {
  const tab = params.get('tab');
  const page = Number(params.get('page'));
  return {
    tab: INBOX_TABS.includes(tab as Tab) ? (tab as Tab) : 'mine',
    status: params.get('status') === 'done' ? 'done' : 'ready',
    sort: params.get('sort') === 'ready' ? 'ready' : 'due',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
    sop: params.get('sop') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
}

/** The SOPs to filter by: every SOP of the agency when the SOP list answers, else those the user may start. */
function useSopOptions() {
  const lang = currentLang();
  const list = useSopList();
  const startable = useStartableSops(list.isError);
  const source = list.data?.sops ?? startable.data ?? [];
  return source.map((s) => ({
    value: s.key,
    label: s.code ? `${s.code} · ${s.title[lang]}` : s.title[lang],
  }));
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: Sort;
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const { t } = useTranslation();
  const active = sort === column;
  // the server sorts due times earliest first and ready times newest first
  const direction = column === 'due' ? 'ascending' : 'descending';
  const Icon = column === 'due' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" aria-sort={active ? direction : 'none'} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, position: 'relative' }}
      >
        {label}
        {active ? (
          <Icon size={14} aria-hidden="true" />
        ) : (
          <VisuallyHidden>{t('office.inbox.sortBy')}</VisuallyHidden>
        )}
      </UnstyledButton>
    </Table.Th>
  );
}

function DueCell({ item, tz }: { item: TInboxItem; tz: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!item.dueAt)
    return <Text size="sm">{item.paused ? t('office.inbox.pausedDue') : t('office.inbox.noDue')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(item.dueAt, tz, lang)}
      </Text>
      <Text size="sm">{formatTimeZoned(item.dueAt, tz, lang)}</Text>
      {item.workingMinutesLeft !== null && (
        <Text size="xs" c={item.overdue ? 'red.9' : 'dimmed'} fw={item.overdue ? 700 : 400}>
          {formatTimeLeft(item.workingMinutesLeft, t)}
        </Text>
      )}
      {item.overdue && (
        <Badge
          color="red.9"
          variant="filled"
          size="sm"
          leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
        >
          {t('office.inbox.overdueBadge')}
        </Badge>
      )}
    </Stack>
  );
}

function InboxCards({ items, tz }: { items: TInboxItem[]; tz: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack
      gap="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('office.inbox.tableLabel')}
    >
      {items.map((item) => (
        <Paper
          key={`${item.caseId}-${item.taskId}`}
          component="li"
          withBorder
          p="sm"
          style={item.overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}
        >
          <Stack gap={4}>
            <Anchor component={Link} to={`/office/kasus/${item.caseId}`} fw={700} size="sm">
              {item.caseNumber}
            </Anchor>
            <Text size="sm" fw={600}>
              {item.contentHidden ? t('office.case.hiddenSubject') : item.subject}
            </Text>
            <Text size="xs" c="dimmed">
              {item.sopTitle[lang]}
            </Text>
            <Text size="sm">
              <Text span fw={700}>
                {t('office.case.stepNo', { no: item.stepNo })}
              </Text>{' '}
              {item.activity[lang]}
            </Text>
            <Group gap={6}>
              {item.iteration > 0 && (
                <Badge color="orange" variant="light" size="sm">
                  {t('office.case.iteration', { n: item.iteration + 1 })}
                </Badge>
              )}
              {item.paused && (
                <Badge color="gray" variant="light" size="sm">
                  {t('office.case.paused')}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              {roleLabel(item.role, lang)} · {item.assigneeName ?? t('office.inbox.unassigned')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('office.inbox.col.ready')}: {formatDate(item.readyAt, tz, lang)},{' '}
              {formatTimeZoned(item.readyAt, tz, lang)}
            </Text>
            <div>
              <Text size="xs" fw={700}>
                {t('office.inbox.col.due')}
              </Text>
              <DueCell item={item} tz={tz} />
            </div>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.inbox'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const lang = currentLang();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const inbox = useInbox(params);
  const sopOptions = useSopOptions();
  const [starting, setStarting] = useState(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)');

  const update = (patch: Partial<Record<keyof InboxParams, string | undefined>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in patch)) next.delete('page');
    setSearchParams(next, { replace: true });
  };

  const counts = inbox.data?.counts;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('office.nav.inbox')}</Title>
        <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setStarting(true)}>
          {t('office.inbox.start.open')}
        </Button>
      </Group>

      <Tabs value={params.tab} onChange={(v) => v && update({ tab: v })} keepMounted={false}>
        <Tabs.List aria-label={t('office.inbox.tabsLabel')}>
          {INBOX_TABS.map((tab) => (
            <Tabs.Tab
              key={tab}
              value={tab}
              rightSection={
                counts ? (
                  <Badge
                    size="sm"
                    variant={tab === 'overdue' && counts[tab] > 0 ? 'filled' : 'light'}
                    color={tab === 'overdue' && counts[tab] > 0 ? 'red.9' : 'blue'}
                  >
                    {counts[tab]}
                  </Badge>
                ) : undefined
              }
            >
              {t(`office.inbox.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <Group align="flex-end" gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <VisuallyHidden component="legend">{t('office.inbox.filters')}</VisuallyHidden>
        <Select
          label={t('office.inbox.filterSop')}
          placeholder={t('office.inbox.allSops')}
          data={sopOptions}
          value={params.sop ?? null}
          onChange={(v) => update({ sop: v ?? undefined })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', sm: 320 }}
          clearButtonProps={{ 'aria-label': t('office.inbox.clearSop') }}
        />
        <Select
          label={t('office.inbox.filterStatus')}
          data={[
            { value: 'ready', label: t('office.inbox.status.ready') },
            { value: 'done', label: t('office.inbox.status.done') },
          ]}
          value={params.status}
          allowDeselect={false}
          onChange={(v) => update({ status: v ?? 'ready' })}
          w={{ base: '100%', xs: 160 }}
        />
        <TextInput
          type="date"
          label={t('office.inbox.from')}
          value={params.from ?? ''}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={{ base: '47%', xs: 170 }}
        />
        <TextInput
          type="date"
          label={t('office.inbox.to')}
          value={params.to ?? ''}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={{ base: '47%', xs: 170 }}
        />
        {isMobile && (
          <Select
            label={t('office.inbox.sortLabel')}
            data={[
              { value: 'due', label: t('office.inbox.sortDue') },
              { value: 'ready', label: t('office.inbox.sortReady') },
            ]}
            value={params.sort}
            allowDeselect={false}
            onChange={(v) => update({ sort: v ?? 'due' })}
            w="100%"
          />
        )}
      </Group>

      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.data.items.length === 0 ? (
        <Text>{t(`office.inbox.empty.${params.tab}`)}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {t('office.inbox.total', { count: inbox.data.total })}
          </Text>
          {isMobile ? (
            <InboxCards items={inbox.data.items} tz={tz} />
          ) : (
            <Table.ScrollContainer
              type="native"
              minWidth={980}
              role="region"
              tabIndex={0}
              aria-label={t('office.inbox.tableLabel')}
            >
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('office.inbox.col.case')}</Table.Th>
                    <Table.Th scope="col">{t('office.inbox.col.sop')}</Table.Th>
                    <Table.Th scope="col">{t('office.inbox.col.step')}</Table.Th>
                    <Table.Th scope="col">{t('office.inbox.col.role')}</Table.Th>
                    <Table.Th scope="col">{t('office.inbox.col.assignee')}</Table.Th>
                    <SortHeader
                      label={t('office.inbox.col.ready')}
                      column="ready"
                      sort={params.sort}
                      onSort={(s) => update({ sort: s })}
                    />
                    <SortHeader
                      label={t('office.inbox.col.due')}
                      column="due"
                      sort={params.sort}
                      onSort={(s) => update({ sort: s })}
                    />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inbox.data.items.map((item) => (
                    <Table.Tr
                      key={`${item.caseId}-${item.taskId}`}
                      style={
                        item.overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' } : undefined
                      }
                    >
                      <Table.Td>
                        <Anchor component={Link} to={`/office/kasus/${item.caseId}`} fw={600} size="sm">
                          {item.caseNumber}
                        </Anchor>
                        <Text size="sm">
                          {item.contentHidden ? t('office.case.hiddenSubject') : item.subject}
                        </Text>
                        {item.paused && (
                          <Badge
                            color="gray"
                            variant="light"
                            size="sm"
                            mt={4}
                            leftSection={<IconPlayerPause size={12} aria-hidden="true" />}
                          >
                            {t('office.case.paused')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.sopTitle[lang]}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <Text span fw={700}>
                            {t('office.case.stepNo', { no: item.stepNo })}
                          </Text>{' '}
                          {item.activity[lang]}
                        </Text>
                        {item.iteration > 0 && (
                          <Badge color="orange" variant="light" size="sm" mt={4}>
                            {t('office.case.iteration', { n: item.iteration + 1 })}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{roleLabel(item.role, lang)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.assigneeName ?? t('office.inbox.unassigned')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(item.readyAt, tz, lang)}
                        </Text>
                        <Text size="sm">{formatTimeZoned(item.readyAt, tz, lang)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <DueCell item={item} tz={tz} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager
            total={inbox.data.total}
            pageSize={PAGE_SIZE}
            page={params.page}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
      <StartCaseModal opened={starting} onClose={() => setStarting(false)} />
    </Stack>
  );
}
