import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type {
  TCompany,
  TIssueSanction,
  TSanction,
  TSanctionStage,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { errorText, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { useCompanySanctions, useIssueSanction, useMarkComplied, useSanctionProposal } from './sanctionsApi';

export const SANCTION_STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  complied: 'green',
  escalated: 'gray',
};

/** One sanction's status badge, with the overdue flag. */
export function SanctionStatus({ s }: { s: TSanction }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  return (
    <Group gap={4}>
      <Badge color={SANCTION_STATUS_COLOR[s.status]} variant="light">
        {tt(`controlSanctions.status.${s.status}`)}
      </Badge>
      {s.overdue ? (
        <Badge color="red" variant="filled">
          {t('controlSanctions.overdue')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The company page's sanctions section: the history and the form of the next step. */
export function CompanySanctions({ company }: { company: TCompany }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const list = useCompanySanctions(company.id);
  const proposal = useSanctionProposal(company.id);
  const complied = useMarkComplied();
  if (list.isPending || proposal.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (proposal.isError) return <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} />;
  const today = list.data.today;
  return (
    <Stack gap="sm">
      <Title order={2}>{t('controlSanctions.title')}</Title>
      {list.data.items.length === 0 ? (
        <Text c="dimmed">{t('controlSanctions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('controlSanctions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlSanctions.stageLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.basisLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.issuedOn')}</Table.Th>
                <Table.Th>{t('controlSanctions.complyBy')}</Table.Th>
                <Table.Th>{t('controlSanctions.statusLabel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {tt(`controlSanctions.stage.${s.stage}`)}
                    {s.licenceNumber ? (
                      <Text size="xs" c="dimmed">
                        {s.licenceNumber}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {tt(`controlSanctions.basis.${s.basis}`)}
                    {s.courtDecisionNumber ? (
                      <Text size="xs" c="dimmed">
                        {s.courtDecisionNumber}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatLocalDate(s.issuedOn, lang)}</Table.Td>
                  <Table.Td>{s.complyBy ? formatLocalDate(s.complyBy, lang) : '-'}</Table.Td>
                  <Table.Td>
                    <SanctionStatus s={s} />
                  </Table.Td>
                  <Table.Td>
                    {company.canManage && s.status === 'open' && s.complyBy ? (
                      <Button
                        size="xs"
                        variant="light"
                        loading={complied.isPending}
                        onClick={() =>
                          complied.mutate(
                            { id: s.id, compliedOn: today },
                            {
                              onSuccess: () =>
                                notifications.show({
                                  closeButtonProps: { 'aria-label': t('common.close') },
                                  color: 'green',
                                  message: t('controlSanctions.compliedDone'),
                                }),
                              onError: (e) =>
                                notifications.show({
                                  closeButtonProps: { 'aria-label': t('common.close') },
                                  color: 'red',
                                  message: errorText(e, t('common.errorTitle')),
                                }),
                            },
                          )
                        }
                      >
                        {t('controlSanctions.complied')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {company.canManage ? (
        <IssueForm company={company} proposed={proposal.data.stage} today={today} />
      ) : null}
    </Stack>
  );
}

function IssueForm({
  company,
  proposed,
  today,
}: {
  company: TCompany;
  proposed: TSanctionStage | null;
  today: string;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const issue = useIssueSanction(company.id);
  const f = useFormErrors();
  const [court, setCourt] = useState(false);
  const [basis, setBasis] = useState<string>('finding');
  const [issuedOn, setIssuedOn] = useState(today);
  const [licenceId, setLicenceId] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const stage: TSanctionStage | null = court ? 'revocation' : proposed;
  if (!stage) return <Text c="dimmed">{t('controlSanctions.ladderDone')}</Text>;
  const submit = () => {
    f.clear();
    const body: TIssueSanction = {
      stage,
      basis: (court ? 'court_decision' : basis) as TIssueSanction['basis'],
      issuedOn,
      ...(licenceId ? { licenceId } : {}),
      ...(court ? { courtDecisionNumber: number } : {}),
      ...(note ? { note } : {}),
    };
    issue.mutate(body, {
      onSuccess: () => {
        notifications.show({
          closeButtonProps: { 'aria-label': t('common.close') },
          color: 'green',
          message: t('controlSanctions.issued'),
        });
        setNumber('');
        setNote('');
        setCourt(false);
      },
      onError: (e) =>
        f.fromError(e, t('common.errorTitle'), {
          labels: {
            stage: t('controlSanctions.stageLabel'),
            basis: t('controlSanctions.basisLabel'),
            issuedOn: t('controlSanctions.issuedOn'),
            licenceId: t('controlSanctions.licence'),
            courtDecisionNumber: t('controlSanctions.courtDecisionNumber'),
            note: t('controlSanctions.note'),
          },
        }),
    });
  };
  const bases = ['finding', 'lkpm_non_reporting', 'request', 'recommendation'];
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3}>{t('controlSanctions.propose')}</Title>
          <Text fw={600}>
            {t('controlSanctions.proposed', { stage: tt(`controlSanctions.stage.${stage}`) })}
          </Text>
          {f.formError ? (
            <Alert color="red" role="alert">
              {f.formError}
            </Alert>
          ) : null}
          <Group grow align="flex-start">
            {court ? (
              <TextInput
                label={t('controlSanctions.courtDecisionNumber')}
                required
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
                error={f.errors.courtDecisionNumber}
              />
            ) : (
              <Select
                label={t('controlSanctions.basisLabel')}
                data={bases.map((b) => ({ value: b, label: tt(`controlSanctions.basis.${b}`) }))}
                value={basis}
                onChange={(v) => setBasis(v ?? 'finding')}
                allowDeselect={false}
                error={f.errors.basis ?? f.errors.stage}
              />
            )}
            <TextInput
              type="date"
              required
              label={t('controlSanctions.issuedOn')}
              value={issuedOn}
              onChange={(e) => setIssuedOn(e.currentTarget.value)}
              error={f.errors.issuedOn}
            />
            {stage === 'suspension' || stage === 'revocation' ? (
              <Select
                label={t('controlSanctions.licence')}
                placeholder={t('controlSanctions.allLicences')}
                data={company.licences.map((l) => ({ value: l.id, label: l.number }))}
                value={licenceId}
                onChange={setLicenceId}
                clearable
                error={f.errors.licenceId}
              />
            ) : null}
          </Group>
          <TextInput
            label={t('controlSanctions.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={f.errors.note}
          />
          <Group>
            <Button type="submit" loading={issue.isPending}>
              {t('controlSanctions.issue')}
            </Button>
            <Button variant="subtle" color={court ? 'gray' : 'red'} onClick={() => setCourt(!court)}>
              {court ? t('controlSanctions.propose') : t('controlSanctions.courtRevocation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
