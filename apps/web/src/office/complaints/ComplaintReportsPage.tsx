import {
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPE_CODES,
  type TDailyTally,
  type TWeeklyRecap,
  type TWeeklyRecapView,
} from '@sigap/contracts/complaints';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ListTable } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime, formatLocalDate, zonedParts } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { COMPLAINT_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { useDailyTally, useSendWeeklyRecap, useWeeklyRecap, weeklyFileUrl } from './api';
import { BarList, DayColumns } from './Charts';
import { Due } from './shared';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of the week a calendar date falls in (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Tally = Pick<TDailyTally, 'byType' | 'byChannel' | 'byStatus'>;

function tallyRows(t: TFunction, tally: Tally) {
  const known = <T extends string>(
    codes: readonly T[],
    counts: Record<string, number>,
    label: (c: T) => string,
  ) => {
    const rows = codes.map((c) => ({ key: c, label: label(c), count: counts[c] ?? 0 }));
    // codes the server counts that this page does not know still show, under their code
    for (const [k, v] of Object.entries(counts))
      if (!(codes as readonly string[]).includes(k)) rows.push({ key: k as T, label: k, count: v });
    return rows;
  };
  return {
    type: known(
      COMPLAINT_TYPE_CODES,
      tally.byType,
      (c) => `${c.toUpperCase()}. ${t(`complaints.type.${c}`)}`,
    ),
    channel: known(COMPLAINT_CHANNEL_CODES, tally.byChannel, (c) => t(`complaints.channel.${c}`)).filter(
      (r) => r.count > 0,
    ),
    status: known(COMPLAINT_STATUSES, tally.byStatus, (c) => t(`complaints.status.${c}`)).filter(
      (r) => r.count > 0,
    ),
  };
}

function TallyCharts({ tally, idPrefix }: { tally: Tally; idPrefix: string }) {
  const { t } = useTranslation();
  const rows = tallyRows(t, tally);
  const block = (key: 'type' | 'channel' | 'status', title: string) => (
    <Paper withBorder p="md" component="section" aria-labelledby={`${idPrefix}-${key}`}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={`${idPrefix}-${key}`}>
          {title}
        </Title>
        <BarList rows={rows[key]} labelledBy={`${idPrefix}-${key}`} empty={t('complaints.reports.none')} />
      </Stack>
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      {block('type', t('complaints.reports.byType'))}
      {block('channel', t('complaints.reports.byChannel'))}
      {block('status', t('complaints.reports.byStatus'))}
    </SimpleGrid>
  );
}

function Stat({ label, value, tone }: { label: string; value: number | string; tone?: 'red' | 'green' }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="dt">
        {label}
      </Text>
      <Text
        component="dd"
        m={0}
        fz={28}
        fw={800}
        c={tone === 'red' ? 'red.9' : tone === 'green' ? 'green.9' : undefined}
      >
        {value}
      </Text>
    </Paper>
  );
}

function DailyTab({ date, onDate }: { date: string; onDate: (d: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tally = useDailyTally(date);
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('complaints.reports.date')}
          value={date}
          onChange={(e) => DATE.test(e.currentTarget.value) && onDate(e.currentTarget.value)}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      {tally.isPending ? (
        <Loading />
      ) : tally.isError ? (
        <QueryError error={tally.error} onRetry={() => void tally.refetch()} />
      ) : (
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('complaints.reports.dailyHeading', { date: formatLocalDate(tally.data.date, lang, true) })}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0} spacing="sm">
            <Stat label={t('complaints.reports.total')} value={tally.data.total} />
          </SimpleGrid>
          <TallyCharts tally={tally.data} idPrefix="daily" />
        </Stack>
      )}
    </Stack>
  );
}

function lastStepLabel(t: TFunction, exists: (k: string) => boolean, step: string | null): string {
  if (!step) return '—';
  for (const key of [`complaints.update.${step}`, `complaints.step.${step}`])
    if (exists(key)) return t(key as 'complaints.update.received');
  return step;
}

function FollowUps({ recap }: { recap: TWeeklyRecap }) {
  const { t, i18n } = useTranslation();
  const canOpen = hasRole(useSession(), COMPLAINT_ROLES);
  const tz = useSession().agency.timeZone;
  if (recap.followUps.length === 0) return <Text size="sm">{t('complaints.reports.noFollowUps')}</Text>;
  return (
    <ListTable
      labelledBy="followups-heading"
      minWidth={760}
      tableProps={{ highlightOnHover: false, verticalSpacing: 'xs', fz: 'sm' }}
      items={recap.followUps}
      keyOf={(f) => f.trackingNumber}
      columns={[
        {
          key: 'number',
          header: t('complaints.list.col.number'),
          style: { whiteSpace: 'nowrap', fontWeight: 700 },
          cell: (f) =>
            canOpen ? (
              <Anchor
                component={Link}
                to={`/office/pengaduan?q=${encodeURIComponent(f.trackingNumber)}`}
                size="sm"
                fw={700}
              >
                {f.trackingNumber}
              </Anchor>
            ) : (
              f.trackingNumber
            ),
        },
        { key: 'subject', header: t('complaints.list.col.subject'), cell: (f) => f.subject },
        {
          key: 'type',
          header: t('complaints.list.col.type'),
          cell: (f) => (f.type ? f.type.toUpperCase() : '—'),
        },
        {
          key: 'status',
          header: t('complaints.list.col.status'),
          cell: (f) => <StatusBadge set="complaint" status={f.status} size="sm" />,
        },
        {
          key: 'due',
          header: t('complaints.detail.answerDue'),
          cell: (f) => <Due at={f.answerDue} tz={tz} overdue={f.overdue} met={!f.overdue} />,
        },
        {
          key: 'lastStep',
          header: t('complaints.reports.lastStep'),
          cell: (f) => lastStepLabel(t, (k) => i18n.exists(k), f.lastStep),
        },
      ]}
    />
  );
}

/**
 * The week's report to the head (Pasal 10 ayat 2): prepared by Sigap on Monday morning, reviewed
 * and sent by the working-group chair with a note.
 */
function Delivery({ recap, week }: { recap: TWeeklyRecapView; week: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useSession().agency.timeZone;
  const [note, setNote] = useState('');
  const send = useSendWeeklyRecap(week);
  const d = recap.delivery;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="delivery-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="delivery-heading">
          {t('complaints.reports.delivery.heading')}
        </Title>
        {!d ? (
          <Text>{t('complaints.reports.delivery.notPrepared')}</Text>
        ) : d.status === 'sent' ? (
          <>
            <Text>
              {t('complaints.reports.delivery.sent', {
                at: d.sentAt ? formatDateTime(d.sentAt, tz, lang) : '-',
                name: d.sentByName ?? '-',
              })}
            </Text>
            {d.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{t('complaints.reports.delivery.note')}:</strong> {d.note}
              </Text>
            )}
          </>
        ) : (
          <>
            <Text>
              {t('complaints.reports.delivery.prepared', { at: formatDateTime(d.preparedAt, tz, lang) })}
            </Text>
            {d.canSend && (
              <Stack gap="xs" maw={640}>
                <FormError message={send.error ? (send.error as Error).message : null} />
                <Textarea
                  label={t('complaints.reports.delivery.note')}
                  description={t('complaints.reports.delivery.noteHint')}
                  autosize
                  minRows={2}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                <Button w="fit-content" loading={send.isPending} onClick={() => send.mutate(note)}>
                  {t('complaints.reports.delivery.send')}
                </Button>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function WeeklyTab({ week, onWeek }: { week: string; onWeek: (d: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const recap = useWeeklyRecap(week);
  const weekEnd = addDays(week, 6);
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" justify="space-between">
        <Group align="flex-end" gap="xs">
          <TextInput
            type="date"
            label={t('complaints.reports.week')}
            description={t('complaints.reports.weekHint')}
            value={week}
            onChange={(e) => DATE.test(e.currentTarget.value) && onWeek(mondayOf(e.currentTarget.value))}
            w={{ base: '100%', xs: 220 }}
          />
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => onWeek(addDays(week, -7))}
              leftSection={<IconChevronLeft size={16} aria-hidden="true" />}
            >
              {t('complaints.reports.prevWeek')}
            </Button>
            <Button
              variant="default"
              onClick={() => onWeek(addDays(week, 7))}
              rightSection={<IconChevronRight size={16} aria-hidden="true" />}
            >
              {t('complaints.reports.nextWeek')}
            </Button>
          </Group>
        </Group>
        <Group gap="xs">
          <Button
            component="a"
            href={weeklyFileUrl(week, 'pdf')}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('complaints.reports.downloadPdf')}
          </Button>
          <Button
            component="a"
            href={weeklyFileUrl(week, 'xlsx')}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('complaints.reports.downloadXlsx')}
          </Button>
        </Group>
      </Group>
      {recap.isPending ? (
        <Loading />
      ) : recap.isError ? (
        <QueryError error={recap.error} onRetry={() => void recap.refetch()} />
      ) : (
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('complaints.reports.weeklyHeading', {
              from: formatLocalDate(recap.data.weekStart || week, lang, true),
              to: formatLocalDate(recap.data.weekEnd || weekEnd, lang, true),
            })}
          </Title>
          <Delivery recap={recap.data} week={week} />
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="dl" m={0} spacing="sm">
            <Stat label={t('complaints.reports.total')} value={recap.data.total} />
            <Stat label={t('complaints.reports.answered')} value={recap.data.answered} />
            <Stat
              label={t('complaints.reports.withinTime')}
              value={recap.data.answeredWithinTime}
              tone="green"
            />
            <Stat
              label={t('complaints.reports.overdue')}
              value={recap.data.overdue}
              tone={recap.data.overdue > 0 ? 'red' : undefined}
            />
            <Stat label={t('complaints.reports.openAtEnd')} value={recap.data.openAtEnd} />
          </SimpleGrid>
          <Paper withBorder p="md" component="section" aria-labelledby="perday-heading">
            <Stack gap="sm">
              <Title order={3} size="h5" id="perday-heading">
                {t('complaints.reports.perDay')}
              </Title>
              <DayColumns
                labelledBy="perday-heading"
                days={recap.data.perDay.map((d) => {
                  const full = formatLocalDate(d.date, lang, true);
                  return {
                    key: d.date,
                    weekday: full.slice(0, 3),
                    day: String(Number(d.date.slice(8, 10))),
                    fullLabel: full,
                    count: d.count,
                  };
                })}
              />
            </Stack>
          </Paper>
          <TallyCharts tally={recap.data} idPrefix="weekly" />
          <Stack gap="sm" component="section" aria-labelledby="followups-heading">
            <Title order={3} size="h4" id="followups-heading">
              {t('complaints.reports.followUps')}
            </Title>
            <FollowUps recap={recap.data} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * "Laporan pengaduan" (Perka BKPM 12/2015 Pasal 10): the working group's daily tally of complaints
 * by type, channel and status, and the chair's weekly recap to the head of the agency.
 */
export function ComplaintReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.reports.title'));
  const me = useSession();
  const today = zonedParts(new Date(), me.agency.timeZone).date;
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'weekly' ? 'weekly' : 'daily';
  const rawDate = params.get('date');
  const date = rawDate && DATE.test(rawDate) ? rawDate : today;
  const rawWeek = params.get('week');
  const week = mondayOf(rawWeek && DATE.test(rawWeek) ? rawWeek : today);

  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('complaints.reports.title')}</Title>
        <Text size="sm">{t('complaints.reports.intro')}</Text>
      </Stack>
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'weekly' ? 'weekly' : 'daily' })}>
        <Tabs.List aria-label={t('complaints.reports.tabsLabel')}>
          <Tabs.Tab value="daily">{t('complaints.reports.daily')}</Tabs.Tab>
          <Tabs.Tab value="weekly">{t('complaints.reports.weekly')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="daily" pt="md">
          {tab === 'daily' && <DailyTab date={date} onDate={(d) => update({ date: d })} />}
        </Tabs.Panel>
        <Tabs.Panel value="weekly" pt="md">
          {tab === 'weekly' && <WeeklyTab week={week} onWeek={(w) => update({ week: w })} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
