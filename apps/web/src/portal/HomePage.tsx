import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClock, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { QueryError } from '../components/QueryError';
import { currentLang } from '../i18n';
import { formatLongDate, formatTimeZoned, zoneAbbreviation, zoneOffset } from '../lib/format';
import { useNow } from '../lib/useNow';
import { usePageTitle } from '../lib/usePageTitle';
import { type PublicAgency, usePublicAgencies } from './agencies';
import { PORTAL_FEATURES } from './features';

function FeatureSections() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      {PORTAL_FEATURES.map((feature) => (
        <Card
          key={feature.key}
          withBorder
          padding="lg"
          component="section"
          aria-labelledby={`feature-${feature.key}`}
        >
          <Group gap="sm" mb="xs" wrap="nowrap">
            <ThemeIcon variant="light" size="lg" aria-hidden="true">
              <feature.icon size={20} aria-hidden="true" />
            </ThemeIcon>
            <Title order={3} size="h4" id={`feature-${feature.key}`}>
              {t(`portal.features.${feature.key}.title`)}
            </Title>
          </Group>
          <Text size="sm">{t(`portal.features.${feature.key}.body`)}</Text>
          {feature.to ? (
            <Stack gap="xs" mt="md" align="flex-start">
              <Button component={Link} to={feature.to} styles={WRAPPING_BUTTON}>
                {feature.more
                  ? t('serviceRequests.home.oneOnOne')
                  : t(`portal.features.${feature.key}.action`)}
              </Button>
              {feature.more?.map((m) => (
                <Button key={m.to} component={Link} to={m.to} variant="light" styles={WRAPPING_BUTTON}>
                  {t(m.label as never) as unknown as string}
                </Button>
              ))}
            </Stack>
          ) : (
            <Text size="sm" mt="md" fs="italic" c="dimmed">
              {t('portal.features.comingSoon')}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

function AgencyCard({ agency, now }: { agency: PublicAgency; now: Date }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4">
            {agency.name}
          </Title>
          <Badge variant="light" color="blue" style={{ flexShrink: 0 }}>
            {agency.shortName}
          </Badge>
        </Group>
        {agency.address && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMapPin size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="sm">{agency.address}</Text>
          </Group>
        )}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconClock size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm">
            {t('portal.agencies.zone', {
              zone: zoneAbbreviation(agency.timeZone),
              offset: zoneOffset(agency.timeZone),
            })}
            {' · '}
            {t('portal.agencies.localNow', {
              date: formatLongDate(now, agency.timeZone, lang),
              time: formatTimeZoned(now, agency.timeZone, lang),
            })}
          </Text>
        </Group>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('portal.hours.label')}:{' '}
          </Text>
          {t('portal.hours.value', { zone: zoneAbbreviation(agency.timeZone) })}
        </Text>
      </Stack>
    </Card>
  );
}

function AgencyList() {
  const { t } = useTranslation();
  const agencies = usePublicAgencies();
  const now = useNow();
  if (agencies.isPending) return <Loading />;
  if (agencies.isError) return <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (agencies.data.length === 0) return <Text>{t('portal.agencies.empty')}</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {agencies.data.map((agency) => (
        <AgencyCard key={agency.id} agency={agency} now={now} />
      ))}
    </SimpleGrid>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.home.pageTitle'));
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('portal.home.title')}</Title>
        <Text size="lg" maw={760}>
          {t('portal.home.lead')}
        </Text>
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="what-you-can-do">
        <Title order={2} id="what-you-can-do">
          {t('portal.features.heading')}
        </Title>
        <FeatureSections />
        <Anchor component={Link} to="/statistik-pengaduan" fw={600} style={{ alignSelf: 'flex-start' }}>
          {t('portalComplaints.home.statsLink')}
        </Anchor>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="complaint-hours">
        <Title order={2} id="complaint-hours">
          {t('portal.hours.heading')}
        </Title>
        <Text>{t('portal.hours.value', { zone: t('portal.hours.localZone') })}</Text>
        <Text size="sm" c="dimmed">
          {t('portal.hours.note')}
        </Text>
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="agencies">
        <Title order={2} id="agencies">
          {t('portal.agencies.heading')}
        </Title>
        <AgencyList />
      </Stack>
    </Stack>
  );
}

/** A long label (a service's full name) wraps inside its card instead of running past it. */
const WRAPPING_BUTTON = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 8 },
  label: { whiteSpace: 'normal' as const, lineHeight: 1.35 },
};
