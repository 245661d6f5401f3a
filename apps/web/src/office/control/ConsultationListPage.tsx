import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  CONSULTATION_KINDS,
  CONSULTATION_STATUSES,
  type TConsultationSummary,
} from '@sigap/contracts/investment-control';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Column, FilterBar, ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { oneOf, pageParam, textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { ConsultationStatusBadge } from './ConsultationStatus';
import { useConsultations } from './consultationsApi';

/** `/office/konsultasi`: the agency's LKPM helpdesk questions and virtual consultations, open ones first. */
export function ConsultationListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlConsultations.list.title'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const mayRecord = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const { filters, update, setPage, search, setSearch } = useListParams((p) => ({
    q: textParam(p, 'q'),
    kind: oneOf(p, 'kind', CONSULTATION_KINDS),
    status: oneOf(p, 'status', CONSULTATION_STATUSES),
    page: pageParam(p),
  }));
  const list = useConsultations(filters);
  const all = { value: '', label: t('controlConsultations.list.all') };
  const number = (c: TConsultationSummary) => (
    <>
      <Link to={pagePath(OFFICE_PAGES.consultation, { id: c.id })}>{c.number}</Link>
      <Text size="xs" c="dimmed">
        {tt(`controlConsultations.kind.${c.kind}`)}
      </Text>
    </>
  );
  const company = (c: TConsultationSummary) => (
    <>
      <Link to={pagePath(OFFICE_PAGES.company, { id: c.companyId })}>{c.companyName}</Link>
      <Text size="xs" c="dimmed">
        NIB {c.nib}
      </Text>
    </>
  );
  const when = (c: TConsultationSummary) =>
    c.scheduledAt
      ? formatDateTime(c.scheduledAt, tz, lang)
      : c.preferredAt
        ? `${formatDateTime(c.preferredAt, tz, lang)} (${t('controlConsultations.fields.preferredAt').toLowerCase()})`
        : '-';
  const columns: Column<TConsultationSummary>[] = [
    {
      key: 'number',
      header: t('controlConsultations.fields.number'),
      cell: number,
      style: { whiteSpace: 'nowrap' },
    },
    { key: 'company', header: t('controlConsultations.fields.company'), cell: company },
    { key: 'topic', header: t('controlConsultations.fields.topic'), cell: (c) => c.topic, maw: 280 },
    {
      key: 'contact',
      header: t('controlConsultations.fields.contactName'),
      cell: (c) => (
        <>
          {c.contactName}
          <Text size="xs" c="dimmed">
            {tt(`controlConsultations.channel.${c.channel}`)}
          </Text>
        </>
      ),
    },
    {
      key: 'received',
      header: t('controlConsultations.fields.receivedAt'),
      cell: (c) => formatDateTime(c.receivedAt, tz, lang),
    },
    { key: 'schedule', header: t('controlConsultations.fields.scheduledAt'), cell: when },
    {
      key: 'status',
      header: t('controlConsultations.fields.status'),
      cell: (c) => <ConsultationStatusBadge status={c.status} />,
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlConsultations.list.title')}</Title>
        {mayRecord ? (
          <Button
            component={Link}
            to={OFFICE_PAGES.newConsultation}
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t('controlConsultations.list.new')}
          </Button>
        ) : null}
      </Group>
      <Text c="dimmed">{t('controlConsultations.list.intro')}</Text>
      <FilterBar legend={t('controlConsultations.list.filters')}>
        <TextInput
          label={t('controlConsultations.fields.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', xs: 320 }}
        />
        <Select
          label={t('controlConsultations.fields.kind')}
          data={[
            all,
            ...CONSULTATION_KINDS.map((k) => ({ value: k, label: tt(`controlConsultations.kind.${k}`) })),
          ]}
          value={filters.kind ?? ''}
          onChange={(v) => update({ kind: v })}
          allowDeselect={false}
          w={{ base: '47%', xs: 250 }}
        />
        <Select
          label={t('controlConsultations.fields.status')}
          data={[
            all,
            ...CONSULTATION_STATUSES.map((s) => ({
              value: s,
              label: tt(`controlConsultations.status.${s}`),
            })),
          ]}
          value={filters.status ?? ''}
          onChange={(v) => update({ status: v })}
          allowDeselect={false}
          w={{ base: '47%', xs: 170 }}
        />
      </FilterBar>
      <ListView
        query={list}
        empty={t('controlConsultations.list.empty')}
        total={(count) => t('controlConsultations.list.count', { count })}
        label={t('controlConsultations.list.title')}
        keyOf={(c) => c.id}
        columns={columns}
        card={(c) => (
          <Stack gap={4}>
            <Group justify="space-between">
              {number(c)}
              <ConsultationStatusBadge status={c.status} />
            </Group>
            {company(c)}
            <Text size="sm">{c.topic}</Text>
            <Text size="sm" c="dimmed">
              {c.contactName} · {formatDateTime(c.receivedAt, tz, lang)}
            </Text>
          </Stack>
        )}
        minWidth={1000}
        page={filters.page}
        onPage={setPage}
      />
    </Stack>
  );
}
