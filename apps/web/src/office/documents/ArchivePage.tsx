import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { pageParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { type ArchiveParams, pdfUrl, useArchive } from './api';

const KEYS = ['q', 'type', 'classification', 'from', 'to'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

function readParams(params: URLSearchParams): Filters & ArchiveParams {
  return {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    classification: params.get('classification') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: pageParam(params) ?? 1,
  };
}

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
  // the filters apply when the form is sent, not as they are typed
  const { filters: params, update, setPage } = useListParams(readParams);
  const [filters, setFilters] = useState<Filters>(params);
  const archive = useArchive(params);

  // a new search starts on its first page
  const apply = ({ q, type, classification, from, to }: Filters) =>
    update({ q, type, classification, from, to });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(filters);
  };
  const data = archive.data;
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

      <ListView
        query={archive}
        empty={t('documents.archive.none')}
        total={(count) => t('documents.archive.results', { count })}
        label={t('documents.archive.title')}
        keyOf={(d) => d.id}
        minWidth={760}
        tableProps={{ highlightOnHover: false, verticalSpacing: 'xs' }}
        columns={[
          {
            key: 'title',
            header: t('documents.archive.cols.title'),
            maw: 420,
            cell: (d) => (
              <>
                <Anchor component={Link} to={`/office/dokumen/${d.id}`} size="sm" fw={600}>
                  {d.title}
                </Anchor>
                <Text size="xs">
                  {t('documents.archive.cols.number')}: {d.number}
                </Text>
                {d.excerpt && <Excerpt text={d.excerpt} />}
              </>
            ),
          },
          { key: 'type', header: t('documents.archive.cols.type'), cell: (d) => d.typeTitle[lang] },
          {
            key: 'date',
            header: t('documents.archive.cols.date'),
            style: { whiteSpace: 'nowrap' },
            cell: (d) => formatDate(d.signedAt, data?.timeZone ?? 'Asia/Jakarta', lang),
          },
          {
            key: 'case',
            header: t('documents.archive.cols.case'),
            cell: (d) =>
              d.caseId ? (
                <Anchor component={Link} to={`/office/kasus/${d.caseId}`} size="sm">
                  {d.caseNumber}
                </Anchor>
              ) : (
                '—'
              ),
          },
          {
            key: 'classification',
            header: t('documents.archive.cols.classification'),
            cell: (d) => d.classification,
          },
          {
            key: 'retention',
            header: t('documents.archive.cols.retention'),
            style: { whiteSpace: 'nowrap' },
            cell: (d) => t('documents.archive.retainUntil', { n: d.retentionYears, year: d.retainUntil }),
          },
          {
            key: 'download',
            header: t('documents.archive.cols.download'),
            cell: (d) => (
              <Anchor
                href={pdfUrl(d.id, true)}
                download
                size="sm"
                aria-label={t('documents.archive.download', { number: d.number })}
              >
                <IconDownload size={18} aria-hidden="true" />
              </Anchor>
            ),
          },
        ]}
        page={params.page}
        onPage={setPage}
      />
    </Stack>
  );
}
