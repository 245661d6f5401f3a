import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { TCaseAction, TCaseDetail } from '@sigap/contracts';
import { IconArrowLeft, IconBan, IconMessage, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { ListTable } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { formatTimeLeft } from '../../lib/workingTime';
import { CaseDocuments } from '../documents/CaseDocuments';
import { useAddComment, useCase, useCaseAction, useSopVersion } from './api';
import { CaseTimeline } from './CaseTimeline';
import { ReasonModal } from './ReasonModal';
import { TaskPanel } from './TaskPanel';

function Comments({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const add = useAddComment(detail.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!body.trim()) {
      setError(t('office.case.required', { field: t('office.case.comments.new') }));
      return;
    }
    add.mutate(body.trim(), {
      onSuccess: () => setBody(''),
      onError: (e) =>
        setError(e instanceof ApiError ? (e.fieldMessage('body') ?? e.message) : t('common.unexpectedError')),
    });
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="comments-heading">
      <Title order={2} id="comments-heading">
        {t('office.case.comments.heading')}
      </Title>
      {detail.comments.length === 0 ? (
        <Text size="sm">{t('office.case.comments.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {detail.comments.map((c) => (
            <Paper key={c.id} withBorder p="sm" component="li">
              <Text size="sm" fw={600}>
                {c.userName}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  {formatDateTime(c.createdAt, detail.timeZone, lang)}
                </Text>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Textarea
            label={t('office.case.comments.new')}
            autosize
            minRows={2}
            maxLength={5000}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Group>
            <Button
              type="submit"
              variant="light"
              loading={add.isPending}
              leftSection={<IconMessage size={18} aria-hidden="true" />}
            >
              {t('office.case.comments.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function History({ detail }: { detail: TCaseDetail }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const stepNo = new Map(detail.tasks.map((task) => [task.stepId, task.stepNo]));
  const actionLabel = (action: string) => {
    const key = `office.case.events.${action.replace('.', '_')}`;
    return i18n.exists(key) ? t(key as 'office.case.events.case_started') : action;
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="history-heading">
      <Title order={2} id="history-heading">
        {t('office.case.history')}
      </Title>
      <ListTable
        labelledBy="history-heading"
        minWidth={560}
        tableProps={{ highlightOnHover: false, verticalSpacing: 'xs' }}
        items={detail.history}
        keyOf={(e) => String(e.seq)}
        columns={[
          {
            key: 'time',
            header: t('office.case.historyCols.time'),
            style: { whiteSpace: 'nowrap' },
            cell: (e) => formatDateTime(e.at, detail.timeZone, lang),
          },
          {
            key: 'actor',
            header: t('office.case.historyCols.actor'),
            cell: (e) => e.actorName ?? t('office.audit.system'),
          },
          { key: 'action', header: t('office.case.historyCols.action'), cell: (e) => actionLabel(e.action) },
          {
            key: 'step',
            header: t('office.case.historyCols.step'),
            cell: (e) => (e.stepId ? (stepNo.get(e.stepId) ?? e.stepId) : '—'),
          },
        ]}
      />
    </Stack>
  );
}

export function CasePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const detail = useCase(id);
  const action = useCaseAction(id);
  const definition = useSopVersion(detail.data?.definitionKey, detail.data?.definitionVersion);
  const [reasonFor, setReasonFor] = useState<'pause' | 'cancel' | null>(null);
  const [resumeError, setResumeError] = useState<string | null>(null);
  usePageTitle(
    detail.data
      ? `${detail.data.number} · ${detail.data.contentHidden ? t('office.case.hiddenSubject') : detail.data.subject}`
      : t('office.case.title'),
  );

  if (detail.isPending) return <Loading />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const c = detail.data;
  const tz = c.timeZone;
  const act = (a: TCaseAction) => action.mutateAsync(a);
  const openTasks = c.tasks.filter((task) => task.status === 'ready');
  const steps = definition.data?.definition.steps ?? null;
  const firstStepId = steps?.[0]?.id ?? c.tasks[0]?.stepId;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/inbox" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('office.case.backToInbox')}
      </Anchor>

      <Stack gap={6}>
        <Text size="sm" fw={600} c="blue.9">
          {c.sopCode ? `SOP ${c.sopCode} · ` : 'SOP · '}
          {c.sopTitle[lang]}
        </Text>
        <Title order={1} size="h2">
          {c.number} · {c.contentHidden ? t('office.case.hiddenSubject') : c.subject}
        </Title>
        <Group gap="xs">
          <StatusBadge set="case" status={c.status} size="lg" />
          {c.paused && (
            <Badge
              color="gray"
              variant="light"
              leftSection={<IconPlayerPause size={12} aria-hidden="true" />}
            >
              {t('office.case.paused')}
            </Badge>
          )}
        </Group>
      </Stack>

      {c.contentHidden && (
        <Alert color="gray" title={t('office.case.hiddenTitle')}>
          <Text size="sm">{t('office.case.hiddenBody')}</Text>
        </Alert>
      )}
      {c.record?.module === 'complaints' && (
        <Alert color="blue" title={t('office.case.complaintTitle')}>
          <Text size="sm">{t('office.case.complaintBody')}</Text>
          {c.record.mayOpen && (
            <Anchor component={Link} to={c.record.path} size="sm" fw={600}>
              {t('office.case.complaintLink')}
            </Anchor>
          )}
        </Alert>
      )}

      {c.record?.module === 'service-requests' && (
        <Alert color="blue" title={t('office.case.serviceRequestTitle')}>
          <Text size="sm">{t('office.case.serviceRequestBody')}</Text>
          {c.record.mayOpen && (
            <Anchor component={Link} to={c.record.path} size="sm" fw={600}>
              {t('office.case.serviceRequestLink')}
            </Anchor>
          )}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0} spacing="sm">
        <Fact label={t('office.case.unit')}>{c.unitName}</Fact>
        <Fact label={t('office.case.started')}>{formatDateTime(c.startedAt, tz, lang)}</Fact>
        <Fact label={t('office.case.deadline')}>
          {c.dueAt ? formatDateTime(c.dueAt, tz, lang) : t('office.case.noDeadline')}
          {c.workingMinutesLeft !== null && (
            <Text
              span
              display="block"
              size="sm"
              c={c.workingMinutesLeft < 0 ? 'red.9' : undefined}
              fw={c.workingMinutesLeft < 0 ? 700 : 400}
            >
              {formatTimeLeft(c.workingMinutesLeft, t)}
            </Text>
          )}
        </Fact>
        {c.endedAt && <Fact label={t('office.case.ended')}>{formatDateTime(c.endedAt, tz, lang)}</Fact>}
        <Fact label={t('office.case.version')}>{c.definitionVersion}</Fact>
      </SimpleGrid>

      {c.paused && (
        <Alert
          color="yellow"
          variant="light"
          title={t('office.case.pausedTitle')}
          icon={<IconPlayerPause aria-hidden="true" />}
        >
          <Text size="sm">{t('office.case.pausedBody', { reason: c.pauseReason ?? '—' })}</Text>
          {c.canPause && (
            <Button
              mt="sm"
              size="xs"
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              loading={action.isPending && action.variables?.type === 'resume'}
              onClick={() => {
                setResumeError(null);
                action.mutate(
                  { type: 'resume' },
                  {
                    onError: (e) =>
                      setResumeError(e instanceof ApiError ? e.message : t('common.unexpectedError')),
                  },
                );
              }}
            >
              {t('office.case.resume')}
            </Button>
          )}
        </Alert>
      )}
      <FormError message={resumeError} />
      {c.status === 'cancelled' && (
        <Alert
          color="gray"
          variant="light"
          title={t('office.case.cancelledTitle')}
          icon={<IconBan aria-hidden="true" />}
        >
          {c.cancelReason}
        </Alert>
      )}
      {c.status === 'completed' && (
        <Alert color="green" variant="light" title={t('office.case.completedTitle')}>
          {t('office.case.completedBody', { at: c.endedAt ? formatDateTime(c.endedAt, tz, lang) : '' })}
        </Alert>
      )}

      {c.status === 'open' && (c.canPause || c.canCancel) && (
        <Group gap="sm">
          {c.canPause && !c.paused && (
            <Button
              variant="default"
              leftSection={<IconPlayerPause size={18} aria-hidden="true" />}
              onClick={() => setReasonFor('pause')}
            >
              {t('office.case.pause')}
            </Button>
          )}
          {c.canCancel && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconBan size={18} aria-hidden="true" />}
              onClick={() => setReasonFor('cancel')}
            >
              {t('office.case.cancel')}
            </Button>
          )}
        </Group>
      )}

      {openTasks.map((task) => (
        <TaskPanel
          key={`${task.id}-${task.assigneeUserId ?? ''}`}
          detail={c}
          task={task}
          step={steps?.find((s) => s.id === task.stepId) ?? null}
          isFirstStep={task.stepId === firstStepId}
          act={act}
        />
      ))}

      <CaseTimeline detail={c} />
      {!c.contentHidden && <CaseDocuments caseId={c.id} subject={c.subject} />}
      {!c.contentHidden && <Comments detail={c} />}
      <History detail={c} />

      <ReasonModal
        opened={reasonFor !== null}
        title={reasonFor === 'cancel' ? t('office.case.cancelTitle') : t('office.case.pauseTitle')}
        intro={reasonFor === 'cancel' ? t('office.case.cancelIntro') : t('office.case.pauseIntro')}
        label={t('office.case.reason')}
        submitLabel={reasonFor === 'cancel' ? t('office.case.cancel') : t('office.case.pause')}
        danger={reasonFor === 'cancel'}
        onSubmit={(reason) =>
          act(reasonFor === 'cancel' ? { type: 'cancel', reason } : { type: 'pause', reason })
        }
        onClose={() => setReasonFor(null)}
      />
    </Stack>
  );
}
