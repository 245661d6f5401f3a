import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { LKPM_COMPONENTS, LKPM_ITEMS, type TLkpmReport } from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { LKPM_STATUS_COLOR, LkpmValuesFields, lkpmBody, lkpmValuesOf, rupiah } from './LkpmValuesFields';
import { useChangeLkpmReport, useLkpmReport } from './lkpmApi';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `/office/lkpm/:id`: one report, its values against the plan, its history, and what the reader may do. */
export function LkpmReportPage() {
  const { id = '' } = useParams();
  const report = useLkpmReport(id);
  const { t } = useTranslation();
  usePageTitle(
    report.data
      ? t('controlLkpm.report.title', { company: report.data.companyName })
      : t('controlLkpm.list.title'),
  );
  if (report.isPending) return <Loading />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportView r={report.data} />;
}

function ReportView({ r }: { r: TLkpmReport }) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  const tz = me.agency.timeZone;
  const change = useChangeLkpmReport(r.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const pct = r.planned > 0 ? Math.round((r.realised / r.planned) * 100) : null;
  const period = `${tt(`controlLkpm.kind.${r.period.kind}`)} ${ROMAN[r.period.no - 1]} ${r.period.year}`;
  const done = (msg: string) => () => {
    setNotice(msg);
    setEditing(false);
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{tt('controlLkpm.report.title', { company: r.companyName })}</Title>
          <Text c="dimmed">
            NIB {r.nib} · {period}
          </Text>
        </div>
        <Badge size="lg" color={LKPM_STATUS_COLOR[r.status]} variant="light" data-testid="lkpm-status">
          {tt(`controlLkpm.status.${r.status}`)}
        </Badge>
      </Group>
      {notice ? (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('controlLkpm.report.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('controlLkpm.report.period')} value={period} />
          <Fact label={t('controlLkpm.report.deadline')} value={formatLocalDate(r.period.deadline, lang)} />
          <Fact label={t('controlLkpm.report.line')} value={r.businessLineName ?? '-'} />
          <Fact
            label={t('controlLkpm.report.scale')}
            value={`${r.investmentType} · ${t(`controlRegistry.scale.${r.companyScale}` as never, { defaultValue: r.companyScale } as never)}`}
          />
          <Fact
            label={t('controlLkpm.report.case')}
            value={
              r.caseId ? (
                <Anchor component={Link} to={pagePath(OFFICE_PAGES.case, { id: r.caseId })}>
                  {r.caseNumber}
                </Anchor>
              ) : (
                '-'
              )
            }
          />
        </SimpleGrid>
      </Card>
      {editing && r.can.edit ? (
        <ValuesForm r={r} mode="update" onDone={done(t('controlLkpm.report.save'))} />
      ) : (
        <Card withBorder>
          <Title order={2} size="h3" mb="sm">
            {t('controlLkpm.report.values')}
          </Title>
          <Table aria-label={t('controlLkpm.report.values')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlLkpm.report.component')}</Table.Th>
                <Table.Th ta="right">{t('controlLkpm.report.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {LKPM_COMPONENTS.map((k) => (
                <Table.Tr key={k}>
                  <Table.Td>{tt(`controlLkpm.items.${k}`)}</Table.Td>
                  <Table.Td ta="right">{rupiah(r[k], lang)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('controlLkpm.report.realised')}</Table.Td>
                <Table.Td ta="right">{rupiah(r.realised, lang)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('controlLkpm.report.planned')}</Table.Td>
                <Table.Td ta="right">{rupiah(r.planned, lang)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {pct !== null ? (
            <Stack gap={4} mt="sm">
              <Text size="sm">
                {t('controlLkpm.report.progress')}: {pct}%
              </Text>
              <Progress value={Math.min(pct, 100)} aria-label={t('controlLkpm.report.progress')} />
            </Stack>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <Fact label={tt('controlLkpm.items.workersIndonesian')} value={String(r.workersIndonesian)} />
            <Fact label={tt('controlLkpm.items.workersForeign')} value={String(r.workersForeign)} />
            <Fact label={t('controlLkpm.report.problems')} value={r.problems ?? '-'} />
          </SimpleGrid>
          {r.can.edit || r.can.submit ? (
            <Group mt="md">
              {r.can.edit ? (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('controlLkpm.report.edit')}
                </Button>
              ) : null}
              {r.can.submit ? (
                <Button
                  loading={change.isPending}
                  onClick={() =>
                    change.mutate({ kind: 'submit' }, { onSuccess: done(t('controlLkpm.report.submitted')) })
                  }
                >
                  {t('controlLkpm.report.submit')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Card>
      )}
      {r.corrections.length > 0 && r.status !== 'approved' ? (
        <Card withBorder>
          <Title order={2} size="h3" mb="sm">
            {t('controlLkpm.report.corrections')}
          </Title>
          <List>
            {r.corrections.map((c) => (
              <List.Item key={c.item}>
                <b>{tt(`controlLkpm.items.${c.item}`)}</b>: {c.note}
              </List.Item>
            ))}
          </List>
        </Card>
      ) : null}
      {r.can.verify ? <VerifyForm r={r} onDone={setNotice} /> : null}
      {r.can.correct ? (
        <ValuesForm r={r} mode="correct" onDone={done(t('controlLkpm.report.corrected'))} />
      ) : null}
      <Card withBorder>
        <Title order={2} size="h3" mb="sm">
          {t('controlLkpm.report.timeline')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2}>
          {r.timeline.map((e) => (
            <Timeline.Item key={`${e.kind}-${e.at}`} title={tt(`controlLkpm.timeline.${e.kind}`)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at, tz, lang)}
              </Text>
              {e.text ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {e.text
                    .split('\n')
                    .map((line) =>
                      line.replace(/^(\w+): /, (_, k: string) => `${tt(`controlLkpm.items.${k}`)}: `),
                    )
                    .join('\n')}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{value}</Text>
    </div>
  );
}

/** The verifier approves, or ticks the parts to correct with a note for each. */
function VerifyForm({ r, onDone }: { r: TLkpmReport; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const change = useChangeLkpmReport(r.id);
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<Record<string, string | undefined>>({});
  const { errors, formError, setFormError, fromError, clear } = useFormErrors();
  const items = LKPM_ITEMS.filter((k) => picked[k] !== undefined);
  const approve = () => {
    clear();
    change.mutate(
      { kind: 'verify', body: { decision: 'approve', ...(note.trim() ? { note } : {}) } },
      {
        onSuccess: () => onDone(t('controlLkpm.report.approved')),
        onError: (e) => fromError(e, t('controlLkpm.report.failed')),
      },
    );
  };
  const ret = () => {
    clear();
    if (items.length === 0) {
      setFormError(t('controlLkpm.report.pickItem'));
      return;
    }
    change.mutate(
      {
        kind: 'verify',
        body: { decision: 'return', corrections: items.map((item) => ({ item, note: picked[item] ?? '' })) },
      },
      {
        onSuccess: () => onDone(t('controlLkpm.report.returned')),
        onError: (e) => fromError(e, t('controlLkpm.report.failed'), { all: true }),
      },
    );
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('controlLkpm.report.verify')}
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Textarea
          label={t('controlLkpm.report.approveNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
        />
        <Button onClick={approve} loading={change.isPending} w="fit-content">
          {t('controlLkpm.report.approve')}
        </Button>
        <Text>{t('controlLkpm.report.returnIntro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {LKPM_ITEMS.map((k) => (
            <Stack key={k} gap={4}>
              <Checkbox
                label={tt(`controlLkpm.items.${k}`)}
                checked={picked[k] !== undefined}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setPicked((p) => ({ ...p, [k]: on ? '' : undefined }));
                }}
              />
              {picked[k] !== undefined ? (
                <Textarea
                  label={tt('controlLkpm.report.note', { item: tt(`controlLkpm.items.${k}`) })}
                  value={picked[k]}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setPicked((p) => ({ ...p, [k]: v }));
                  }}
                  maxLength={1000}
                  error={errors.corrections}
                  required
                />
              ) : null}
            </Stack>
          ))}
        </SimpleGrid>
        <Button variant="default" onClick={ret} loading={change.isPending} w="fit-content">
          {t('controlLkpm.report.return')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The draft's values edited, or the company's correction recorded (with a note). */
function ValuesForm({ r, mode, onDone }: { r: TLkpmReport; mode: 'update' | 'correct'; onDone: () => void }) {
  const { t } = useTranslation();
  const change = useChangeLkpmReport(r.id);
  const [values, setValues] = useState(() => lkpmValuesOf(r));
  const [note, setNote] = useState('');
  const { errors, formError, fromError, clear } = useFormErrors();
  const save = () => {
    clear();
    const body = lkpmBody(values) as never;
    change.mutate(
      mode === 'update'
        ? { kind: 'update', body }
        : { kind: 'correct', body: { ...(body as object), ...(note.trim() ? { note } : {}) } as never },
      { onSuccess: onDone, onError: (e) => fromError(e, t('controlLkpm.report.failed')) },
    );
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {mode === 'update' ? t('controlLkpm.report.edit') : t('controlLkpm.report.correct')}
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <LkpmValuesFields value={values} onChange={setValues} errors={errors} />
        {mode === 'correct' ? (
          <Textarea
            label={t('controlLkpm.report.correctNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            error={errors.note}
          />
        ) : null}
        <Button onClick={save} loading={change.isPending} w="fit-content">
          {mode === 'update' ? t('controlLkpm.report.save') : t('controlLkpm.report.correct')}
        </Button>
      </Stack>
    </Card>
  );
}
