import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  BUSINESS_SCALES,
  INVESTMENT_TYPES,
  RISK_LEVELS,
  type TCompanyListItem,
} from '@sigap/contracts/investment-control';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, FilterBar, ListView } from '../../components/ListParts';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_IMPORT_ROLES, CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { CompanyFormModal } from './CompanyForms';
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
  const navigate = useNavigate();
  const has = (roles: readonly string[]) => me.roles.some((r) => roles.includes(r));
  const [adding, setAdding] = useState(false);
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
  const name = (c: TCompanyListItem) => (
    <>
      <Link to={pagePath(OFFICE_PAGES.company, { id: c.id })}>{c.name}</Link>
      <Text size="xs" c="dimmed">
        NIB {c.nib}
      </Text>
    </>
  );
  const risk = (c: TCompanyListItem) => (
    <Badge color={RISK_COLOR[c.riskLevel]} variant="light">
      {tt(`controlRegistry.risk.${c.riskLevel}`)}
    </Badge>
  );
  const columns: Column<TCompanyListItem>[] = [
    { key: 'name', header: t('controlRegistry.fields.name'), cell: name },
    { key: 'regency', header: t('controlRegistry.fields.regency'), cell: (c) => c.regency ?? '-' },
    { key: 'type', header: t('controlRegistry.fields.investmentType'), cell: (c) => c.investmentType },
    {
      key: 'scale',
      header: t('controlRegistry.fields.scale'),
      cell: (c) => tt(`controlRegistry.scale.${c.scale}`),
    },
    { key: 'risk', header: t('controlRegistry.fields.riskLevel'), cell: risk, style: { minWidth: 160 } },
    { key: 'kbli', header: 'KBLI', cell: (c) => c.kbliCodes.join(', ') },
    {
      key: 'licences',
      header: t('controlRegistry.list.licences'),
      cell: (c) => c.licences,
      style: { textAlign: 'right' },
    },
    { key: 'lkpm', header: t('controlRegistry.list.lastLkpm'), cell: (c) => c.lastLkpmPeriod ?? '-' },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlRegistry.list.title')}</Title>
        <Group gap="sm">
          {has(CONTROL_MANAGE_ROLES) ? (
            <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setAdding(true)}>
              {t('controlRegistry.form.add')}
            </Button>
          ) : null}
          {has(CONTROL_IMPORT_ROLES) ? (
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
      </Group>
      <FilterBar legend={t('controlRegistry.list.filters')}>
        <TextInput
          label={t('controlRegistry.list.search')}
          placeholder={t('controlRegistry.list.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('controlRegistry.fields.regency')}
          data={[all, ...(list.data?.regencies ?? []).map((r) => ({ value: r, label: r }))]}
          value={filters.regency ?? ''}
          onChange={(v) => update({ regency: v })}
          allowDeselect={false}
          searchable
          w={{ base: '47%', xs: 200 }}
        />
        <Select
          label={t('controlRegistry.fields.riskLevel')}
          data={[all, ...RISK_LEVELS.map((r) => ({ value: r, label: tt(`controlRegistry.risk.${r}`) }))]}
          value={filters.riskLevel ?? ''}
          onChange={(v) => update({ riskLevel: v })}
          allowDeselect={false}
          w={{ base: '47%', xs: 170 }}
        />
        <Select
          label={t('controlRegistry.fields.investmentType')}
          data={[all, ...INVESTMENT_TYPES.map((v) => ({ value: v, label: v }))]}
          value={filters.investmentType ?? ''}
          onChange={(v) => update({ investmentType: v })}
          allowDeselect={false}
          w={{ base: '47%', xs: 120 }}
        />
        <Select
          label={t('controlRegistry.fields.scale')}
          data={[all, ...BUSINESS_SCALES.map((s) => ({ value: s, label: tt(`controlRegistry.scale.${s}`) }))]}
          value={filters.scale ?? ''}
          onChange={(v) => update({ scale: v })}
          allowDeselect={false}
          w={{ base: '47%', xs: 140 }}
        />
      </FilterBar>
      <ListView
        query={list}
        empty={t('controlRegistry.list.empty')}
        total={(count) => t('controlRegistry.list.count', { count })}
        label={t('controlRegistry.list.title')}
        keyOf={(c) => c.id}
        columns={columns}
        card={(c) => (
          <Stack gap={4}>
            {name(c)}
            <Group gap="xs">
              {risk(c)}
              <Text size="sm">
                {c.investmentType} · {tt(`controlRegistry.scale.${c.scale}`)} · {c.regency ?? '-'}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              KBLI {c.kbliCodes.join(', ')} · {t('controlRegistry.list.lastLkpm')}: {c.lastLkpmPeriod ?? '-'}
            </Text>
          </Stack>
        )}
        minWidth={900}
        page={filters.page}
        onPage={setPage}
      />
      {adding ? (
        <CompanyFormModal
          onClose={() => setAdding(false)}
          onSaved={(c) => navigate(pagePath(OFFICE_PAGES.company, { id: c.id }))}
        />
      ) : null}
    </Stack>
  );
}
