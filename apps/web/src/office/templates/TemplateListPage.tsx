import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TTemplateSummary } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { usePageTitle } from '../../lib/usePageTitle';
import { useTemplateList } from './api';

function VersionBadges({ template }: { template: TTemplateSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {template.versions.map((v) => (
        <Text key={v.id} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t('office.templates.versionN', { n: v.version })}{' '}
          <Text span size="xs" c={v.own ? 'blue.9' : 'dimmed'} fw={v.own ? 700 : 400}>
            ({v.own ? t('office.templates.own') : t('office.templates.shipped')})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

/** The templates the agency drafts its documents on: the shipped ones and its own versions. */
export function TemplateListPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.templates.title'));
  const lang = currentLang();
  const list = useTemplateList();
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const templates = list.data?.templates ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('office.templates.title')}</Title>
        <Text size="sm">{t('office.templates.intro')}</Text>
      </Stack>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : isMobile ? (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {templates.map((tpl) => (
            <Paper key={tpl.code} component="li" withBorder p="sm">
              <Stack gap={4}>
                <Text size="xs" fw={700} c="dimmed">
                  {tpl.code} · {t(`office.templates.kind.${tpl.kind}`)}
                </Text>
                <Anchor component={Link} to={`/office/templat/${tpl.code}`} fw={600} size="sm">
                  {tpl.title[lang]}
                </Anchor>
                <VersionBadges template={tpl} />
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer
          type="native"
          minWidth={640}
          role="region"
          tabIndex={0}
          aria-labelledby="templates-caption"
        >
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption id="templates-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('office.templates.count', { count: templates.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('office.templates.titleCol')}</Table.Th>
                <Table.Th scope="col">{t('office.templates.code')}</Table.Th>
                <Table.Th scope="col">{t('office.templates.kindCol')}</Table.Th>
                <Table.Th scope="col">{t('office.templates.versions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.map((tpl) => (
                <Table.Tr key={tpl.code}>
                  <Table.Td>
                    <Anchor component={Link} to={`/office/templat/${tpl.code}`} size="sm" fw={600}>
                      {tpl.title[lang]}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {tpl.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`office.templates.kind.${tpl.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <VersionBadges template={tpl} />
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
