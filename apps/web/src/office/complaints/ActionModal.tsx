import {
  Alert,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import {
  COMPLAINT_TYPE_CODES,
  type TComplaint,
  type TComplaintAction,
  ZComplaintAction,
} from '@sigap/contracts/complaints';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { applyServerErrors, validate } from '../../lib/form';
import { zoneAbbreviation } from '../../lib/format';
import { useSession } from '../auth/session';
import type { ActionType } from './actions';
import { useOrg } from './api';

type Values = Record<string, string>;

/** What each action's form starts with (a draft's subject and reporter, the merge target chosen). */
function initialValues(type: ActionType, complaint: TComplaint, preset: Values): Values {
  switch (type) {
    case 'confirmDraft':
      return {
        complaintType: complaint.type ?? '',
        subject: complaint.subject,
        reporterName: complaint.reporter?.name ?? '',
        anonymous: complaint.anonymous ? 'true' : 'false',
        confidential: complaint.confidential ? 'true' : 'false',
      };
    case 'requestInput':
      return { dueWorkingDays: '5', ...preset };
    case 'answer':
      return {
        channel:
          complaint.channel === 'mass_media' ? 'mass_media' : complaint.reporter?.email ? 'email' : 'letter',
        ...preset,
      };
    default:
      return { ...preset };
  }
}

/** The request body from the form's strings: blanks left out, numbers and yes/no typed. */
function actionBody(type: ActionType, v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(v)) {
    if (value.trim() === '') continue;
    if (key === 'dueWorkingDays') body[key] = Number(value);
    else if (key === 'needed') body[key] = value === 'yes';
    else if (key === 'anonymous' || key === 'confidential') body[key] = value === 'true';
    else body[key] = value;
  }
  return body;
}

/**
 * One handling action of a complaint as a form in a dialog: the fields of that action in
 * `ZComplaintAction`, checked with the same schema before sending, with the server's field
 * errors placed on the inputs they name.
 */
export function ActionModal({
  type,
  complaint,
  preset = {},
  onSubmit,
  onClose,
}: {
  type: ActionType | null;
  complaint: TComplaint;
  preset?: Values;
  onSubmit: (action: TComplaintAction) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const me = useSession();
  const needsOrg = type === 'requestInput' || type === 'revealIdentity';
  const org = useOrg(needsOrg);
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusError, setFocusError] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another action opens
  useEffect(() => {
    if (type) {
      setValues(initialValues(type, complaint, preset));
      setErrors({});
      setFormError(null);
    }
  }, [type]);

  useEffect(() => {
    if (focusError === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  const units = useMemo(
    () =>
      (org.data?.units ?? []).map((u) => ({
        value: u.id,
        label: `${lang === 'en' ? u.nameEn : u.name} (${u.code})`,
      })),
    [org.data, lang],
  );
  // people who hold a position today, each once, with their positions (the user list is for administrators)
  const people = useMemo(() => {
    const byUser = new Map<string, { name: string; titles: string[] }>();
    const unitName = new Map((org.data?.units ?? []).map((u) => [u.id, lang === 'en' ? u.nameEn : u.name]));
    for (const p of org.data?.positions ?? []) {
      for (const h of p.holders) {
        if (h.userId === me.user.id) continue;
        const entry = byUser.get(h.userId) ?? { name: h.name, titles: [] };
        entry.titles.push(`${lang === 'en' ? p.titleEn : p.title}, ${unitName.get(p.unitId) ?? ''}`);
        byUser.set(h.userId, entry);
      }
    }
    return [...byUser.entries()]
      .map(([value, e]) => ({ value, label: `${e.name} · ${e.titles.join('; ')}` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [org.data, lang, me.user.id]);

  if (!type) return <AppModal opened={false} onClose={onClose} title="" />;

  const labels: Record<string, string> = {
    text:
      type === 'firstResponse'
        ? t('complaints.action.field.firstResponse')
        : t('complaints.action.field.answerText'),
    answer: t('complaints.action.field.settleAnswer'),
    note: t('complaints.action.field.note'),
    findings: t('complaints.action.field.findings'),
    unitId: t('complaints.action.field.unit'),
    question: t('complaints.action.field.question'),
    dueWorkingDays: t('complaints.action.field.dueWorkingDays'),
    summary: t('complaints.action.field.summary'),
    needed: t('complaints.action.field.needed'),
    basis: t('complaints.action.field.basis'),
    purpose: t('complaints.action.field.purpose'),
    meetingDate: t('complaints.action.field.meetingDate'),
    meetingTime: t('complaints.action.field.meetingTime', { zone: zoneAbbreviation(me.agency.timeZone) }),
    place: t('complaints.action.field.place'),
    chair: t('complaints.action.field.chair'),
    participants: t('complaints.action.field.participants'),
    presenter: t('complaints.action.field.presenter'),
    opinions: t('complaints.action.field.opinions'),
    decisions: t('complaints.action.field.decisions'),
    followUpPlan: t('complaints.action.field.followUpPlan'),
    channel: t('complaints.action.field.answerChannel'),
    documentId: t('complaints.action.field.document'),
    report: t('complaints.action.field.report'),
    intoComplaintId: t('complaints.action.field.mergeInto'),
    reason: t('complaints.action.field.reason'),
    userId: t('complaints.action.field.user'),
    complaintType: t('complaints.field.type'),
    subject: t('complaints.field.subject'),
    reporterName: t('complaints.field.reporterName'),
  };

  const set = (key: string, value: string) => {
    setValues((p) => ({ ...p, [key]: value }));
    setErrors((p) => (p[key] ? { ...p, [key]: undefined } : p));
  };

  const area = (name: string, opts: { required?: boolean; rows?: number; description?: string } = {}) => (
    <Textarea
      key={name}
      label={labels[name]}
      required={opts.required ?? true}
      description={opts.description}
      autosize
      minRows={opts.rows ?? 3}
      maxLength={LIMITS.textMax}
      value={values[name] ?? ''}
      onChange={(e) => set(name, e.currentTarget.value)}
      error={errors[name]}
    />
  );
  const line = (name: string, opts: { type?: string; maxLength?: number } = {}) => (
    <TextInput
      key={name}
      label={labels[name]}
      required
      type={opts.type}
      maxLength={opts.maxLength ?? 300}
      value={values[name] ?? ''}
      onChange={(e) => set(name, e.currentTarget.value)}
      error={errors[name]}
    />
  );
  const select = (
    name: string,
    data: { value: string; label: string }[],
    opts: { required?: boolean; searchable?: boolean; description?: string } = {},
  ) => (
    <Select
      key={name}
      label={labels[name]}
      required={opts.required ?? true}
      description={opts.description}
      searchable={opts.searchable}
      nothingFoundMessage={t('common.nothingFound')}
      data={data}
      value={values[name] || null}
      onChange={(v) => set(name, v ?? '')}
      clearable={opts.required === false}
      clearButtonProps={{ 'aria-label': t('complaints.action.clear', { field: labels[name] }) }}
      error={errors[name]}
      comboboxProps={{ withinPortal: true }}
    />
  );

  const signedDocs = complaint.documents.filter((d) => d.status === 'signed' || d.status === 'sent');

  let intro: ReactNode = null;
  let fields: ReactNode = null;
  switch (type) {
    case 'firstResponse':
      fields = area('text', { rows: 4, description: t('complaints.action.hint.firstResponse') });
      break;
    case 'settle':
      intro = t('complaints.action.intro.settle');
      fields = area('answer', { rows: 5 });
      break;
    case 'forward':
      intro = t('complaints.action.intro.forward');
      fields = area('note', { required: false });
      break;
    case 'examine':
      intro = t('complaints.action.intro.examine');
      fields = area('findings', { rows: 5 });
      break;
    case 'requestInput':
      intro = t('complaints.action.intro.requestInput');
      fields = (
        <>
          {select('unitId', units, { searchable: true })}
          {area('question', { rows: 4 })}
          <NumberInput
            label={labels.dueWorkingDays}
            description={t('complaints.action.hint.dueWorkingDays')}
            required
            min={1}
            max={10}
            allowDecimal={false}
            allowNegative={false}
            value={values.dueWorkingDays ?? ''}
            onChange={(v) => set('dueWorkingDays', v === '' ? '' : String(v))}
            error={errors.dueWorkingDays}
            w={{ base: '100%', xs: 300 }}
          />
        </>
      );
      break;
    case 'coordinate':
      intro = t('complaints.action.intro.coordinate');
      fields = area('summary', { rows: 5 });
      break;
    case 'decideMeeting':
      intro = t('complaints.action.intro.decideMeeting');
      fields = (
        <Radio.Group
          label={labels.needed}
          required
          value={values.needed ?? ''}
          onChange={(v) => set('needed', v)}
          error={errors.needed}
        >
          <Stack gap={6} mt={6}>
            <Radio value="yes" label={t('complaints.action.meetingYes')} />
            <Radio value="no" label={t('complaints.action.meetingNo')} />
          </Stack>
        </Radio.Group>
      );
      break;
    case 'recordMeeting':
      intro = t('complaints.action.intro.recordMeeting');
      fields = (
        <>
          {area('basis', { rows: 2 })}
          {area('purpose', { rows: 2 })}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {line('meetingDate', { type: 'date' })}
            {line('meetingTime', { type: 'time' })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {line('place')}
            {line('chair', { maxLength: 200 })}
          </SimpleGrid>
          {area('participants', { rows: 3 })}
          {area('presenter', { required: false, rows: 2 })}
          {area('opinions', { rows: 4 })}
          {area('decisions', { rows: 3 })}
          {area('followUpPlan', { rows: 3 })}
        </>
      );
      break;
    case 'answer':
      intro = t('complaints.action.intro.answer');
      fields = (
        <>
          <Radio.Group
            label={labels.channel}
            required
            value={values.channel ?? ''}
            onChange={(v) => set('channel', v)}
            error={errors.channel}
          >
            <Group gap="md" mt={6}>
              <Radio value="email" label={t('complaints.answerChannel.email')} />
              <Radio value="letter" label={t('complaints.answerChannel.letter')} />
              <Radio value="mass_media" label={t('complaints.answerChannel.mass_media')} />
            </Group>
          </Radio.Group>
          {values.channel === 'email' && !complaint.reporter?.email && !complaint.identityHidden && (
            <Text size="sm" c="orange.9">
              {t('complaints.action.hint.noEmail')}
            </Text>
          )}
          {area('text', { rows: 6 })}
          {select(
            'documentId',
            signedDocs.map((d) => ({ value: d.id, label: `${d.number ?? '—'} · ${d.title}` })),
            {
              required: false,
              description:
                signedDocs.length === 0
                  ? t('complaints.action.hint.noSignedDocs')
                  : t('complaints.action.hint.document'),
            },
          )}
        </>
      );
      break;
    case 'close':
      intro = t('complaints.action.intro.close');
      fields = area('report', { rows: 5 });
      break;
    case 'merge':
      intro = t('complaints.action.intro.merge', { number: complaint.trackingNumber });
      fields = (
        <>
          {select(
            'intoComplaintId',
            complaint.duplicates.map((d) => ({ value: d.id, label: `${d.trackingNumber} · ${d.subject}` })),
          )}
          {area('reason')}
        </>
      );
      break;
    case 'unmerge':
      intro = t('complaints.action.intro.unmerge', {
        number: complaint.mergedInto?.trackingNumber ?? '',
      });
      fields = area('reason');
      break;
    case 'revealIdentity':
      intro = (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('complaints.action.intro.revealIdentity')}
        </Alert>
      );
      fields = (
        <>
          {select('userId', people, { searchable: true })}
          {area('reason')}
        </>
      );
      break;
    case 'confirmDraft':
      intro = t('complaints.action.intro.confirmDraft');
      fields = (
        <>
          {select(
            'complaintType',
            COMPLAINT_TYPE_CODES.map((c) => ({
              value: c,
              label: `${c.toUpperCase()}. ${t(`complaints.type.${c}`)}`,
            })),
          )}
          {line('subject')}
          {line('reporterName', { maxLength: LIMITS.nameMax })}
          {(['anonymous', 'confidential'] as const).map((flag) => (
            <Checkbox
              key={flag}
              label={t(`complaints.field.${flag}`)}
              checked={values[flag] === 'true'}
              onChange={(e) => set(flag, e.currentTarget.checked ? 'true' : 'false')}
            />
          ))}
        </>
      );
      break;
    case 'rejectDraft':
      intro = t('complaints.action.intro.rejectDraft');
      fields = area('reason');
      break;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const data = actionBody(type, values);
    const checked = validate<TComplaintAction>(ZComplaintAction, data, labels);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusError((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      await onSubmit(checked.data);
      onClose();
    } catch (e) {
      applyServerErrors({ setErrors, setFormError }, e, t('common.unexpectedError'), { labels });
      setFocusError((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  const danger = type === 'rejectDraft' || type === 'unmerge';
  return (
    <AppModal
      opened={type !== null}
      onClose={onClose}
      title={t(`complaints.action.title.${type}`)}
      size={type === 'recordMeeting' ? 'xl' : 'lg'}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <Text size="sm" c="dimmed">
            {complaint.trackingNumber} · {complaint.subject}
          </Text>
          {typeof intro === 'string' ? <Text size="sm">{intro}</Text> : intro}
          {needsOrg && org.isError && <FormError message={t('complaints.action.orgError')} />}
          {fields}
          <FormActions
            onCancel={onClose}
            submitLabel={t(`complaints.action.submit.${type}`)}
            pending={pending}
            danger={danger}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
