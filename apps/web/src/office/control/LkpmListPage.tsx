import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { LKPM_STATUSES } from '@sigap/contracts/investment-control';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { LKPM_STATUS_COLOR, rupiah } from './LkpmValuesFields';
import { useLkpmReports } from './lkpmApi';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `/office/lkpm`: the agency's LKPM reports, filtered by period, status and company. */
export function LkpmListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlLkpm.list.title'));
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) || undefined;
  const filters = {
    periodYear: get('periodYear'),
    periodKind: get('periodKind'),
    periodNo: get('periodNo'),
    status: get('status'),
    q: get('q'),
  };
  const list = useLkpmReports(filters);
  const me = useSession();
  const mayCreate = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const setFilter = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const year = new Date().getFullYear();
  const all = { value: '', label: t('controlLkpm.list.all') };
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
      <Group align="flex-end">
        <Select
          label={t('controlLkpm.list.year')}
          data={[all, ...[0, 1, 2, 3].map((d) => String(year - d)).map((y) => ({ value: y, label: y }))]}
          value={filters.periodYear ?? ''}
          onChange={(v) => setFilter('periodYear', v)}
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
          onChange={(v) => setFilter('periodKind', v)}
          allowDeselect={false}
          w={150}
        />
        <Select
          label={t('controlLkpm.list.no')}
          data={[all, ...ROMAN.map((r, i) => ({ value: String(i + 1), label: r }))]}
          value={filters.periodNo ?? ''}
          onChange={(v) => setFilter('periodNo', v)}
          allowDeselect={false}
          w={110}
        />
        <Select
          label={t('controlLkpm.list.status')}
          data={[all, ...LKPM_STATUSES.map((s) => ({ value: s, label: tt(`controlLkpm.status.${s}`) }))]}
          value={filters.status ?? ''}
          onChange={(v) => setFilter('status', v)}
          allowDeselect={false}
        />
        <TextInput
          label={t('controlLkpm.list.search')}
          defaultValue={filters.q ?? ''}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setFilter('q', e.currentTarget.value.trim() || null);
          }}
          onBlur={(e) => setFilter('q', e.currentTarget.value.trim() || null)}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('controlLkpm.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label={t('controlLkpm.list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlLkpm.list.company')}</Table.Th>
                <Table.Th>{t('controlLkpm.list.line')}</Table.Th>
                <Table.Th>{t('controlLkpm.list.period')}</Table.Th>
                <Table.Th>{t('controlLkpm.list.status')}</Table.Th>
                <Table.Th ta="right">{t('controlLkpm.list.realised')}</Table.Th>
                <Table.Th ta="right">{t('controlLkpm.list.planned')}</Table.Th>
                <Table.Th>{t('controlLkpm.list.submitted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Link to={pagePath(OFFICE_PAGES.lkpmReport, { id: r.id })}>{r.companyName}</Link>
                    <Text size="xs" c="dimmed">
                      NIB {r.nib}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.businessLineName ?? '-'}</Table.Td>
                  <Table.Td>
                    {tt(`controlLkpm.kind.${r.period.kind}`)} {ROMAN[r.period.no - 1]} {r.period.year}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={LKPM_STATUS_COLOR[r.status]}
                      variant="light"
                      styles={{
                        root: { overflow: 'visible', maxWidth: 'none' },
                        label: { overflow: 'visible' },
                      }}
                    >
                      {tt(`controlLkpm.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{rupiah(r.realised, lang)}</Table.Td>
                  <Table.Td ta="right">{rupiah(r.planned, lang)}</Table.Td>
                  <Table.Td>
                    {r.submittedAt ? formatDate(r.submittedAt, me.agency.timeZone, lang) : '-'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
