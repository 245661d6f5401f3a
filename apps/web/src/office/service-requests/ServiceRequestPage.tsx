import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  FACILITATION_ITEMS,
  ONE_ON_ONE_ITEMS,
  type TServiceRequest,
  type TServiceRequestAction,
} from '@sigap/contracts/service-requests';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { type Errors, serverFieldErrors } from '../../lib/form';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { saveBlob } from '../../portal/complaints/api';
import {
  printServiceReceipt,
  serviceRequestFileUrl,
  useActOnServiceRequest,
  useAddServiceRequestFiles,
  useServiceRequest,
} from './api';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/** `/office/permohonan-layanan/:id`: one request, its history, and the action its stage allows. */
export function ServiceRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const _tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const q = useServiceRequest(id);
  usePageTitle(q.data ? `${q.data.number}` : t('serviceRequests.office.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return <RequestDetail r={q.data} />;
}

function RequestDetail({ r }: { r: TServiceRequest }) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const act = useActOnServiceRequest(r.id);
  const [errors, setErrors] = useState<Errors>({});
  const [v, setV] = useState<Record<string, string>>({
    decision: 'accept',
    mode: 'letter',
    product: 'online_meeting',
  });
  const [pin, setPin] = useState('');
  const [newFiles, setNewFiles] = useState<File[]>([]);
  const addFiles = useAddServiceRequestFiles(r.id);
  const addFilesError = addFiles.error
    ? Object.values(serverFieldErrors(addFiles.error, { all: true }))
        .filter(Boolean)
        .join(' ') || addFiles.error.message
    : undefined;
  // yes/no for the flags (the portal's form sends them as text)
  const shown = (x: unknown) =>
    x === true || x === 'true' ? lb('yes') : x === false || x === 'false' ? lb('no') : String(x);
  const when = (x: string | null) => (x ? formatDateTime(x, r.agencyTimeZone, lang) : '-');
  const lb = (k: string) => tt(`serviceRequests.office.${k}`);
  const input = (k: string, label = lb(k)) => ({
    label,
    value: v[k] ?? '',
    error: errors[k] ?? errors[`values.${k}`],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setV((p) => ({ ...p, [k]: value }));
    },
  });
  const run = (action: TServiceRequestAction) =>
    act.mutate(action, {
      onSuccess: () => setErrors({}),
      onError: (error) => setErrors(serverFieldErrors(error, { all: true })),
    });
  const open = (s: string) => r.openSteps.includes(s);
  const oneOnOne = r.service === 'pertemuan-one-on-one';
  const missingFields = r.missingItems.flatMap((item) => {
    const map: Record<string, readonly string[]> = oneOnOne ? ONE_ON_ONE_ITEMS : FACILITATION_ITEMS;
    // the office records the WhatsApp number as the contact number
    return (map[item] ?? [])
      .filter((f) => f !== 'attachments')
      .map((f) => (f === 'whatsapp' ? 'contactPhone' : f));
  });

  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {r.number} · {tt(`serviceRequests.services.${r.service}`)}
          </Title>
          <Group gap="xs">
            <StatusBadge set="serviceRequest" status={r.status} size="lg" />
            {r.priority ? (
              <Badge size="lg" color="red" variant="filled">
                {t('serviceRequests.priority.flag')}: {tt(`serviceRequests.priority.${r.priority}`)}
              </Badge>
            ) : null}
            <Text size="sm">{r.trackingCode}</Text>
          </Group>
        </Stack>
        {r.caseId ? (
          <Anchor component={Link} to={pagePath(OFFICE_PAGES.case, { id: r.caseId })}>
            {lb('openCase')}
          </Anchor>
        ) : null}
      </Group>
      {act.isError && Object.keys(errors).length === 0 ? (
        <Alert color="red">{act.error.message}</Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel title={lb('detail')}>
          <Stack component="dl" gap="xs" m={0}>
            <Fact label={lb('channel')}>{tt(`serviceRequests.channels.${r.channel}`)}</Fact>
            <Fact label={lb('received')}>{when(r.receivedAt)}</Fact>
            <Fact label={lb('due')}>{r.dueAt ? when(r.dueAt) : t('serviceRequests.receipt.paused')}</Fact>
            {r.proposedDate ? (
              <Fact label={t('serviceRequests.track.proposedDate')}>
                {formatLocalDate(r.proposedDate, lang, true)}
              </Fact>
            ) : null}
            {r.agreedDate ? (
              <Fact label={t('serviceRequests.track.agreedDate')}>
                {formatLocalDate(r.agreedDate, lang, true)}
              </Fact>
            ) : null}
            {r.missingItems.length ? (
              <Fact label={t('serviceRequests.track.missing')}>
                {r.missingItems.map((i) => tt(`serviceRequests.items.${i}`)).join('; ')}
              </Fact>
            ) : null}
          </Stack>
        </Panel>
        <Panel title={lb('contents')}>
          <Stack component="dl" gap="xs" m={0}>
            {Object.entries(r.details)
              .filter(([, x]) => x !== null && x !== '')
              .map(([k, x]) => (
                <Fact key={k} label={tt(`serviceRequests.form.${k}`, { defaultValue: k })}>
                  {k === 'addressee' ? tt(`serviceRequests.addressee.${x}`) : shown(x)}
                </Fact>
              ))}
          </Stack>
        </Panel>
      </SimpleGrid>

      {r.status === 'incomplete' ? (
        <Panel title={lb('complete')}>
          {missingFields.map((f) => (
            <TextInput
              key={f}
              type={f === 'proposedDate' ? 'date' : 'text'}
              {...input(f, tt(`serviceRequests.form.${f === 'contactPhone' && !oneOnOne ? 'whatsapp' : f}`))}
            />
          ))}
          <Checkbox
            label={lb('supportingDataReceived')}
            checked={v.supportingDataReceived === 'true'}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setV((p) => ({ ...p, supportingDataReceived: String(checked) }));
            }}
          />
          <div>
            <Button
              loading={act.isPending}
              onClick={() =>
                run({
                  type: 'completeRequirements',
                  values: {
                    ...Object.fromEntries(missingFields.filter((f) => v[f]).map((f) => [f, v[f]])),
                    ...(v.supportingDataReceived === 'true' ? { supportingDataReceived: true } : {}),
                    ...(missingFields.includes('regularUnitsFailed') ? { regularUnitsFailed: true } : {}),
                  },
                } as TServiceRequestAction)
              }
            >
              {lb('send')}
            </Button>
          </div>
        </Panel>
      ) : null}

      {oneOnOne && r.status === 'received' && open('s1') ? (
        <Panel title={lb('reply')}>
          <Radio.Group
            label={lb('decision')}
            value={v.decision}
            onChange={(x) => setV((p) => ({ ...p, decision: x }))}
          >
            <Group mt="xs">
              <Radio value="accept" label={lb('accept')} />
              <Radio value="refuse" label={lb('refuse')} />
            </Group>
          </Radio.Group>
          <Radio.Group label={lb('mode')} value={v.mode} onChange={(x) => setV((p) => ({ ...p, mode: x }))}>
            <Group mt="xs">
              <Radio value="letter" label={lb('modeLetter')} />
              <Radio value="oral" label={lb('modeOral')} />
            </Group>
          </Radio.Group>
          <Textarea {...input('text', lb('replyText'))} autosize minRows={3} />
          {v.mode === 'letter' ? (
            <LetterSelect
              r={r}
              value={v.documentId}
              onChange={(x) => setV((p) => ({ ...p, documentId: x }))}
              error={errors.documentId}
            />
          ) : null}
          <div>
            <Button
              loading={act.isPending}
              onClick={() =>
                run({
                  type: 'reply',
                  decision: v.decision as 'accept',
                  mode: v.mode as 'letter',
                  text: v.text ?? '',
                  documentId: v.mode === 'letter' ? v.documentId : undefined,
                })
              }
            >
              {lb('send')}
            </Button>
          </div>
        </Panel>
      ) : null}

      {!oneOnOne && r.status === 'received' ? (
        <Panel title={lb('register')}>
          <div>
            <Button loading={act.isPending} onClick={() => run({ type: 'register' })}>
              {lb('register')}
            </Button>
          </div>
        </Panel>
      ) : null}
      {!oneOnOne && r.status === 'in_progress' && open('s3') ? (
        <Panel title={lb('assign')}>
          <div>
            <Button loading={act.isPending} onClick={() => run({ type: 'assign' })}>
              {lb('assign')}
            </Button>
          </div>
        </Panel>
      ) : null}
      {!oneOnOne && r.status === 'in_progress' && open('s4') ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Panel title={lb('reschedule')}>
            <TextInput type="date" {...input('newDate')} />
            <Textarea {...input('reason')} autosize minRows={2} />
            <div>
              <Button
                variant="light"
                loading={act.isPending}
                onClick={() => run({ type: 'reschedule', newDate: v.newDate ?? '', reason: v.reason ?? '' })}
              >
                {lb('reschedule')}
              </Button>
            </div>
          </Panel>
          <Panel title={lb('finish')}>
            <Radio.Group
              label={lb('product')}
              value={v.product}
              onChange={(x) => setV((p) => ({ ...p, product: x }))}
            >
              <Group mt="xs">
                <Radio value="online_meeting" label={lb('onlineMeeting')} />
                <Radio value="reply_letter" label={lb('replyLetter')} />
              </Group>
            </Radio.Group>
            {v.product === 'online_meeting' ? (
              <>
                <TextInput {...input('meetingLink')} />
                <Textarea {...input('attendees')} autosize minRows={2} />
                <Textarea {...input('minutes')} autosize minRows={3} />
              </>
            ) : (
              <>
                <LetterSelect
                  r={r}
                  value={v.documentId}
                  onChange={(x) => setV((p) => ({ ...p, documentId: x }))}
                  error={errors.documentId}
                  required
                />
                <Textarea {...input('letterText', lb('letterCover'))} autosize minRows={3} />
              </>
            )}
            {r.priority ? (
              <Checkbox
                label={lb('priorityServiceGiven')}
                checked={v.priorityServiceGiven === 'true'}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setV((p) => ({ ...p, priorityServiceGiven: String(checked) }));
                }}
              />
            ) : null}
            <div>
              <Button
                loading={act.isPending}
                onClick={() =>
                  run({
                    type: 'finish',
                    product: v.product as 'online_meeting',
                    meetingLink: v.meetingLink,
                    attendees: v.attendees,
                    minutes: v.minutes,
                    letterText: v.letterText,
                    documentId: v.product === 'reply_letter' ? v.documentId : undefined,
                    priorityServiceGiven: v.priorityServiceGiven === 'true',
                  } as TServiceRequestAction)
                }
              >
                {lb('finish')}
              </Button>
            </div>
          </Panel>
        </SimpleGrid>
      ) : null}

      {oneOnOne && r.status === 'accepted' ? (
        <Alert color="green" title={tt('serviceRequests.statuses.accepted')}>
          {lb('acceptedNext')}
        </Alert>
      ) : null}
      {r.reply || r.result ? (
        <Panel title={lb('result')}>
          {r.reply ? (
            <Text>
              {tt(`serviceRequests.statuses.${r.reply.decision === 'accept' ? 'accepted' : 'refused'}`)} (
              {lb(r.reply.mode === 'oral' ? 'modeOral' : 'modeLetter')}): {r.reply.text}
            </Text>
          ) : null}
          {r.result ? (
            <Stack gap={4}>
              {Object.entries(r.result)
                .filter(([k, x]) => x !== null && k !== 'at')
                .map(([k, x]) => (
                  <Text key={k} size="sm">
                    <b>{tt(`serviceRequests.office.${k}`, { defaultValue: k })}:</b>{' '}
                    {k === 'product' ? lb(x === 'reply_letter' ? 'replyLetter' : 'onlineMeeting') : shown(x)}
                  </Text>
                ))}
            </Stack>
          ) : null}
        </Panel>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel title={lb('history')}>
          <List spacing="xs">
            {r.steps.map((s) => (
              <List.Item key={`${s.kind}-${s.at}`}>
                {tt(`serviceRequests.updates.${s.kind}`)} · {when(s.at)}
              </List.Item>
            ))}
          </List>
        </Panel>
        <Panel title={lb('schedules')}>
          <List spacing="xs">
            {r.schedules.map((s) => (
              <List.Item key={s.at + s.date}>
                {formatLocalDate(s.date, lang, true)}
                {s.reason ? ` — ${s.reason}` : ''}
              </List.Item>
            ))}
          </List>
          <Title order={3} size="h5">
            {lb('files')}
          </Title>
          <List spacing="xs">
            {r.attachments.map((f) => (
              <List.Item key={f.id}>
                <Anchor href={serviceRequestFileUrl(r.id, f.id)}>{f.filename}</Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({tt(`serviceRequests.fileRoles.${f.role}`, { defaultValue: f.role })})
                </Text>
              </List.Item>
            ))}
          </List>
          <Group align="flex-end" gap="xs">
            <FileInput
              multiple
              clearable
              label={lb('addFiles')}
              description={lb('addFilesHint')}
              accept=".pdf,.jpg,.jpeg,.png,.docx"
              value={newFiles}
              onChange={setNewFiles}
              error={addFiles.isError ? addFilesError : undefined}
              style={{ flex: 1 }}
            />
            <Button
              variant="light"
              disabled={newFiles.length === 0}
              loading={addFiles.isPending}
              onClick={() => addFiles.mutate(newFiles, { onSuccess: () => setNewFiles([]) })}
            >
              {lb('upload')}
            </Button>
          </Group>
        </Panel>
      </SimpleGrid>
      <Panel title={lb('printReceipt')}>
        <Group align="flex-end">
          <TextInput
            label={t('serviceRequests.receipt.pin')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            maxLength={6}
          />
          <Button
            variant="default"
            onClick={() =>
              void printServiceReceipt(r.id, pin).then((b) =>
                saveBlob(b, `tanda-terima-${r.trackingCode}.pdf`),
              )
            }
          >
            {lb('printReceipt')}
          </Button>
        </Group>
      </Panel>
    </Stack>
  );
}

/**
 * The signed letter of the request's case that goes to the applicant: drafted, initialled,
 * signed and numbered in the document service from the SOP case; only signed ones are offered.
 */
function LetterSelect({
  r,
  value,
  onChange,
  error,
  required = false,
}: {
  r: TServiceRequest;
  value: string | undefined;
  onChange: (id: string) => void;
  error: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const lb = (k: string) => t(`serviceRequests.office.${k}` as never) as unknown as string;
  const signed = r.documents.filter((d) => d.status === 'signed' || d.status === 'sent');
  return (
    <Stack gap={4}>
      <Select
        label={lb('letterDocument')}
        required={required}
        data={signed.map((d) => ({ value: d.id, label: `${d.number ?? '-'} · ${d.title}` }))}
        value={value ?? null}
        onChange={(x) => onChange(x ?? '')}
        error={error}
        description={signed.length === 0 ? lb('noSignedLetter') : lb('letterDocumentHint')}
        comboboxProps={{ withinPortal: true }}
      />
      {r.caseId ? (
        <Anchor component={Link} to={pagePath(OFFICE_PAGES.case, { id: r.caseId })} size="sm">
          {lb('draftLetter')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
