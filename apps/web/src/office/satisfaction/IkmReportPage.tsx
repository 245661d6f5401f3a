import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { SURVEY_SERVICE_CODES, type TIkmReport } from '@sigap/contracts/satisfaction';
import { IKM_GRADES, SERVICE_ELEMENTS, SURVEY_SERVICES } from '@sigap/core/satisfaction';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { monthName, zonedParts } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { type IkmFilter, ikmQuery, useIkmReport } from './api';

const GRADE_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
const BAR = 'var(--mantine-color-blue-7)';

/** The index month by month as columns (25-100), each with its month and value written under it. */
function TrendChart({ report, labelledBy }: { report: TIkmReport; labelledBy: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fmt = (x: number) =>
    x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    // a phone scrolls the months sideways instead of squeezing twelve columns into its width
    <Box style={{ overflowX: 'auto' }}>
      <Box
        component="ul"
        aria-labelledby={labelledBy}
        p={0}
        m={0}
        style={{
          listStyle: 'none',
          display: 'grid',
          gridTemplateColumns: `repeat(${Math.max(report.trend.length, 1)}, minmax(48px, 1fr))`,
          gap: 6,
          alignItems: 'end',
        }}
      >
        {report.trend.map((m) => {
          const height = m.index === null ? 0 : Math.max(4, ((m.index - 25) / 75) * 120);
          return (
            <Box component="li" key={m.month} style={{ textAlign: 'center' }}>
              <svg width="100%" height={124} aria-hidden="true" style={{ display: 'block' }}>
                <rect x="20%" width="60%" y={124 - height} height={height} rx={2} fill={BAR} />
              </svg>
              <Text size="xs" fw={700}>
                {m.index === null ? '–' : fmt(m.index)}
              </Text>
              <Text size="xs" c="dimmed">
                <abbr title={`${monthName(Number(m.month.slice(5, 7)), lang)} ${m.month.slice(0, 4)}`}>
                  {monthName(Number(m.month.slice(5, 7)), lang).slice(0, 3)}
                </abbr>
              </Text>
              <Text size="xs" c="dimmed">
                {t('satisfaction.report.trendRespondents', { count: m.respondents })}
              </Text>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** The office's IKM report per service, unit and period, with the PDF and XLSX. */
export function IkmReportPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('satisfaction.report.title'));
  const [params, setParams] = useSearchParams();
  const me = useSession();
  // this year and month in the office's zone (a Kaltim office is WITA), not the browser's
  const today = zonedParts(new Date(), me.agency.timeZone).date;
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const period = (params.get('periode') as IkmFilter['period']) || 'year';
  const filter: IkmFilter = {
    service: params.get('layanan') || 'pengaduan-masyarakat',
    unitId: params.get('unit') || '',
    period,
    year: Number(params.get('tahun')) || thisYear,
    part: Number(params.get('bagian')) || (period === 'quarter' ? Math.ceil(thisMonth / 3) : thisMonth),
  };
  const report = useIkmReport(filter);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'periode') next.delete('bagian');
    setParams(next, { replace: true });
  };
  const fmt = (x: number | null, d = 2) =>
    x === null
      ? t('satisfaction.report.none')
      : x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        });
  const r = report.data;
  const grade = r ? IKM_GRADES.find((g) => g.grade === r.grade) : undefined;
  const q = ikmQuery(filter);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('satisfaction.report.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('satisfaction.report.intro')}
        </Text>
      </div>
      <Group align="end" wrap="wrap">
        <Select
          label={t('satisfaction.report.service')}
          data={SURVEY_SERVICE_CODES.map((s) => ({ value: s, label: SURVEY_SERVICES[s][lang] }))}
          value={filter.service}
          onChange={(v) => set('layanan', v)}
          allowDeselect={false}
          w={{ base: '100%', xs: 280 }}
        />
        <Select
          label={t('satisfaction.report.unit')}
          data={[
            { value: '', label: t('satisfaction.report.allUnits') },
            ...(r?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          value={filter.unitId}
          onChange={(v) => set('unit', v)}
          allowDeselect={false}
          searchable
          w={{ base: '100%', xs: 280 }}
        />
        <Select
          label={t('satisfaction.report.period')}
          data={(['month', 'quarter', 'year'] as const).map((p) => ({
            value: p,
            label: t(`satisfaction.report.periods.${p}`),
          }))}
          value={filter.period}
          onChange={(v) => set('periode', v)}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
        <Select
          label={t('satisfaction.report.year')}
          data={Array.from({ length: 5 }, (_, i) => String(thisYear - i))}
          value={String(filter.year)}
          onChange={(v) => set('tahun', v)}
          allowDeselect={false}
          w={{ base: '100%', xs: 110 }}
        />
        {filter.period === 'month' && (
          <Select
            label={t('satisfaction.report.month')}
            data={Array.from({ length: 12 }, (_, i) => ({
              value: String(i + 1),
              label: monthName(i + 1, lang),
            }))}
            value={String(filter.part)}
            onChange={(v) => set('bagian', v)}
            allowDeselect={false}
            w={{ base: '100%', xs: 150 }}
          />
        )}
        {filter.period === 'quarter' && (
          <Select
            label={t('satisfaction.report.quarter')}
            data={['I', 'II', 'III', 'IV'].map((label, i) => ({ value: String(i + 1), label }))}
            value={String(filter.part)}
            onChange={(v) => set('bagian', v)}
            allowDeselect={false}
            w={{ base: '100%', xs: 110 }}
          />
        )}
        <Button
          component="a"
          href={`/api/ikm.pdf?${q}`}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          {t('satisfaction.report.downloadPdf')}
        </Button>
        <Button
          component="a"
          href={`/api/ikm.xlsx?${q}`}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          {t('satisfaction.report.downloadXlsx')}
        </Button>
      </Group>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <QueryError error={report.error} />
      ) : r ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Card withBorder padding="md">
              <Text size="sm" fw={600} component="dt">
                {t('satisfaction.report.index')}
              </Text>
              <Text component="dd" m={0} fz={36} fw={700} c="blue.9" lh={1.2}>
                {fmt(r.index)}
              </Text>
            </Card>
            <Card withBorder padding="md">
              <Text size="sm" fw={600} component="dt">
                {t('satisfaction.report.grade')}
              </Text>
              <Box component="dd" m={0} mt={6}>
                {grade ? (
                  <Badge size="xl" color={GRADE_COLOR[grade.grade]}>
                    {grade.grade} · {grade[lang]}
                  </Badge>
                ) : (
                  t('satisfaction.report.none')
                )}
              </Box>
            </Card>
            <Card withBorder padding="md">
              <Text size="sm" fw={600} component="dt">
                {t('satisfaction.report.respondents')}
              </Text>
              <Box component="dd" m={0}>
                <Text fz={24} fw={700}>
                  {t('satisfaction.report.respondentsValue', {
                    respondents: r.respondents,
                    minimum: r.minimumSample,
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('satisfaction.report.population', { population: r.population })}
                </Text>
              </Box>
            </Card>
          </SimpleGrid>
          {r.respondents < r.minimumSample && (
            <Alert color="yellow">{t('satisfaction.report.sampleShort')}</Alert>
          )}
          <Card withBorder padding="lg" component="section" aria-labelledby="ikm-elements">
            <Title order={2} size="h4" id="ikm-elements" mb="sm">
              {t('satisfaction.report.elements')}
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('satisfaction.report.element')}</Table.Th>
                  <Table.Th ta="right">{t('satisfaction.report.average')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {SERVICE_ELEMENTS.map((el, i) => (
                  <Table.Tr key={el.key}>
                    <Table.Td>
                      U{i + 1}. {lang === 'en' ? el.en : el.id}
                    </Table.Td>
                    <Table.Td ta="right">{fmt(r.elements[i]?.average ?? null)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td fw={700}>{t('satisfaction.report.weighted')}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {fmt(r.weightedAverage, 3)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="ikm-trend">
            <Title order={2} size="h4" id="ikm-trend" mb="sm">
              {t('satisfaction.report.trend')}
            </Title>
            <TrendChart report={r} labelledBy="ikm-trend" />
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="ikm-suggestions">
            <Title order={2} size="h4" id="ikm-suggestions" mb="sm">
              {t('satisfaction.report.suggestions')}
            </Title>
            {r.suggestions.length === 0 ? (
              <Text c="dimmed">{t('satisfaction.report.noSuggestions')}</Text>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {r.suggestions.map((s) => (
                  <Box component="li" key={`${s.month}-${s.text}`}>
                    <Text size="xs" c="dimmed">
                      {monthName(Number(s.month.slice(5, 7)), lang)} {s.month.slice(0, 4)}
                    </Text>
                    <Text>{s.text}</Text>
                  </Box>
                ))}
              </Stack>
            )}
          </Card>
        </>
      ) : null}
    </Stack>
  );
}
