import { Button, Checkbox, Group, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { OFFICE_PAGES } from '@sigap/contracts';
import type { TRealisationRow } from '@sigap/contracts/investment-control';
import { KBLI_SECTIONS } from '@sigap/core/investment-control';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate, monthName } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { saveBlob } from '../../portal/complaints/api';
import { SanctionsByStage } from './SanctionsByStage';
import {
  type DashboardFilters,
  downloadDashboard,
  useLkpmCompliance,
  useRealisation,
  useSupervisionProgress,
} from './supervisionApi';

const GROUPS = ['byPeriod', 'byInvestmentType', 'bySection', 'byRegency', 'byRiskLevel'] as const;
const AMOUNTS = ['land', 'buildings', 'machinery', 'workingCapital', 'other', 'realised', 'planned'] as const;

function DownloadButton({ kind, filters }: { kind: string; filters: DashboardFilters }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
      onClick={() =>
        void downloadDashboard(kind, filters).then((b) => saveBlob(b, `${kind}-${filters.year}.xlsx`))
      }
    >
      {t('controlSupervision.dashboard.download')}
    </Button>
  );
}

/** `/office/dasbor-pengendalian`: investment realisation, LKPM compliance and supervision progress of a year. */
export function ControlDashboardPage() {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlSupervision.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const filters: DashboardFilters = {
    year,
    approvedOnly: params.get('approvedOnly') === 'true' ? 'true' : undefined,
  };
  const realisation = useRealisation(filters);
  const compliance = useLkpmCompliance(year);
  const progress = useSupervisionProgress(year);
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const rupiah = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID');
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const label = (group: (typeof GROUPS)[number], key: string) => {
    if (key === '-') return t('controlSupervision.dashboard.unknown');
    if (group === 'bySection') {
      const s = KBLI_SECTIONS.find((x) => x.code === key);
      return s ? `${key} ${lang === 'en' ? s.en : s.id}` : key;
    }
    if (group === 'byRiskLevel') return tt(`controlSupervision.risk.${key}`);
    return key;
  };
  const amountRow = (r: TRealisationRow) => (
    <>
      <Table.Td ta="right">{r.reports}</Table.Td>
      {AMOUNTS.map((a) => (
        <Table.Td key={a} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {rupiah.format(r[a])}
        </Table.Td>
      ))}
      <Table.Td ta="right">{r.planned > 0 ? percent.format(r.realised / r.planned) : '-'}</Table.Td>
    </>
  );
  return (
    <Stack gap="lg">
      <Title order={1}>{t('controlSupervision.dashboard.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('controlSupervision.dashboard.year')}
          data={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map(String)}
          value={String(year)}
          onChange={(v) => set('year', v)}
          allowDeselect={false}
          w={120}
        />
        <Checkbox
          label={t('controlSupervision.dashboard.approvedOnly')}
          checked={filters.approvedOnly === 'true'}
          onChange={(e) => set('approvedOnly', e.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
      </Group>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('controlSupervision.dashboard.realisation')}
          </Title>
          <DownloadButton kind="realisation" filters={filters} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('controlSupervision.dashboard.realisationIntro', {
            year,
            approved: filters.approvedOnly ? t('controlSupervision.dashboard.approvedSuffix') : '',
          })}
        </Text>
        {realisation.isPending ? (
          <Loading />
        ) : realisation.isError ? (
          <QueryError error={realisation.error} onRetry={() => void realisation.refetch()} />
        ) : (
          <Tabs defaultValue="byPeriod">
            <Tabs.List>
              {GROUPS.map((g) => (
                <Tabs.Tab key={g} value={g}>
                  {tt(`controlSupervision.dashboard.${g}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {GROUPS.map((g) => (
              <Tabs.Panel key={g} value={g} pt="xs">
                <Table.ScrollContainer minWidth={1200}>
                  <Table
                    fz="sm"
                    striped
                    aria-label={`${t('controlSupervision.dashboard.realisation')}: ${tt(`controlSupervision.dashboard.${g}`)}`}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{tt(`controlSupervision.dashboard.${g}`)}</Table.Th>
                        <Table.Th ta="right">{t('controlSupervision.dashboard.reports')}</Table.Th>
                        {AMOUNTS.map((a) => (
                          <Table.Th key={a} ta="right">
                            {tt(`controlSupervision.dashboard.${a}`)} (Rp)
                          </Table.Th>
                        ))}
                        <Table.Th ta="right">{t('controlSupervision.dashboard.share')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {realisation.data[g].map((r) => (
                        <Table.Tr key={r.key}>
                          <Table.Td
                            miw={g === 'bySection' || g === 'byRegency' ? 200 : undefined}
                            style={{ whiteSpace: g === 'byPeriod' ? 'nowrap' : undefined }}
                          >
                            {label(g, r.key)}
                          </Table.Td>
                          {amountRow(r)}
                        </Table.Tr>
                      ))}
                      <Table.Tr fw={700}>
                        <Table.Td>{t('controlSupervision.dashboard.total')}</Table.Td>
                        {amountRow(realisation.data.total)}
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('controlSupervision.dashboard.compliance')}
          </Title>
          <DownloadButton kind="lkpm-compliance" filters={{ year }} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('controlSupervision.dashboard.complianceIntro')}
        </Text>
        {compliance.isPending ? (
          <Loading />
        ) : compliance.isError ? (
          <QueryError error={compliance.error} onRetry={() => void compliance.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table striped aria-label={t('controlSupervision.dashboard.compliance')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('controlSupervision.dashboard.period')}</Table.Th>
                  <Table.Th>{t('controlSupervision.dashboard.deadline')}</Table.Th>
                  <Table.Th ta="right">{t('controlSupervision.dashboard.expected')}</Table.Th>
                  <Table.Th ta="right">{t('controlSupervision.dashboard.reported')}</Table.Th>
                  <Table.Th ta="right">{t('controlSupervision.dashboard.onTime')}</Table.Th>
                  <Table.Th ta="right">{t('controlSupervision.dashboard.approved')}</Table.Th>
                  <Table.Th ta="right">{t('controlSupervision.dashboard.rate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {compliance.data.periods.map((p) => (
                  <Table.Tr key={p.period}>
                    <Table.Td>{p.period}</Table.Td>
                    <Table.Td>{formatLocalDate(p.deadline, lang)}</Table.Td>
                    <Table.Td ta="right">{p.expected}</Table.Td>
                    <Table.Td ta="right">{p.reported}</Table.Td>
                    <Table.Td ta="right">{p.onTime}</Table.Td>
                    <Table.Td ta="right">{p.approved}</Table.Td>
                    <Table.Td ta="right">{percent.format(p.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('controlSupervision.dashboard.progress')}
          </Title>
          <Group gap="xs">
            <Button
              component={Link}
              to={`${OFFICE_PAGES.supervisionPlan}?year=${year}`}
              variant="subtle"
              size="xs"
            >
              {t('controlSupervision.dashboard.openPlan')}
            </Button>
            <DownloadButton kind="supervision-progress" filters={{ year }} />
          </Group>
        </Group>
        {progress.isPending ? (
          <Loading />
        ) : progress.isError ? (
          <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
        ) : !progress.data.hasPlan ? (
          <Text>{t('controlSupervision.dashboard.noPlan', { year })}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('controlSupervision.dashboard.progressIntro', {
                year,
                done: progress.data.total.done,
                active: progress.data.total.planned - progress.data.total.cancelled,
                rate: percent.format(progress.data.progress),
              })}
            </Text>
            <Table.ScrollContainer minWidth={600}>
              <Table striped aria-label={t('controlSupervision.dashboard.progress')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('controlSupervision.dashboard.month')}</Table.Th>
                    <Table.Th ta="right">{t('controlSupervision.dashboard.visitsPlanned')}</Table.Th>
                    <Table.Th ta="right">{t('controlSupervision.dashboard.letterIssued')}</Table.Th>
                    <Table.Th ta="right">{t('controlSupervision.dashboard.visitsDone')}</Table.Th>
                    <Table.Th ta="right">{t('controlSupervision.dashboard.cancelled')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...progress.data.months, progress.data.total].map((m) => (
                    <Table.Tr key={m.month} fw={m.month === 0 ? 700 : undefined}>
                      <Table.Td>
                        {m.month === 0 ? t('controlSupervision.dashboard.total') : monthName(m.month, lang)}
                      </Table.Td>
                      <Table.Td ta="right">{m.planned}</Table.Td>
                      <Table.Td ta="right">{m.letterIssued}</Table.Td>
                      <Table.Td ta="right">{m.done}</Table.Td>
                      <Table.Td ta="right">{m.cancelled}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>

      <SanctionsByStage year={year} />
    </Stack>
  );
}
