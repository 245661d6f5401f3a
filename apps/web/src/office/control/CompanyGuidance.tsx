import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TCompany } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { useGuidanceList } from './guidanceApi';

/** The company page's guidance: each guidance it took part in, linked, and a button to record one on request. */
export function CompanyGuidance({ company: c }: { company: TCompany }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const list = useGuidanceList({ companyId: c.id, pageSize: 50 });
  return (
    <>
      <Group justify="space-between">
        <Title order={2}>{t('controlGuidance.company.title')}</Title>
        {c.canManage ? (
          <Button
            component={Link}
            variant="light"
            size="xs"
            to={`${OFFICE_PAGES.newGuidance}?perusahaan=${encodeURIComponent(c.id)}`}
          >
            {t('controlGuidance.company.onRequest')}
          </Button>
        ) : null}
      </Group>
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed">{t('controlGuidance.company.none')}</Text>
      ) : (
        <Stack gap={6}>
          {(list.data?.items ?? []).map((g) => (
            <Group key={g.id} gap="xs">
              <Text size="sm" c="dimmed" w={140}>
                {formatLocalDate(g.heldOn, lang)}
              </Text>
              <Link to={pagePath(OFFICE_PAGES.guidance, { id: g.id })}>{g.title}</Link>
              <Badge variant="light" size="sm">
                {tt(`controlGuidance.kind.${g.kind}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </>
  );
}
