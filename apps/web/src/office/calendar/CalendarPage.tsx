import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import type { TCalendarDay } from '@sigap/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { Loading } from '../../components/Loading';
import { errorText, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate, monthName, zoneAbbreviation, zonedParts } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { AddDayModal } from './AddDayModal';
import { useCalendar, useRemoveCalendarDay } from './api';
import { CalendarWarning } from './CalendarWarning';

const KIND_COLOR: Record<TCalendarDay['kind'], string> = {
  holiday: 'red',
  collective_leave: 'orange',
  regional: 'grape',
};

function MonthList({
  month,
  days,
  onRemove,
}: {
  month: number;
  days: TCalendarDay[];
  onRemove: (day: TCalendarDay) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {monthName(month, lang)}{' '}
        <Text span c="dimmed" fz="sm" fw={400}>
          {t('office.calendar.dayCount', { count: days.length })}
        </Text>
      </Title>
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {days.map((day) => {
          const name = lang === 'en' ? day.nameEn : day.nameId;
          return (
            <Paper key={`${day.date}-${day.id ?? day.nameId}`} withBorder p="sm" component="li">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={4} miw={0}>
                  <Text fw={700} size="sm">
                    {formatLocalDate(day.date, lang, true)}
                  </Text>
                  <Text size="sm">{name}</Text>
                  <Group gap={6}>
                    <Badge variant="light" color={KIND_COLOR[day.kind]} size="sm">
                      {t(`office.calendar.kind.${day.kind}`)}
                    </Badge>
                    {day.scope === 'agency' && (
                      <Badge variant="light" color="gray" size="sm">
                        {t('office.calendar.scope.agency')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('office.calendar.source')}: {day.source}
                  </Text>
                </Stack>
                {day.scope === 'agency' && day.id && (
                  <Tooltip label={t('office.calendar.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('office.calendar.removeNamed', {
                        name,
                        date: formatLocalDate(day.date, lang),
                      })}
                      onClick={() => onRemove(day)}
                    >
                      <IconTrash size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

export function CalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.calendar'));
  const me = useSession();
  const lang = currentLang();
  const thisYear = zonedParts(new Date(), me.agency.timeZone).year;
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('year'));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : thisYear;
  const calendar = useCalendar(year);
  const remove = useRemoveCalendarDay();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TCalendarDay | null>(null);

  const years = Array.from({ length: 7 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  const byMonth = new Map<number, TCalendarDay[]>();
  for (const day of [...(calendar.data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = Number(day.date.slice(5, 7));
    const list = byMonth.get(month) ?? [];
    list.push(day);
    byMonth.set(month, list);
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('office.nav.calendar')}</Title>
          <Text size="sm">
            {t('office.calendar.intro', {
              zone: zoneAbbreviation(calendar.data?.timeZone ?? me.agency.timeZone),
            })}
          </Text>
        </Stack>
        <Group align="flex-end">
          <NativeSelect
            label={t('office.calendar.year')}
            value={String(year)}
            onChange={(e) => setParams({ year: e.currentTarget.value })}
            data={years.map(String)}
            w={120}
          />
          <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('office.calendar.add')}
          </Button>
        </Group>
      </Group>

      {calendar.data?.warning && (
        <CalendarWarning message={calendar.data.warning.message} year={calendar.data.warning.year} />
      )}

      {calendar.isPending ? (
        <Loading />
      ) : calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.data.days.length === 0 ? (
        <Text>{t('office.calendar.empty', { year })}</Text>
      ) : (
        <>
          <Text>
            {t('office.calendar.summary', {
              holidays: calendar.data.days.filter((d) => d.kind === 'holiday').length,
              leave: calendar.data.days.filter((d) => d.kind === 'collective_leave').length,
              regional: calendar.data.days.filter((d) => d.kind === 'regional').length,
            })}
          </Text>
          {[...byMonth.entries()].map(([month, days]) => (
            <MonthList key={month} month={month} days={days} onRemove={setRemoving} />
          ))}
        </>
      )}

      <AddDayModal opened={adding} onClose={() => setAdding(false)} year={year} />
      <ConfirmModal
        opened={removing !== null}
        title={t('office.calendar.removeTitle')}
        confirmLabel={t('office.calendar.remove')}
        loading={remove.isPending}
        error={remove.isError ? errorText(remove.error, t('common.unexpectedError')) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() =>
          removing?.id &&
          remove.mutate(removing.id, {
            onSuccess: () => setRemoving(null),
          })
        }
      >
        {removing &&
          t('office.calendar.removeConfirm', {
            name: lang === 'en' ? removing.nameEn : removing.nameId,
            date: formatLocalDate(removing.date, lang),
          })}
      </ConfirmModal>
    </Stack>
  );
}
