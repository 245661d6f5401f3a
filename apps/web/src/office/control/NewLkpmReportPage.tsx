import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormErrors } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { emptyLkpmValues, LkpmValuesFields, lkpmBody } from './LkpmValuesFields';
import { useCreateLkpmReport, useLkpmCompanies } from './lkpmApi';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `/office/lkpm/baru`: staff record a company's LKPM for a business line and period, as a draft. */
export function NewLkpmReportPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  usePageTitle(t('controlLkpm.form.title'));
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const companies = useLkpmCompanies(search);
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [lineId, setLineId] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const [periodYear, setPeriodYear] = useState(String(year));
  const [periodKind, setPeriodKind] = useState<'quarter' | 'half'>('quarter');
  const [periodNo, setPeriodNo] = useState('1');
  const [values, setValues] = useState(emptyLkpmValues);
  const { errors, formError, fromError, clear } = useFormErrors();
  const create = useCreateLkpmReport();
  const company = companies.data?.items.find((c) => c.id === companyId);
  const pickCompany = (id: string | null) => {
    setCompanyId(id);
    const c = companies.data?.items.find((x) => x.id === id);
    setLineId(c?.lines[0]?.id ?? null);
    if (c) setPeriodKind(c.scale === 'small' ? 'half' : 'quarter');
  };
  const save = () => {
    clear();
    create.mutate(
      {
        companyId: companyId ?? '',
        businessLineId: lineId,
        periodYear: Number(periodYear),
        periodKind,
        periodNo: Number(periodNo),
        ...lkpmBody(values),
      } as never,
      {
        onSuccess: (r) => navigate(pagePath(OFFICE_PAGES.lkpmReport, { id: r.id })),
        onError: (e) => fromError(e, t('controlLkpm.report.failed')),
      },
    );
  };
  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t('controlLkpm.form.title')}</Title>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder>
        <Stack>
          <Select
            label={t('controlLkpm.form.company')}
            placeholder={t('controlLkpm.form.companySearch')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={(companies.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.nib})` }))}
            value={companyId}
            onChange={pickCompany}
            error={errors.companyId}
            required
          />
          {company && company.lines.length > 0 ? (
            <Select
              label={t('controlLkpm.form.line')}
              data={company.lines.map((l) => ({
                value: l.id,
                label: `${l.kbli} ${l.name}${l.regency ? ` (${l.regency})` : ''}`,
              }))}
              value={lineId}
              onChange={setLineId}
              error={errors.businessLineId}
              allowDeselect={false}
            />
          ) : errors.businessLineId ? (
            <Text c="red" size="sm">
              {errors.businessLineId}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('controlLkpm.form.year')}
              data={[0, 1, 2, 3].map((d) => String(year - d))}
              value={periodYear}
              onChange={(v) => setPeriodYear(v ?? String(year))}
              allowDeselect={false}
              error={errors.periodYear}
            />
            <Select
              label={t('controlLkpm.form.kind')}
              data={(['quarter', 'half'] as const).map((k) => ({
                value: k,
                label: tt(`controlLkpm.kind.${k}`),
              }))}
              value={periodKind}
              onChange={(v) => setPeriodKind((v as 'quarter' | 'half') ?? 'quarter')}
              allowDeselect={false}
              error={errors.periodKind}
            />
            <Select
              label={t('controlLkpm.form.no')}
              data={ROMAN.slice(0, periodKind === 'half' ? 2 : 4).map((r, i) => ({
                value: String(i + 1),
                label: r,
              }))}
              value={periodNo}
              onChange={(v) => setPeriodNo(v ?? '1')}
              allowDeselect={false}
              error={errors.periodNo}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('controlLkpm.form.scaleHint')}
          </Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <LkpmValuesFields value={values} onChange={setValues} errors={errors} />
        </Stack>
      </Card>
      <Group>
        <Button onClick={save} loading={create.isPending}>
          {t('controlLkpm.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
