import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import { type TInputRequest, ZAnswerInputRequest } from '@sigap/contracts/complaints';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListState } from '../../components/ListParts';
import { FormError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { applyServerErrors, validate } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { oneOf, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { COMPLAINT_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { type InputRequestStatus, useAnswerInputRequest, useInputRequests } from './api';
import { Due } from './shared';

function AnswerForm({ request, onAnswered }: { request: TInputRequest; onAnswered: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerInputRequest();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const label = t('complaints.inputRequests.answer');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = validate<{ answer: string }>(ZAnswerInputRequest, { answer: text }, { answer: label });
    if (!checked.ok) {
      setError(checked.errors.answer);
      return;
    }
    answer.mutate(
      { id: request.id, answer: checked.data.answer },
      {
        onSuccess: () => {
          setText('');
          onAnswered();
        },
        onError: (e) => {
          applyServerErrors(
            { setErrors: (f) => setError(f.answer), setFormError },
            e,
            t('common.unexpectedError'),
            {
              labels: { answer: label },
            },
          );
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormError message={formError} />
        <Textarea
          label={label}
          required
          autosize
          minRows={3}
          maxLength={LIMITS.textMax}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={answer.isPending}
            leftSection={<IconSend size={16} aria-hidden="true" />}
          >
            {t('complaints.inputRequests.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RequestCard({
  r,
  canOpenComplaint,
  onAnswered,
}: {
  r: TInputRequest;
  canOpenComplaint: boolean;
  onAnswered: (r: TInputRequest) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useSession().agency.timeZone;
  const headingId = `request-${r.id}`;
  const reporter = r.reporter;
  const reporterLine = reporter
    ? [reporter.name, reporter.institution, reporter.phone, reporter.email].filter(Boolean).join(' · ')
    : '';
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {canOpenComplaint ? (
                <Anchor component={Link} to={`/office/pengaduan/${r.complaintId}`} inherit>
                  {r.trackingNumber}
                </Anchor>
              ) : (
                r.trackingNumber
              )}{' '}
              · {r.complaintSubject}
            </Title>
            <Text size="xs" c="dimmed">
              {t('complaints.inputRequests.toUnit', { unit: r.unitName })} ·{' '}
              {t('complaints.detail.askedBy', {
                name: r.requestedByName,
                at: formatDateTime(r.requestedAt, tz, lang),
              })}
            </Text>
          </Stack>
          <StatusBadge set="inputRequest" status={r.status} />
        </Group>
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('complaints.inputRequests.question')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.question}
          </Text>
        </div>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('complaints.inputRequests.due')}:
          </Text>{' '}
          <Due at={r.dueAt} tz={tz} met={r.status !== 'open'} />
        </Text>
        {reporter && reporterLine && (
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t('complaints.inputRequests.reporter')}:
            </Text>{' '}
            {reporterLine}
          </Text>
        )}
        {r.answer ? (
          <Paper withBorder p="sm" bg="green.0">
            <Text size="xs" c="dimmed">
              {t('complaints.detail.answeredBy', {
                name: r.answeredByName ?? '—',
                at: r.answeredAt ? formatDateTime(r.answeredAt, tz, lang) : '—',
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {r.answer}
            </Text>
          </Paper>
        ) : (
          r.status === 'open' && <AnswerForm request={r} onAnswered={() => onAnswered(r)} />
        )}
      </Stack>
    </Paper>
  );
}

function readParams(params: URLSearchParams): { status: InputRequestStatus } {
  return { status: oneOf<InputRequestStatus>(params, 'status', ['answered', 'all']) ?? 'open' };
}

/** "Permintaan masukan": the working group's questions to the reader's units, answered here. */
export function InputRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.inputRequests.title'));
  const me = useSession();
  const {
    filters: { status },
    update,
  } = useListParams(readParams);
  const list = useInputRequests(status);
  const [answered, setAnswered] = useState<string | null>(null);
  const canOpenComplaint = hasRole(me, COMPLAINT_ROLES);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('complaints.inputRequests.title')}</Title>
        <Text size="sm">{t('complaints.inputRequests.intro')}</Text>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="request-status-label">
          {t('complaints.inputRequests.show')}
        </Text>
        <SegmentedControl
          aria-labelledby="request-status-label"
          value={status}
          onChange={(v) => {
            setAnswered(null);
            update({ status: v === 'open' ? undefined : v });
          }}
          data={[
            { value: 'open', label: t('complaints.inputRequests.filter.open') },
            { value: 'answered', label: t('complaints.inputRequests.filter.answered') },
            { value: 'all', label: t('complaints.inputRequests.filter.all') },
          ]}
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <div aria-live="polite" style={answered ? undefined : { display: 'contents' }}>
        {answered && (
          <Text size="sm" c="green.9" fw={600}>
            <IconCheck size={16} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
            {t('complaints.inputRequests.sent', { number: answered })}
          </Text>
        )}
      </div>
      <ListState
        query={list}
        isEmpty={(items) => items.length === 0}
        empty={t(`complaints.inputRequests.empty.${status}`)}
      >
        {(items) => (
          <Stack gap="md">
            {items.map((r) => (
              <RequestCard
                key={r.id}
                r={r}
                canOpenComplaint={canOpenComplaint}
                onAnswered={(x) => setAnswered(x.trackingNumber)}
              />
            ))}
          </Stack>
        )}
      </ListState>
    </Stack>
  );
}
