import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { SERVICE_KEYS, SERVICE_REQUEST_STATUSES } from '@sigap/contracts/service-requests';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { SERVICE_REQUEST_INTAKE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { useServiceRequests } from './api';

/** `/office/permohonan-layanan`: the agency's service requests, with the priority-service flag. */
export function ServiceRequestListPage() {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('serviceRequests.office.title'));
  const [params, setParams] = useSearchParams();
  const filters = {
    service: params.get('service') ?? undefined,
    status: params.get('status') ?? undefined,
    priority: params.get('priority') === 'true' ? ('true' as const) : undefined,
  };
  const list = useServiceRequests(filters);
  const me = useSession();
  const mayRegister = me.roles.some((r) => (SERVICE_REQUEST_INTAKE_ROLES as readonly string[]).includes(r));
  const tz = me.agency.timeZone;
  const setFilter = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('serviceRequests.office.title')}</Title>
        {mayRegister ? (
          <Button
            component={Link}
            to={OFFICE_PAGES.newServiceRequest}
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t('serviceRequests.office.new')}
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end">
        <Select
          label={t('serviceRequests.office.service')}
          data={[
            { value: '', label: t('serviceRequests.office.allServices') },
            ...SERVICE_KEYS.map((k) => ({ value: k, label: tt(`serviceRequests.services.${k}`) })),
          ]}
          value={filters.service ?? ''}
          onChange={(v) => setFilter('service', v)}
          allowDeselect={false}
        />
        <Select
          label={t('serviceRequests.office.status')}
          data={[
            { value: '', label: t('serviceRequests.office.allStatuses') },
            ...SERVICE_REQUEST_STATUSES.map((k) => ({
              value: k,
              label: tt(`serviceRequests.statuses.${k}`),
            })),
          ]}
          value={filters.status ?? ''}
          onChange={(v) => setFilter('status', v)}
          allowDeselect={false}
        />
        <Checkbox
          label={t('serviceRequests.office.priorityOnly')}
          checked={filters.priority === 'true'}
          onChange={(e) => setFilter('priority', e.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('serviceRequests.office.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('serviceRequests.office.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('serviceRequests.office.number')}</Table.Th>
                <Table.Th>{t('serviceRequests.office.service')}</Table.Th>
                <Table.Th>{t('serviceRequests.office.applicant')}</Table.Th>
                <Table.Th>{t('serviceRequests.office.status')}</Table.Th>
                <Table.Th>{t('serviceRequests.office.received')}</Table.Th>
                <Table.Th>{t('serviceRequests.office.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Link to={pagePath(OFFICE_PAGES.serviceRequest, { id: r.id })}>{r.number}</Link>
                    {r.priority ? (
                      <Badge
                        ml="xs"
                        color="red"
                        variant="filled"
                        title={tt(`serviceRequests.priority.${r.priority}`)}
                        styles={{
                          root: { height: 'auto', maxWidth: '100%' },
                          label: { whiteSpace: 'normal' },
                        }}
                      >
                        {t('serviceRequests.priority.flag')}: {tt(`serviceRequests.priority.${r.priority}`)}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{tt(`serviceRequests.services.${r.service}`)}</Table.Td>
                  <Table.Td>{r.companyName ?? r.applicantName ?? '-'}</Table.Td>
                  <Table.Td>
                    <StatusBadge set="serviceRequest" status={r.status} wrap />
                  </Table.Td>
                  <Table.Td>{formatDateTime(r.receivedAt, tz, lang)}</Table.Td>
                  <Table.Td>{r.dueAt ? formatDateTime(r.dueAt, tz, lang) : '-'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
