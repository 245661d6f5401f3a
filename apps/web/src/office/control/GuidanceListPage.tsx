import { Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { GUIDANCE_KINDS, type TGuidanceSummary } from '@sigap/contracts/investment-control';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Column, FilterBar, ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { oneOf, pageParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { GuidanceEvaluation } from './GuidanceEvaluation';
import { useGuidanceList } from './guidanceApi';

const pct = (r: number | null) => (r === null ? '-' : `${r.toLocaleString('id-ID')}%`);

/** `/office/pembinaan`: the agency's guidance, newest session first, with the evaluation of all of them. */
export function GuidanceListPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlGuidance.list.title'));
  const me = useSession();
  const canManage = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const { filters, update, setPage } = useListParams((p) => ({
    kind: oneOf(p, 'kind', GUIDANCE_KINDS),
    page: pageParam(p),
  }));
  const list = useGuidanceList(filters);
  const columns: Column<TGuidanceSummary>[] = [
    {
      key: 'date',
      header: t('controlGuidance.fields.heldOn'),
      cell: (g) => (
        <>
          <Text size="sm">{formatLocalDate(g.heldOn, lang)}</Text>
          <Text size="xs" c="dimmed">
            {g.startTime}-{g.endTime}
          </Text>
        </>
      ),
    },
    {
      key: 'title',
      header: t('controlGuidance.fields.title'),
      cell: (g) => (
        <>
          <Link to={pagePath(OFFICE_PAGES.guidance, { id: g.id })}>{g.title}</Link>
          {g.companyName ? (
            <Text size="xs" c="dimmed">
              {g.companyName}
            </Text>
          ) : null}
        </>
      ),
      maw: 380,
    },
    {
      key: 'kind',
      header: t('controlGuidance.fields.kind'),
      cell: (g) => tt(`controlGuidance.kind.${g.kind}`),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (g) => (
        <Badge variant="light" color={g.status === 'held' ? 'green' : 'blue'}>
          {tt(`controlGuidance.status.${g.status}`)}
        </Badge>
      ),
      style: { minWidth: 140 },
    },
    {
      key: 'participants',
      header: `${t('controlGuidance.fields.attended')} / ${t('controlGuidance.fields.participants')}`,
      cell: (g) => `${g.attended} / ${g.participants}`,
      style: { textAlign: 'right' },
    },
    {
      key: 'evaluation',
      header: `LKPM ${t('controlGuidance.evaluation.before').split(' ').pop()} → ${t('controlGuidance.evaluation.after').split(' ').pop()}`,
      cell: (g) =>
        g.evaluation.companies ? `${pct(g.evaluation.rateBefore)} → ${pct(g.evaluation.rateAfter)}` : '-',
    },
    { key: 'case', header: t('controlGuidance.fields.case'), cell: (g) => g.caseNumber ?? '-' },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlGuidance.list.title')}</Title>
        {canManage ? (
          <Button
            component={Link}
            to={OFFICE_PAGES.newGuidance}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            {t('controlGuidance.list.new')}
          </Button>
        ) : null}
      </Group>
      <Text c="dimmed">{t('controlGuidance.list.intro')}</Text>
      {list.data ? (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('controlGuidance.list.totalTitle')}
          </Title>
          <GuidanceEvaluation e={list.data.evaluation} label={t('controlGuidance.list.totalTitle')} />
        </Card>
      ) : null}
      <FilterBar legend={t('controlGuidance.fields.kind')}>
        <Select
          label={t('controlGuidance.fields.kind')}
          data={[
            { value: '', label: t('controlGuidance.list.all') },
            ...GUIDANCE_KINDS.map((k) => ({ value: k, label: tt(`controlGuidance.kind.${k}`) })),
          ]}
          value={filters.kind ?? ''}
          onChange={(v) => update({ kind: (v || undefined) as never })}
          allowDeselect={false}
        />
      </FilterBar>
      <ListView
        query={list}
        empty={t('controlGuidance.list.empty')}
        total={(count) => t('controlGuidance.list.count', { count })}
        label={t('controlGuidance.list.title')}
        keyOf={(g) => g.id}
        columns={columns}
        card={(g) => (
          <Stack gap={4}>
            <Link to={pagePath(OFFICE_PAGES.guidance, { id: g.id })}>{g.title}</Link>
            <Text size="sm">
              {formatLocalDate(g.heldOn, lang)} · {tt(`controlGuidance.kind.${g.kind}`)} ·{' '}
              {tt(`controlGuidance.status.${g.status}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {g.attended} / {g.participants}
              {g.evaluation.companies
                ? ` · LKPM ${pct(g.evaluation.rateBefore)} → ${pct(g.evaluation.rateAfter)}`
                : ''}
            </Text>
          </Stack>
        )}
        minWidth={980}
        page={filters.page}
        onPage={setPage}
      />
    </Stack>
  );
}
