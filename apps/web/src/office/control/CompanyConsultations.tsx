import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { ConsultationStatusBadge } from './ConsultationStatus';
import { useConsultations } from './consultationsApi';

/** The company page's "Konsultasi & helpdesk" section: its tickets, newest open first, and a button to record one. */
export function CompanyConsultations({ companyId, nib }: { companyId: string; nib: string }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  const list = useConsultations({ companyId, pageSize: 50 });
  const mayRecord = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  return (
    <Stack gap="sm" component="section" aria-labelledby="company-consultations">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="company-consultations">
            {t('controlConsultations.company.title')}
          </Title>
          {mayRecord ? (
            <Button
              component={Link}
              to={pagePath(OFFICE_PAGES.newConsultation, {}, { nib })}
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
            >
              {t('controlConsultations.company.new')}
            </Button>
          ) : null}
        </Group>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text c="dimmed">{t('controlConsultations.company.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-labelledby="company-consultations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('controlConsultations.fields.number')}</Table.Th>
                  <Table.Th>{t('controlConsultations.fields.topic')}</Table.Th>
                  <Table.Th>{t('controlConsultations.fields.receivedAt')}</Table.Th>
                  <Table.Th>{t('controlConsultations.fields.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Link to={pagePath(OFFICE_PAGES.consultation, { id: c.id })}>{c.number}</Link>
                      <Text size="xs" c="dimmed">
                        {tt(`controlConsultations.kind.${c.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.topic}</Table.Td>
                    <Table.Td>{formatDateTime(c.receivedAt, me.agency.timeZone, lang)}</Table.Td>
                    <Table.Td>
                      <ConsultationStatusBadge status={c.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
