import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { LKPM_STATUSES, type TLkpmList } from '@sigap/contracts/investment-control';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Column, FilterBar, ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { LKPM_STATUS_COLOR, rupiah } from './LkpmValuesFields';
import { useLkpmReports } from './lkpmApi';

const ROMAN = ['I', 'II', 'III', 'IV'];
const NO_CUT = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } } as const;

type Row = TLkpmList['items'][number];

/**
 * `/office/lkpm`: the agency's LKPM reports, filtered by period, status and company (name or NIB),
 * a page at a time (the server's pages); filters and page are kept in the address.
 */
export function LkpmListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlLkpm.list.title'));
  const { filters, update, setPage, search, setSearch } = useListParams((p) => ({
    periodYear: textParam(p, 'periodYear'),
    periodKind: oneOf(p, 'periodKind', ['quarter', 'half'] as const),
    periodNo: oneOf(p, 'periodNo', ['1', '2', '3', '4'] as const),
    status: oneOf(p, 'status', LKPM_STATUSES),
    q: textParam(p, 'q'),
    page: pageParam(p),
  }));
  const list = useLkpmReports(filters);
  const me = useSession();
  const mayCreate = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const year = new Date().getFullYear();
  const all = { value: '', label: t('controlLkpm.list.all') };
  const period = (r: Row) =>
    `${tt(`controlLkpm.kind.${r.period.kind}`)} ${ROMAN[r.period.no - 1]} ${r.period.year}`;
  const status = (r: Row) => (
    <Badge color={LKPM_STATUS_COLOR[r.status]} variant="light" styles={NO_CUT}>
      {tt(`controlLkpm.status.${r.status}`)}
    </Badge>
  );
  const company = (r: Row) => (
    <>
      <Link to={pagePath(OFFICE_PAGES.lkpmReport, { id: r.id })}>{r.companyName}</Link>
      <Text size="xs" c="dimmed">
        NIB {r.nib}
      </Text>
    </>
  );
  const columns: Column<Row>[] = [
    { key: 'company', header: t('controlLkpm.list.company'), cell: company, maw: 320 },
    { key: 'line', header: t('controlLkpm.list.line'), cell: (r) => r.businessLineName ?? '-' },
    { key: 'period', header: t('controlLkpm.list.period'), cell: period },
    { key: 'status', header: t('controlLkpm.list.status'), cell: status },
    {
      key: 'realised',
      header: t('controlLkpm.list.realised'),
      cell: (r) => rupiah(r.realised, lang),
      style: { textAlign: 'right' },
    },
    {
      key: 'planned',
      header: t('controlLkpm.list.planned'),
      cell: (r) => rupiah(r.planned, lang),
      style: { textAlign: 'right' },
    },
    {
      key: 'submitted',
      header: t('controlLkpm.list.submitted'),
      cell: (r) => (r.submittedAt ? formatDate(r.submittedAt, me.agency.timeZone, lang) : '-'),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlLkpm.list.title')}</Title>
        <Group>
          <Button component={Link} to={OFFICE_PAGES.lkpmCompliance} variant="default">
            {t('controlLkpm.list.compliance')}
          </Button>
          {mayCreate ? (
            <Button
              component={Link}
              to={OFFICE_PAGES.newLkpmReport}
              leftSection={<IconPlus size={18} aria-hidden="true" />}
            >
              {t('controlLkpm.list.new')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <FilterBar legend={t('controlLkpm.list.title')}>
        <Select
          label={t('controlLkpm.list.year')}
          data={[all, ...[0, 1, 2, 3].map((d) => String(year - d)).map((y) => ({ value: y, label: y }))]}
          value={filters.periodYear ?? ''}
          onChange={(v) => update({ periodYear: v })}
          allowDeselect={false}
          w={110}
        />
        <Select
          label={t('controlLkpm.list.kind')}
          data={[
            all,
            ...(['quarter', 'half'] as const).map((k) => ({ value: k, label: tt(`controlLkpm.kind.${k}`) })),
          ]}
          value={filters.periodKind ?? ''}
          onChange={(v) => update({ periodKind: v })}
          allowDeselect={false}
          w={150}
        />
        <Select
          label={t('controlLkpm.list.no')}
          data={[all, ...ROMAN.map((r, i) => ({ value: String(i + 1), label: r }))]}
          value={filters.periodNo ?? ''}
          onChange={(v) => update({ periodNo: v })}
          allowDeselect={false}
          w={110}
        />
        <Select
          label={t('controlLkpm.list.status')}
          data={[all, ...LKPM_STATUSES.map((s) => ({ value: s, label: tt(`controlLkpm.status.${s}`) }))]}
          value={filters.status ?? ''}
          onChange={(v) => update({ status: v })}
          allowDeselect={false}
        />
        <TextInput
          type="search"
          label={t('controlLkpm.list.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </FilterBar>
      <ListView
        query={list}
        empty={t('controlLkpm.list.empty')}
        total={(count) => t('controlLkpm.list.count', { count })}
        label={t('controlLkpm.list.title')}
        keyOf={(r) => r.id}
        columns={columns}
        card={(r) => (
          <Stack gap={4}>
            {company(r)}
            <Text size="sm">
              {period(r)}
              {r.businessLineName ? ` · ${r.businessLineName}` : ''}
            </Text>
            <Group gap="xs">
              {status(r)}
              <Text size="sm">{rupiah(r.realised, lang)}</Text>
            </Group>
          </Stack>
        )}
        minWidth={900}
        tableProps={{ 'aria-label': t('controlLkpm.list.title') }}
        page={filters.page}
        onPage={setPage}
      />
    </Stack>
  );
}
