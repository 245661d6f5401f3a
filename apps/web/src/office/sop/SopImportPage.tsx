import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ROLE_CODES,
  type TSopDraftDefinition,
  type TSopDraftProblem,
  type TSopFlow,
  type TSopImportResponse,
} from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconDeviceFloppy,
  IconFileImport,
  IconSend,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { ApiError, api } from '../../lib/api';
import { usePageTitle } from '../../lib/usePageTitle';
import { roleLabel } from '../roles';
import { useImportSop, usePublishDraft, useSaveDraft } from './api';

type Text2 = { id: string; en: string };
type FlowKind = 'next' | 'decision' | 'end' | 'other';

interface DraftStep {
  id: string;
  no: number;
  activity: Text2;
  actors: string[];
  inputs: string[];
  time: unknown;
  timeRaw?: string;
  outputs: string[];
  symbol?: string;
  flow: TSopFlow | Record<string, unknown>;
  [extra: string]: unknown;
}

interface Draft {
  key: string;
  code: string | null;
  title: Text2;
  actors: Array<{ role: string; label: Text2 }>;
  steps: DraftStep[];
  [extra: string]: unknown;
}

interface Lane {
  label: string;
  role: string | null;
}

function flowKind(flow: DraftStep['flow']): FlowKind {
  if ('next' in flow) return 'next';
  if ('decision' in flow) return 'decision';
  if ('end' in flow) return 'end';
  return 'other';
}

function timeText(step: DraftStep): string {
  const time = step.time as { raw?: string; amount?: number; unit?: string } | null;
  if (time?.raw) return time.raw;
  if (time?.amount) return `${time.amount} ${time.unit ?? ''}`;
  return step.timeRaw ?? '—';
}

/** Lanes with a role become the definition's actors, in column order, each role once. */
function actorsOf(lanes: Lane[]): Draft['actors'] {
  const actors: Draft['actors'] = [];
  for (const lane of lanes) {
    if (!lane.role || actors.some((a) => a.role === lane.role)) continue;
    actors.push({ role: lane.role, label: { id: lane.label, en: roleLabel(lane.role, 'en') } });
  }
  return actors;
}

function StepEditor({
  step,
  index,
  draft,
  problems,
  onChange,
}: {
  step: DraftStep;
  index: number;
  draft: Draft;
  problems: TSopDraftProblem[];
  onChange: (next: DraftStep) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const kind = flowKind(step.flow);
  const isFirst = index === 0;
  const targets = [
    ...draft.steps
      .filter((s) => s.id !== step.id)
      .map((s) => ({
        value: s.id,
        label: `${t('office.case.stepNo', { no: s.no })} · ${s.activity.id.slice(0, 60)}`,
      })),
    { value: 'end', label: t('office.sop.end') },
  ];
  const decision =
    'decision' in step.flow
      ? (step.flow as { decision: { question: Text2; yes: string; no: string } }).decision
      : null;
  const nextOf = draft.steps[index + 1]?.id ?? 'end';
  const headingId = `step-${step.id}-heading`;
  const base = `definition.steps.${index}`;
  /** The messages of the problems at a field of this step (the field itself or inside it). */
  const at = (...paths: string[]) =>
    problems
      .filter((p) =>
        paths.some((path) => p.field === `${base}.${path}` || p.field.startsWith(`${base}.${path}.`)),
      )
      .map((p) => p.message)
      .join(' ') || undefined;
  const fieldProblem = (path: string) => at(path);

  const setKind = (value: FlowKind) => {
    if (value === 'decision') {
      onChange({
        ...step,
        symbol: 'decision',
        flow: {
          decision: { question: { id: '', en: '' }, yes: nextOf, no: draft.steps[index - 1]?.id ?? nextOf },
        },
      });
    } else if (value === 'end') {
      onChange({ ...step, symbol: 'end', flow: { end: true } });
    } else if (value === 'next') {
      onChange({
        ...step,
        symbol: isFirst ? 'start' : 'process',
        flow: { next: nextOf === 'end' ? (draft.steps[0]?.id ?? 's1') : nextOf },
      });
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {t('office.case.stepNo', { no: step.no })}
          </Title>
          {problems.length > 0 && (
            <Badge
              color="red"
              variant="light"
              leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
            >
              {t('office.sopImport.problemCount', { count: problems.length })}
            </Badge>
          )}
        </Group>
        {problems.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={`${p.field}-${p.rule}`}>
                  {p.message}{' '}
                  <Text span c="dimmed" size="xs">
                    ({p.field.replace(/^definition\.steps\.\d+\.?/, '') || p.rule})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Textarea
            label={t('office.sopImport.activityId')}
            autosize
            minRows={2}
            value={step.activity.id}
            onChange={(e) => onChange({ ...step, activity: { ...step.activity, id: e.currentTarget.value } })}
            error={fieldProblem('activity')}
          />
          <Textarea
            label={t('office.sopImport.activityEn')}
            autosize
            minRows={2}
            value={step.activity.en}
            onChange={(e) => onChange({ ...step, activity: { ...step.activity, en: e.currentTarget.value } })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div>
            <Text size="sm" fw={600}>
              {t('office.sop.table.inputs')}
            </Text>
            <Text size="sm">{step.inputs.join('; ') || '—'}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('office.sop.table.time')}
            </Text>
            <Text size="sm">{timeText(step)}</Text>
            {fieldProblem('time') && (
              <Text size="xs" c="red.9">
                {fieldProblem('time')}
              </Text>
            )}
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('office.sop.table.output')}
            </Text>
            <Text size="sm">{step.outputs.join('; ') || '—'}</Text>
          </div>
        </SimpleGrid>
        <MultiSelect
          label={t('office.sopImport.actors')}
          description={t('office.sopImport.actorsHint')}
          data={draft.actors.map((a) => ({ value: a.role, label: a.label[lang] || roleLabel(a.role, lang) }))}
          value={step.actors}
          onChange={(actors) => onChange({ ...step, actors })}
          error={fieldProblem('actors')}
          required
        />
        <Select
          label={t('office.sopImport.flow')}
          data={[
            { value: 'next', label: t('office.sopImport.flowKind.next') },
            { value: 'decision', label: t('office.sopImport.flowKind.decision') },
            { value: 'end', label: t('office.sopImport.flowKind.end') },
            ...(kind === 'other' ? [{ value: 'other', label: t('office.sopImport.flowKind.other') }] : []),
          ]}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && setKind(v as FlowKind)}
          error={
            problems
              .filter(
                (p) =>
                  p.field === `${base}.flow` ||
                  p.field === `${base}.symbol` ||
                  p.field.startsWith(`${base}.flow.next`),
              )
              .map((p) => p.message)
              .join(' ') || undefined
          }
        />
        {kind === 'next' && (
          <Select
            label={t('office.sopImport.nextStep')}
            data={targets.filter((x) => x.value !== 'end')}
            value={(step.flow as { next: string }).next}
            allowDeselect={false}
            onChange={(v) => v && onChange({ ...step, flow: { next: v } })}
          />
        )}
        {decision && (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <TextInput
                label={t('office.sopImport.questionId')}
                required
                error={at('flow.decision.question.id')}
                value={decision.question.id}
                onChange={(e) =>
                  onChange({
                    ...step,
                    flow: {
                      decision: {
                        ...decision,
                        question: { ...decision.question, id: e.currentTarget.value },
                      },
                    },
                  })
                }
              />
              <TextInput
                label={t('office.sopImport.questionEn')}
                required
                error={at('flow.decision.question.en')}
                value={decision.question.en}
                onChange={(e) =>
                  onChange({
                    ...step,
                    flow: {
                      decision: {
                        ...decision,
                        question: { ...decision.question, en: e.currentTarget.value },
                      },
                    },
                  })
                }
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('office.sopImport.yesTarget')}
                error={at('flow.decision.yes')}
                data={targets}
                value={decision.yes}
                allowDeselect={false}
                onChange={(v) => v && onChange({ ...step, flow: { decision: { ...decision, yes: v } } })}
              />
              <Select
                label={t('office.sopImport.noTarget')}
                error={at('flow.decision.no')}
                data={targets}
                value={decision.no}
                allowDeselect={false}
                onChange={(v) => v && onChange({ ...step, flow: { decision: { ...decision, no: v } } })}
              />
            </SimpleGrid>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

export function SopImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.sopImport.title'));
  const lang = currentLang();
  const [searchParams, setSearchParams] = useSearchParams();
  const draftParam = searchParams.get('draft');
  const importer = useImportSop();
  const save = useSaveDraft();
  const publish = usePublishDraft();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [result, setResult] = useState<TSopImportResponse | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [lanes, setLanes] = useState<Lane[]>([]);
  const [draftId, setDraftId] = useState<string | null>(draftParam);
  const [problems, setProblems] = useState<TSopDraftProblem[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [published, setPublished] = useState<{ key: string; version: number } | null>(null);

  const existing = useQuery({
    queryKey: ['sops', 'draft', draftParam],
    queryFn: () =>
      api.get<{ id: string; definition: TSopDraftDefinition; problems: TSopDraftProblem[] }>(
        `/api/sops/drafts/${encodeURIComponent(draftParam ?? '')}`,
      ),
    enabled: !!draftParam,
  });

  useEffect(() => {
    if (!existing.data) return;
    const def = existing.data.definition as unknown as Draft;
    setDraft(def);
    setDraftId(existing.data.id);
    setLanes((def.actors ?? []).map((a) => ({ label: a.label.id, role: a.role })));
    setProblems(existing.data.problems);
  }, [existing.data]);

  const read = (event: FormEvent) => {
    event.preventDefault();
    setTextError(null);
    if (!text.trim()) {
      setTextError(t('office.case.required', { field: t('office.sopImport.text') }));
      return;
    }
    importer.mutate(
      { text },
      {
        onSuccess: (res) => {
          setResult(res);
          setDraft(res.definition as unknown as Draft);
          setLanes(res.lanes.map((l) => ({ label: l.label, role: l.role })));
          setDraftId(null);
          setProblems(null);
          setPublished(null);
          if (draftParam) setSearchParams({}, { replace: true });
        },
        onError: (e) =>
          setTextError(
            e instanceof ApiError ? (e.fieldMessage('text') ?? e.message) : t('common.unexpectedError'),
          ),
      },
    );
  };

  const setLaneRole = (index: number, role: string | null) => {
    const next = lanes.map((l, i) => (i === index ? { ...l, role } : l));
    setLanes(next);
    setDraft((d) => (d ? { ...d, actors: actorsOf(next) } : d));
  };

  const saveDraft = async (): Promise<{ id: string; problems: TSopDraftProblem[] } | null> => {
    if (!draft) return null;
    setFormError(null);
    try {
      const res = await save.mutateAsync({
        id: draftId,
        definition: draft as unknown as TSopDraftDefinition,
      });
      setDraftId(res.id);
      setProblems(res.problems);
      return { id: res.id, problems: res.problems };
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
      if (e instanceof ApiError && e.fields.length) {
        setProblems(
          e.fields.map((f) => ({ field: f.field, stepId: null, rule: f.rule, message: f.message })),
        );
      }
      return null;
    }
  };

  const doPublish = async () => {
    const saved = await saveDraft();
    if (!saved) return;
    if (saved.problems.length > 0) {
      setFormError(t('office.sopImport.fixFirst', { count: saved.problems.length }));
      return;
    }
    try {
      const res = await publish.mutateAsync(saved.id);
      setPublished({ key: res.key, version: res.version });
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
    }
  };

  const stepProblems = (step: DraftStep, index: number) =>
    (problems ?? []).filter(
      (p) =>
        p.stepId === step.id ||
        p.field.startsWith(`definition.steps.${index}.`) ||
        p.field === `definition.steps.${index}`,
    );
  const generalProblems = (problems ?? []).filter(
    (p) => !p.stepId && !/^definition\.steps\.\d+/.test(p.field),
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/sop" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('office.sop.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('office.sopImport.title')}</Title>
        <Text size="sm">{t('office.sopImport.intro')}</Text>
      </Stack>

      <form onSubmit={read} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('office.sopImport.text')}
            description={t('office.sopImport.textHint')}
            autosize
            minRows={6}
            maxRows={18}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setTextError(null);
            }}
            error={textError}
            styles={{ input: { fontFamily: 'ui-monospace, monospace', fontSize: 13 } }}
          />
          <Group>
            <Button
              type="submit"
              loading={importer.isPending}
              leftSection={<IconFileImport size={18} aria-hidden="true" />}
            >
              {t('office.sopImport.read')}
            </Button>
          </Group>
        </Stack>
      </form>

      {result && (result.warnings.length > 0 || result.tableCount > 1) && (
        <Alert color="yellow" variant="light" title={t('office.sopImport.warnings')}>
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {draft && (
        <Stack gap="md" component="section" aria-labelledby="draft-heading">
          <Title order={2} id="draft-heading">
            {t('office.sopImport.draftHeading')}
          </Title>
          <FormError message={formError} />
          {published && (
            <Alert color="green" variant="light" title={t('office.sopImport.publishedTitle')}>
              <Anchor component={Link} to={`/office/sop/${published.key}/${published.version}`}>
                {t('office.sopImport.publishedLink', { version: published.version })}
              </Anchor>
            </Alert>
          )}
          {problems && problems.length === 0 && !published && (
            <Alert color="green" variant="light">
              {t('office.sopImport.noProblems')}
            </Alert>
          )}
          {generalProblems.length > 0 && (
            <Alert color="red" variant="light" title={t('office.sopImport.problems')} role="alert">
              <List size="sm">
                {generalProblems.map((p) => (
                  <List.Item key={`${p.field}-${p.rule}`}>
                    {p.message}{' '}
                    <Text span c="dimmed" size="xs">
                      ({p.field})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('office.sopImport.code')}
              value={draft.code ?? ''}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value || null })}
            />
            <TextInput
              label={t('office.sopImport.key')}
              description={t('office.sopImport.keyHint')}
              required
              value={draft.key}
              onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
            />
            <TextInput
              label={t('office.sopImport.titleId')}
              required
              value={draft.title.id}
              onChange={(e) => setDraft({ ...draft, title: { ...draft.title, id: e.currentTarget.value } })}
            />
            <TextInput
              label={t('office.sopImport.titleEn')}
              required
              value={draft.title.en}
              onChange={(e) => setDraft({ ...draft, title: { ...draft.title, en: e.currentTarget.value } })}
            />
          </SimpleGrid>

          <Paper withBorder p="md" component="section" aria-labelledby="lanes-heading">
            <Title order={3} size="h5" id="lanes-heading" mb="xs">
              {t('office.sopImport.lanes')}
            </Title>
            <Text size="sm" mb="sm">
              {t('office.sopImport.lanesHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {lanes.map((lane, i) => (
                <Select
                  // biome-ignore lint/suspicious/noArrayIndexKey: lanes are columns in table order
                  key={i}
                  label={lane.label}
                  placeholder={t('office.sopImport.chooseRole')}
                  searchable
                  clearable
                  data={ROLE_CODES.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
                  value={lane.role}
                  onChange={(v) => setLaneRole(i, v)}
                  clearButtonProps={{ 'aria-label': t('office.sopImport.clearRole', { lane: lane.label }) }}
                />
              ))}
            </SimpleGrid>
          </Paper>

          <Stack gap="sm">
            {draft.steps.map((step, i) => (
              <StepEditor
                key={step.id}
                step={step}
                index={i}
                draft={draft}
                problems={stepProblems(step, i)}
                onChange={(next) =>
                  setDraft((d) => (d ? { ...d, steps: d.steps.map((s, j) => (j === i ? next : s)) } : d))
                }
              />
            ))}
          </Stack>

          <Box py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Group>
              <Button
                variant="default"
                loading={save.isPending && !publish.isPending}
                leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
                onClick={() => void saveDraft()}
              >
                {t('office.sopImport.saveDraft')}
              </Button>
              <Button
                loading={publish.isPending}
                leftSection={<IconSend size={18} aria-hidden="true" />}
                onClick={() => void doPublish()}
              >
                {t('office.sopImport.publish')}
              </Button>
            </Group>
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
