import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TLetterNumberEntry, TLetterNumberStatus } from '@sigap/contracts';
import { IconDownload, IconHash, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, ListView } from '../../components/ListParts';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDate, formatTimeZoned } from '../../lib/format';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { LETTER_MANAGER_ROLES, LETTER_PATTERN_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { ReasonModal } from '../cases/ReasonModal';
import {
  type RegisterFilters,
  registerExportUrl,
  useCancelNumber,
  useLetterNumbers,
  useRegisterOptions,
} from './api';
import { LetterPatternCard } from './LetterPatternCard';
import { TakeNumberModal } from './TakeNumberModal';

function readFilters(params: URLSearchParams): RegisterFilters {
  return {
    q: textParam(params, 'q'),
    year: textParam(params, 'year'),
    classification: textParam(params, 'classification'),
    unitCode: textParam(params, 'unitCode'),
    status: oneOf<TLetterNumberStatus>(params, 'status', ['issued', 'cancelled']),
    page: pageParam(params),
  };
}

function CancelledNote({ entry, tz }: { entry: TLetterNumberEntry; tz: string }) {
  const { t } = useTranslation();
  if (entry.status !== 'cancelled' || !entry.cancelledAt) return null;
  return (
    <Text size="xs" c="dimmed" mt={4}>
      {t('office.register.cancelledOn', {
        date: formatDate(entry.cancelledAt, tz, currentLang()),
        reason: entry.cancelReason ?? '',
      })}
    </Text>
  );
}

function SourceLabel({ entry }: { entry: TLetterNumberEntry }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {entry.documentId ? t('office.register.source.document') : t('office.register.source.manual')}
    </Text>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.register'));
  const me = useSession();
  const lang = currentLang();
  const tz = me.agency.timeZone;
  const canManage = hasRole(me, LETTER_MANAGER_ROLES);
  const canSetPattern = hasRole(me, LETTER_PATTERN_ROLES);
  const { filters, update, setPage, search, setSearch } = useListParams(readFilters);
  const list = useLetterNumbers(filters);
  const options = useRegisterOptions();
  const cancel = useCancelNumber();
  const [taking, setTaking] = useState(false);
  const [cancelling, setCancelling] = useState<TLetterNumberEntry | null>(null);

  const opts = options.data;
  const years = (opts?.years ?? []).map(String);
  const thisYear = String(new Date().getFullYear());
  if (!years.includes(thisYear)) years.unshift(thisYear);
  // the example uses the unit of the latest number, so it looks like the office's own letters
  const exampleUnit =
    list.data?.items[0]?.unitCode ??
    opts?.unitCodes.find((c) => c.includes('-')) ??
    opts?.unitCodes[0] ??
    'DPMPTSP-DALAK';

  const cancelButton = (entry: TLetterNumberEntry) =>
    canManage && entry.status === 'issued' ? (
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={() => setCancelling(entry)}
        aria-label={t('office.register.cancelAria', { number: entry.number })}
      >
        {t('office.register.cancel')}
      </Button>
    ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('office.nav.register')}</Title>
        <Group gap="sm">
          <Button
            component="a"
            href={registerExportUrl(filters)}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('office.register.export')}
          </Button>
          {canManage && (
            <Button leftSection={<IconHash size={18} aria-hidden="true" />} onClick={() => setTaking(true)}>
              {t('office.register.take')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('office.register.intro')}</Text>

      <FilterBar legend={t('office.register.filters')}>
        <TextInput
          type="search"
          label={t('office.register.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('office.register.year')}
          placeholder={t('office.register.allYears')}
          data={years}
          value={filters.year ?? null}
          onChange={(v) => update({ year: v ?? undefined })}
          clearable
          w={{ base: '47%', xs: 160 }}
          clearButtonProps={{ 'aria-label': t('office.register.clearYear') }}
        />
        <Select
          label={t('office.register.status')}
          placeholder={t('office.register.allStatuses')}
          data={[
            { value: 'issued', label: t('office.register.statusIssued') },
            { value: 'cancelled', label: t('office.register.statusCancelled') },
          ]}
          value={filters.status ?? null}
          onChange={(v) => update({ status: v ?? undefined })}
          clearable
          w={{ base: '47%', xs: 160 }}
          clearButtonProps={{ 'aria-label': t('office.register.clearStatus') }}
        />
        <Select
          label={t('office.register.classification')}
          placeholder={t('office.register.allClassifications')}
          data={opts?.classifications ?? []}
          value={filters.classification ?? null}
          onChange={(v) => update({ classification: v ?? undefined })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', xs: 180 }}
          clearButtonProps={{ 'aria-label': t('office.register.clearClassification') }}
        />
        <Select
          label={t('office.register.unit')}
          placeholder={t('office.register.allUnits')}
          data={opts?.unitCodes ?? []}
          value={filters.unitCode ?? null}
          onChange={(v) => update({ unitCode: v ?? undefined })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', xs: 240 }}
          clearButtonProps={{ 'aria-label': t('office.register.clearUnit') }}
        />
      </FilterBar>

      <ListView
        query={list}
        empty={t('office.register.empty')}
        total={(count) => t('office.register.total', { count })}
        label={t('office.register.tableLabel')}
        keyOf={(entry) => entry.id}
        minWidth={900}
        columns={[
          {
            key: 'number',
            header: t('office.register.col.number'),
            cell: (entry) => (
              <>
                <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {entry.number}
                </Text>
                <SourceLabel entry={entry} />
              </>
            ),
          },
          {
            key: 'date',
            header: t('office.register.col.date'),
            cell: (entry) => (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(entry.issuedAt, tz, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTimeZoned(entry.issuedAt, tz, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.issuedByName ?? '—'}
                </Text>
              </>
            ),
          },
          {
            key: 'subject',
            header: t('office.register.col.subject'),
            style: { minWidth: 200 },
            cell: (entry) => <Text size="sm">{entry.subject}</Text>,
          },
          {
            key: 'status',
            header: t('office.register.col.status'),
            style: { minWidth: 170 },
            cell: (entry) => (
              <>
                <StatusBadge set="letterNumber" status={entry.status} />
                <CancelledNote entry={entry} tz={tz} />
              </>
            ),
          },
          ...(canManage
            ? [{ key: 'actions', header: t('common.actions'), hiddenHeader: true, cell: cancelButton }]
            : []),
        ]}
        card={(entry) => (
          <Stack gap={4}>
            <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {entry.number}
            </Text>
            <Group gap="xs">
              <StatusBadge set="letterNumber" status={entry.status} />
              <SourceLabel entry={entry} />
            </Group>
            <Text size="sm">{entry.subject}</Text>
            <Text size="xs" c="dimmed">
              {formatDate(entry.issuedAt, tz, lang)}, {formatTimeZoned(entry.issuedAt, tz, lang)} ·{' '}
              {entry.issuedByName ?? '—'}
            </Text>
            <CancelledNote entry={entry} tz={tz} />
            {cancelButton(entry) && <Group justify="flex-end">{cancelButton(entry)}</Group>}
          </Stack>
        )}
        page={filters.page ?? 1}
        onPage={setPage}
      />

      {canSetPattern && opts && (
        <LetterPatternCard
          pattern={opts.pattern}
          defaultPattern={opts.defaultPattern}
          timeZone={tz}
          exampleUnit={exampleUnit}
        />
      )}

      {canManage && opts && (
        <TakeNumberModal
          opened={taking}
          onClose={() => setTaking(false)}
          pattern={opts.pattern}
          timeZone={tz}
          units={opts.units}
          classifications={opts.classifications}
        />
      )}
      <ReasonModal
        opened={!!cancelling}
        title={t('office.register.cancelTitle', { number: cancelling?.number ?? '' })}
        intro={t('office.register.cancelIntro')}
        label={t('office.register.cancelReason')}
        submitLabel={t('office.register.cancelSubmit')}
        danger
        onSubmit={(reason) => cancel.mutateAsync({ id: cancelling!.id, reason })}
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}
