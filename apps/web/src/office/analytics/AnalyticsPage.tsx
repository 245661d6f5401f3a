import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { TOrgResponse, TSopAnalytics, TSopAnalyticsResponse } from '@sigap/contracts';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { api } from '../../lib/api';
import { zonedParts } from '../../lib/format';
import { queryString } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { formatWorkingMinutes } from '../../lib/workingTime';
import { ALL_UNITS_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { roleLabel } from '../roles';
import { StepBars } from './StepBars';

function SopAnalyticsCard({ sop }: { sop: TSopAnalytics }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const titleId = `analytics-${sop.key}`;
  const minutes = (v: number | null) => (v === null ? '—' : formatWorkingMinutes(v, t));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={titleId}>
            {sop.code ? `${sop.code} · ` : ''}
            {sop.title[lang]}
          </Title>
          <Group gap={6}>
            <Badge variant="light">{t('office.analytics.casesRun', { count: sop.casesRun })}</Badge>
            <Badge variant="light" color="green">
              {t('office.analytics.casesCompleted', { count: sop.casesCompleted })}
            </Badge>
          </Group>
        </Stack>
        <StepBars sop={sop} titleId={titleId} />
        <Table.ScrollContainer
          type="native"
          minWidth={1100}
          role="region"
          tabIndex={0}
          aria-label={t('office.analytics.tableLabel', { sop: sop.code ?? sop.title[lang] })}
        >
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('office.sop.table.no')}</Table.Th>
                <Table.Th scope="col" miw={240}>
                  {t('office.sop.table.activity')}
                </Table.Th>
                <Table.Th scope="col">{t('office.analytics.standard')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.count')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.median')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.p90')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.within')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.waiting')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.working')}</Table.Th>
                <Table.Th scope="col">{t('office.analytics.sentBack')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sop.steps.map((s) => (
                <Table.Tr key={s.stepId}>
                  <Table.Td fw={700}>{s.no}</Table.Td>
                  <Table.Td>{s.activity[lang]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {s.standardMinutes !== null ? minutes(s.standardMinutes) : (s.standardText ?? '—')}
                  </Table.Td>
                  <Table.Td>{s.count}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{minutes(s.medianMinutes)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{minutes(s.p90Minutes)}</Table.Td>
                  <Table.Td>
                    {s.withinStandardShare === null ? '—' : `${Math.round(s.withinStandardShare * 100)}%`}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{minutes(s.waitingMedianMinutes)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{minutes(s.workingMedianMinutes)}</Table.Td>
                  <Table.Td>
                    {s.sentBack.length === 0
                      ? '—'
                      : s.sentBack
                          .map((b) => `${b.count}× ${b.role ? roleLabel(b.role, lang) : '—'}`)
                          .join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

/** Units the user may filter by: every unit for an administrator, otherwise the subtrees of their positions. */
function unitOptions(org: TOrgResponse | undefined, unitIds: string[], all: boolean, lang: 'id' | 'en') {
  if (!org) return [];
  const children = new Map<string | null, string[]>();
  for (const u of org.units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const allowed = new Set<string>();
  const walk = (id: string) => {
    allowed.add(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  for (const id of unitIds) walk(id);
  return org.units
    .filter((u) => all || allowed.has(u.id))
    .map((u) => ({ value: u.id, label: lang === 'en' ? u.nameEn : u.name }));
}

export function AnalyticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.analytics'));
  const lang = currentLang();
  const me = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = zonedParts(new Date(), me.agency.timeZone).date;
  const from = searchParams.get('from') ?? `${today.slice(0, 4)}-01-01`;
  const to = searchParams.get('to') ?? today;
  const unitId = searchParams.get('unitId') ?? undefined;
  const qs = queryString({ from, to, unitId });
  const analytics = useQuery({
    queryKey: ['analytics', qs],
    queryFn: () => api.get<TSopAnalyticsResponse>(`/api/analytics/sops?${qs}`),
    placeholderData: keepPreviousData,
  });
  const org = useQuery({
    queryKey: ['org'],
    queryFn: () => api.get<TOrgResponse>('/api/org'),
    staleTime: 5 * 60_000,
  });
  const units = unitOptions(
    org.data,
    me.positions.map((p) => p.unitId),
    hasRole(me, ALL_UNITS_ROLES),
    lang,
  );

  const update = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(searchParams);
    next.set('from', from);
    next.set('to', to);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('office.nav.analytics')}</Title>
          <Text size="sm">{t('office.analytics.intro')}</Text>
        </Stack>
        <Button
          component="a"
          href={`/api/analytics/sops.xlsx?${qs}`}
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
        >
          {t('office.analytics.download')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('office.analytics.from')}
          value={from}
          onChange={(e) => update('from', e.currentTarget.value)}
          w={{ base: '47%', xs: 170 }}
        />
        <TextInput
          type="date"
          label={t('office.analytics.to')}
          value={to}
          onChange={(e) => update('to', e.currentTarget.value)}
          w={{ base: '47%', xs: 170 }}
        />
        <Select
          label={t('office.analytics.unit')}
          placeholder={t('office.analytics.allUnits')}
          data={units}
          value={unitId ?? null}
          onChange={(v) => update('unitId', v)}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('office.analytics.clearUnit') }}
          w={{ base: '100%', sm: 360 }}
        />
      </Group>
      {analytics.isPending ? (
        <Loading />
      ) : analytics.isError ? (
        <QueryError error={analytics.error} onRetry={() => void analytics.refetch()} />
      ) : analytics.data.sops.length === 0 ? (
        <Text>{t('office.analytics.empty')}</Text>
      ) : (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('office.analytics.note')}
          </Text>
          {analytics.data.sops.map((sop) => (
            <SopAnalyticsCard key={sop.key} sop={sop} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
