import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  MONITORING_FOLLOW_UPS,
  type TMonitoringFollowUp,
  type TMonitoringResult,
  type TMonitoringRoundDetail,
  ZMonitoringResultInput,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState, useIsPhone } from '../../components/ListParts';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { RISK_COLOR } from './CompanyListPage';
import { namesFields, useMonitoringActions, useMonitoringRound } from './monitoringApi';

const FOLLOW_UP_COLOR: Record<TMonitoringFollowUp, string> = {
  none: 'gray',
  guidance: 'blue',
  supervision: 'orange',
};

/** Badges show their whole label in table cells. */
const NO_CUT = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } } as const;

/**
 * `/office/pemantauan/:id`: a monitoring round: its kind, period, scope and case, each chosen
 * company's result (status notes, problems, follow-up; a supervision follow-up links to a new
 * incidental supervision of the company), and its report once every result is in.
 */
export function MonitoringPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('controlMonitoring.list.title'));
  const round = useMonitoringRound(id);
  return (
    <ListState query={round} isEmpty={() => false} empty={t('controlMonitoring.detail.notFound')}>
      {(r) => <RoundView round={r} />}
    </ListState>
  );
}

function RoundView({ round }: { round: TMonitoringRoundDetail }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  const canManage =
    round.status === 'open' && me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const phone = useIsPhone();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const scope = Object.entries(round.scope).filter(([, v]) => v);
  const scopeText = scope.length
    ? scope
        .map(([k, v]) => {
          const value =
            k === 'riskLevel'
              ? tt(`controlRegistry.risk.${v}`)
              : k === 'scale'
                ? tt(`controlRegistry.scale.${v}`)
                : String(v);
          return `${tt(`controlMonitoring.fields.${k}`)}: ${value}`;
        })
        .join(' · ')
    : t('controlMonitoring.detail.scopeAll');
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{round.title}</Title>
          <Text c="dimmed">{tt(`controlMonitoring.kind.${round.kind}`)}</Text>
        </div>
        <Badge
          size="lg"
          variant="light"
          color={round.status === 'reported' ? 'green' : 'blue'}
          styles={NO_CUT}
        >
          {tt(`controlMonitoring.status.${round.status}`)}
        </Badge>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm">
            <b>{t('controlMonitoring.fields.period')}:</b> {formatLocalDate(round.periodFrom, lang)} -{' '}
            {formatLocalDate(round.periodTo, lang)}
          </Text>
          <Text size="sm">
            <b>{t('controlMonitoring.fields.case')}:</b>{' '}
            {round.caseId ? (
              <Link to={pagePath(OFFICE_PAGES.case, { id: round.caseId })}>{round.caseNumber}</Link>
            ) : (
              '-'
            )}
          </Text>
          <Text size="sm">
            <b>{t('controlMonitoring.fields.scope')}:</b> {scopeText}
          </Text>
          <Text size="sm">
            {t('controlMonitoring.detail.progress', { recorded: round.recorded, companies: round.companies })}
            {' · '}
            {t('controlMonitoring.followUp.guidance')} {round.guidance} ·{' '}
            {t('controlMonitoring.followUp.supervision')} {round.supervision}
          </Text>
        </SimpleGrid>
      </Card>
      {saved ? (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="OK"
          onClose={() => setSaved(null)}
        >
          {saved}
        </Alert>
      ) : null}
      <Title order={2} size="h3">
        {t('controlMonitoring.detail.results')}
      </Title>
      {phone ? (
        <Stack>
          {round.results.map((r) => (
            <Card withBorder key={r.id}>
              <ResultCell
                r={r}
                round={round}
                canManage={canManage}
                editing={editing === r.id}
                onEdit={setEditing}
                onSaved={setSaved}
              />
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm" aria-label={t('controlMonitoring.detail.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlMonitoring.fields.company')}</Table.Th>
                <Table.Th>{t('controlMonitoring.fields.riskLevel')}</Table.Th>
                <Table.Th>{t('controlMonitoring.fields.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.results.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td maw={260}>
                    <Link to={pagePath(OFFICE_PAGES.company, { id: r.companyId })}>{r.companyName}</Link>
                    <Text size="xs" c="dimmed">
                      NIB {r.nib}
                      {r.regency ? ` · ${r.regency}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={RISK_COLOR[r.riskLevel]} variant="light" styles={NO_CUT}>
                      {tt(`controlRegistry.risk.${r.riskLevel}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ResultCell
                      r={r}
                      round={round}
                      canManage={canManage}
                      editing={editing === r.id}
                      onEdit={setEditing}
                      onSaved={setSaved}
                      noCompany
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ReportCard round={round} />
    </Stack>
  );
}

function ResultCell({
  r,
  round,
  canManage,
  editing,
  onEdit,
  onSaved,
  noCompany,
}: {
  r: TMonitoringResult;
  round: TMonitoringRoundDetail;
  canManage: boolean;
  editing: boolean;
  onEdit: (id: string | null) => void;
  onSaved: (message: string) => void;
  noCompany?: boolean;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  const company = noCompany ? null : (
    <>
      <Link to={pagePath(OFFICE_PAGES.company, { id: r.companyId })}>{r.companyName}</Link>
      <Text size="xs" c="dimmed">
        NIB {r.nib}
        {r.regency ? ` · ${r.regency}` : ''}
      </Text>
    </>
  );
  if (editing)
    return (
      <Stack gap="xs">
        {company}
        <ResultForm r={r} roundId={round.id} onDone={onEdit} onSaved={onSaved} />
      </Stack>
    );
  return (
    <Stack gap={4}>
      {company}
      {r.followUp ? (
        <>
          <Group gap="xs">
            <Badge color={FOLLOW_UP_COLOR[r.followUp]} variant="light" styles={NO_CUT}>
              {t('controlMonitoring.fields.followUp')}: {tt(`controlMonitoring.followUp.${r.followUp}`)}
            </Badge>
            {r.followUp === 'supervision' ? (
              <Button
                component={Link}
                size="compact-sm"
                variant="light"
                to={`${OFFICE_PAGES.newInspection}?perusahaan=${encodeURIComponent(r.companyId)}`}
              >
                {t('controlMonitoring.detail.startSupervision')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm">{r.statusNote}</Text>
          {r.problems ? (
            <Text size="sm">
              <b>{t('controlMonitoring.fields.problems')}:</b> {r.problems}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {r.recordedBy}
            {r.recordedAt ? ` · ${formatDateTime(r.recordedAt, me.agency.timeZone, lang)}` : ''}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('controlMonitoring.detail.notRecorded')}
        </Text>
      )}
      {canManage ? (
        <Group>
          <Button size="compact-sm" variant="default" onClick={() => onEdit(r.id)}>
            {r.followUp ? t('controlMonitoring.detail.edit') : t('controlMonitoring.detail.record')}
            <VisuallyHidden> {r.companyName}</VisuallyHidden>
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ResultForm({
  r,
  roundId,
  onDone,
  onSaved,
}: {
  r: TMonitoringResult;
  roundId: string;
  onDone: (id: string | null) => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const { result } = useMonitoringActions(roundId);
  const [v, setV] = useState({
    statusNote: r.statusNote ?? '',
    problems: r.problems ?? '',
    followUp: (r.followUp ?? '') as string,
  });
  const { errors, setErrors, formError, fromError, setFormError, clear } = useFormErrors();
  const labels = Object.fromEntries(
    ['statusNote', 'problems', 'followUp'].map((k) => [k, tt(`controlMonitoring.fields.${k}`)]),
  );
  const save = () => {
    clear();
    const checked = validate(
      ZMonitoringResultInput,
      {
        statusNote: v.statusNote,
        followUp: v.followUp,
        ...(v.problems.trim() ? { problems: v.problems } : {}),
      },
      labels,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('controlMonitoring.detail.failed'));
      return;
    }
    result.mutate(
      { resultId: r.id, body: checked.data },
      {
        onSuccess: () => {
          onSaved(t('controlMonitoring.detail.saved', { company: r.companyName }));
          onDone(null);
        },
        onError: (e) => {
          fromError(e, t('controlMonitoring.detail.failed'), {
            labels: (name) => tt(`controlMonitoring.fields.${name}`),
          });
          if (namesFields(e)) setFormError(t('controlMonitoring.detail.failed'));
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Textarea
        label={t('controlMonitoring.fields.statusNote')}
        required
        autosize
        minRows={2}
        value={v.statusNote}
        onChange={(e) => setV({ ...v, statusNote: e.currentTarget.value })}
        error={errors.statusNote}
      />
      <Textarea
        label={t('controlMonitoring.fields.problems')}
        autosize
        minRows={2}
        value={v.problems}
        onChange={(e) => setV({ ...v, problems: e.currentTarget.value })}
        error={errors.problems}
      />
      <Select
        label={t('controlMonitoring.fields.followUp')}
        required
        data={MONITORING_FOLLOW_UPS.map((f) => ({ value: f, label: tt(`controlMonitoring.followUp.${f}`) }))}
        value={v.followUp || null}
        onChange={(x) => setV({ ...v, followUp: x ?? '' })}
        error={errors.followUp}
      />
      <Group>
        <Button size="compact-md" onClick={save} loading={result.isPending}>
          {t('controlMonitoring.detail.save')}
        </Button>
        <Button size="compact-md" variant="default" onClick={() => onDone(null)}>
          {t('controlMonitoring.detail.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function ReportCard({ round }: { round: TMonitoringRoundDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const me = useSession();
  const canManage = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const { report } = useMonitoringActions(round.id);
  const [text, setText] = useState('');
  const { errors, formError, fromError, setFormError, clear } = useFormErrors();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('controlMonitoring.detail.reportTitle')}
        </Title>
        {round.status === 'reported' ? (
          <>
            <Text size="xs" c="dimmed">
              {round.reportedAt
                ? t('controlMonitoring.detail.reportedAt', {
                    when: formatDateTime(round.reportedAt, me.agency.timeZone, lang),
                  })
                : null}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{round.report}</Text>
          </>
        ) : canManage ? (
          <>
            <Text size="sm" c="dimmed">
              {t('controlMonitoring.detail.reportHelp')}
            </Text>
            {formError ? (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Textarea
              label={t('controlMonitoring.fields.report')}
              autosize
              minRows={4}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errors.report}
            />
            <Group>
              <Button
                onClick={() => {
                  clear();
                  report.mutate(text, {
                    onError: (e) => {
                      fromError(e, t('controlMonitoring.detail.reportFailed'), {
                        labels: { report: t('controlMonitoring.fields.report') },
                      });
                      if (namesFields(e)) setFormError(t('controlMonitoring.detail.reportFailed'));
                    },
                  });
                }}
                loading={report.isPending}
              >
                {t('controlMonitoring.detail.submitReport')}
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('controlMonitoring.detail.reportHelp')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
