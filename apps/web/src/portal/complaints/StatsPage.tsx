import {
  Box,
  Button,
  Card,
  Collapse,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_TYPE_CODES,
  type TComplaintChannel,
  type TPublicStats,
} from '@sigap/contracts/complaints';
import { IconTable } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { type Lang, monthName } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePublicAgencies } from '../agencies';
import { usePublicStats } from './api';
import { agencyOptions } from './shared';

const FIRST_YEAR = 2016;
const BAR = 'var(--mantine-color-blue-8)';

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}) {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', options);
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string | undefined }) {
  return (
    <Card withBorder padding="md" component="div">
      <Text size="sm" fw={600} component="dt">
        {label}
      </Text>
      <Box component="dd" m={0}>
        <Text fz={{ base: 22, sm: 32 }} fw={700} lh={1.2} c="blue.9">
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Box>
    </Card>
  );
}

/** Horizontal bars with their label and count in text: readable as a plain list. */
function BarList({ rows, total }: { rows: { key: string; label: string; count: number }[]; total: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const max = Math.max(1, ...rows.map((r) => r.count));
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => (
        <Box component="li" key={row.key} mb="sm">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm">{row.label}</Text>
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {numberFormat(lang).format(row.count)}
              {total > 0 && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  ({t('portalComplaints.stats.share', { share: percent.format(row.count / total) })})
                </Text>
              )}
            </Text>
          </Group>
          <Box aria-hidden="true" mt={4} h={10} bg="gray.1" style={{ borderRadius: 4, overflow: 'hidden' }}>
            <Box
              h="100%"
              style={{ width: `${(row.count / max) * 100}%`, background: BAR, borderRadius: 4 }}
            />
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function MonthChart({ stats }: { stats: TPublicStats }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const counts = Array.from(
    { length: 12 },
    (_, i) => stats.byMonth.find((m) => m.month === i + 1)?.count ?? 0,
  );
  const max = Math.max(1, ...counts);
  const fmt = numberFormat(lang);
  const description = counts.map((c, i) => `${monthName(i + 1, lang)} ${fmt.format(c)}`).join(', ');
  return (
    <Stack gap="sm">
      <Box
        role="img"
        aria-label={`${t('portalComplaints.stats.byMonthChart', { year: stats.year })} ${description}.`}
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
          gap: 4,
          alignItems: 'end',
        }}
        h={200}
      >
        {counts.map((count, i) => (
          <Box
            key={monthName(i + 1, 'en')}
            aria-hidden="true"
            style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', height: '100%' }}
          >
            <Box
              style={{
                flex: 1,
                width: '100%',
                display: 'flex',
                flexDirection: 'column',
                justifyContent: 'flex-end',
              }}
            >
              <Text size="xs" fw={700} ta="center">
                {fmt.format(count)}
              </Text>
              <Box
                style={{
                  height: `${(count / max) * 150}px`,
                  minHeight: count > 0 ? 2 : 0,
                  background: BAR,
                  borderRadius: '4px 4px 0 0',
                  width: '70%',
                  margin: '0 auto',
                }}
              />
            </Box>
            <Text
              size="xs"
              mt={4}
              ta="center"
              style={{ borderTop: '1px solid var(--mantine-color-gray-5)', width: '100%' }}
            >
              {monthName(i + 1, lang).slice(0, 3)}
            </Text>
          </Box>
        ))}
      </Box>
      <div>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconTable size={16} aria-hidden="true" />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? t('portalComplaints.stats.hideTable') : t('portalComplaints.stats.showTable')}
        </Button>
      </div>
      <Collapse expanded={showTable} id={tableId}>
        <Table striped withTableBorder maw={360}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portalComplaints.stats.month')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('portalComplaints.stats.count')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.map((count, i) => (
              <Table.Tr key={monthName(i + 1, 'en')}>
                <Table.Th scope="row" fw={400}>
                  {monthName(i + 1, lang)}
                </Table.Th>
                <Table.Td ta="right">{fmt.format(count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Collapse>
    </Stack>
  );
}

function StatsView({ stats }: { stats: TPublicStats }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fmt = numberFormat(lang);
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const days = numberFormat(lang, { maximumFractionDigits: 1 });
  const typeRows = COMPLAINT_TYPE_CODES.map((code) => ({
    key: code,
    label: `${code}. ${t(`portalComplaints.types.${code}`)}`,
    count: stats.byType[code] ?? 0,
  }));
  const channelRows = Object.entries(stats.byChannel)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([channel, count]) => ({
      key: channel,
      label: (COMPLAINT_CHANNEL_CODES as readonly string[]).includes(channel)
        ? t(`portalComplaints.channels.${channel as TComplaintChannel}`)
        : channel,
      count,
    }));

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby="stats-summary">
        <Title order={2} size="h3" id="stats-summary">
          {t('portalComplaints.stats.summaryTitle', { agency: stats.agencyName, year: stats.year })}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }} component="dl" m={0}>
          <Figure label={t('portalComplaints.stats.total')} value={fmt.format(stats.total)} />
          <Figure label={t('portalComplaints.stats.answered')} value={fmt.format(stats.answered)} />
          <Figure
            label={t('portalComplaints.stats.onTime')}
            value={
              stats.answeredOnTimeShare === null
                ? t('portalComplaints.stats.noValue')
                : percent.format(stats.answeredOnTimeShare)
            }
            hint={
              stats.answeredOnTimeShare === null
                ? t('portalComplaints.stats.noValueHint')
                : t('portalComplaints.stats.onTimeHint')
            }
          />
          <Figure
            label={t('portalComplaints.stats.averageDays')}
            value={
              stats.averageWorkingDaysToAnswer === null
                ? t('portalComplaints.stats.noValue')
                : t('portalComplaints.stats.averageDaysValue', {
                    days: days.format(stats.averageWorkingDaysToAnswer),
                  })
            }
            hint={
              stats.averageWorkingDaysToAnswer === null ? t('portalComplaints.stats.noValueHint') : undefined
            }
          />
        </SimpleGrid>
      </Stack>

      {stats.total === 0 ? (
        <Text>{t('portalComplaints.stats.empty', { year: stats.year })}</Text>
      ) : (
        <>
          <Card withBorder padding="lg" component="section" aria-labelledby="stats-month">
            <Title order={2} size="h3" id="stats-month" mb="md">
              {t('portalComplaints.stats.byMonthTitle')}
            </Title>
            <MonthChart stats={stats} />
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="stats-type">
              <Title order={2} size="h3" id="stats-type" mb="md">
                {t('portalComplaints.stats.byTypeTitle')}
              </Title>
              <BarList rows={typeRows} total={stats.total} />
            </Card>
            <Card withBorder padding="lg" component="section" aria-labelledby="stats-channel">
              <Title order={2} size="h3" id="stats-channel" mb="md">
                {t('portalComplaints.stats.byChannelTitle')}
              </Title>
              <BarList rows={channelRows} total={stats.total} />
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** `/statistik-pengaduan`: public complaint figures of one agency for one year (counts only). */
export function StatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('portalComplaints.stats.pageTitle'));
  const agencies = usePublicAgencies();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const agencyId = params.get('instansi');
  const yearParam = Number(params.get('tahun'));
  const year =
    Number.isInteger(yearParam) && yearParam >= FIRST_YEAR && yearParam <= thisYear ? yearParam : thisYear;
  const stats = usePublicStats(agencyId, year);

  const update = (key: 'instansi' | 'tahun', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // the first agency until the reader picks one
  const first = agencies.data?.[0]?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only fills an empty choice
  useEffect(() => {
    if (!agencyId && first) update('instansi', first);
  }, [agencyId, first]);

  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));

  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={860}>
        <Title order={1}>{t('portalComplaints.stats.title')}</Title>
        <Text>{t('portalComplaints.stats.lead')}</Text>
      </Stack>

      <Box component="section" aria-labelledby="stats-filters">
        <Title order={2} size="h4" id="stats-filters" mb="xs">
          {t('portalComplaints.stats.filters')}
        </Title>
        {agencies.isError ? (
          <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
        ) : (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('portalComplaints.stats.agency')}
              placeholder={t('portalComplaints.stats.agencyPlaceholder')}
              data={agencyOptions(agencies.data)}
              value={agencyId}
              onChange={(v) => update('instansi', v)}
              allowDeselect={false}
              disabled={agencies.isPending}
              w={{ base: '100%', sm: 420 }}
            />
            <Select
              label={t('portalComplaints.stats.year')}
              data={years}
              value={String(year)}
              onChange={(v) => update('tahun', v)}
              allowDeselect={false}
              w={{ base: '100%', xs: 140 }}
            />
          </Group>
        )}
      </Box>

      {!agencyId ? (
        agencies.isPending ? (
          <Loading />
        ) : (
          <Text>{t('portalComplaints.stats.chooseAgency')}</Text>
        )
      ) : stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <StatsView stats={stats.data} />
      )}
    </Stack>
  );
}
