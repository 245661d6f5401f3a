import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import type { TLkpmCompliance, TLkpmComplianceCompany } from '@sigap/contracts/investment-control';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { saveBlob } from '../../portal/complaints/api';
import { useSession } from '../auth/session';
import { downloadLkpmCompliance, useLkpmCompliance, useLkpmSettings, useSetLkpmSettings } from './lkpmApi';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `/office/lkpm-kepatuhan`: who has not reported for the period judged, and for two in a row; XLSX; the deadline setting. */
export function LkpmCompliancePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('controlLkpm.compliance.title'));
  const c = useLkpmCompliance();
  const me = useSession();
  const isAdmin = me.roles.includes('admin');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('controlLkpm.compliance.title')}</Title>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
          onClick={() => void downloadLkpmCompliance().then((b) => saveBlob(b, 'kepatuhan-lkpm.xlsx'))}
        >
          {t('controlLkpm.compliance.export')}
        </Button>
      </Group>
      {c.isPending ? (
        <Loading />
      ) : c.isError ? (
        <QueryError error={c.error} onRetry={() => void c.refetch()} />
      ) : (
        <>
          <Text>
            {t('controlLkpm.compliance.intro', {
              day: c.data.deadlineDay,
              today: formatLocalDate(c.data.today, lang),
            })}
          </Text>
          {isAdmin ? <DeadlineSetting /> : null}
          <Group_ title={t('controlLkpm.compliance.quarter')} g={c.data.quarter} />
          <Group_ title={t('controlLkpm.compliance.half')} g={c.data.half} />
        </>
      )}
    </Stack>
  );
}

function Group_({ title, g }: { title: string; g: TLkpmCompliance['quarter'] }) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const label = (p: { kind: string; no: number; year: number }) =>
    `${tt(`controlLkpm.kind.${p.kind}`)} ${ROMAN[p.no - 1]} ${p.year}`;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text>
          {tt('controlLkpm.compliance.period', {
            period: label(g.period),
            deadline: formatLocalDate(g.period.deadline, lang),
          })}{' '}
          {tt('controlLkpm.compliance.summary', { reported: g.reported, must: g.mustReport })}
        </Text>
        <Title order={3} size="h4">
          {tt('controlLkpm.compliance.notReported', { period: label(g.period) })} ({g.notReported.length})
        </Title>
        <Companies
          rows={g.notReported}
          caption={tt('controlLkpm.compliance.notReported', { period: label(g.period) })}
        />
        <Title order={3} size="h4">
          {tt('controlLkpm.compliance.missedTwo', { period: label(g.period), previous: label(g.previous) })} (
          {g.missedTwo.length})
        </Title>
        <Companies
          rows={g.missedTwo}
          caption={tt('controlLkpm.compliance.missedTwo', {
            period: label(g.period),
            previous: label(g.previous),
          })}
        />
      </Stack>
    </Card>
  );
}

function Companies({ rows, caption }: { rows: TLkpmComplianceCompany[]; caption: string }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  if (rows.length === 0) return <Text c="dimmed">{t('controlLkpm.compliance.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('controlLkpm.compliance.nib')}</Table.Th>
            <Table.Th>{t('controlLkpm.compliance.company')}</Table.Th>
            <Table.Th>{t('controlLkpm.compliance.regency')}</Table.Th>
            <Table.Th>{t('controlLkpm.compliance.risk')}</Table.Th>
            <Table.Th>{t('controlLkpm.compliance.lines')}</Table.Th>
            <Table.Th>{t('controlLkpm.compliance.lastFiled')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.companyId}>
              <Table.Td>{c.nib}</Table.Td>
              <Table.Td>
                {c.name} ({c.investmentType})
              </Table.Td>
              <Table.Td>{c.regency ?? '-'}</Table.Td>
              <Table.Td>{tt(`controlSupervision.risk.${c.riskLevel}`)}</Table.Td>
              <Table.Td>{c.missingLines}</Table.Td>
              <Table.Td>{c.lastFiled ?? '-'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DeadlineSetting() {
  const { t } = useTranslation();
  const settings = useLkpmSettings();
  const set = useSetLkpmSettings();
  const [day, setDay] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, formError, fromError, clear } = useFormErrors();
  const value = day ?? settings.data?.lkpmDeadlineDay ?? 15;
  return (
    <Card withBorder>
      <Group align="flex-end">
        <NumberInput
          label={t('controlLkpm.compliance.setting')}
          value={value}
          onChange={(v) => setDay(Number(v) || 0)}
          min={1}
          max={90}
          allowDecimal={false}
          error={errors.lkpmDeadlineDay ?? formError}
          w={320}
        />
        <Button
          loading={set.isPending}
          onClick={() => {
            clear();
            setSaved(false);
            set.mutate(
              { lkpmDeadlineDay: value },
              {
                onSuccess: () => setSaved(true),
                onError: (e) => fromError(e, t('controlLkpm.report.failed')),
              },
            );
          }}
        >
          {t('controlLkpm.compliance.saveSetting')}
        </Button>
      </Group>
      {saved ? (
        <Alert color="green" mt="sm" role="status">
          {t('controlLkpm.compliance.settingSaved')}
        </Alert>
      ) : null}
    </Card>
  );
}
