import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES } from '@sigap/contracts';
import type { TComplaint } from '@sigap/contracts/complaints';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowLeft,
  IconCheck,
  IconEyeOff,
  IconGitMerge,
  IconLock,
  IconMailQuestion,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { ActionModal } from './ActionModal';
import { type ActionType, isStepId, STEP_ACTIONS } from './actions';
import { useComplaint, useComplaintAction } from './api';
import {
  AttachmentsSection,
  ContentSection,
  DocumentsSection,
  DuplicatesSection,
  InputRequestsSection,
  ReporterSection,
  TimelineSection,
} from './ComplaintSections';
import { Due, OPEN_STATUSES } from './shared';

function Header({ c }: { c: TComplaint }) {
  const { t } = useTranslation();
  const lang = currentLang();
  // the complaint's zone is the agency's: the session's agency is the only one a reader can open
  const tz = useTz();
  const me = useSession();
  const open = OPEN_STATUSES.includes(c.status);
  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <Text size="sm" fw={600} c="blue.9">
          {t('complaints.detail.kicker')}
        </Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {c.trackingNumber} · {c.subject}
        </Title>
        <Group gap="xs">
          <StatusBadge set="complaint" status={c.status} size="lg" />
          {c.overdue && open && (
            <Badge
              color="red"
              variant="filled"
              leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
            >
              {t('complaints.overdue')}
            </Badge>
          )}
          {c.anonymous && (
            <Badge color="gray.8" variant="outline" leftSection={<IconEyeOff size={12} aria-hidden="true" />}>
              {t('complaints.anonymous')}
            </Badge>
          )}
          {c.confidential && (
            <Badge color="dark" variant="outline" leftSection={<IconLock size={12} aria-hidden="true" />}>
              {t('complaints.confidential')}
            </Badge>
          )}
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 2, md: 3 }} component="dl" m={0} spacing="sm">
        <Fact label={t('complaints.detail.type')}>
          {c.type ? `${c.type.toUpperCase()}. ${t(`complaints.type.${c.type}`)}` : '—'}
        </Fact>
        <Fact label={t('complaints.detail.channel')}>
          {t(`complaints.channel.${c.channel}`)} · {t('complaints.formOf', { form: c.form })}
          {c.boxKind && ` · ${t(`complaints.boxKind.${c.boxKind}`)}`}
        </Fact>
        <Fact label={t('complaints.detail.received')}>{formatDateTime(c.receivedAt, tz, lang)}</Fact>
        <Fact label={t('complaints.detail.trackingCode')}>
          <Text span ff="monospace" fw={600}>
            {c.trackingCode}
          </Text>
          {hasRole(me, CONTROL_MANAGE_ROLES) ? (
            <Anchor
              component={Link}
              to={`${OFFICE_PAGES.newInspection}?aduan=${encodeURIComponent(c.trackingCode)}`}
              size="sm"
              ml="sm"
            >
              {t('controlInspections.complaintLink')}
            </Anchor>
          ) : null}
        </Fact>
        <Fact label={t('complaints.detail.firstResponseDue')}>
          <Due
            at={c.firstResponseDue}
            tz={tz}
            met={!!c.firstRespondedAt || !open}
            overdue={
              open && !c.firstRespondedAt && !!c.firstResponseDue && new Date(c.firstResponseDue) < new Date()
            }
          />
          {c.firstRespondedAt && (
            <Text size="xs" c="dimmed">
              {t('complaints.detail.givenAt', { at: formatDateTime(c.firstRespondedAt, tz, lang) })}
            </Text>
          )}
        </Fact>
        <Fact label={t('complaints.detail.answerDue')}>
          <Due
            at={c.answerDue}
            tz={tz}
            met={!!c.answeredAt || !open}
            overdue={open && !!c.answerDue && new Date(c.answerDue) < new Date()}
          />
          {c.answeredAt && (
            <Text size="xs" c="dimmed">
              {t('complaints.detail.answeredAt', { at: formatDateTime(c.answeredAt, tz, lang) })}
            </Text>
          )}
        </Fact>
        <Fact label={t('complaints.detail.language')}>{t(`complaints.lang.${c.language}`)}</Fact>
        {(c.companyName || c.nib) && (
          <Fact label={t('complaints.detail.company')}>
            {[c.companyName, c.nib ? `NIB ${c.nib}` : null].filter(Boolean).join(' · ')}
          </Fact>
        )}
        {c.recordedByName && <Fact label={t('complaints.detail.recordedBy')}>{c.recordedByName}</Fact>}
        {c.closedAt && (
          <Fact label={t('complaints.detail.closedAt')}>{formatDateTime(c.closedAt, tz, lang)}</Fact>
        )}
        {c.caseId && (
          <Fact label={t('complaints.detail.case')}>
            <Anchor component={Link} to={`/office/kasus/${c.caseId}`} size="sm" fw={600}>
              {c.caseNumber ?? t('complaints.detail.openCase')}
            </Anchor>
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function useTz(): string {
  return useSession().agency.timeZone;
}

/** What the reader can do now, driven by the complaint's `actions` (its open SOP step and their lane). */
function ActionPanel({ c, onAct }: { c: TComplaint; onAct: (type: ActionType) => void }) {
  const { t } = useTranslation();
  const stepActions = STEP_ACTIONS.filter((a) => c.actions.includes(a));
  const extra = c.actions.includes('requestInput');
  const step = isStepId(c.currentStep) ? c.currentStep : null;
  if (c.status === 'draft' || c.status === 'merged') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="action-heading" bg="blue.0">
      <Stack gap="sm">
        <Title order={2} size="h3" id="action-heading">
          {t('complaints.panel.heading')}
        </Title>
        {step ? (
          <Text size="sm">
            <Text span fw={700}>
              {t('complaints.panel.step', { no: step.slice(1) })}
            </Text>{' '}
            {t(`complaints.step.${step}`)}
          </Text>
        ) : (
          <Text size="sm">
            {OPEN_STATUSES.includes(c.status) ? t('complaints.panel.noStep') : t('complaints.panel.done')}
          </Text>
        )}
        {step && stepActions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('complaints.panel.notYours')}
          </Text>
        )}
        {(stepActions.length > 0 || extra) && (
          <Group gap="sm">
            {stepActions.map((a, i) => (
              <Button key={a} variant={i === 0 ? 'filled' : 'light'} onClick={() => onAct(a)}>
                {t(`complaints.action.button.${a}`)}
              </Button>
            ))}
            {extra && (
              <Button
                variant="default"
                leftSection={<IconMailQuestion size={18} aria-hidden="true" />}
                onClick={() => onAct('requestInput')}
              >
                {t('complaints.action.button.requestInput')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const action = useComplaintAction(id);
  const [open, setOpen] = useState<{ type: ActionType; preset?: Record<string, string> } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(
    complaint.data
      ? `${complaint.data.trackingNumber} · ${complaint.data.subject}`
      : t('complaints.detail.title'),
  );

  if (complaint.isPending) return <Loading />;
  if (complaint.isError)
    return <QueryError error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;

  const onAct = (type: ActionType, preset?: Record<string, string>) => {
    setDone(null);
    setOpen({ type, ...(preset ? { preset } : {}) });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/pengaduan" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('complaints.backToList')}
      </Anchor>

      <Header c={c} />

      <div aria-live="polite" style={done ? undefined : { display: 'contents' }}>
        {done && (
          <Alert
            color="green"
            variant="light"
            withCloseButton
            onClose={() => setDone(null)}
            closeButtonLabel={t('common.close')}
            icon={<IconCheck aria-hidden="true" />}
          >
            {done}
          </Alert>
        )}
      </div>

      {c.status === 'draft' && (
        <Alert
          color="grape"
          variant="light"
          title={t('complaints.draft.title')}
          icon={<IconMailQuestion aria-hidden="true" />}
        >
          <Text size="sm">{t('complaints.draft.body')}</Text>
          {(c.actions.includes('confirmDraft') || c.actions.includes('rejectDraft')) && (
            <Group gap="sm" mt="sm">
              {c.actions.includes('confirmDraft') && (
                <Button
                  size="sm"
                  leftSection={<IconCheck size={16} aria-hidden="true" />}
                  onClick={() => onAct('confirmDraft')}
                >
                  {t('complaints.action.button.confirmDraft')}
                </Button>
              )}
              {c.actions.includes('rejectDraft') && (
                <Button
                  size="sm"
                  variant="default"
                  color="red"
                  leftSection={<IconX size={16} aria-hidden="true" />}
                  onClick={() => onAct('rejectDraft')}
                >
                  {t('complaints.action.button.rejectDraft')}
                </Button>
              )}
            </Group>
          )}
        </Alert>
      )}

      {c.mergedInto && (
        <Alert
          color="orange"
          variant="light"
          title={t('complaints.merge.intoTitle')}
          icon={<IconGitMerge aria-hidden="true" />}
        >
          <Text size="sm">
            {t('complaints.merge.intoBody')}{' '}
            <Anchor
              component={Link}
              to={`/office/pengaduan/${c.mergedInto.id}`}
              fw={700}
              c="dark.9"
              underline="always"
            >
              {c.mergedInto.trackingNumber}
            </Anchor>
          </Text>
          {c.actions.includes('unmerge') && (
            <Button
              mt="sm"
              size="sm"
              variant="default"
              leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
              onClick={() => onAct('unmerge')}
            >
              {t('complaints.action.button.unmerge')}
            </Button>
          )}
        </Alert>
      )}
      {c.mergedFrom.length > 0 && (
        <Alert
          color="blue"
          variant="light"
          title={t('complaints.merge.fromTitle')}
          icon={<IconGitMerge aria-hidden="true" />}
        >
          <Text size="sm">{t('complaints.merge.fromBody')}</Text>
          <Group gap="sm" mt={4}>
            {c.mergedFrom.map((m) => (
              <Anchor
                key={m.id}
                component={Link}
                to={`/office/pengaduan/${m.id}`}
                fw={700}
                size="sm"
                c="dark.9"
                underline="always"
              >
                {m.trackingNumber}
              </Anchor>
            ))}
          </Group>
        </Alert>
      )}

      <ActionPanel c={c} onAct={onAct} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ContentSection c={c} />
            <TimelineSection c={c} />
            <InputRequestsSection c={c} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ReporterSection
              c={c}
              onReveal={
                c.actions.includes('revealIdentity') && !c.anonymous
                  ? () => onAct('revealIdentity')
                  : undefined
              }
            />
            <DuplicatesSection
              c={c}
              onMerge={
                c.actions.includes('merge')
                  ? (intoId) => onAct('merge', { intoComplaintId: intoId })
                  : undefined
              }
            />
            <AttachmentsSection c={c} />
            <DocumentsSection c={c} />
          </Stack>
        </Grid.Col>
      </Grid>

      <ActionModal
        type={open?.type ?? null}
        preset={open?.preset}
        complaint={c}
        onSubmit={async (a) => {
          await action.mutateAsync(a);
          setDone(t('complaints.panel.saved', { action: t(`complaints.action.title.${a.type}`) }));
        }}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
}
