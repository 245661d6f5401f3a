import {
  Alert,
  Anchor,
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
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type {
  TCompany,
  TIssueSanction,
  TSanction,
  TSanctionStage,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
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
      <Badge
        color={SANCTION_STATUS_COLOR[s.status]}
        variant="light"
        styles={{ root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } }}
      >
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

/** A sanction's letter in the document service (number once signed, else its status) and its SOP case. */
export function SanctionLetter({ s }: { s: TSanction }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  return (
    <Stack gap={2}>
      {s.document ? (
        <Group gap={4} wrap="nowrap">
          <Anchor component={Link} to={pagePath(OFFICE_PAGES.document, { id: s.document.id })} size="sm">
            {s.document.number ?? t('controlSanctions.letter.unnumbered')}
          </Anchor>
          <Badge size="xs" variant="light" color={s.document.number ? 'green' : 'gray'}>
            {tt(`documents.status.${s.document.status}`)}
          </Badge>
        </Group>
      ) : (
        <Text size="sm">-</Text>
      )}
      {s.caseId ? (
        <Anchor component={Link} to={pagePath(OFFICE_PAGES.case, { id: s.caseId })} size="xs">
          {t('controlSanctions.letter.case', {
            number: s.caseNumber ?? '',
            sop: (s.caseSop ?? '').replace('dalak-', '').replace('-', '/'),
          })}
        </Anchor>
      ) : null}
    </Stack>
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
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('controlSanctions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlSanctions.stageLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.basisLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.issuedOn')}</Table.Th>
                <Table.Th>{t('controlSanctions.complyBy')}</Table.Th>
                <Table.Th>{t('controlSanctions.statusLabel')}</Table.Th>
                <Table.Th>{t('controlSanctions.letter.label')}</Table.Th>
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
                    <SanctionLetter s={s} />
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

/**
 * The form of the next step. From an inspection report (`inspectionId`) it proposes the step for
 * the BAP's findings: the basis is the finding, no court revocation.
 */
export function IssueForm({
  company,
  proposed,
  today,
  inspectionId,
  onIssued,
}: {
  company: TCompany;
  proposed: TSanctionStage | null;
  today: string;
  inspectionId?: string;
  onIssued?: (s: TSanction) => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const issue = useIssueSanction(company.id);
  const f = useFormErrors();
  const [court, setCourt] = useState(false);
  // ?dasar=lkpm: proposed from LKPM not filed for two periods (the sanctions page's proposals)
  const [params] = useSearchParams();
  const [basis, setBasis] = useState<string>(
    params.get('dasar') === 'lkpm' ? 'lkpm_non_reporting' : 'finding',
  );
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
      ...(inspectionId && !court ? { inspectionId } : {}),
    };
    issue.mutate(body, {
      onSuccess: (issued) => {
        onIssued?.(issued);
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
            inspectionId: t('controlSanctions.fromInspection.basis'),
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
          <Title order={3}>
            {inspectionId ? t('controlSanctions.fromInspection.propose') : t('controlSanctions.propose')}
          </Title>
          <Text fw={600}>
            {t('controlSanctions.proposed', { stage: tt(`controlSanctions.stage.${stage}`) })}
          </Text>
          {f.formError ? (
            <Alert color="red" role="alert">
              {f.formError}
            </Alert>
          ) : null}
          <Group grow align="flex-start">
            {inspectionId ? (
              <TextInput
                label={t('controlSanctions.basisLabel')}
                readOnly
                value={t('controlSanctions.fromInspection.basisValue')}
                error={f.errors.inspectionId ?? f.errors.basis ?? f.errors.stage}
              />
            ) : court ? (
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
            {inspectionId ? null : (
              <Button variant="subtle" color={court ? 'gray' : 'red'} onClick={() => setCourt(!court)}>
                {court ? t('controlSanctions.propose') : t('controlSanctions.courtRevocation')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
