import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { formatLocalDate, formatLongDate, zonedParts } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { usePageTitle } from '../../lib/usePageTitle';
import { CALENDAR_MANAGER_ROLES, COMPLAINT_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { useCalendar } from '../calendar/api';
import { CalendarWarning } from '../calendar/CalendarWarning';
import { ComplaintSummary } from '../complaints/ComplaintSummary';
import { positionLabel } from '../positions';

type Greeting = 'morning' | 'midday' | 'afternoon' | 'evening';

function greetingFor(hour: number): Greeting {
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 15) return 'midday';
  if (hour >= 15 && hour < 18) return 'afternoon';
  return 'evening';
}

function NextYearWarning({ year }: { year: number }) {
  // only administrators may read the calendar; anything else (403, network) shows nothing here
  const calendar = useCalendar(year);
  const warning = calendar.data?.warning;
  if (!warning) return null;
  return <CalendarWarning message={warning.message} year={warning.year} withLink />;
}

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.dashboard'));
  const me = useSession();
  const now = useNow();
  const lang = currentLang();
  const tz = me.agency.timeZone;
  const local = zonedParts(now, tz);
  const keepsCalendar = hasRole(me, CALENDAR_MANAGER_ROLES);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          {t(`office.dashboard.greeting.${greetingFor(local.hour)}`, { name: me.user.name })}
        </Title>
        <Text size="lg">{t('office.dashboard.today', { date: formatLongDate(now, tz, lang) })}</Text>
        <Text size="sm" c="dimmed">
          {me.agency.name}
        </Text>
      </Stack>

      {keepsCalendar && <NextYearWarning year={local.year + 1} />}

      {hasRole(me, COMPLAINT_ROLES) && <ComplaintSummary />}

      <Stack gap="sm" component="section" aria-labelledby="my-positions">
        <Title order={2} id="my-positions">
          {t('office.dashboard.positions')}
        </Title>
        {me.positions.length === 0 ? (
          <Text>{t('office.dashboard.noPositions')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {me.positions.map((p) => (
              <Card key={`${p.positionId}-${p.kind}`} withBorder component="li">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Title order={3} size="h4">
                      {positionLabel(p, t)}
                    </Title>
                    <Badge
                      variant="light"
                      color={p.kind === 'definitive' ? 'blue' : 'orange'}
                      style={{ flexShrink: 0 }}
                    >
                      {t(`office.assignment.kind.${p.kind}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">{p.unitName}</Text>
                  {p.endsOn && (
                    <Text size="sm">
                      {t('office.assignment.until', { date: formatLocalDate(p.endsOn, lang) })}
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
