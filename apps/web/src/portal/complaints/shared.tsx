import { ActionIcon, Alert, Anchor, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { ruleMessage, type TFieldError } from '@sigap/contracts';
import { COMPLAINT_FILE_MAX_BYTES, COMPLAINT_FILES_MAX } from '@sigap/contracts/complaints';
import { IconAlertCircle, IconPaperclip, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { type Errors, fieldErrors } from '../../lib/form';
import type { PublicAgency } from '../agencies';
import { PublicApiError } from './api';

export type { Errors };

/**
 * Field errors of an API answer keyed by the form's field (`attachments[2]` → `attachments`), in
 * the server's words with the field's label in place of its quoted name. `badFiles` are the
 * indexes of the attachments the server refused.
 */
export function errorsFromFields(
  fields: TFieldError[],
  labels: Record<string, string>,
  fileLabel: (index: number) => string,
): { errors: Errors; badFiles: number[] } {
  const indexOf = (path: string) => /^[^.[]+\[(\d+)\]/.exec(path)?.[1];
  const errors = fieldErrors(fields, {
    all: true,
    labels: (name, path) => {
      const index = indexOf(path);
      return index === undefined ? labels[name] : fileLabel(Number(index));
    },
  });
  const badFiles = fields.flatMap((f) => {
    const index = indexOf(f.field);
    return index === undefined ? [] : [Number(index)];
  });
  return { errors, badFiles };
}

/** PDF, PNG and JPEG by their first bytes, and any ZIP (a DOCX is one; the server looks inside). */
async function looksAllowed(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  return (
    starts([0x25, 0x50, 0x44, 0x46, 0x2d]) ||
    starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    starts([0xff, 0xd8, 0xff]) ||
    starts([0x50, 0x4b, 0x03, 0x04])
  );
}

/**
 * The checks the server makes on attachments, made early with the same rule messages: at most
 * five files of at most 10 MB each, of an allowed type by content.
 */
export async function checkFiles(
  files: File[],
  label: string,
  fileLabel: (index: number) => string,
): Promise<{ error?: string; badFiles: number[] }> {
  const lang = currentLang();
  const messages: string[] = [];
  const badFiles: number[] = [];
  if (files.length > COMPLAINT_FILES_MAX)
    messages.push(ruleMessage('too_many', lang, { field: label, max: COMPLAINT_FILES_MAX }));
  for (const [index, file] of files.entries()) {
    const field = { field: fileLabel(index) };
    if (file.size > COMPLAINT_FILE_MAX_BYTES) {
      messages.push(ruleMessage('file_too_large', lang, field));
      badFiles.push(index);
    } else if (file.size === 0) {
      messages.push(ruleMessage('required', lang, field));
      badFiles.push(index);
    } else if (!(await looksAllowed(file))) {
      messages.push(ruleMessage('complaint_file_type', lang, field));
      badFiles.push(index);
    }
  }
  return messages.length > 0 ? { error: messages.join(' '), badFiles } : { badFiles };
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

function megabytes(size: number, lang: 'id' | 'en'): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(
    Math.max(0.1, size / (1024 * 1024)),
  );
}

/**
 * Attachments: each choice adds to the list (a phone picks one file at a time), every file can
 * be removed on its own, and refused files are marked in the list.
 */
export function AttachmentsInput({
  id,
  files,
  onChange,
  error,
  badFiles,
  disabled,
}: {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  error?: string | undefined;
  badFiles: number[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const listId = `${id}-list`;
  return (
    <Stack gap="xs">
      <FileInput
        id={id}
        multiple
        clearable
        label={t('portalComplaints.attachments.label')}
        description={t('portalComplaints.attachments.hint')}
        placeholder={t('portalComplaints.attachments.placeholder')}
        accept="application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.jpg,.jpeg,.png,.docx"
        leftSection={<IconPaperclip size={16} aria-hidden="true" />}
        value={files}
        disabled={disabled}
        onChange={(picked) => {
          if (picked.length === 0) return onChange([]);
          const next = [...files];
          for (const file of picked) if (!next.some((f) => sameFile(f, file))) next.push(file);
          onChange(next);
        }}
        valueComponent={({ value }) => (
          <Text size="sm" span>
            {t('portalComplaints.attachments.count', {
              count: Array.isArray(value) ? value.length : value ? 1 : 0,
              max: COMPLAINT_FILES_MAX,
            })}
          </Text>
        )}
        // Mantine's placeholder grey is under AA contrast on white
        styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
        error={error}
        clearButtonProps={{ 'aria-label': t('portalComplaints.attachments.clear') }}
      />
      {files.length > 0 && (
        <List
          id={listId}
          spacing={4}
          size="sm"
          listStyleType="none"
          aria-label={t('portalComplaints.attachments.chosen')}
          m={0}
          p={0}
        >
          {files.map((file, index) => {
            const bad = badFiles.includes(index);
            return (
              <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
                <Group gap={6} wrap="nowrap" align="center">
                  {bad ? (
                    <IconAlertCircle size={16} aria-hidden="true" color="var(--mantine-color-error)" />
                  ) : (
                    <IconPaperclip size={16} aria-hidden="true" />
                  )}
                  <Text
                    size="sm"
                    c={bad ? 'var(--mantine-color-error)' : undefined}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {index + 1}. {file.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t('portalComplaints.attachments.size', { size: megabytes(file.size, lang) })})
                    </Text>
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    ml="auto"
                    disabled={disabled}
                    aria-label={t('portalComplaints.attachments.remove', { name: file.name })}
                    onClick={() => onChange(files.filter((_, i) => i !== index))}
                  >
                    <IconX size={14} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

/**
 * The problems of a refused form, each linking to its field; takes the focus so a screen reader
 * hears it and a keyboard user can jump to each field.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { title: string; items: { id?: string | undefined; message: string }[]; message?: string | null }
>(function ErrorSummary({ title, items, message }, ref) {
  if (items.length === 0 && !message) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle aria-hidden="true" />}
      role="alert"
    >
      {message && items.length === 0 && <Text size="sm">{message}</Text>}
      {items.length > 0 && (
        <List size="sm" spacing={2}>
          {items.map((item) => (
            <List.Item key={`${item.id ?? ''}${item.message}`}>
              {item.id ? (
                <Anchor
                  href={`#${item.id}`}
                  size="sm"
                  c="var(--mantine-color-error)"
                  underline="always"
                  onClick={(event) => {
                    event.preventDefault();
                    const target = document.getElementById(item.id ?? '');
                    target?.focus();
                    target?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {item.message}
                </Anchor>
              ) : (
                item.message
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
});

/**
 * The words for a refused lookup: a wrong code or PIN, the wait after too many wrong PINs (in
 * minutes and as a time on the device's clock), the per-device rate limit, or the server's
 * own message.
 */
export function lookupErrorText(error: unknown, t: TFunction, withPin: boolean): string {
  if (!(error instanceof PublicApiError)) return t('common.unexpectedError');
  if (error.code === 'TRACKING_NOT_FOUND' || error.status === 404)
    return withPin ? t('portalComplaints.track.notFound') : t('portalComplaints.track.notFoundStatus');
  if (error.code === 'PIN_THROTTLED') {
    if (!error.retryAfterSeconds) return error.message || t('portalComplaints.track.pinThrottledNoTime');
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    const until = new Date(Date.now() + error.retryAfterSeconds * 1000);
    const time = until.toLocaleTimeString(currentLang() === 'id' ? 'id-ID' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    return t('portalComplaints.track.pinThrottled', { minutes, time });
  }
  if (error.status === 429)
    return error.retryAfterSeconds
      ? t('portalComplaints.track.rateLimited', { seconds: error.retryAfterSeconds })
      : t('portalComplaints.track.rateLimitedNoTime');
  return error.message || t('common.unexpectedError');
}

/** Agencies for a select: the short name first, so a narrow screen still tells them apart. */
export function agencyOptions(agencies: PublicAgency[] | undefined) {
  return (agencies ?? []).map((a) => ({ value: a.id, label: `${a.shortName} – ${a.name}` }));
}
