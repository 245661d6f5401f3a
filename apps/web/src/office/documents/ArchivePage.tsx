import {
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { type ArchiveParams, pdfUrl, useArchive } from './api';

const KEYS = ['q', 'type', 'classification', 'from', 'to'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

/** "Hit" markers from the server's excerpt as bold text. */
function Excerpt({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <Text size="xs" c="dimmed" mt={2} lineClamp={3}>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed split of one string
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </Text>
  );
}

/** `/office/arsip`: signed and sent documents the user may see, by words of the text and by fields. */
export function ArchivePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('documents.archive.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const current: Filters = {
    q: searchParams.get('q') ?? '',
    type: searchParams.get('type') ?? '',
    classification: searchParams.get('classification') ?? '',
    from: searchParams.get('from') ?? '',
    to: searchParams.get('to') ?? '',
  };
  const page = Math.max(1, Number(searchParams.get('page') ?? 1) || 1);
  const [filters, setFilters] = useState<Filters>(current);
  const params: ArchiveParams = { ...current, page };
  const archive = useArchive(params);

  const apply = (next: Filters, nextPage = 1) => {
    const sp = new URLSearchParams();
    for (const k of KEYS) if (next[k]) sp.set(k, next[k]);
    if (nextPage > 1) sp.set('page', String(nextPage));
    setSearchParams(sp);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(filters);
  };
  const data = archive.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const kindLabel = (kind: string) => {
    const key = `documents.kinds.${kind}`;
    return t(key as 'documents.kinds.letter', { defaultValue: kind });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('documents.archive.title')}
        </Title>
        <Text size="sm">{t('documents.archive.intro')}</Text>
      </Stack>
      <form onSubmit={submit} aria-label={t('documents.archive.title')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <TextInput
              label={t('documents.archive.q')}
              placeholder={t('documents.archive.qPlaceholder')}
              type="search"
              maxLength={200}
              value={filters.q}
              onChange={(e) => setFilters({ ...filters, q: e.currentTarget.value })}
            />
            <Select
              label={t('documents.archive.type')}
              data={[
                { value: '', label: t('documents.archive.allTypes') },
                ...(data?.types ?? []).map((k) => ({ value: k, label: kindLabel(k) })),
              ]}
              value={filters.type}
              onChange={(v) => setFilters({ ...filters, type: v ?? '' })}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('documents.archive.classification')}
              maxLength={40}
              value={filters.classification}
              onChange={(e) => setFilters({ ...filters, classification: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('documents.archive.from')}
              value={filters.from}
              onChange={(e) => setFilters({ ...filters, from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('documents.archive.to')}
              value={filters.to}
              onChange={(e) => setFilters({ ...filters, to: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden="true" />}>
              {t('documents.archive.search')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                const empty = { q: '', type: '', classification: '', from: '', to: '' };
                setFilters(empty);
                apply(empty);
              }}
            >
              {t('documents.archive.reset')}
            </Button>
          </Group>
        </Stack>
      </form>

      {archive.isPending ? (
        <Loading />
      ) : archive.isError ? (
        <QueryError error={archive.error} onRetry={() => void archive.refetch()} />
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="archive-results">
          <Text fw={600} id="archive-results" role="status">
            {t('documents.archive.results', { count: data?.total ?? 0 })}
          </Text>
          {data && data.items.length === 0 ? (
            <Text size="sm">{t('documents.archive.none')}</Text>
          ) : (
            <Table.ScrollContainer
              type="native"
              minWidth={760}
              role="region"
              tabIndex={0}
              aria-labelledby="archive-results"
            >
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('documents.archive.cols.title')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.type')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.date')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.case')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.classification')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.retention')}</Table.Th>
                    <Table.Th scope="col">{t('documents.archive.cols.download')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(data?.items ?? []).map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td maw={420}>
                        <Anchor component={Link} to={`/office/dokumen/${d.id}`} size="sm" fw={600}>
                          {d.title}
                        </Anchor>
                        <Text size="xs">
                          {t('documents.archive.cols.number')}: {d.number}
                        </Text>
                        {d.excerpt && <Excerpt text={d.excerpt} />}
                      </Table.Td>
                      <Table.Td>{d.typeTitle[lang]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(d.signedAt, data?.timeZone ?? 'Asia/Jakarta', lang)}
                      </Table.Td>
                      <Table.Td>
                        {d.caseId ? (
                          <Anchor component={Link} to={`/office/kasus/${d.caseId}`} size="sm">
                            {d.caseNumber}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>{d.classification}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t('documents.archive.retainUntil', { n: d.retentionYears, year: d.retainUntil })}
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          href={pdfUrl(d.id, true)}
                          download
                          size="sm"
                          aria-label={t('documents.archive.download', { number: d.number })}
                        >
                          <IconDownload size={18} aria-hidden="true" />
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 && (
            <Group gap="sm">
              <Button
                variant="default"
                size="xs"
                disabled={page <= 1}
                onClick={() => apply(current, page - 1)}
              >
                {t('documents.archive.previous')}
              </Button>
              <Text size="sm">{t('documents.archive.pageOf', { page, pages })}</Text>
              <Button
                variant="default"
                size="xs"
                disabled={page >= pages}
                onClick={() => apply(current, page + 1)}
              >
                {t('documents.archive.next')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
