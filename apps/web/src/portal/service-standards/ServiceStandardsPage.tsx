import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { AgencySelect, useAgencyChoice } from './AgencyChoice';
import { useServiceStandards } from './api';

/** `/standar-pelayanan`: every published service standard, with its time and cost. */
export function ServiceStandardsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  usePageTitle(t('serviceStandards.listTitle'));
  const choice = useAgencyChoice();
  const list = useServiceStandards(choice.agencyId);
  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={860}>
        <Title order={1}>{t('serviceStandards.listTitle')}</Title>
        <Text>{t('serviceStandards.listLead')}</Text>
      </Stack>
      <AgencySelect choice={choice} />
      {!choice.agencyId ? (
        choice.agencies.isPending ? (
          <Loading />
        ) : (
          <Text>{t('serviceStandards.chooseAgency')}</Text>
        )
      ) : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {list.data.items.map((s) => (
            <Card key={s.key} withBorder component="li" padding="lg">
              <Stack gap="xs">
                <Title order={2} size="h3">
                  <Anchor
                    component={Link}
                    to={pagePath(
                      PORTAL_PAGES.serviceStandard,
                      { key: s.key },
                      { instansi: choice.agencyId ?? undefined },
                    )}
                  >
                    {s.title[lang]}
                  </Anchor>
                </Title>
                <Text size="sm" c="dimmed">
                  {s.provider[lang]}
                </Text>
                <Group gap="xl">
                  {s.completionTime && (
                    <Text size="sm">
                      <strong>{t('serviceStandards.time')}:</strong> {s.completionTime[lang]}
                    </Text>
                  )}
                  {s.cost && (
                    <Text size="sm">
                      <strong>{t('serviceStandards.cost')}:</strong> {s.cost[lang]}
                    </Text>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
