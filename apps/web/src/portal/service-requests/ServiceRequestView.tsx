import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TPublicServiceRequest } from '@sigap/contracts/service-requests';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/Fact';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime, formatLocalDate } from '../../lib/format';

/** What the applicant sees of a service request on `/lacak`: status, dates and the public steps. */
export function ServiceRequestView({ request: r }: { request: TPublicServiceRequest }) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const when = (x: string | null) => (x ? formatDateTime(x, r.agencyTimeZone, lang) : '-');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sr-view-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="sr-view-title">
            {tt(`serviceRequests.services.${r.service}`)} · {r.trackingCode}
          </Title>
          <StatusBadge set="serviceRequest" status={r.status} size="lg" wrap />
        </Group>
        {r.priority ? (
          <Badge color="red" variant="filled">
            {t('serviceRequests.priority.flag')}: {tt(`serviceRequests.priority.${r.priority}`)}
          </Badge>
        ) : null}
        <Stack gap="xs" component="dl" m={0}>
          <Fact label={t('serviceRequests.track.received')}>{when(r.receivedAt)}</Fact>
          <Fact label={t('serviceRequests.track.due')}>
            {r.dueAt ? when(r.dueAt) : t('serviceRequests.receipt.paused')}
          </Fact>
          {r.proposedDate ? (
            <Fact label={t('serviceRequests.track.proposedDate')}>
              {formatLocalDate(r.proposedDate, lang, true)}
            </Fact>
          ) : null}
          {r.agreedDate ? (
            <Fact label={t('serviceRequests.track.agreedDate')}>
              {formatLocalDate(r.agreedDate, lang, true)}
            </Fact>
          ) : null}
          {r.missingItems.length ? (
            <Fact label={t('serviceRequests.track.missing')}>
              {r.missingItems.map((i) => tt(`serviceRequests.items.${i}`)).join('; ')}
            </Fact>
          ) : null}
        </Stack>
        {r.surveyUrl ? (
          <Anchor href={r.surveyUrl} fw={600}>
            {t('serviceRequests.track.survey')}
          </Anchor>
        ) : null}
        <Title order={3} size="h4">
          {t('serviceRequests.track.history')}
        </Title>
        <List spacing="xs">
          {r.steps.map((s) => (
            <List.Item key={`${s.kind}-${s.at}`}>
              <Text size="sm" fw={600}>
                {tt(`serviceRequests.updates.${s.kind}`)} · {when(s.at)}
              </Text>
              {s.text && ['accepted', 'refused', 'finished'].includes(s.kind) ? (
                <Text size="sm">{s.text}</Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
