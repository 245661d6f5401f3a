import {
  Badge,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { BUSINESS_SCALES, INVESTMENT_TYPES, RISK_LEVELS } from '@sigap/contracts/investment-control';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_IMPORT_ROLES } from '../access';
import { useSession } from '../auth/session';
import { useCompanies } from './registryApi';

export const RISK_COLOR: Record<string, string> = {
  low: 'green',
  medium_low: 'teal',
  medium_high: 'orange',
  high: 'red',
};

/** `/office/perusahaan`: the agency's company registry, searched by name or NIB and filtered. */
export function CompanyListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  usePageTitle(t('controlRegistry.list.title'));
  const me = useSession();
  const mayImport = me.roles.some((r) => (CONTROL_IMPORT_ROLES as readonly string[]).includes(r));
  const { filters, update, setPage, search, setSearch } = useListParams((p) => ({
    q: textParam(p, 'q'),
    regency: textParam(p, 'regency'),
    riskLevel: oneOf(p, 'riskLevel', RISK_LEVELS),
    investmentType: oneOf(p, 'investmentType', INVESTMENT_TYPES),
    scale: oneOf(p, 'scale', BUSINESS_SCALES),
    page: pageParam(p),
  }));
  const list = useCompanies(filters);
  const all = { value: '', label: t('controlRegistry.list.all') };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlRegistry.list.title')}</Title>
        {mayImport ? (
          <Button
            component={Link}
            to={OFFICE_PAGES.controlImports}
            variant="default"
            leftSection={<IconFileImport size={18} aria-hidden="true" />}
          >
            {t('controlRegistry.list.import')}
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('controlRegistry.list.search')}
          placeholder={t('controlRegistry.list.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('controlRegistry.fields.regency')}
          data={[all, ...(list.data?.regencies ?? []).map((r) => ({ value: r, label: r }))]}
          value={filters.regency ?? ''}
          onChange={(v) => update({ regency: v })}
          allowDeselect={false}
          searchable
          w={200}
        />
        <Select
          label={t('controlRegistry.fields.riskLevel')}
          data={[all, ...RISK_LEVELS.map((r) => ({ value: r, label: tt(`controlRegistry.risk.${r}`) }))]}
          value={filters.riskLevel ?? ''}
          onChange={(v) => update({ riskLevel: v })}
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t('controlRegistry.fields.investmentType')}
          data={[all, ...INVESTMENT_TYPES.map((v) => ({ value: v, label: v }))]}
          value={filters.investmentType ?? ''}
          onChange={(v) => update({ investmentType: v })}
          allowDeselect={false}
          w={120}
        />
        <Select
          label={t('controlRegistry.fields.scale')}
          data={[all, ...BUSINESS_SCALES.map((s) => ({ value: s, label: tt(`controlRegistry.scale.${s}`) }))]}
          value={filters.scale ?? ''}
          onChange={(v) => update({ scale: v })}
          allowDeselect={false}
          w={140}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('controlRegistry.list.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('controlRegistry.list.count', { count: list.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-label={t('controlRegistry.list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('controlRegistry.fields.name')}</Table.Th>
                  <Table.Th>{t('controlRegistry.fields.regency')}</Table.Th>
                  <Table.Th>{t('controlRegistry.fields.investmentType')}</Table.Th>
                  <Table.Th>{t('controlRegistry.fields.scale')}</Table.Th>
                  <Table.Th miw={160}>{t('controlRegistry.fields.riskLevel')}</Table.Th>
                  <Table.Th>KBLI</Table.Th>
                  <Table.Th ta="right">{t('controlRegistry.list.licences')}</Table.Th>
                  <Table.Th>{t('controlRegistry.list.lastLkpm')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Link to={pagePath(OFFICE_PAGES.company, { id: c.id })}>{c.name}</Link>
                      <Text size="xs" c="dimmed">
                        NIB {c.nib}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.regency ?? '-'}</Table.Td>
                    <Table.Td>{c.investmentType}</Table.Td>
                    <Table.Td>{tt(`controlRegistry.scale.${c.scale}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={RISK_COLOR[c.riskLevel]} variant="light">
                        {tt(`controlRegistry.risk.${c.riskLevel}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{c.kbliCodes.join(', ')}</Table.Td>
                    <Table.Td ta="right">{c.licences}</Table.Td>
                    <Table.Td>{c.lastLkpmPeriod ?? '-'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={list.data.page}
              onChange={setPage}
              aria-label={t('controlRegistry.list.pages')}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
