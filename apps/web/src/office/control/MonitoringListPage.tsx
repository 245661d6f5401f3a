import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  MONITORING_KINDS,
  MONITORING_STATUSES,
  type TMonitoringRound,
} from '@sigap/contracts/investment-control';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Column, FilterBar, ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { useMonitoringList } from './monitoringApi';

/** Badges show their whole label in table cells. */
const NO_CUT = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } } as const;

/** `/office/pemantauan`: the agency's monitoring rounds (SOPs 067/001 and 067/005), newest first. */
export function MonitoringListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlMonitoring.list.title'));
  const me = useSession();
  const canManage = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const { filters, update, setPage } = useListParams((p) => ({
    kind: oneOf(p, 'kind', MONITORING_KINDS),
    status: oneOf(p, 'status', MONITORING_STATUSES),
    q: textParam(p, 'q'),
    page: pageParam(p),
  }));
  const list = useMonitoringList(filters);
  const period = (m: TMonitoringRound) =>
    `${formatLocalDate(m.periodFrom, lang)} - ${formatLocalDate(m.periodTo, lang)}`;
  const status = (m: TMonitoringRound) => (
    <Badge variant="light" color={m.status === 'reported' ? 'green' : 'blue'} styles={NO_CUT}>
      {tt(`controlMonitoring.status.${m.status}`)}
    </Badge>
  );
  const columns: Column<TMonitoringRound>[] = [
    {
      key: 'title',
      header: t('controlMonitoring.fields.title'),
      cell: (m) => (
        <>
          <Link to={pagePath(OFFICE_PAGES.monitoring, { id: m.id })}>{m.title}</Link>
          <Text size="xs" c="dimmed">
            {tt(`controlMonitoring.kind.${m.kind}`)}
          </Text>
        </>
      ),
      maw: 380,
    },
    { key: 'period', header: t('controlMonitoring.fields.period'), cell: period },
    { key: 'status', header: 'Status', cell: status },
    {
      key: 'recorded',
      header: `${t('controlMonitoring.fields.recorded')} / ${t('controlMonitoring.fields.companies')}`,
      cell: (m) => `${m.recorded} / ${m.companies}`,
      style: { textAlign: 'right' },
    },
    {
      key: 'followUp',
      header: t('controlMonitoring.fields.followUp'),
      cell: (m) =>
        `${t('controlMonitoring.followUp.guidance')} ${m.guidance} · ${t('controlMonitoring.followUp.supervision')} ${m.supervision}`,
    },
    { key: 'case', header: t('controlMonitoring.fields.case'), cell: (m) => m.caseNumber ?? '-' },
  ];
  const all = { value: '', label: t('controlMonitoring.list.all') };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlMonitoring.list.title')}</Title>
        {canManage ? (
          <Button
            component={Link}
            to={OFFICE_PAGES.newMonitoring}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            {t('controlMonitoring.list.new')}
          </Button>
        ) : null}
      </Group>
      <Text c="dimmed">{t('controlMonitoring.list.intro')}</Text>
      <FilterBar legend={t('controlMonitoring.list.title')}>
        <TextInput
          label={t('controlMonitoring.list.search')}
          defaultValue={filters.q ?? ''}
          onBlur={(e) => update({ q: e.currentTarget.value.trim() || undefined })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') update({ q: e.currentTarget.value.trim() || undefined });
          }}
        />
        <Select
          label={t('controlMonitoring.fields.kind')}
          data={[
            all,
            ...MONITORING_KINDS.map((k) => ({ value: k, label: tt(`controlMonitoring.kind.${k}`) })),
          ]}
          value={filters.kind ?? ''}
          onChange={(v) => update({ kind: (v || undefined) as never })}
          allowDeselect={false}
        />
        <Select
          label="Status"
          data={[
            all,
            ...MONITORING_STATUSES.map((s) => ({ value: s, label: tt(`controlMonitoring.status.${s}`) })),
          ]}
          value={filters.status ?? ''}
          onChange={(v) => update({ status: (v || undefined) as never })}
          allowDeselect={false}
        />
      </FilterBar>
      <ListView
        query={list}
        empty={t('controlMonitoring.list.empty')}
        total={(count) => t('controlMonitoring.list.count', { count })}
        label={t('controlMonitoring.list.title')}
        keyOf={(m) => m.id}
        columns={columns}
        card={(m) => (
          <Stack gap={4}>
            <Link to={pagePath(OFFICE_PAGES.monitoring, { id: m.id })}>{m.title}</Link>
            <Text size="sm">
              {tt(`controlMonitoring.kind.${m.kind}`)} · {period(m)}
            </Text>
            <Group gap="xs">
              {status(m)}
              <Text size="sm" c="dimmed">
                {m.recorded} / {m.companies}
              </Text>
            </Group>
          </Stack>
        )}
        minWidth={900}
        page={filters.page}
        onPage={setPage}
      />
    </Stack>
  );
}
