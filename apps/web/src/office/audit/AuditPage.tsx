import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListView } from '../../components/ListParts';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';

interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: null | { id: string; seq: number; chain: string };
}

interface AuditEvent {
  id: string;
  seq: number;
  occurredAt: string;
  actorName: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
}

function VerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get<VerifyResult>('/api/audit/verify') });
  const result = verify.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="verify-heading">
      <Title order={2} id="verify-heading">
        {t('office.audit.verifyHeading')}
      </Title>
      <Text>{t('office.audit.verifyIntro')}</Text>
      <Group>
        <Button
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
        >
          {t('office.audit.verify')}
        </Button>
      </Group>
      <div aria-live="polite">
        {verify.isError && <QueryError error={verify.error} />}
        {result?.ok && (
          <Alert
            color="green"
            variant="light"
            title={t('office.audit.okTitle')}
            icon={<IconCircleCheck aria-hidden="true" />}
          >
            {t('office.audit.okBody', { count: result.checked })}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert
            color="red"
            variant="light"
            title={t('office.audit.brokenTitle')}
            icon={<IconShieldX aria-hidden="true" />}
          >
            {t('office.audit.brokenBody', { count: result.checked })}
            {result.firstBroken && (
              <Text size="sm" mt="xs">
                {t('office.audit.firstBroken', {
                  seq: result.firstBroken.seq,
                  chain: result.firstBroken.chain,
                })}{' '}
                <Code>{result.firstBroken.id}</Code>
              </Text>
            )}
          </Alert>
        )}
      </div>
    </Stack>
  );
}

function RecentEvents() {
  const { t } = useTranslation();
  const me = useSession();
  const lang = currentLang();
  const events = useQuery({
    queryKey: ['audit', 'events', 50],
    queryFn: () => api.get<{ events: AuditEvent[] }>('/api/audit/events?limit=50'),
    select: (data) => ({ items: data.events, total: data.events.length }),
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} id="events-heading">
          {t('office.audit.eventsHeading')}
        </Title>
        <Button variant="default" size="xs" onClick={() => void events.refetch()} loading={events.isFetching}>
          {t('common.refresh')}
        </Button>
      </Group>
      <ListView
        query={events}
        empty={t('office.audit.noEvents')}
        label={t('office.audit.eventsHeading')}
        keyOf={(e) => e.id}
        minWidth={720}
        tableProps={{ verticalSpacing: undefined }}
        columns={[
          { key: 'seq', header: t('office.audit.seq'), cell: (e) => e.seq },
          {
            key: 'time',
            header: t('office.audit.time'),
            style: { whiteSpace: 'nowrap' },
            cell: (e) => formatDateTime(e.occurredAt, me.agency.timeZone, lang),
          },
          {
            key: 'actor',
            header: t('office.audit.actor'),
            cell: (e) => e.actorName ?? t('office.audit.system'),
          },
          {
            key: 'entity',
            header: t('office.audit.entity'),
            cell: (e) => (
              <>
                {e.entityType}
                {e.entityId && (
                  <Text span size="xs" c="dimmed" display="block" title={e.entityId}>
                    {e.entityId.slice(0, 8)}
                  </Text>
                )}
              </>
            ),
          },
          { key: 'action', header: t('office.audit.action'), cell: (e) => <Code>{e.action}</Code> },
        ]}
      />
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.audit'));
  return (
    <Stack gap="xl">
      <Title order={1}>{t('office.nav.audit')}</Title>
      <VerifyChain />
      <RecentEvents />
    </Stack>
  );
}
