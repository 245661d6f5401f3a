import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { TTemplateSummary } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListView } from '../../components/ListParts';
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
  const templates = list.data?.templates ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('office.templates.title')}</Title>
        <Text size="sm">{t('office.templates.intro')}</Text>
      </Stack>
      <ListView
        query={{ ...list, data: list.data && { items: templates, total: templates.length } }}
        empty={t('common.nothingFound')}
        total={(count) => t('office.templates.count', { count })}
        label={t('office.templates.title')}
        keyOf={(tpl) => tpl.code}
        minWidth={640}
        columns={[
          {
            key: 'title',
            header: t('office.templates.titleCol'),
            cell: (tpl) => (
              <Anchor component={Link} to={`/office/templat/${tpl.code}`} size="sm" fw={600}>
                {tpl.title[lang]}
              </Anchor>
            ),
          },
          {
            key: 'code',
            header: t('office.templates.code'),
            cell: (tpl) => (
              <Text size="sm" ff="monospace">
                {tpl.code}
              </Text>
            ),
          },
          {
            key: 'kind',
            header: t('office.templates.kindCol'),
            cell: (tpl) => <Text size="sm">{t(`office.templates.kind.${tpl.kind}`)}</Text>,
          },
          {
            key: 'versions',
            header: t('office.templates.versions'),
            cell: (tpl) => <VersionBadges template={tpl} />,
          },
        ]}
        card={(tpl) => (
          <Stack gap={4}>
            <Text size="xs" fw={700} c="dimmed">
              {tpl.code} · {t(`office.templates.kind.${tpl.kind}`)}
            </Text>
            <Anchor component={Link} to={`/office/templat/${tpl.code}`} fw={600} size="sm">
              {tpl.title[lang]}
            </Anchor>
            <VersionBadges template={tpl} />
          </Stack>
        )}
      />
    </Stack>
  );
}
