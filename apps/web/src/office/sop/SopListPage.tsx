import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TSopSummary } from '@sigap/contracts';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
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

export function SopListPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.sop'));
  const lang = currentLang();
  const me = useSession();
  const list = useSopList();
  const [search, setSearch] = useState('');
  const isMobile = useMediaQuery('(max-width: 47.99em)');
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : sops.length === 0 ? (
        <Text>{t('common.nothingFound')}</Text>
      ) : isMobile ? (
        <Stack gap="sm">
          <Text size="sm">{t('office.sop.count', { count: sops.length })}</Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sops.map((sop) => (
              <Paper key={sop.key} component="li" withBorder p="sm">
                <Stack gap={4}>
                  <Text size="xs" fw={700} c="dimmed">
                    {sop.code ?? '—'}
                  </Text>
                  {sop.latestVersion !== null ? (
                    <Anchor
                      component={Link}
                      to={`/office/sop/${sop.key}/${sop.latestVersion}`}
                      fw={600}
                      size="sm"
                    >
                      {sop.title[lang]}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {sop.title[lang]}
                    </Text>
                  )}
                  <Text size="xs">
                    {t('office.sop.stepCount', { count: sop.stepCount })} · {t('office.sop.effective')}:{' '}
                    {effectiveOf(sop, lang)}
                  </Text>
                  <Versions sop={sop} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Stack>
      ) : (
        <Table.ScrollContainer
          type="native"
          minWidth={640}
          role="region"
          tabIndex={0}
          aria-labelledby="sop-table-caption"
        >
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption id="sop-table-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('office.sop.count', { count: sops.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('office.sop.code')}</Table.Th>
                <Table.Th scope="col">{t('office.sop.titleCol')}</Table.Th>
                <Table.Th scope="col">{t('office.sop.steps')}</Table.Th>
                <Table.Th scope="col">{t('office.sop.effective')}</Table.Th>
                <Table.Th scope="col">{t('office.sop.versions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sops.map((sop) => (
                <Table.Tr key={sop.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={600}>
                      {sop.code ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {sop.latestVersion !== null ? (
                      <Anchor
                        component={Link}
                        to={`/office/sop/${sop.key}/${sop.latestVersion}`}
                        size="sm"
                        fw={600}
                      >
                        {sop.title[lang]}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {sop.title[lang]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{sop.stepCount}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{effectiveOf(sop, lang)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Versions sop={sop} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
