import { Anchor, Badge, Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { INBOX_TABS, type TInboxItem } from '@sigap/contracts';
import { IconAlertTriangle, IconPlayerPause, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateRangeFilter, FilterBar, ListView, useIsPhone } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatDate, formatTimeZoned } from '../../lib/format';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { formatTimeLeft } from '../../lib/workingTime';
import { useSession } from '../auth/session';
import { roleLabel } from '../roles';
import { useSopList } from '../sop/api';
import { type InboxParams, useInbox, useStartableSops } from './api';
import { StartCaseModal } from './StartCaseModal';

type Tab = (typeof INBOX_TABS)[number];
const PAGE_SIZE = 25;

function readParams(params: URLSearchParams): InboxParams {
  return {
    tab: oneOf<Tab>(params, 'tab', INBOX_TABS) ?? 'mine',
    status: params.get('status') === 'done' ? 'done' : 'ready',
    sort: params.get('sort') === 'ready' ? 'ready' : 'due',
    page: pageParam(params) ?? 1,
    pageSize: PAGE_SIZE,
    sop: textParam(params, 'sop'),
    from: textParam(params, 'from'),
    to: textParam(params, 'to'),
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

function InboxCard({ item, tz }: { item: TInboxItem; tz: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
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
        <CaseFlags item={item} lang={lang} />
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
  );
}

/** What the managing module flags on a task's case (a service request's priority service). */
function CaseFlags({ item, lang }: { item: TInboxItem; lang: 'id' | 'en' }) {
  return item.flags.map((f) => (
    <Badge
      key={f.code}
      color="red"
      variant="filled"
      size="sm"
      mt={4}
      mr={4}
      tt="none"
      style={{ height: 'auto', whiteSpace: 'normal', maxWidth: '100%' }}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }}
    >
      {f.label[lang]}
    </Badge>
  ));
}

export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.inbox'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const lang = currentLang();
  const { filters: params, update, setPage } = useListParams(readParams);
  const inbox = useInbox(params);
  const sopOptions = useSopOptions();
  const [starting, setStarting] = useState(false);
  const isMobile = useIsPhone();

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

      <FilterBar legend={t('office.inbox.filters')}>
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
        <DateRangeFilter
          from={params.from}
          to={params.to}
          labels={{ from: t('office.inbox.from'), to: t('office.inbox.to') }}
          onChange={update}
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
      </FilterBar>

      <ListView
        query={inbox}
        empty={t(`office.inbox.empty.${params.tab}`)}
        total={(count) => t('office.inbox.total', { count })}
        label={t('office.inbox.tableLabel')}
        keyOf={(item) => `${item.caseId}-${item.taskId}`}
        minWidth={980}
        rowStyle={(item) =>
          item.overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' } : undefined
        }
        cardStyle={(item) =>
          item.overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined
        }
        sort={params.sort}
        onSort={(sort) => update({ sort })}
        columns={[
          {
            key: 'case',
            header: t('office.inbox.col.case'),
            cell: (item) => (
              <>
                <Anchor component={Link} to={`/office/kasus/${item.caseId}`} fw={600} size="sm">
                  {item.caseNumber}
                </Anchor>
                <Text size="sm">{item.contentHidden ? t('office.case.hiddenSubject') : item.subject}</Text>
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
                <CaseFlags item={item} lang={lang} />
              </>
            ),
          },
          {
            key: 'sop',
            header: t('office.inbox.col.sop'),
            cell: (item) => <Text size="sm">{item.sopTitle[lang]}</Text>,
          },
          {
            key: 'step',
            header: t('office.inbox.col.step'),
            cell: (item) => (
              <>
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
              </>
            ),
          },
          {
            key: 'role',
            header: t('office.inbox.col.role'),
            cell: (item) => <Text size="sm">{roleLabel(item.role, lang)}</Text>,
          },
          {
            key: 'assignee',
            header: t('office.inbox.col.assignee'),
            cell: (item) => <Text size="sm">{item.assigneeName ?? t('office.inbox.unassigned')}</Text>,
          },
          {
            key: 'ready',
            header: t('office.inbox.col.ready'),
            // the server sorts ready times newest first and due times earliest first
            sort: { value: 'ready', direction: 'descending' },
            cell: (item) => (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(item.readyAt, tz, lang)}
                </Text>
                <Text size="sm">{formatTimeZoned(item.readyAt, tz, lang)}</Text>
              </>
            ),
          },
          {
            key: 'due',
            header: t('office.inbox.col.due'),
            sort: { value: 'due', direction: 'ascending' },
            cell: (item) => <DueCell item={item} tz={tz} />,
          },
        ]}
        card={(item) => <InboxCard item={item} tz={tz} />}
        page={params.page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
      <StartCaseModal opened={starting} onClose={() => setStarting(false)} />
    </Stack>
  );
}
