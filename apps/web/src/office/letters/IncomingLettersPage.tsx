import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TIncomingLetter } from '@sigap/contracts';
import { IconDownload, IconMailPlus, IconPlayerPlay, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateRangeFilter, FilterBar, ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatDate, formatLocalDate, formatTimeZoned, sizeLabel } from '../../lib/format';
import { pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { type IncomingFilters, scanUrl, useIncomingLetters } from './api';
import { RegisterIncomingModal } from './RegisterIncomingModal';
import { StartFromLetterModal } from './StartFromLetterModal';

function readFilters(params: URLSearchParams): IncomingFilters {
  return {
    q: textParam(params, 'q'),
    from: textParam(params, 'from'),
    to: textParam(params, 'to'),
    page: pageParam(params),
  };
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
  const { filters, update, setPage, search, setSearch } = useListParams(readFilters);
  const list = useIncomingLetters(filters);
  const [registering, setRegistering] = useState(false);
  const [starting, setStarting] = useState<TIncomingLetter | null>(null);
  const [registered, setRegistered] = useState<TIncomingLetter | null>(null);

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

      <FilterBar legend={t('office.incoming.filters')}>
        <TextInput
          type="search"
          label={t('office.incoming.search')}
          placeholder={t('office.incoming.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <DateRangeFilter
          from={filters.from}
          to={filters.to}
          labels={{ from: t('office.incoming.from'), to: t('office.incoming.to') }}
          onChange={update}
        />
      </FilterBar>

      <ListView
        query={list}
        empty={t('office.incoming.empty')}
        total={(count) => t('office.incoming.total', { count })}
        label={t('office.incoming.tableLabel')}
        keyOf={(letter) => letter.id}
        minWidth={960}
        columns={[
          {
            key: 'agenda',
            header: t('office.incoming.col.agenda'),
            cell: (letter) => (
              <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {letter.agendaNumber}
              </Text>
            ),
          },
          {
            key: 'received',
            header: t('office.incoming.col.received'),
            cell: (letter) => (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(letter.receivedAt, tz, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTimeZoned(letter.receivedAt, tz, lang)}
                </Text>
              </>
            ),
          },
          {
            key: 'sender',
            header: t('office.incoming.col.sender'),
            cell: (letter) => (
              <>
                <Text size="sm">{letter.sender}</Text>
                <Text size="xs" c="dimmed">
                  {letter.letterNumber} · {formatLocalDate(letter.letterDate, lang)}
                </Text>
              </>
            ),
          },
          {
            key: 'subject',
            header: t('office.incoming.col.subject'),
            cell: (letter) => <Text size="sm">{letter.subject}</Text>,
          },
          {
            key: 'scan',
            header: t('office.incoming.col.scan'),
            cell: (letter) => <ScanLink letter={letter} />,
          },
          {
            key: 'case',
            header: t('office.incoming.col.case'),
            cell: (letter) => <FollowUp letter={letter} onStart={setStarting} />,
          },
        ]}
        card={(letter) => (
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
        page={filters.page ?? 1}
        onPage={setPage}
      />

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
