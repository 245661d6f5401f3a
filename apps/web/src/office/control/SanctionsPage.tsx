import { Anchor, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { SanctionLetter, SanctionStatus } from './CompanySanctions';
import { useLkpmSanctionProposals, useSanctions } from './sanctionsApi';

/** `/office/sanksi`: the agency's sanctions, newest first, overdue warnings flagged. */
export function SanctionsPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const [overdue, setOverdue] = useState(false);
  const list = useSanctions(overdue);
  usePageTitle(t('controlSanctions.listTitle'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('controlSanctions.listTitle')}</Title>
      <Text c="dimmed">{t('controlSanctions.intro')}</Text>
      <LkpmProposals />
      <Checkbox
        label={t('controlSanctions.onlyOverdue')}
        checked={overdue}
        onChange={(e) => setOverdue(e.currentTarget.checked)}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('controlSanctions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped aria-label={t('controlSanctions.listTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlSanctions.company')}</Table.Th>
                <Table.Th>{t('controlSanctions.stageLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.basisLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.issuedOn')}</Table.Th>
                <Table.Th>{t('controlSanctions.complyBy')}</Table.Th>
                <Table.Th>{t('controlSanctions.statusLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.letter.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={pagePath(OFFICE_PAGES.company, { id: s.companyId })}>
                      {s.companyName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {s.companyNib}
                    </Text>
                  </Table.Td>
                  <Table.Td>{tt(`controlSanctions.stage.${s.stage}`)}</Table.Td>
                  <Table.Td>{tt(`controlSanctions.basis.${s.basis}`)}</Table.Td>
                  <Table.Td>{formatLocalDate(s.issuedOn, lang)}</Table.Td>
                  <Table.Td>{s.complyBy ? formatLocalDate(s.complyBy, lang) : '-'}</Table.Td>
                  <Table.Td>
                    <SanctionStatus s={s} />
                  </Table.Td>
                  <Table.Td>
                    <SanctionLetter s={s} />
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

/** Companies that missed LKPM for two consecutive periods: each links to its company page's form, basis preset. */
function LkpmProposals() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const list = useLkpmSanctionProposals();
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items.filter((i) => i.stage);
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('controlSanctions.lkpm.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('controlSanctions.lkpm.intro')}
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table striped aria-label={t('controlSanctions.lkpm.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('controlSanctions.company')}</Table.Th>
              <Table.Th>{t('controlSanctions.lkpm.lastFiled')}</Table.Th>
              <Table.Th>{t('controlSanctions.lkpm.proposed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, 50).map((i) => (
              <Table.Tr key={i.companyId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`${pagePath(OFFICE_PAGES.company, { id: i.companyId })}?dasar=lkpm`}
                  >
                    {i.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {i.nib}
                  </Text>
                </Table.Td>
                <Table.Td>{i.lastFiled ?? '-'}</Table.Td>
                <Table.Td>{i.stage ? tt(`controlSanctions.stage.${i.stage}`) : '-'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
