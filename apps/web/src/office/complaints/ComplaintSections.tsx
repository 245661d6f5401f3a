import { Anchor, Badge, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ruleMessage } from '@sigap/contracts';
import {
  COMPLAINT_FILE_MAX_BYTES,
  COMPLAINT_FILE_TYPES,
  COMPLAINT_FILES_MAX,
  type TComplaint,
} from '@sigap/contracts/complaints';
import {
  IconDownload,
  IconEyeOff,
  IconFileText,
  IconGitMerge,
  IconLock,
  IconPaperclip,
  IconPrinter,
  IconUpload,
  IconUserShield,
  IconWorld,
} from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { FormError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { applyServerErrors } from '../../lib/form';
import { formatDateTime, formatLocalDate, sizeLabel } from '../../lib/format';
import { saveBlob } from '../../portal/complaints/api';
import { COMPLAINT_ROLES } from '../access';
import { hasRole, useSession } from '../auth/session';
import { answerPdf, attachmentUrl, useAddAttachments } from './api';
import { Due } from './shared';

/** Steps whose text the reporter reads on the tracking page; other steps' texts are the team's notes. */
const REPORTER_TEXT_KINDS: string[] = ['first_response', 'answered', 'info_added'];
function Section({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function Prose({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}

function useTz(): string {
  return useSession().agency.timeZone;
}

/** The complaint as recorded, its channel's details, and the first response and answer given. */
/**
 * The answer sheet with the survey QR code (seed 000: the officer hands it out at the counter),
 * for the complaint team once the complaint is answered; the server checks the same.
 */
function PrintAnswer({ c }: { c: TComplaint }) {
  const { t } = useTranslation();
  const me = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!c.answer || !c.answeredAt || !hasRole(me, COMPLAINT_ROLES)) return null;
  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await answerPdf(c.id), `jawaban-pengaduan_${c.trackingCode}.pdf`);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} mt="xs">
      <Group gap="sm" wrap="wrap">
        <Button
          size="sm"
          variant="default"
          loading={busy}
          onClick={() => void print()}
          leftSection={<IconPrinter size={16} aria-hidden="true" />}
        >
          {t('complaints.detail.printAnswer')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('complaints.detail.printAnswerHint')}
        </Text>
      </Group>
      <FormError message={error} />
    </Stack>
  );
}

export function ContentSection({ c }: { c: TComplaint }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  // the message id is the inbound mail's dedupe key (a hash), of no use to a reader
  const details = Object.entries(c.channelDetails).filter(([key]) => key !== 'emailMessageId');
  const detailLabel = (key: string) => {
    const k = `complaints.channelDetail.${key}`;
    return i18n.exists(k) ? t(k as 'complaints.channelDetail.mediaName') : key;
  };
  const channelLabel = (ch: string) => {
    const k = `complaints.answerChannel.${ch}`;
    return i18n.exists(k) ? t(k as 'complaints.answerChannel.email') : ch;
  };
  const detailValue = (key: string, value: string) => {
    if (key === 'publicationDate' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatLocalDate(value, lang);
    if (key === 'emailDate' && !Number.isNaN(Date.parse(value))) return formatDateTime(value, tz, lang);
    return value;
  };
  return (
    <Section id="content-heading" title={t('complaints.detail.content')}>
      <Stack gap="sm">
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('complaints.field.subject')}
          </Text>
          <Text fw={600}>{c.subject}</Text>
        </div>
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('complaints.detail.description')}
          </Text>
          <Prose>{c.description}</Prose>
        </div>
        {details.length > 0 && (
          <Stack gap={4} component="dl" m={0}>
            {details.map(([key, value]) => (
              <Fact key={key} label={detailLabel(key)}>
                <span style={{ overflowWrap: 'anywhere' }}>{detailValue(key, value)}</span>
              </Fact>
            ))}
          </Stack>
        )}
        {c.firstResponse && (
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('complaints.detail.firstResponse')}
              {c.firstRespondedAt && ` · ${formatDateTime(c.firstRespondedAt, tz, lang)}`}
            </Text>
            <Prose>{c.firstResponse}</Prose>
          </Paper>
        )}
        {c.answer && (
          <Paper withBorder p="sm" bg="green.0">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('complaints.detail.answer')}
              {c.answerChannel && ` · ${channelLabel(c.answerChannel)}`}
              {c.answeredAt && ` · ${formatDateTime(c.answeredAt, tz, lang)}`}
            </Text>
            <Prose>{c.answer}</Prose>
            <PrintAnswer c={c} />
          </Paper>
        )}
      </Stack>
    </Section>
  );
}

/** The reporter, or "Identitas dirahasiakan" when the reader may not see it; who it was revealed to. */
export function ReporterSection({ c, onReveal }: { c: TComplaint; onReveal?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  const r = c.reporter;
  const rows: [string, string | null][] = r
    ? [
        [t('complaints.field.reporterName'), r.name],
        [t('complaints.field.reporterInstitution'), r.institution],
        [t('complaints.field.reporterAddress'), r.address],
        [
          t('complaints.field.reporterGender'),
          r.gender === 'male' || r.gender === 'female' ? t(`complaints.gender.${r.gender}`) : r.gender,
        ],
        [t('complaints.field.reporterPhone'), r.phone],
        [t('complaints.field.reporterEmail'), r.email],
        [t('complaints.field.reporterHandle'), r.handle],
      ]
    : [];
  const shown = rows.filter((row): row is [string, string] => !!row[1]);
  return (
    <Section
      id="reporter-heading"
      title={t('complaints.detail.reporter')}
      actions={
        onReveal && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUserShield size={14} aria-hidden="true" />}
            onClick={onReveal}
          >
            {t('complaints.action.button.revealIdentity')}
          </Button>
        )
      }
    >
      {c.identityHidden || !r ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconEyeOff size={18} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('complaints.detail.identityHidden')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('complaints.detail.identityHiddenHint')}
            </Text>
          </Stack>
        </Group>
      ) : shown.length === 0 ? (
        <Text size="sm">{t('complaints.detail.noIdentity')}</Text>
      ) : (
        <Stack gap={6} component="dl" m={0}>
          {shown.map(([label, value]) => (
            <Fact key={label} label={label}>
              <span style={{ overflowWrap: 'anywhere' }}>{value}</span>
            </Fact>
          ))}
        </Stack>
      )}
      {(c.anonymous || c.confidential) && !c.identityHidden && (
        <Text size="xs" c="dimmed">
          <IconLock size={12} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
          {t('complaints.detail.protectedHint')}
        </Text>
      )}
      {c.revealedTo.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('complaints.detail.revealedTo')}
          </Text>
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {c.revealedTo.map((g) => (
              <Text key={`${g.userName}-${g.at}`} component="li" size="xs">
                <Text span fw={600} size="xs">
                  {g.userName}
                </Text>{' '}
                · {formatDateTime(g.at, tz, lang)} · {g.reason}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
    </Section>
  );
}

/** Steps so far; those the reporter sees on the tracking page are marked public. */
export function TimelineSection({ c }: { c: TComplaint }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  const kindLabel = (kind: string) => {
    const key = `complaints.update.${kind}`;
    return i18n.exists(key) ? t(key as 'complaints.update.received') : kind;
  };
  return (
    <Section id="timeline-heading" title={t('complaints.detail.timeline')}>
      {c.updates.length === 0 ? (
        <Text size="sm">{t('complaints.detail.noUpdates')}</Text>
      ) : (
        <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.updates.map((u, i) => (
            <Group
              // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is append-only and never reordered; steps have no id
              key={`${u.kind}-${u.at}-${i}`}
              component="li"
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              pb="sm"
              style={{
                borderLeft: '2px solid var(--mantine-color-gray-4)',
                marginLeft: 6,
                paddingLeft: 14,
                position: 'relative',
              }}
            >
              <span
                aria-hidden="true"
                style={{
                  position: 'absolute',
                  left: -7,
                  top: 4,
                  width: 12,
                  height: 12,
                  borderRadius: 6,
                  background: u.public ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-6)',
                }}
              />
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6}>
                  <Text size="sm" fw={700}>
                    {kindLabel(u.kind)}
                  </Text>
                  {u.public ? (
                    <Badge
                      size="xs"
                      variant="light"
                      color="blue"
                      leftSection={<IconWorld size={10} aria-hidden="true" />}
                    >
                      {t('complaints.detail.public')}
                    </Badge>
                  ) : (
                    <Badge
                      size="xs"
                      variant="light"
                      color="gray"
                      leftSection={<IconLock size={10} aria-hidden="true" />}
                    >
                      {t('complaints.detail.internal')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {formatDateTime(u.at, tz, lang)}
                </Text>
                {u.text && <Prose>{u.text}</Prose>}
                {u.text && u.public && !REPORTER_TEXT_KINDS.includes(u.kind) && (
                  <Text size="xs" c="dimmed">
                    <IconLock size={10} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
                    {t('complaints.detail.noteInternal')}
                  </Text>
                )}
                {u.files.length > 0 && (
                  <Group gap="xs">
                    {u.files.map((f) => (
                      <Anchor key={f.id} href={attachmentUrl(c.id, f.id)} size="xs">
                        <IconPaperclip size={12} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
                        {f.filename}
                      </Anchor>
                    ))}
                  </Group>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** Questions the working group put to units, their due dates and answers. */
export function InputRequestsSection({ c }: { c: TComplaint }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  if (c.inputRequests.length === 0) return null;
  return (
    <Section id="input-requests-heading" title={t('complaints.detail.inputRequests')}>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {c.inputRequests.map((r) => (
          <Paper key={r.id} component="li" withBorder p="sm">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={700}>
                  {r.unitName}
                </Text>
                <StatusBadge set="inputRequest" status={r.status} size="sm" />
              </Group>
              <Text size="xs" c="dimmed">
                {t('complaints.detail.askedBy', {
                  name: r.requestedByName,
                  at: formatDateTime(r.requestedAt, tz, lang),
                })}
              </Text>
              <Prose>{r.question}</Prose>
              <Text size="xs">
                {t('complaints.inputRequests.due')}: <Due at={r.dueAt} tz={tz} met={r.status !== 'open'} />
              </Text>
              {r.answer && (
                <Paper withBorder p="xs" bg="green.0">
                  <Text size="xs" c="dimmed">
                    {t('complaints.detail.answeredBy', {
                      name: r.answeredByName ?? '—',
                      at: r.answeredAt ? formatDateTime(r.answeredAt, tz, lang) : '—',
                    })}
                  </Text>
                  <Prose>{r.answer}</Prose>
                </Paper>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}

/** Open complaints that look like this one, why, and "Gabungkan". */
export function DuplicatesSection({
  c,
  onMerge,
}: {
  c: TComplaint;
  onMerge?: ((intoId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  if (c.duplicates.length === 0) return null;
  return (
    <Section id="duplicates-heading" title={t('complaints.detail.duplicates')}>
      <Text size="xs" c="dimmed">
        {t('complaints.detail.duplicatesHint')}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {c.duplicates.map((d) => (
          <Paper key={d.id} component="li" withBorder p="sm">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={`/office/pengaduan/${d.id}`} fw={700} size="sm">
                  {d.trackingNumber}
                </Anchor>
                <StatusBadge set="complaint" status={d.status} size="sm" />
              </Group>
              <Text size="sm">{d.subject}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(d.receivedAt, tz, lang)}
              </Text>
              <Group gap={4}>
                <Text size="xs">{t('complaints.detail.looksLike')}</Text>
                {d.reasons.map((r) => (
                  <Badge key={r} size="xs" variant="outline" color="dark">
                    {t(`complaints.reason.${r}`)}
                  </Badge>
                ))}
              </Group>
              {onMerge && (
                <Group justify="flex-end">
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconGitMerge size={14} aria-hidden="true" />}
                    onClick={() => onMerge(d.id)}
                    aria-label={t('complaints.detail.mergeInto', { number: d.trackingNumber })}
                  >
                    {t('complaints.action.button.merge')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}

/** The first bytes of PDF, PNG, JPEG and DOCX (a zip): the server decides by content, the form warns early. */
async function looksAllowed(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  return (
    starts([0x25, 0x50, 0x44, 0x46, 0x2d]) ||
    starts([0x89, 0x50, 0x4e, 0x47]) ||
    starts([0xff, 0xd8, 0xff]) ||
    starts([0x50, 0x4b, 0x03, 0x04])
  );
}

/** Supporting documents: download each, add more (up to 5 at once, 10 MB each). */
export function AttachmentsSection({ c }: { c: TComplaint }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = useTz();
  const upload = useAddAttachments(c.id);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const label = t('complaints.detail.addFiles');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const field = { field: label };
    if (files.length === 0) return setError(ruleMessage('required', lang, field));
    if (files.length > COMPLAINT_FILES_MAX)
      return setError(ruleMessage('too_many', lang, { ...field, max: COMPLAINT_FILES_MAX }));
    for (const f of files) {
      if (f.size > COMPLAINT_FILE_MAX_BYTES)
        return setError(`${f.name}: ${ruleMessage('file_too_large', lang, field)}`);
      if (!(await looksAllowed(f)))
        return setError(`${f.name}: ${ruleMessage('complaint_file_type', lang, field)}`);
    }
    const body = new FormData();
    for (const f of files) body.append('attachments', f, f.name);
    upload.mutate(body, {
      onSuccess: () => {
        setFiles([]);
        setError(undefined);
      },
      onError: (e) => {
        applyServerErrors(
          { setErrors: (f) => setError(f.attachments), setFormError },
          e,
          t('common.unexpectedError'),
          { labels: { attachments: label } },
        );
      },
    });
  };

  return (
    <Section id="attachments-heading" title={t('complaints.detail.attachments')}>
      {c.attachments.length === 0 ? (
        <Text size="sm">{t('complaints.detail.noAttachments')}</Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.attachments.map((a) => (
            <li key={a.id}>
              <Anchor
                href={attachmentUrl(c.id, a.id)}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
                aria-label={t('complaints.detail.download', { name: a.filename })}
              >
                <IconDownload size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} /> {a.filename}
              </Anchor>
              <Text size="xs" c="dimmed">
                {sizeLabel(a.size)} ·{' '}
                {t(`complaints.source.${a.source === 'reporter' ? 'reporter' : 'staff'}`)} ·{' '}
                {formatDateTime(a.at, tz, lang)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <FormError message={formError} />
          <FileInput
            label={label}
            description={t('complaints.detail.filesHint')}
            placeholder={t('complaints.detail.filesPlaceholder')}
            // Mantine's default placeholder grey is below 4.5:1 on white
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            multiple
            clearable
            accept={COMPLAINT_FILE_TYPES.join(',')}
            leftSection={<IconPaperclip size={16} aria-hidden="true" />}
            value={files}
            onChange={(v) => {
              setFiles(v);
              setError(undefined);
            }}
            error={error}
            clearButtonProps={{ 'aria-label': t('complaints.detail.clearFiles') }}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="xs"
              variant="light"
              loading={upload.isPending}
              leftSection={<IconUpload size={14} aria-hidden="true" />}
            >
              {t('complaints.detail.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The documents of the complaint's case (answer letters, minutes) and the way to the case. */
export function DocumentsSection({ c }: { c: TComplaint }) {
  const { t } = useTranslation();
  return (
    <Section id="documents-heading" title={t('complaints.detail.documents')}>
      {c.documents.length === 0 ? (
        <Text size="sm">{t('complaints.detail.noDocuments')}</Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.documents.map((d) => (
            <li key={d.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconFileText size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
                <Stack gap={2}>
                  <Anchor component={Link} to={`/office/dokumen/${d.id}`} size="sm" fw={600}>
                    {d.title}
                  </Anchor>
                  <Group gap={6}>
                    <StatusBadge set="document" status={d.status} size="xs" />
                    {d.number && (
                      <Text size="xs" c="dimmed">
                        {d.number}
                      </Text>
                    )}
                  </Group>
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {c.caseId && (
        <Text size="sm">
          {t('complaints.detail.caseHint')}{' '}
          <Anchor component={Link} to={`/office/kasus/${c.caseId}`} fw={600}>
            {t('complaints.detail.openCaseNumber', { number: c.caseNumber ?? '' })}
          </Anchor>
        </Text>
      )}
    </Section>
  );
}
