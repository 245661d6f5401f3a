import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPE_CODES,
  type TComplaintListItem,
  type TComplaintStatus,
} from '@sigap/contracts/complaints';
import { IconEyeOff, IconLock, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FilterBar, ListView } from '../../components/ListParts';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDate, formatTimeZoned } from '../../lib/format';
import { oneOf, pageParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { COMPLAINT_INTAKE_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { type ComplaintFilters, useComplaints } from './api';
import { Due, OPEN_STATUSES } from './shared';

function readFilters(params: URLSearchParams): ComplaintFilters {
  return {
    status: oneOf<TComplaintStatus | 'open'>(params, 'status', [...COMPLAINT_STATUSES, 'open']),
    type: oneOf(params, 'type', COMPLAINT_TYPE_CODES),
    channel: oneOf(params, 'channel', COMPLAINT_CHANNEL_CODES),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    settledAtOnce: params.get('settledAtOnce') === 'true' ? 'true' : undefined,
    q: params.get('q') ?? undefined,
    page: pageParam(params),
  };
}

function Reporter({ item }: { item: TComplaintListItem }) {
  const { t } = useTranslation();
  if (item.reporterName) return <Text size="sm">{item.reporterName}</Text>;
  if (!item.anonymous)
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('complaints.list.noName')}
      </Text>
    );
  return (
    <Text size="sm" c="dimmed" fs="italic">
      <IconEyeOff size={14} aria-hidden="true" style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
      {t('complaints.identityHidden')}
    </Text>
  );
}

function Flags({ item }: { item: TComplaintListItem }) {
  const { t } = useTranslation();
  if (!item.anonymous && !item.confidential) return null;
  return (
    <Group gap={4} mt={2}>
      {item.anonymous && (
        <Badge size="xs" variant="outline" color="gray.8">
          {t('complaints.anonymous')}
        </Badge>
      )}
      {item.confidential && (
        <Badge
          size="xs"
          variant="outline"
          color="dark"
          leftSection={<IconLock size={10} aria-hidden="true" />}
        >
          {t('complaints.confidential')}
        </Badge>
      )}
    </Group>
  );
}

function Deadline({ item, tz, split }: { item: TComplaintListItem; tz: string; split?: boolean }) {
  const { t } = useTranslation();
  const open = OPEN_STATUSES.includes(item.status);
  if (!item.answerDue) return <Text size="sm">—</Text>;
  const answerLate = open && item.overdue && new Date(item.answerDue).getTime() < Date.now();
  // overdue while the answer is not yet due: the first response is late
  const firstLate = open && item.overdue && !answerLate;
  return (
    <>
      <Due at={item.answerDue} tz={tz} overdue={answerLate} met={!open} split={split} />
      {firstLate && (
        <Text size="xs" c="red.9" fw={700}>
          {t('complaints.list.firstResponseLate')}
        </Text>
      )}
      {item.answeredAt && (
        <Text size="xs" c="dimmed">
          {t('complaints.list.answered')}
        </Text>
      )}
    </>
  );
}

export function ComplaintListPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.list.title'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const lang = currentLang();
  const { filters, update, setPage, search, setSearch } = useListParams(readFilters);
  const list = useComplaints(filters);
  const canRecord = hasRole(me, COMPLAINT_INTAKE_ROLES);

  const channelOf = (item: TComplaintListItem) =>
    `${t(`complaints.channel.${item.channel}`)} · ${t('complaints.formOf', { form: item.form })}`;
  const received = (at: string) => `${formatDate(at, tz, lang)}, ${formatTimeZoned(at, tz, lang)}`;
  const typeOf = (item: TComplaintListItem) =>
    item.type ? `${item.type.toUpperCase()}. ${t(`complaints.type.${item.type}`)}` : '—';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('complaints.list.title')}</Title>
          <Text size="sm">{t('complaints.list.intro')}</Text>
        </Stack>
        {canRecord && (
          <Button
            component={Link}
            to="/office/pengaduan/baru"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t('complaints.list.record')}
          </Button>
        )}
      </Group>

      <FilterBar legend={t('complaints.list.filters')}>
        <TextInput
          type="search"
          label={t('complaints.list.search')}
          placeholder={t('complaints.list.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('complaints.list.status')}
          placeholder={t('complaints.list.all')}
          data={[
            { value: 'open', label: t('complaints.status.open') },
            ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) })),
          ]}
          value={filters.status ?? null}
          onChange={(v) => update({ status: v })}
          clearable
          clearButtonProps={{ 'aria-label': t('complaints.list.clearStatus') }}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('complaints.list.type')}
          placeholder={t('complaints.list.all')}
          data={COMPLAINT_TYPE_CODES.map((c) => ({
            value: c,
            label: `${c.toUpperCase()}. ${t(`complaints.type.${c}`)}`,
          }))}
          value={filters.type ?? null}
          onChange={(v) => update({ type: v })}
          clearable
          clearButtonProps={{ 'aria-label': t('complaints.list.clearType') }}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('complaints.list.channel')}
          placeholder={t('complaints.list.all')}
          data={COMPLAINT_CHANNEL_CODES.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
          value={filters.channel ?? null}
          onChange={(v) => update({ channel: v })}
          clearable
          clearButtonProps={{ 'aria-label': t('complaints.list.clearChannel') }}
          w={{ base: '100%', xs: 220 }}
        />
        <Checkbox
          label={t('complaints.list.overdueOnly')}
          checked={filters.overdue === 'true'}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
        <Checkbox
          label={t('complaints.list.settledAtOnce')}
          description={t('complaints.list.settledAtOnceHint')}
          checked={filters.settledAtOnce === 'true'}
          onChange={(e) => update({ settledAtOnce: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </FilterBar>

      <ListView
        query={list}
        empty={t('complaints.list.empty')}
        total={(count) => t('complaints.list.total', { count })}
        label={t('complaints.list.tableLabel')}
        keyOf={(item) => item.id}
        minWidth={980}
        tableProps={{ horizontalSpacing: 'xs' }}
        rowStyle={(item) =>
          item.overdue && OPEN_STATUSES.includes(item.status)
            ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' }
            : undefined
        }
        columns={[
          {
            key: 'number',
            header: t('complaints.list.col.number'),
            cell: (item) => (
              <Anchor
                component={Link}
                to={`/office/pengaduan/${item.id}`}
                fw={700}
                size="sm"
                style={{ whiteSpace: 'nowrap' }}
              >
                {item.trackingNumber}
              </Anchor>
            ),
          },
          {
            key: 'received',
            header: t('complaints.list.col.received'),
            cell: (item) => (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(item.receivedAt, tz, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTimeZoned(item.receivedAt, tz, lang)}
                </Text>
              </>
            ),
          },
          {
            key: 'type',
            header: t('complaints.list.col.type'),
            maw: 160,
            cell: (item) => <Text size="sm">{typeOf(item)}</Text>,
          },
          {
            key: 'channel',
            header: t('complaints.list.col.channel'),
            cell: (item) => (
              <>
                <Text size="sm">{t(`complaints.channel.${item.channel}`)}</Text>
                <Text size="xs" c="dimmed">
                  {t('complaints.formOf', { form: item.form })}
                </Text>
              </>
            ),
          },
          {
            key: 'subject',
            header: t('complaints.list.col.subject'),
            style: { minWidth: 160 },
            cell: (item) => (
              <>
                <Text size="sm">{item.subject}</Text>
                <Flags item={item} />
              </>
            ),
          },
          {
            key: 'reporter',
            header: t('complaints.list.col.reporter'),
            cell: (item) => <Reporter item={item} />,
          },
          {
            key: 'status',
            header: t('complaints.list.col.status'),
            style: { whiteSpace: 'nowrap' },
            cell: (item) => <StatusBadge set="complaint" status={item.status} size="sm" />,
          },
          {
            key: 'deadline',
            header: t('complaints.list.col.deadline'),
            cell: (item) => <Deadline item={item} tz={tz} split />,
          },
        ]}
        card={(item) => (
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={`/office/pengaduan/${item.id}`} fw={700} size="sm">
                {item.trackingNumber}
              </Anchor>
              <StatusBadge set="complaint" status={item.status} size="sm" />
            </Group>
            <Text size="sm" fw={600}>
              {item.subject}
            </Text>
            <Reporter item={item} />
            <Flags item={item} />
            <Text size="xs">{typeOf(item)}</Text>
            <Text size="xs" c="dimmed">
              {channelOf(item)} · {received(item.receivedAt)}
            </Text>
            <div>
              <Text span size="xs" fw={600}>
                {t('complaints.list.col.deadline')}:{' '}
              </Text>
              <Deadline item={item} tz={tz} />
            </div>
          </Stack>
        )}
        page={filters.page ?? 1}
        onPage={setPage}
      />
    </Stack>
  );
}
