import { Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TSopSummary } from '@sigap/contracts';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListView } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { textParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { SOP_MANAGER_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { useSopList } from './api';

/** The effective date of the newest published version, as the list shows it. */
function effectiveOf(sop: TSopSummary, lang: 'id' | 'en'): string {
  const latest = sop.versions.find((v) => v.status === 'published' && v.version === sop.latestVersion);
  return latest?.effectiveDate ? formatLocalDate(latest.effectiveDate, lang) : '—';
}

function Versions({ sop }: { sop: TSopSummary }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {sop.versions.map((v) => (
        <li key={v.id}>
          {v.status === 'published' && v.version !== null ? (
            <Anchor component={Link} to={`/office/sop/${sop.key}/${v.version}`} size="sm">
              {t('office.sop.versionN', { n: v.version })}
            </Anchor>
          ) : (
            <Anchor component={Link} to={`/office/sop/impor?draft=${v.id}`} size="sm">
              {t('office.sop.draft')}
            </Anchor>
          )}
          {v.effectiveDate && sop.versions.length > 1 && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {t('office.sop.effectiveFrom', { date: formatLocalDate(v.effectiveDate, lang) })}
            </Text>
          )}
          {v.own && v.origin === 'import' && (
            <Badge size="xs" variant="light" ml={6}>
              {t('office.sop.own')}
            </Badge>
          )}
        </li>
      ))}
    </Stack>
  );
}

/** The SOP's title, linked to its latest version when it has one. */
function SopTitle({ sop }: { sop: TSopSummary }) {
  const lang = currentLang();
  return sop.latestVersion !== null ? (
    <Anchor component={Link} to={`/office/sop/${sop.key}/${sop.latestVersion}`} size="sm" fw={600}>
      {sop.title[lang]}
    </Anchor>
  ) : (
    <Text size="sm" fw={600}>
      {sop.title[lang]}
    </Text>
  );
}

function readParams(params: URLSearchParams) {
  return { q: textParam(params, 'q') };
}

export function SopListPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.sop'));
  const lang = currentLang();
  const me = useSession();
  const list = useSopList();
  const { search, setSearch } = useListParams(readParams);
  const query = search.trim().toLowerCase();
  const sops = (list.data?.sops ?? [])
    .filter(
      (s) =>
        !query ||
        (s.code ?? '').toLowerCase().includes(query) ||
        s.title.id.toLowerCase().includes(query) ||
        s.title.en.toLowerCase().includes(query),
    )
    .sort((a, b) => (a.code ?? a.key).localeCompare(b.code ?? b.key, 'id', { numeric: true }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('office.sop.title')}</Title>
          <Text size="sm">{t('office.sop.intro')}</Text>
        </Stack>
        {hasRole(me, SOP_MANAGER_ROLES) && (
          <Button
            component={Link}
            to="/office/sop/impor"
            leftSection={<IconFileImport size={18} aria-hidden="true" />}
          >
            {t('office.sopImport.open')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('office.sop.search')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      <ListView
        query={{ ...list, data: list.data && { items: sops, total: sops.length } }}
        empty={t('common.nothingFound')}
        total={(count) => t('office.sop.count', { count })}
        label={t('office.sop.title')}
        keyOf={(sop) => sop.key}
        minWidth={640}
        columns={[
          {
            key: 'code',
            header: t('office.sop.code'),
            style: { whiteSpace: 'nowrap' },
            cell: (sop) => (
              <Text size="sm" fw={600}>
                {sop.code ?? '—'}
              </Text>
            ),
          },
          { key: 'title', header: t('office.sop.titleCol'), cell: (sop) => <SopTitle sop={sop} /> },
          { key: 'steps', header: t('office.sop.steps'), cell: (sop) => sop.stepCount },
          {
            key: 'effective',
            header: t('office.sop.effective'),
            style: { whiteSpace: 'nowrap' },
            cell: (sop) => <Text size="sm">{effectiveOf(sop, lang)}</Text>,
          },
          { key: 'versions', header: t('office.sop.versions'), cell: (sop) => <Versions sop={sop} /> },
        ]}
        card={(sop) => (
          <Stack gap={4}>
            <Text size="xs" fw={700} c="dimmed">
              {sop.code ?? '—'}
            </Text>
            <SopTitle sop={sop} />
            <Text size="xs">
              {t('office.sop.stepCount', { count: sop.stepCount })} · {t('office.sop.effective')}:{' '}
              {effectiveOf(sop, lang)}
            </Text>
            <Versions sop={sop} />
          </Stack>
        )}
      />
    </Stack>
  );
}
