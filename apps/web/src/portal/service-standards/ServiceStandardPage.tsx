import { Anchor, Box, Button, Card, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  PORTAL_PAGES,
  pagePath,
  type TServiceChannels,
  type TServiceStandardItem,
  type TServiceStandardView,
} from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { isApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/usePageTitle';
import { AgencySelect, useAgencyChoice } from './AgencyChoice';
import { useServiceStandard } from './api';

type Lang = 'id' | 'en';

/**
 * One numbered list of a component, as printed. In English the translation leads and the
 * Indonesian original (the text that binds) stays beside it; in Indonesian only the original.
 */
function Items({
  items,
  lang,
  depth = 0,
}: {
  items: readonly TServiceStandardItem[];
  lang: Lang;
  depth?: number;
}) {
  return (
    <List
      type="ordered"
      spacing="xs"
      withPadding={depth > 0}
      listStyleType={depth === 0 ? 'decimal' : 'lower-alpha'}
    >
      {items.map((item) => (
        <List.Item key={item.id}>
          <Text component="span">{item[lang]}</Text>
          {lang === 'en' && (
            <Text component="span" display="block" size="sm" c="dimmed" lang="id">
              {item.id}
            </Text>
          )}
          {item.items && <Items items={item.items} lang={lang} depth={depth + 1} />}
        </List.Item>
      ))}
    </List>
  );
}

function Channels({ channels, agencyName }: { channels: TServiceChannels; agencyName: string }) {
  const { t } = useTranslation();
  const set = (Object.entries(channels) as Array<[keyof TServiceChannels, string | null]>).filter(
    ([, v]) => v,
  );
  const href = (k: keyof TServiceChannels, v: string) =>
    k === 'complaintEmail' ? `mailto:${v}` : k === 'callCentre' ? `tel:${v.replace(/[^\d+]/g, '')}` : v;
  return (
    <Card withBorder component="section" aria-labelledby="channels-title" padding="lg">
      <Title order={2} size="h3" id="channels-title">
        {t('serviceStandards.channelsTitle', { agency: agencyName })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('serviceStandards.channelsLead')}
      </Text>
      {set.length === 0 ? (
        <Text>{t('serviceStandards.channelsNone')}</Text>
      ) : (
        <Box component="dl" m={0}>
          {set.map(([k, v]) => (
            <Group key={k} gap="xs" wrap="nowrap" align="baseline">
              <Text component="dt" fw={600} w={180}>
                {t(`serviceStandards.channel.${k}`)}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                <Anchor
                  href={href(k, v!)}
                  {...(k.endsWith('Url') ? { target: '_blank', rel: 'noreferrer' } : {})}
                >
                  {v}
                </Anchor>
              </Text>
            </Group>
          ))}
        </Box>
      )}
      <Button component={Link} to={PORTAL_PAGES.fileComplaint} variant="light" mt="md">
        {t('serviceStandards.sigapComplaint')}
      </Button>
    </Card>
  );
}

function Standard({ s, agencyId }: { s: TServiceStandardView; agencyId: string }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  usePageTitle(s.title[lang]);
  return (
    <Stack gap="lg">
      <Stack gap={4} maw={900}>
        <Title order={1}>{s.title[lang]}</Title>
        {lang === 'en' && (
          <Text c="dimmed" lang="id">
            {s.title.id}
          </Text>
        )}
        <Text size="sm">
          <strong>{t('serviceStandards.provider')}:</strong> {s.provider[lang]}
        </Text>
        <Text size="sm">
          <strong>{t('serviceStandards.decree')}:</strong> {s.decree ?? t('serviceStandards.noDecree')}
        </Text>
      </Stack>
      {s.components.map((c) => (
        <Box component="section" key={c.kind} aria-labelledby={`component-${c.kind}`}>
          <Title order={2} size="h3" id={`component-${c.kind}`} mb="xs">
            {c.heading[lang]}
          </Title>
          <Items items={c.items} lang={lang} />
          {c.sopKey && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('serviceStandards.sop')}: {c.sopKey}
            </Text>
          )}
          <Divider mt="md" />
        </Box>
      ))}
      <Channels channels={s.channels} agencyName={s.agencyName} />
      <Group>
        <Button component={Link} to={pagePath(PORTAL_PAGES.requestService, { service: s.key })}>
          {t('serviceStandards.requestService')}
        </Button>
        <Anchor component={Link} to={pagePath(PORTAL_PAGES.serviceStandards, {}, { instansi: agencyId })}>
          {t('serviceStandards.backToList')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** `/standar-pelayanan/:key`: one service standard, its components in the seed's own order. */
export function ServiceStandardPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const choice = useAgencyChoice();
  const standard = useServiceStandard(key, choice.agencyId);
  usePageTitle(t('serviceStandards.listTitle'));
  return (
    <Stack gap="lg">
      <AgencySelect choice={choice} />
      {!choice.agencyId || standard.isPending ? (
        <Loading />
      ) : standard.isError ? (
        isApiError(standard.error, 404) ? (
          <Text>{t('serviceStandards.notFound')}</Text>
        ) : (
          <QueryError error={standard.error} onRetry={() => void standard.refetch()} />
        )
      ) : (
        <Standard s={standard.data} agencyId={choice.agencyId} />
      )}
    </Stack>
  );
}
