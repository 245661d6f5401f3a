import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES } from '@sigap/contracts';
import { CONTROL_IMPORT_KINDS, type TControlImport } from '@sigap/contracts/investment-control';
import { IconCheck, IconFileSpreadsheet, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { useControlImports, usePreviewImport, useRunImport } from './registryApi';

/** `/office/impor-pengendalian`: upload an OSS export, look at the preview and its rejected rows, run it. */
export function ControlImportPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  usePageTitle(t('controlRegistry.import.title'));
  const [kind, setKind] = useState<string>('companies');
  const [file, setFile] = useState<File | null>(null);
  const [current, setCurrent] = useState<TControlImport | null>(null);
  const preview = usePreviewImport();
  const run = useRunImport();
  const history = useControlImports();

  const doPreview = () => {
    if (!file) return;
    run.reset();
    preview.mutate({ kind, file }, { onSuccess: setCurrent });
  };
  const doRun = () => {
    if (current) run.mutate(current.id, { onSuccess: setCurrent });
  };
  const done = current?.status === 'done';
  const count = (label: string, n: number) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}
      </Text>
    </div>
  );
  return (
    <Stack gap="md">
      <Anchor component={Link} to={OFFICE_PAGES.companies} size="sm">
        ← {t('controlRegistry.list.title')}
      </Anchor>
      <Title order={1}>{t('controlRegistry.import.title')}</Title>
      <Text c="dimmed">{t('controlRegistry.import.intro')}</Text>
      <Card withBorder>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('controlRegistry.import.kind')}
            data={CONTROL_IMPORT_KINDS.map((k) => ({
              value: k,
              label: tt(`controlRegistry.import.kinds.${k}`),
            }))}
            value={kind}
            onChange={(v) => setKind(v ?? 'companies')}
            allowDeselect={false}
            w={220}
          />
          <FileInput
            label={t('controlRegistry.import.file')}
            placeholder={t('controlRegistry.import.filePlaceholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
            value={file}
            onChange={setFile}
            w={320}
            clearable
          />
          <Button onClick={doPreview} loading={preview.isPending} disabled={!file}>
            {t('controlRegistry.import.preview')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {tt(`controlRegistry.import.columns.${kind}`)}
        </Text>
      </Card>
      {preview.isError ? <QueryError error={preview.error} /> : null}
      {run.isError ? <QueryError error={run.error} /> : null}

      {current ? (
        <Card withBorder>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2}>
                {done ? t('controlRegistry.import.result') : t('controlRegistry.import.previewTitle')} ·{' '}
                {current.filename}
              </Title>
              {done ? null : (
                <Button
                  leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
                  onClick={doRun}
                  loading={run.isPending}
                  disabled={current.rowsValid === 0}
                >
                  {t('controlRegistry.import.run', { count: current.rowsValid })}
                </Button>
              )}
            </Group>
            {done ? (
              <Alert color="green" icon={<IconCheck size={18} aria-hidden="true" />}>
                {t('controlRegistry.import.doneNote')}
              </Alert>
            ) : (
              <Text size="sm">{t('controlRegistry.import.previewNote')}</Text>
            )}
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              {count(t('controlRegistry.import.read'), current.rowsRead)}
              {count(t('controlRegistry.import.new'), current.rowsNew)}
              {count(t('controlRegistry.import.updated'), current.rowsUpdated)}
              {count(t('controlRegistry.import.unchanged'), current.rowsUnchanged)}
              {count(t('controlRegistry.import.rejected'), current.rowsRejected)}
            </SimpleGrid>
            {current.rejected.length > 0 ? (
              <>
                <Group justify="space-between">
                  <Title order={3}>{t('controlRegistry.import.rejectedRows')}</Title>
                  <Anchor href={`/api/control/imports/${current.id}/rejected.csv`} size="sm">
                    {t('controlRegistry.import.downloadRejected')}
                  </Anchor>
                </Group>
                <Table.ScrollContainer minWidth={600}>
                  <Table striped aria-label={t('controlRegistry.import.rejectedRows')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('controlRegistry.import.row')}</Table.Th>
                        <Table.Th>{t('controlRegistry.import.column')}</Table.Th>
                        <Table.Th>{t('controlRegistry.import.why')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {current.rejected.map((r) => (
                        <Table.Tr key={`${r.row}-${r.field}-${r.rule}`}>
                          <Table.Td>{r.row}</Table.Td>
                          <Table.Td>
                            <code>{r.field}</code>
                          </Table.Td>
                          <Table.Td>{r.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            ) : null}
          </Stack>
        </Card>
      ) : null}

      <Title order={2}>{t('controlRegistry.import.history')}</Title>
      {history.data && history.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('controlRegistry.import.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlRegistry.import.when')}</Table.Th>
                <Table.Th>{t('controlRegistry.import.kind')}</Table.Th>
                <Table.Th>{t('controlRegistry.import.file')}</Table.Th>
                <Table.Th>{t('controlRegistry.import.status')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.import.new')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.import.updated')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.import.unchanged')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.import.rejected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{formatDateTime(i.createdAt, me.agency.timeZone, lang)}</Table.Td>
                  <Table.Td>{tt(`controlRegistry.import.kinds.${i.kind}`)}</Table.Td>
                  <Table.Td>{i.filename}</Table.Td>
                  <Table.Td>{tt(`controlRegistry.import.statuses.${i.status}`)}</Table.Td>
                  <Table.Td ta="right">{i.rowsNew}</Table.Td>
                  <Table.Td ta="right">{i.rowsUpdated}</Table.Td>
                  <Table.Td ta="right">{i.rowsUnchanged}</Table.Td>
                  <Table.Td ta="right">{i.rowsRejected}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text c="dimmed">{t('controlRegistry.import.noHistory')}</Text>
      )}
    </Stack>
  );
}
