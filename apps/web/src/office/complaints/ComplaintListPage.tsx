import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPE_CODES,
  type TComplaintChannel,
  type TComplaintListItem,
  type TComplaintStatus,
  type TComplaintType,
} from '@sigap/contracts';
import { IconEyeOff, IconLock, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CardList, Pager } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDate, formatTimeZoned } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { COMPLAINT_INTAKE_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { type ComplaintFilters, useComplaints } from './api';
import { Due, OPEN_STATUSES } from './shared';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function readFilters(params: URLSearchParams): ComplaintFilters {
  const page = Number(params.get('page'));
  return {
    status: oneOf<TComplaintStatus | 'open'>(params.get('status'), [...COMPLAINT_STATUSES, 'open']),
    type: oneOf<TComplaintType>(params.get('type'), COMPLAINT_TYPE_CODES),
    channel: oneOf<TComplaintChannel>(params.get('channel'), COMPLAINT_CHANNEL_CODES),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    q: params.get('q') ?? undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
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
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [q, setQ] = useState(filters.q ?? '');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const list = useComplaints(filters);
  const canRecord = hasRole(me, COMPLAINT_INTAKE_ROLES);

  const update = (patch: Partial<Record<keyof ComplaintFilters, string | undefined | null>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in patch)) next.delete('page');
    setSearchParams(next, { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed search updates the address
  useEffect(() => {
    if ((filters.q ?? '') !== debouncedQ.trim()) update({ q: debouncedQ.trim() });
  }, [debouncedQ]);

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

      <Group align="flex-end" gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <VisuallyHidden component="legend">{t('complaints.list.filters')}</VisuallyHidden>
        <TextInput
          type="search"
          label={t('complaints.list.search')}
          placeholder={t('complaints.list.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
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
      </Group>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('complaints.list.empty')}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {t('complaints.list.total', { count: list.data.total })}
          </Text>
          {isMobile ? (
            <CardList
              label={t('complaints.list.tableLabel')}
              items={list.data.items}
              keyOf={(item) => item.id}
            >
              {(item) => (
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
            </CardList>
          ) : (
            <Table.ScrollContainer
              type="native"
              minWidth={980}
              role="region"
              tabIndex={0}
              aria-label={t('complaints.list.tableLabel')}
            >
              <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('complaints.list.col.number')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.received')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.type')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.channel')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.subject')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.reporter')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.status')}</Table.Th>
                    <Table.Th scope="col">{t('complaints.list.col.deadline')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((item) => (
                    <Table.Tr
                      key={item.id}
                      style={
                        item.overdue && OPEN_STATUSES.includes(item.status)
                          ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' }
                          : undefined
                      }
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/office/pengaduan/${item.id}`}
                          fw={700}
                          size="sm"
                          style={{ whiteSpace: 'nowrap' }}
                        >
                          {item.trackingNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(item.receivedAt, tz, lang)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatTimeZoned(item.receivedAt, tz, lang)}
                        </Text>
                      </Table.Td>
                      <Table.Td maw={160}>
                        <Text size="sm">{typeOf(item)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`complaints.channel.${item.channel}`)}</Text>
                        <Text size="xs" c="dimmed">
                          {t('complaints.formOf', { form: item.form })}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 160 }}>
                        <Text size="sm">{item.subject}</Text>
                        <Flags item={item} />
                      </Table.Td>
                      <Table.Td>
                        <Reporter item={item} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <StatusBadge set="complaint" status={item.status} size="sm" />
                      </Table.Td>
                      <Table.Td>
                        <Deadline item={item} tz={tz} split />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager
            total={list.data.total}
            pageSize={list.data.pageSize}
            page={filters.page ?? 1}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
    </Stack>
  );
}
