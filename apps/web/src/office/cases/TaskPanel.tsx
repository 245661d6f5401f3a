import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ruleMessage,
  type TCaseAction,
  type TCaseDetail,
  type TCaseTask,
  type TSopFormField,
  type TSopStep,
} from '@sigap/contracts';
import {
  IconArrowBackUp,
  IconCheck,
  IconDeviceFloppy,
  IconHandGrab,
  IconSend,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { applyServerErrors } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { formatTimeLeft, formatWorkingMinutes } from '../../lib/workingTime';
import { roleLabel } from '../roles';
import { DirectModal } from './DirectModal';
import { ReasonModal } from './ReasonModal';

type Values = Record<string, unknown>;
const INPUTS_KEY = '_inputsChecked';
const OUTPUTS_KEY = '_outputs';
const NOTE = 'note';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function FormField({
  field,
  value,
  error,
  onChange,
}: {
  field: TSopFormField;
  value: unknown;
  error: string | undefined;
  onChange: (v: unknown) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const label = field.label[lang];
  const common = { label, required: field.required, error };
  switch (field.type) {
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? undefined)}
          clearable={!field.required}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          label={label}
          required={field.required}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          description={field.type === 'file' ? t('office.case.work.fileHint') : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

/**
 * The current task for the person who works on it: inputs as a checklist, outputs, the step's
 * form, then save a draft, complete (or answer the decision), or return to the previous step.
 */
function WorkForm({
  task,
  step,
  isFirstStep,
  act,
}: {
  task: TCaseTask;
  step: TSopStep | null;
  isFirstStep: boolean;
  act: (action: TCaseAction) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const draft = task.draft ?? {};
  const [values, setValues] = useState<Values>(() => {
    const v: Values = { ...draft };
    delete v[INPUTS_KEY];
    delete v[OUTPUTS_KEY];
    return v;
  });
  const [inputs, setInputs] = useState<string[]>(() => stringList(draft[INPUTS_KEY]));
  const [outputs, setOutputs] = useState<string[]>(() => stringList(draft[OUTPUTS_KEY]));
  const [decision, setDecision] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);

  const decisionFlow = step && 'decision' in step.flow ? step.flow.decision : null;
  // without the definition the page cannot know whether the step decides; it offers the choice
  const unknownStep = step === null;

  const run = async (name: string, action: TCaseAction) => {
    setFormError(null);
    setErrors({});
    setSaved(false);
    setPending(name);
    try {
      await act(action);
      if (action.type === 'saveDraft') setSaved(true);
    } catch (e) {
      applyServerErrors({ setErrors, setFormError }, e, t('common.unexpectedError'), {
        under: 'form',
        // the server names the field by its path; the form knows its label
        word: (f, name) => {
          const field = step?.form?.find((x) => x.name === name);
          return field
            ? ruleMessage(f.rule, lang, { field: field.label[lang], expected: field.type })
            : f.message;
        },
      });
    } finally {
      setPending(null);
    }
  };

  const formValues = (): Values => {
    const form: Values = {};
    for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') form[k] = v;
    return form;
  };

  const saveDraft = () =>
    run('draft', {
      type: 'saveDraft',
      taskId: task.id,
      form: { ...formValues(), [INPUTS_KEY]: inputs, [OUTPUTS_KEY]: outputs },
    });

  const complete = (answer?: 'yes' | 'no') =>
    run(answer ?? 'complete', {
      type: 'complete',
      taskId: task.id,
      form: formValues(),
      inputsChecked: inputs,
      outputs,
      ...(answer ? { decision: answer } : {}),
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (decisionFlow) return;
    if (unknownStep && (decision === 'yes' || decision === 'no')) void complete(decision);
    else void complete();
  };

  const set = (name: string, value: unknown) => {
    setValues((p) => ({ ...p, [name]: value }));
    setErrors((p) => ({ ...p, [name]: undefined }));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        {unknownStep && (
          <Alert color="yellow" variant="light">
            {t('office.case.work.noDefinition')}
          </Alert>
        )}
        {step && step.inputs.length > 0 && (
          <Checkbox.Group
            label={t('office.case.work.inputs')}
            description={t('office.case.work.inputsHint')}
            value={inputs}
            onChange={setInputs}
            error={errors.inputsChecked}
          >
            <Stack gap={6} mt={6}>
              {step.inputs.map((input) => (
                <Checkbox key={input} value={input} label={input} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {step && step.outputs.length > 0 && (
          <Checkbox.Group
            label={t('office.case.work.outputs')}
            description={t('office.case.work.outputsHint')}
            value={outputs}
            onChange={setOutputs}
            error={errors.outputs}
          >
            <Stack gap={6} mt={6}>
              {step.outputs.map((output) => (
                <Checkbox key={output} value={output} label={output} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {step?.form?.map((field) => (
          <FormField
            key={field.name}
            field={field}
            value={values[field.name]}
            error={errors[field.name]}
            onChange={(v) => set(field.name, v)}
          />
        ))}
        {(decisionFlow || unknownStep) && !step?.form?.some((f) => f.name === NOTE) && (
          <Textarea
            label={t('office.case.work.note')}
            description={t('office.case.work.noteHint')}
            autosize
            minRows={2}
            maxLength={2000}
            value={typeof values[NOTE] === 'string' ? (values[NOTE] as string) : ''}
            onChange={(e) => set(NOTE, e.currentTarget.value)}
            error={errors[NOTE]}
          />
        )}
        {unknownStep && (
          <Radio.Group
            label={t('office.case.work.decisionUnknown')}
            value={decision}
            onChange={setDecision}
            error={errors.decision}
          >
            <Group mt={6}>
              <Radio value="yes" label={t('office.case.yes')} />
              <Radio value="no" label={t('office.case.no')} />
            </Group>
          </Radio.Group>
        )}
        {decisionFlow && (
          <Paper withBorder p="sm" bg="gray.0">
            <Text fw={700} id={`question-${task.id}`}>
              {decisionFlow.question[lang]}
            </Text>
            {errors.decision && (
              <Text c="red.9" size="sm">
                {errors.decision}
              </Text>
            )}
            <Group mt="sm" role="group" aria-labelledby={`question-${task.id}`}>
              <Button
                color="teal.9"
                leftSection={<IconCheck size={18} aria-hidden="true" />}
                loading={pending === 'yes'}
                disabled={pending !== null && pending !== 'yes'}
                onClick={() => void complete('yes')}
              >
                {t('office.case.yes')}
              </Button>
              <Button
                color="red.9"
                leftSection={<IconX size={18} aria-hidden="true" />}
                loading={pending === 'no'}
                disabled={pending !== null && pending !== 'no'}
                onClick={() => void complete('no')}
              >
                {t('office.case.no')}
              </Button>
            </Group>
          </Paper>
        )}
        <Group gap="sm">
          {!decisionFlow && (
            <Button
              type="submit"
              leftSection={<IconCheck size={18} aria-hidden="true" />}
              loading={pending === 'complete'}
              disabled={pending !== null && pending !== 'complete'}
            >
              {t('office.case.work.complete')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
            loading={pending === 'draft'}
            onClick={() => void saveDraft()}
          >
            {t('office.case.work.saveDraft')}
          </Button>
          {!isFirstStep && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
              onClick={() => setReturning(true)}
            >
              {t('office.case.work.return')}
            </Button>
          )}
        </Group>
        <div aria-live="polite">
          {saved && (
            <Text size="sm" fw={600}>
              {t('office.case.work.draftSaved')}
            </Text>
          )}
        </div>
      </Stack>
      <ReasonModal
        opened={returning}
        title={t('office.case.work.returnTitle')}
        intro={t('office.case.work.returnIntro')}
        label={t('office.case.reason')}
        submitLabel={t('office.case.work.return')}
        onSubmit={(reason) => act({ type: 'returnToPrevious', taskId: task.id, reason })}
        onClose={() => setReturning(false)}
      />
    </form>
  );
}

/** One open task: its summary, and what the current user may do with it. */
export function TaskPanel({
  detail,
  task,
  step,
  isFirstStep,
  act,
}: {
  detail: TCaseDetail;
  task: TCaseTask;
  step: TSopStep | null;
  isFirstStep: boolean;
  act: (action: TCaseAction) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = detail.timeZone;
  const [directing, setDirecting] = useState<'dispose' | 'reassign' | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  const [claiming, setClaiming] = useState(false);
  const headingId = `task-${task.id}-heading`;
  const canClaim = task.canWork && !task.assigneeUserId;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} shadow="xs">
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light">{t('office.case.currentStep')}</Badge>
            {task.iteration > 0 && (
              <Badge color="orange" variant="light">
                {t('office.case.iteration', { n: task.iteration + 1 })}
              </Badge>
            )}
          </Group>
          <Title order={2} size="h3" id={headingId}>
            {t('office.case.stepNo', { no: task.stepNo })} · {task.activity[lang]}
          </Title>
          <Text size="sm">
            {roleLabel(task.role, lang)} · {task.assigneeName ?? t('office.inbox.unassigned')}
          </Text>
          {task.dueAt && (
            <Text size="sm">
              {t('office.case.due')}: {formatDateTime(task.dueAt, tz, lang)}
              {task.standardMinutes !== null && (
                <>
                  {' '}
                  ({t('office.case.standard')} {formatWorkingMinutes(task.standardMinutes, t)})
                </>
              )}
            </Text>
          )}
          {task.dueAt && task.standardMinutes !== null && (
            <Text size="sm" c={task.withinStandard === false ? 'red.9' : undefined}>
              {formatTimeLeft(task.standardMinutes - task.actualWorkingMinutes, t)}
            </Text>
          )}
        </Stack>

        {task.dispositions.map((d) => (
          <Alert key={d.at} color="blue" variant="light" title={t('office.case.disposition')}>
            <Text size="sm">
              {t('office.case.dispositionLine', {
                by: d.byName ?? '—',
                to: d.toName ?? d.toUnitName ?? '—',
                at: formatDateTime(d.at, tz, lang),
              })}
            </Text>
            <Text size="sm" fs="italic">
              “{d.instruction}”
            </Text>
          </Alert>
        ))}

        {(canClaim || task.canDirect) && (
          <Group gap="sm">
            {canClaim && (
              <Button
                variant="light"
                leftSection={<IconHandGrab size={18} aria-hidden="true" />}
                loading={claiming}
                onClick={async () => {
                  setClaimError(null);
                  setClaiming(true);
                  try {
                    await act({ type: 'claim', taskId: task.id });
                  } catch (e) {
                    setClaimError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
                  } finally {
                    setClaiming(false);
                  }
                }}
              >
                {t('office.case.claim')}
              </Button>
            )}
            {task.canDirect && (
              <>
                <Button
                  variant="light"
                  leftSection={<IconSend size={18} aria-hidden="true" />}
                  onClick={() => setDirecting('dispose')}
                >
                  {t('office.case.direct.dispose')}
                </Button>
                <Button
                  variant="light"
                  leftSection={<IconUserShare size={18} aria-hidden="true" />}
                  onClick={() => setDirecting('reassign')}
                >
                  {t('office.case.direct.reassign')}
                </Button>
              </>
            )}
          </Group>
        )}
        <FormError message={claimError} />

        {task.canWork ? (
          <WorkForm key={task.id} task={task} step={step} isFirstStep={isFirstStep} act={act} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('office.case.notYours')}
          </Text>
        )}
      </Stack>
      {task.canDirect && (
        <DirectModal
          opened={directing !== null}
          mode={directing ?? 'dispose'}
          task={task}
          candidates={detail.candidates}
          onClose={() => setDirecting(null)}
          onSubmit={(toUserId, text) =>
            directing === 'reassign'
              ? act({ type: 'reassign', taskId: task.id, toUserId, reason: text })
              : act({ type: 'dispose', taskId: task.id, toUserId, instruction: text })
          }
        />
      )}
    </Paper>
  );
}
