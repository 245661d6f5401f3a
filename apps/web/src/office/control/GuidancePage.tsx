import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  CopyButton,
  FileInput,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TGuidance } from '@sigap/contracts/investment-control';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { GuidanceEvaluation } from './GuidanceEvaluation';
import { GuidanceInvite } from './GuidanceInvite';
import { materialUrl, useGuidance, useGuidanceActions } from './guidanceApi';

/** `/office/pembinaan/:id`: a guidance with its session, participants and attendance, materials, minutes, survey and evaluation. */
export function GuidancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  usePageTitle(t('controlGuidance.list.title'));
  const guidance = useGuidance(id);
  if (guidance.isPending) return <Loading />;
  if (guidance.isError) return <QueryError error={guidance.error} onRetry={() => void guidance.refetch()} />;
  const g = guidance.data;
  const started = g.sessionStarted;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{value || '-'}</Text>
    </div>
  );
  const tz =
    { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[me.agency.timeZone] ?? '';
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={OFFICE_PAGES.guidanceList} size="sm">
        ← {t('controlGuidance.view.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{g.title}</Title>
        <Badge variant="light" color={g.status === 'held' ? 'green' : 'blue'}>
          {tt(`controlGuidance.status.${g.status}`)}
        </Badge>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {fact(t('controlGuidance.fields.kind'), tt(`controlGuidance.kind.${g.kind}`))}
          {fact(
            t('controlGuidance.view.session'),
            `${formatLocalDate(g.heldOn, lang, true)}, ${g.startTime}-${g.endTime} ${tz}`,
          )}
          {fact(t('controlGuidance.fields.place'), g.place)}
          {g.onlineLink
            ? fact(
                t('controlGuidance.fields.onlineLink'),
                <Anchor href={g.onlineLink} target="_blank" rel="noreferrer">
                  {g.onlineLink}
                </Anchor>,
              )
            : null}
          {g.companyId
            ? fact(
                t('controlGuidance.fields.company'),
                <Link to={pagePath(OFFICE_PAGES.company, { id: g.companyId })}>{g.companyName}</Link>,
              )
            : null}
          {g.requestLetterNumber
            ? fact(
                t('controlGuidance.view.request'),
                `${g.requestLetterNumber}, ${g.requestLetterDate ? formatLocalDate(g.requestLetterDate, lang) : ''}`,
              )
            : null}
          {g.inspectionId
            ? fact(
                t('controlGuidance.fields.inspection'),
                <Link to={pagePath(OFFICE_PAGES.inspection, { id: g.inspectionId })}>
                  {t('controlGuidance.view.fromInspection')}
                </Link>,
              )
            : null}
          {fact(
            t('controlGuidance.fields.case'),
            g.caseId ? <Link to={pagePath(OFFICE_PAGES.case, { id: g.caseId })}>{g.caseNumber}</Link> : null,
          )}
        </SimpleGrid>
        {g.topic ? (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed" size="sm">
              {t('controlGuidance.fields.topic')}:{' '}
            </Text>
            {g.topic}
          </Text>
        ) : null}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('controlGuidance.fields.evaluation')}
        </Title>
        {g.periods.length ? (
          <Text size="sm" mb="xs">
            {t('controlGuidance.evaluation.periods')}:{' '}
            {g.periods.map((p) => `${p.before} → ${p.after}`).join('; ')}
          </Text>
        ) : null}
        <GuidanceEvaluation e={g.evaluation} label={t('controlGuidance.fields.evaluation')} />
      </Card>
      {g.kind === 'bimtek' && g.canManage && g.status === 'planned' ? <GuidanceInvite g={g} /> : null}
      <Attendance g={g} started={started} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Materials g={g} />
        <Survey g={g} />
      </SimpleGrid>
      <Minutes g={g} started={started} />
    </Stack>
  );
}

function Attendance({ g, started }: { g: TGuidance; started: boolean }) {
  const { t } = useTranslation();
  const { attendance } = useGuidanceActions(g.id);
  const { formError, fromError, clear } = useFormErrors();
  const [rows, setRows] = useState<Record<string, { attended: boolean; attendeeName: string }>>(() =>
    Object.fromEntries(
      g.participantList.map((p) => [
        p.id,
        { attended: p.attended === true, attendeeName: p.attendeeName ?? '' },
      ]),
    ),
  );
  const row = (id: string) => rows[id] ?? { attended: false, attendeeName: '' };
  const editable = g.canManage && started;
  const yesNo = (v: boolean | null) =>
    v === null ? '-' : v ? t('controlGuidance.evaluation.yes') : t('controlGuidance.evaluation.no');
  const save = () => {
    clear();
    attendance.mutate(
      g.participantList.map((p) => ({
        participantId: p.id,
        attended: row(p.id).attended,
        attendeeName: row(p.id).attendeeName.trim() || undefined,
      })),
      { onError: (e) => fromError(e, t('controlGuidance.view.failed')) },
    );
  };
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('controlGuidance.view.attendance')} ({g.attended}/{g.participants})
          </Title>
        </Group>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        {attendance.isSuccess ? (
          <Alert color="green" role="status">
            {t('controlGuidance.view.attendanceSaved')}
          </Alert>
        ) : null}
        {!started && g.canManage ? (
          <Text size="sm" c="dimmed">
            {t('controlGuidance.view.attendanceLater')}
          </Text>
        ) : null}
        {g.participantList.length === 0 ? (
          <Text c="dimmed">{t('controlGuidance.view.noParticipants')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900} type="native">
            <Table striped aria-label={t('controlGuidance.view.attendance')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('controlGuidance.fields.company')}</Table.Th>
                  <Table.Th>{t('controlGuidance.fields.email')}</Table.Th>
                  <Table.Th>{t('controlGuidance.fields.attended')}</Table.Th>
                  <Table.Th>{t('controlGuidance.fields.attendeeName')}</Table.Th>
                  <Table.Th>{t('controlGuidance.fields.survey')}</Table.Th>
                  <Table.Th>{t('controlGuidance.evaluation.before')}</Table.Th>
                  <Table.Th>{t('controlGuidance.evaluation.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.participantList.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Link to={pagePath(OFFICE_PAGES.company, { id: p.companyId })}>{p.companyName}</Link>
                      <Text size="xs" c="dimmed">
                        NIB {p.nib}
                      </Text>
                    </Table.Td>
                    <Table.Td>{p.email ?? '-'}</Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Checkbox
                          aria-label={`${t('controlGuidance.fields.attended')}: ${p.companyName}`}
                          checked={row(p.id).attended}
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            setRows((r) => ({ ...r, [p.id]: { ...row(p.id), attended: checked } }));
                          }}
                        />
                      ) : (
                        yesNo(p.attended)
                      )}
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <TextInput
                          size="xs"
                          miw={170}
                          aria-label={`${t('controlGuidance.fields.attendeeName')}: ${p.companyName}`}
                          value={row(p.id).attendeeName}
                          disabled={!row(p.id).attended}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setRows((r) => ({ ...r, [p.id]: { ...row(p.id), attendeeName: value } }));
                          }}
                        />
                      ) : (
                        (p.attendeeName ?? '-')
                      )}
                    </Table.Td>
                    <Table.Td>{p.surveyScore ?? '-'}</Table.Td>
                    <Table.Td>{yesNo(p.reportedBefore)}</Table.Td>
                    <Table.Td>
                      {p.reportedAfter === false && !g.evaluation.afterDue
                        ? t('controlGuidance.evaluation.pending')
                        : yesNo(p.reportedAfter)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editable && g.participantList.length > 0 ? (
          <Group>
            <Button onClick={save} loading={attendance.isPending}>
              {t('controlGuidance.view.attendanceSave')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function Materials({ g }: { g: TGuidance }) {
  const { t } = useTranslation();
  const { materials } = useGuidanceActions(g.id);
  const [files, setFiles] = useState<File[]>([]);
  const { errors, formError, fromError, clear } = useFormErrors();
  const upload = () => {
    clear();
    materials.mutate(files, {
      onSuccess: () => setFiles([]),
      onError: (e) => fromError(e, t('controlGuidance.view.failed')),
    });
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('controlGuidance.fields.materials')}
        </Title>
        {g.materials.length === 0 ? (
          <Text c="dimmed">{t('controlGuidance.view.noMaterials')}</Text>
        ) : (
          <Stack gap={4}>
            {g.materials.map((m) => (
              <Anchor key={m.id} href={materialUrl(g.id, m.id)} download={m.filename}>
                {m.filename}
              </Anchor>
            ))}
          </Stack>
        )}
        {g.canManage ? (
          <>
            {formError ? (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            ) : null}
            <FileInput
              label={t('controlGuidance.view.materialsUpload')}
              description={t('controlGuidance.view.materialsHelp')}
              multiple
              value={files}
              onChange={setFiles}
              error={errors.materials}
              accept=".pdf,.docx,.jpg,.jpeg,.png"
              clearable
            />
            <Group>
              <Button
                variant="light"
                onClick={upload}
                disabled={files.length === 0}
                loading={materials.isPending}
              >
                {t('controlGuidance.view.materialsUpload')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function Survey({ g }: { g: TGuidance }) {
  const { t } = useTranslation();
  const answered = g.participantList.filter((p) => p.surveyScore !== null);
  const origin = window.location.origin;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('controlGuidance.view.survey')}
        </Title>
        {g.survey.average === null ? (
          <Text c="dimmed">{t('controlGuidance.view.surveyNone')}</Text>
        ) : (
          <Text fw={600} size="lg" data-testid="survey-average">
            {t('controlGuidance.view.surveyAverage', {
              average: g.survey.average.toLocaleString('id-ID'),
              answers: g.survey.answers,
            })}
          </Text>
        )}
        {answered.map((p) => (
          <Text key={p.id} size="sm">
            <b>{p.surveyScore}</b> · {p.companyName}
            {p.surveyComment ? `: “${p.surveyComment}”` : ''}
          </Text>
        ))}
        {g.canManage
          ? g.participantList
              .filter((p) => p.attended && p.surveyScore === null)
              .map((p) => (
                <Group key={p.id} gap="xs" wrap="nowrap">
                  <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                    {p.companyName}: {t('controlGuidance.view.notAnswered')}
                  </Text>
                  <CopyButton value={`${origin}${p.surveyPath}`}>
                    {({ copied, copy }) => (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={copy}
                        aria-label={`${t('controlGuidance.view.surveyLink')}: ${p.companyName}`}
                      >
                        {copied ? t('controlGuidance.view.copied') : t('controlGuidance.view.surveyLink')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              ))
          : null}
      </Stack>
    </Card>
  );
}

function Minutes({ g, started }: { g: TGuidance; started: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { minutes } = useGuidanceActions(g.id);
  const [text, setText] = useState(g.minutes ?? '');
  const { errors, formError, fromError, clear } = useFormErrors();
  const save = () => {
    clear();
    minutes.mutate(text, {
      onError: (e) =>
        fromError(e, t('controlGuidance.view.failed'), {
          labels: { minutes: t('controlGuidance.fields.minutes') },
        }),
    });
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('controlGuidance.fields.minutes')}
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        {minutes.isSuccess ? (
          <Alert color="green" role="status">
            {t('controlGuidance.view.minutesSaved')}
          </Alert>
        ) : null}
        {g.canManage && started ? (
          <>
            <Textarea
              label={t('controlGuidance.fields.minutes')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errors.minutes}
              autosize
              minRows={4}
            />
            <Group>
              <Button onClick={save} loading={minutes.isPending}>
                {t('controlGuidance.view.minutesSave')}
              </Button>
              {g.minutesAt ? (
                <Text size="xs" c="dimmed">
                  {formatLocalDate(g.minutesAt.slice(0, 10), lang)}
                </Text>
              ) : null}
            </Group>
          </>
        ) : g.minutes ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{g.minutes}</Text>
        ) : (
          <Text c="dimmed">{started ? '-' : t('controlGuidance.view.attendanceLater')}</Text>
        )}
      </Stack>
    </Card>
  );
}
