import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { useCaseDocuments } from './api';
import { CreateDocumentModal } from './CreateDocumentModal';

/** The "Dokumen" section of a case page: its documents and "Buat dokumen". */
export function CaseDocuments({ caseId, subject }: { caseId: string; subject: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const docs = useCaseDocuments(caseId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="documents-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} id="documents-heading">
          {t('documents.section.heading')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconFilePlus size={18} aria-hidden="true" />}
          onClick={() => setCreating(true)}
        >
          {t('documents.section.create')}
        </Button>
      </Group>
      {docs.isError ? (
        <QueryError error={docs.error} onRetry={() => void docs.refetch()} />
      ) : docs.data && docs.data.length === 0 ? (
        <Text size="sm">{t('documents.section.none')}</Text>
      ) : (
        <Table.ScrollContainer
          type="native"
          minWidth={560}
          role="region"
          tabIndex={0}
          aria-labelledby="documents-heading"
        >
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.section.cols.title')}</Table.Th>
                <Table.Th scope="col">{t('documents.section.cols.number')}</Table.Th>
                <Table.Th scope="col">{t('documents.section.cols.status')}</Table.Th>
                <Table.Th scope="col">{t('documents.section.cols.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(docs.data ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/office/dokumen/${d.id}`} fw={600}>
                      {d.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {d.typeTitle[lang]}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {d.number ?? (
                      <Text span size="sm" c="dimmed">
                        {t('documents.section.noNumber')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge set="document" status={d.status} />
                  </Table.Td>
                  <Table.Td>{d.nextActorName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateDocumentModal
        opened={creating}
        onClose={() => setCreating(false)}
        caseId={caseId}
        defaultTitle={subject}
      />
    </Stack>
  );
}
