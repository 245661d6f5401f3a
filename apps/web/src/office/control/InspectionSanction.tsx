import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TInspection, TSanction } from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { IssueForm, SanctionLetter, SanctionStatus } from './CompanySanctions';
import { useCompany } from './registryApi';
import { useCompanySanctions, useSanctionProposal } from './sanctionsApi';

/** Whether a report (BAP) calls for a sanction: recorded, and not compliant or with findings. */
export function inspectionHasFindings(i: TInspection): boolean {
  return i.status === 'reported' && (i.grade !== 'compliant' || (i.findingsCount ?? 0) > 0);
}

/**
 * The inspection page's sanction part: the steps issued on this BAP (with the comply-by date and
 * the letter) and, while none of them is open, "Usulkan sanksi": the company's next step of the
 * ladder with the BAP as basis (a later step after a missed deadline is issued from the company page).
 */
export function InspectionSanction({ i }: { i: TInspection }) {
  if (!i.canManage || !inspectionHasFindings(i)) return null;
  return <InspectionSanctionCard i={i} />;
}

function InspectionSanctionCard({ i }: { i: TInspection }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const [open, setOpen] = useState(false);
  const company = useCompany(i.companyId);
  const list = useCompanySanctions(i.companyId);
  const proposal = useSanctionProposal(i.companyId);
  if (company.isPending || list.isPending || proposal.isPending) return <Loading />;
  if (company.isError) return <QueryError error={company.error} onRetry={() => void company.refetch()} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (proposal.isError) return <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} />;
  const issued: TSanction[] = list.data.items.filter((s) => s.inspectionId === i.id);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2}>{t('controlSanctions.fromInspection.title')}</Title>
        {issued.length === 0 ? <Text c="dimmed">{t('controlSanctions.fromInspection.intro')}</Text> : null}
        {issued.map((s) => (
          <Card key={s.id} withBorder padding="sm">
            <Stack gap={4}>
              <Group gap="sm">
                <Text fw={600}>{tt(`controlSanctions.stage.${s.stage}`)}</Text>
                <SanctionStatus s={s} />
              </Group>
              <Text size="sm">
                {t('controlSanctions.issuedOn')}: {formatLocalDate(s.issuedOn, lang)}
                {s.complyBy
                  ? ` · ${t('controlSanctions.complyBy')}: ${formatLocalDate(s.complyBy, lang)}`
                  : ''}
              </Text>
              <Group gap="xs">
                <Text size="sm">{t('controlSanctions.letter.label')}:</Text>
                <SanctionLetter s={s} />
              </Group>
            </Stack>
          </Card>
        ))}
        {open ? (
          <IssueForm
            company={company.data}
            proposed={proposal.data.stage}
            today={list.data.today}
            inspectionId={i.id}
            onIssued={() => setOpen(false)}
          />
        ) : issued.some((s) => s.status === 'open') ? null : proposal.data.stage ? (
          <Group>
            <Button onClick={() => setOpen(true)}>{t('controlSanctions.fromInspection.button')}</Button>
            <Text size="sm" c="dimmed">
              {t('controlSanctions.proposed', { stage: tt(`controlSanctions.stage.${proposal.data.stage}`) })}
            </Text>
          </Group>
        ) : (
          <Text c="dimmed">{t('controlSanctions.ladderDone')}</Text>
        )}
      </Stack>
    </Card>
  );
}
