import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TConsultation } from '@sigap/contracts/investment-control';
import { IconExternalLink } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { ConsultationStatusBadge } from './ConsultationStatus';
import { useConsultation, useConsultationAction } from './consultationsApi';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `2026-Q2` → 'Triwulan II 2026' / 'Quarter II 2026'; `2026-S1` → 'Semester I 2026' / 'Half-year I 2026'. */
function periodName(code: string, lang: 'id' | 'en'): string {
  const m = /^(\d{4})-([QS])(\d)$/.exec(code);
  if (!m) return code;
  const kind =
    m[2] === 'Q' ? (lang === 'en' ? 'Quarter' : 'Triwulan') : lang === 'en' ? 'Half-year' : 'Semester';
  return `${kind} ${ROMAN[Number(m[3]) - 1] ?? m[3]} ${m[1]}`;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/**
 * `/office/konsultasi/:id`: one ticket: the company and its last LKPM, the contact, the
 * question, the schedule with its meeting link (virtual consultation), the outcome and minutes,
 * the case; and the forms the reader may use now: schedule, outcome and minutes, close.
 */
export function ConsultationPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const { id = '' } = useParams();
  const ticket = useConsultation(id);
  usePageTitle(ticket.data?.number ?? t('controlConsultations.list.title'));
  if (ticket.isPending) return <Loading />;
  if (ticket.isError) return <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const c = ticket.data;
  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1}>{c.number}</Title>
          <Text c="dimmed">{tt(`controlConsultations.kind.${c.kind}`)}</Text>
        </Stack>
        <ConsultationStatusBadge status={c.status} />
      </Group>
      <Facts c={c} />
      <Section id="cons-question" title={t('controlConsultations.page.question')}>
        <Text fw={600}>{c.topic}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.question}</Text>
      </Section>
      {c.kind === 'virtual' ? <ScheduleSection c={c} /> : null}
      <AnswerSection c={c} />
      {c.can.close ? <CloseSection c={c} /> : null}
      {c.status === 'closed' ? (
        <Alert color="gray" title={t('controlConsultations.status.closed')}>
          {c.closedReason}
        </Alert>
      ) : null}
    </Stack>
  );
}

function Facts({ c }: { c: TConsultation }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const tz = useSession().agency.timeZone;
  return (
    <Section id="cons-company" title={t('controlConsultations.page.company')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Fact label={t('controlConsultations.fields.company')}>
          <Link to={pagePath(OFFICE_PAGES.company, { id: c.companyId })}>{c.companyName}</Link> (NIB {c.nib})
        </Fact>
        <Fact label={t('controlConsultations.fields.lastLkpm')}>
          {c.lastLkpm ? (
            <>
              <Link to={pagePath(OFFICE_PAGES.lkpmReport, { id: c.lastLkpm.id })}>
                {periodName(c.lastLkpm.period, lang)}
              </Link>
              {' · '}
              {tt(`controlConsultations.page.lkpmStatus.${c.lastLkpm.status}`)}
              {c.lastLkpm.submittedAt ? ` · ${formatDateTime(c.lastLkpm.submittedAt, tz, lang)}` : ''}
            </>
          ) : (
            t('controlConsultations.page.lkpmNone')
          )}
        </Fact>
        <Fact label={t('controlConsultations.fields.case')}>
          {c.caseId ? <Link to={pagePath(OFFICE_PAGES.case, { id: c.caseId })}>{c.caseNumber}</Link> : '-'}
          {` · SOP ${c.kind === 'helpdesk' ? '067/008' : '067/007'}`}
        </Fact>
        <Fact label={t('controlConsultations.fields.contactName')}>{c.contactName}</Fact>
        <Fact label={t('controlConsultations.fields.contactEmail')}>{c.contactEmail ?? '-'}</Fact>
        <Fact label={t('controlConsultations.fields.contactPhone')}>{c.contactPhone ?? '-'}</Fact>
        <Fact label={t('controlConsultations.fields.channel')}>
          {tt(`controlConsultations.channel.${c.channel}`)}
        </Fact>
        <Fact label={t('controlConsultations.fields.receivedAt')}>
          {formatDateTime(c.receivedAt, tz, lang)}
        </Fact>
        {c.preferredAt ? (
          <Fact label={t('controlConsultations.fields.preferredAt')}>
            {formatDateTime(c.preferredAt, tz, lang)}
          </Fact>
        ) : null}
      </SimpleGrid>
    </Section>
  );
}

/** The agency-local date and time of an instant, for the schedule form's defaults. */
function localParts(iso: string, tz: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function ScheduleSection({ c }: { c: TConsultation }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useSession().agency.timeZone;
  const start = c.scheduledAt ?? c.preferredAt;
  const initial = start ? localParts(start, tz) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [meetingLink, setLink] = useState(c.meetingLink ?? '');
  const [note, setNote] = useState(c.scheduleNote ?? '');
  const [saved, setSaved] = useState(false);
  const { errors, formError, fromError, clear } = useFormErrors();
  const act = useConsultationAction();
  const labels = {
    date: t('controlConsultations.fields.date'),
    time: t('controlConsultations.fields.time'),
    meetingLink: t('controlConsultations.fields.meetingLink'),
    note: t('controlConsultations.fields.note'),
  };
  const submit = () => {
    clear();
    setSaved(false);
    act.mutate(
      {
        id: c.id,
        action: 'schedule',
        body: { date, time, meetingLink: meetingLink.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      },
      {
        onSuccess: () => setSaved(true),
        onError: (e) => fromError(e, t('controlConsultations.page.failed'), { labels }),
      },
    );
  };
  return (
    <Section id="cons-schedule" title={t('controlConsultations.page.schedule')}>
      {c.scheduledAt ? (
        <Group gap="md">
          <Text fw={600}>{formatDateTime(c.scheduledAt, tz, lang)}</Text>
          {c.meetingLink ? (
            <Anchor href={c.meetingLink} target="_blank" rel="noopener noreferrer">
              <Group gap={4} component="span">
                {t('controlConsultations.page.openMeeting')}
                <IconExternalLink size={14} aria-hidden="true" />
              </Group>
            </Anchor>
          ) : null}
        </Group>
      ) : (
        <Text c="dimmed">{t('controlConsultations.page.notScheduled')}</Text>
      )}
      {c.meetingLink ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {c.meetingLink}
        </Text>
      ) : null}
      {c.scheduleNote ? <Text size="sm">{c.scheduleNote}</Text> : null}
      {saved ? (
        <Alert color="green" role="status">
          {t('controlConsultations.page.scheduled')}
        </Alert>
      ) : null}
      {c.can.schedule ? (
        <>
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id="cons-schedule-date"
              type="date"
              label={labels.date}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.date}
              required
            />
            <TextInput
              id="cons-schedule-time"
              type="time"
              label={labels.time}
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              error={errors.time}
              required
            />
          </SimpleGrid>
          <TextInput
            label={labels.meetingLink}
            placeholder="https://"
            value={meetingLink}
            onChange={(e) => setLink(e.currentTarget.value)}
            error={errors.meetingLink}
            required
          />
          <Textarea
            label={labels.note}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
          />
          <Group>
            <Button onClick={submit} loading={act.isPending}>
              {c.scheduledAt
                ? t('controlConsultations.page.rescheduleAction')
                : t('controlConsultations.page.scheduleAction')}
            </Button>
          </Group>
        </>
      ) : null}
    </Section>
  );
}

function AnswerSection({ c }: { c: TConsultation }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useSession().agency.timeZone;
  const [outcome, setOutcome] = useState('');
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState(false);
  const { errors, formError, fromError, clear } = useFormErrors();
  const act = useConsultationAction();
  const labels = {
    outcome: t('controlConsultations.fields.outcome'),
    minutes: t('controlConsultations.fields.minutes'),
  };
  if (c.status === 'closed') return null;
  const submit = () => {
    clear();
    act.mutate(
      { id: c.id, action: 'answer', body: { outcome: outcome.trim(), minutes: minutes.trim() } },
      {
        onSuccess: () => setSaved(true),
        onError: (e) => fromError(e, t('controlConsultations.page.failed'), { labels }),
      },
    );
  };
  return (
    <Section id="cons-answer" title={t('controlConsultations.page.answer')}>
      {c.status === 'done' ? (
        <>
          {saved ? (
            <Alert color="green" role="status">
              {t('controlConsultations.page.answered')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            <Fact label={t('controlConsultations.fields.answeredBy')}>
              {c.answeredByName ?? '-'}
              {c.answeredAt ? ` · ${formatDateTime(c.answeredAt, tz, lang)}` : ''}
            </Fact>
          </SimpleGrid>
          <Text fw={600}>{labels.outcome}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.outcome}</Text>
          <Text fw={600}>{labels.minutes}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.minutes}</Text>
          <Text size="sm" c="dimmed">
            {t('controlConsultations.page.viaCase')}
          </Text>
        </>
      ) : c.can.answer ? (
        <>
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Textarea
            label={labels.outcome}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={errors.outcome}
            autosize
            minRows={3}
            required
          />
          <Textarea
            label={labels.minutes}
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
            error={errors.minutes}
            autosize
            minRows={5}
            required
          />
          <Group>
            <Button onClick={submit} loading={act.isPending}>
              {t('controlConsultations.page.answerAction')}
            </Button>
          </Group>
        </>
      ) : (
        <Text c="dimmed">{t('controlConsultations.page.answerAfterSchedule')}</Text>
      )}
    </Section>
  );
}

function CloseSection({ c }: { c: TConsultation }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { errors, formError, fromError, clear } = useFormErrors();
  const act = useConsultationAction();
  const labels = { reason: t('controlConsultations.fields.reason') };
  return (
    <Section id="cons-close" title={t('controlConsultations.page.close')}>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <TextInput
        label={labels.reason}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
      />
      <Group>
        <Button
          color="red"
          variant="light"
          loading={act.isPending}
          onClick={() => {
            clear();
            act.mutate(
              { id: c.id, action: 'close', body: { reason: reason.trim() } },
              { onError: (e) => fromError(e, t('controlConsultations.page.failed'), { labels }) },
            );
          }}
        >
          {t('controlConsultations.page.closeAction')}
        </Button>
      </Group>
    </Section>
  );
}
