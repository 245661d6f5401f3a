import {
  Alert,
  Anchor,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import type { TIncomingLetter } from '@sigap/contracts';
import { IconDownload, IconMailPlus, IconPlayerPlay, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CardList, Pager } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDate, formatLocalDate, formatTimeZoned } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { type IncomingFilters, scanUrl, useIncomingLetters } from './api';
import { RegisterIncomingModal } from './RegisterIncomingModal';
import { StartFromLetterModal } from './StartFromLetterModal';

function readFilters(params: URLSearchParams): IncomingFilters {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function ScanLink({ letter }: { letter: TIncomingLetter }) {
  const { t } = useTranslation();
  if (!letter.scan) return <Text size="sm">—</Text>;
  return (
    <Anchor
      href={scanUrl(letter.id)}
      size="sm"
      aria-label={t('office.incoming.downloadAria', { agenda: letter.agendaNumber })}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
    >
      <IconDownload size={16} aria-hidden="true" />
      {letter.scan.contentType === 'application/pdf'
        ? 'PDF'
        : letter.scan.contentType === 'image/png'
          ? 'PNG'
          : 'JPEG'}
      <Text span size="xs" c="dimmed">
        ({sizeLabel(letter.scan.size)})
      </Text>
    </Anchor>
  );
}

function FollowUp({ letter, onStart }: { letter: TIncomingLetter; onStart: (l: TIncomingLetter) => void }) {
  const { t } = useTranslation();
  if (letter.caseId)
    return (
      <Anchor
        component={Link}
        to={`/office/kasus/${letter.caseId}`}
        size="sm"
        fw={600}
        style={{ whiteSpace: 'nowrap' }}
      >
        {letter.caseNumber}
      </Anchor>
    );
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPlayerPlay size={14} aria-hidden="true" />}
      onClick={() => onStart(letter)}
      aria-label={t('office.incoming.startCaseAria', { agenda: letter.agendaNumber })}
    >
      {t('office.incoming.startCase')}
    </Button>
  );
}

export function IncomingLettersPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.incoming'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const lang = currentLang();
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [q, setQ] = useState(filters.q ?? '');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const list = useIncomingLetters(filters);
  const [registering, setRegistering] = useState(false);
  const [starting, setStarting] = useState<TIncomingLetter | null>(null);
  const [registered, setRegistered] = useState<TIncomingLetter | null>(null);

  const update = (patch: Partial<Record<keyof IncomingFilters, string | undefined>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in patch)) next.delete('page');
    setSearchParams(next, { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed search updates the address
  useEffect(() => {
    if ((filters.q ?? '') !== debouncedQ.trim()) update({ q: debouncedQ.trim() });
  }, [debouncedQ]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('office.nav.incoming')}</Title>
        <Button
          leftSection={<IconMailPlus size={18} aria-hidden="true" />}
          onClick={() => setRegistering(true)}
        >
          {t('office.incoming.register')}
        </Button>
      </Group>
      <Text>{t('office.incoming.intro')}</Text>
      {/* display: contents keeps the empty live region out of the layout's gaps */}
      <div aria-live="polite" style={registered ? undefined : { display: 'contents' }}>
        {registered && (
          <Alert
            color="green"
            variant="light"
            withCloseButton
            onClose={() => setRegistered(null)}
            closeButtonLabel={t('common.close')}
          >
            {t('office.incoming.registered', { agenda: registered.agendaNumber })}
          </Alert>
        )}
      </div>

      <Group align="flex-end" gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <VisuallyHidden component="legend">{t('office.incoming.filters')}</VisuallyHidden>
        <TextInput
          type="search"
          label={t('office.incoming.search')}
          placeholder={t('office.incoming.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <TextInput
          type="date"
          label={t('office.incoming.from')}
          value={filters.from ?? ''}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={{ base: '47%', xs: 170 }}
        />
        <TextInput
          type="date"
          label={t('office.incoming.to')}
          value={filters.to ?? ''}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={{ base: '47%', xs: 170 }}
        />
      </Group>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('office.incoming.empty')}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {t('office.incoming.total', { count: list.data.total })}
          </Text>
          {isMobile ? (
            <CardList
              label={t('office.incoming.tableLabel')}
              items={list.data.items}
              keyOf={(letter) => letter.id}
            >
              {(letter) => (
                <Stack gap={4}>
                  <Text fw={700} size="sm">
                    {letter.agendaNumber}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(letter.receivedAt, tz, lang)}, {formatTimeZoned(letter.receivedAt, tz, lang)}
                  </Text>
                  <Text size="sm" fw={600}>
                    {letter.subject}
                  </Text>
                  <Text size="sm">{letter.sender}</Text>
                  <Text size="xs" c="dimmed">
                    {letter.letterNumber} · {formatLocalDate(letter.letterDate, lang)}
                  </Text>
                  <Group justify="space-between">
                    <ScanLink letter={letter} />
                    <FollowUp letter={letter} onStart={setStarting} />
                  </Group>
                </Stack>
              )}
            </CardList>
          ) : (
            <Table.ScrollContainer
              type="native"
              minWidth={960}
              role="region"
              tabIndex={0}
              aria-label={t('office.incoming.tableLabel')}
            >
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('office.incoming.col.agenda')}</Table.Th>
                    <Table.Th scope="col">{t('office.incoming.col.received')}</Table.Th>
                    <Table.Th scope="col">{t('office.incoming.col.sender')}</Table.Th>
                    <Table.Th scope="col">{t('office.incoming.col.subject')}</Table.Th>
                    <Table.Th scope="col">{t('office.incoming.col.scan')}</Table.Th>
                    <Table.Th scope="col">{t('office.incoming.col.case')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((letter) => (
                    <Table.Tr key={letter.id}>
                      <Table.Td>
                        <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {letter.agendaNumber}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(letter.receivedAt, tz, lang)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatTimeZoned(letter.receivedAt, tz, lang)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{letter.sender}</Text>
                        <Text size="xs" c="dimmed">
                          {letter.letterNumber} · {formatLocalDate(letter.letterDate, lang)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{letter.subject}</Text>
                      </Table.Td>
                      <Table.Td>
                        <ScanLink letter={letter} />
                      </Table.Td>
                      <Table.Td>
                        <FollowUp letter={letter} onStart={setStarting} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager
            total={list.data.total}
            pageSize={list.data.pageSize}
            page={filters.page ?? 1}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}

      <RegisterIncomingModal
        opened={registering}
        onClose={() => setRegistering(false)}
        onRegistered={setRegistered}
        timeZone={tz}
      />
      <StartFromLetterModal letter={starting} onClose={() => setStarting(null)} />
    </Stack>
  );
}
