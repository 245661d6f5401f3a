import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { OFFICE_PAGES } from '@sigap/contracts';
import { SANCTION_STAGES, type TSanctionsDashboard } from '@sigap/contracts/investment-control';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { api } from '../../lib/api';
import { saveBlob } from '../../portal/complaints/api';
import { downloadDashboard } from './supervisionApi';

/** The control dashboards' sanctions part: the year's sanctions by stage and status, downloadable as XLSX. */
export function SanctionsByStage({ year }: { year: number }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const data = useQuery({
    queryKey: ['control', 'dashboards', 'sanctions', year],
    queryFn: () => api.get<TSanctionsDashboard>(`/api/control/dashboards/sanctions?year=${year}`),
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('controlSanctions.dashboard.title')}
        </Title>
        <Group gap="xs">
          <Button component={Link} to={OFFICE_PAGES.sanctions} variant="subtle" size="xs">
            {t('controlSanctions.listTitle')}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            onClick={() =>
              void downloadDashboard('sanctions', { year }).then((b) =>
                saveBlob(b, `sanksi-per-tahap-${year}.xlsx`),
              )
            }
          >
            {t('controlSupervision.dashboard.download')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('controlSanctions.dashboard.intro')}
      </Text>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <QueryError error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('controlSanctions.dashboard.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlSanctions.stageLabel')}</Table.Th>
                <Table.Th ta="right">{t('controlSanctions.dashboard.issued')}</Table.Th>
                <Table.Th ta="right">{t('controlSanctions.status.open')}</Table.Th>
                <Table.Th ta="right">{t('controlSanctions.status.complied')}</Table.Th>
                <Table.Th ta="right">{t('controlSanctions.status.escalated')}</Table.Th>
                <Table.Th ta="right">{t('controlSanctions.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...data.data.stages, data.data.total].map((s) => (
                <Table.Tr key={s.stage} fw={s.stage === 'total' ? 700 : undefined}>
                  <Table.Td>
                    {(SANCTION_STAGES as readonly string[]).includes(s.stage)
                      ? tt(`controlSanctions.stage.${s.stage}`)
                      : t('controlSanctions.dashboard.total')}
                  </Table.Td>
                  <Table.Td ta="right">{s.issued}</Table.Td>
                  <Table.Td ta="right">{s.open}</Table.Td>
                  <Table.Td ta="right">{s.complied}</Table.Td>
                  <Table.Td ta="right">{s.escalated}</Table.Td>
                  <Table.Td ta="right" c={s.overdue > 0 ? 'red' : undefined}>
                    {s.overdue}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
