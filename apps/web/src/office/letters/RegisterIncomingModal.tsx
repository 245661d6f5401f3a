import { FileInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  INCOMING_SCAN_MAX_BYTES,
  ruleMessage,
  type TIncomingLetter,
  type TRegisterIncomingLetterFields,
  ZRegisterIncomingLetterFields,
} from '@sigap/contracts';
import { formatTime, fromLocal } from '@sigap/core';
import { IconPaperclip } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { zoneAbbreviation, zonedParts } from '../../lib/format';
import { useRegisterIncoming } from './api';

/** The first bytes of PDF, PNG and JPEG: the server decides by content, the form warns early the same way. */
async function looksLikeScan(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  return (
    starts([0x25, 0x50, 0x44, 0x46, 0x2d]) ||
    starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    starts([0xff, 0xd8, 0xff])
  );
}

function nowValues(tz: string) {
  const now = new Date();
  return {
    sender: '',
    letterNumber: '',
    letterDate: '',
    receivedDate: zonedParts(now, tz).date,
    receivedTime: formatTime(now, tz, 'en'),
    subject: '',
  };
}

/** "Catat surat masuk": the agenda-book entry with the scan; the agenda number comes back. */
export function RegisterIncomingModal({
  opened,
  onClose,
  onRegistered,
  timeZone,
}: {
  opened: boolean;
  onClose: () => void;
  onRegistered: (letter: TIncomingLetter) => void;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const register = useRegisterIncoming();
  const form = useFormErrors();
  const [values, setValues] = useState(() => nowValues(timeZone));
  const [scan, setScan] = useState<File | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      setValues(nowValues(timeZone));
      setScan(null);
      form.clear();
    }
  }, [opened]);

  const set = (key: keyof ReturnType<typeof nowValues>, value: string) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key === 'receivedDate' || key === 'receivedTime' ? 'receivedAt' : key);
  };

  const labels = {
    sender: t('office.incoming.form.sender'),
    letterNumber: t('office.incoming.form.letterNumber'),
    letterDate: t('office.incoming.form.letterDate'),
    receivedAt: t('office.incoming.form.received'),
    subject: t('office.incoming.form.subject'),
    scan: t('office.incoming.form.scan'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    let receivedAt = '';
    try {
      receivedAt = fromLocal(values.receivedDate, values.receivedTime || '00:00', timeZone).toISOString();
    } catch {
      receivedAt = 'invalid';
    }
    const data = {
      sender: values.sender,
      letterNumber: values.letterNumber,
      letterDate: values.letterDate,
      receivedAt,
      subject: values.subject,
    };
    const checked = validate<TRegisterIncomingLetterFields>(ZRegisterIncomingLetterFields, data, labels);
    const errors: Record<string, string | undefined> = checked.ok ? {} : { ...checked.errors };
    const field = { field: labels.scan };
    if (!scan) errors.scan = ruleMessage('required', lang, field);
    else if (scan.size > INCOMING_SCAN_MAX_BYTES) errors.scan = ruleMessage('file_too_large', lang, field);
    else if (!(await looksLikeScan(scan))) errors.scan = ruleMessage('file_type', lang, field);
    if (!checked.ok || Object.keys(errors).length > 0 || !scan) {
      form.setErrors(errors);
      return;
    }
    const body = new FormData();
    for (const [key, value] of Object.entries(checked.data)) if (value) body.append(key, String(value));
    body.append('scan', scan, scan.name);
    register.mutate(body, {
      onSuccess: (letter) => {
        onRegistered(letter);
        onClose();
      },
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('office.incoming.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput
            label={labels.sender}
            required
            maxLength={300}
            value={values.sender}
            onChange={(e) => set('sender', e.currentTarget.value)}
            error={form.errors.sender}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={labels.letterNumber}
              required
              maxLength={100}
              value={values.letterNumber}
              onChange={(e) => set('letterNumber', e.currentTarget.value)}
              error={form.errors.letterNumber}
            />
            <TextInput
              type="date"
              label={labels.letterDate}
              required
              value={values.letterDate}
              onChange={(e) => set('letterDate', e.currentTarget.value)}
              error={form.errors.letterDate}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('office.incoming.form.receivedDate')}
              required
              value={values.receivedDate}
              onChange={(e) => set('receivedDate', e.currentTarget.value)}
              error={form.errors.receivedAt}
            />
            <TextInput
              type="time"
              label={t('office.incoming.form.receivedTime', { zone: zoneAbbreviation(timeZone) })}
              required
              value={values.receivedTime}
              onChange={(e) => set('receivedTime', e.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            label={labels.subject}
            required
            maxLength={500}
            value={values.subject}
            onChange={(e) => set('subject', e.currentTarget.value)}
            error={form.errors.subject}
          />
          <FileInput
            label={labels.scan}
            description={t('office.incoming.form.scanHint')}
            placeholder={t('office.incoming.form.scanPlaceholder')}
            required
            clearable
            accept="application/pdf,image/jpeg,image/png"
            leftSection={<IconPaperclip size={16} aria-hidden="true" />}
            value={scan}
            onChange={(file) => {
              setScan(file);
              form.clearField('scan');
            }}
            error={form.errors.scan}
            clearButtonProps={{ 'aria-label': t('office.incoming.form.clearScan') }}
          />
          <Text size="xs" c="dimmed">
            {t('office.incoming.form.agendaHint')}
          </Text>
          <FormActions
            onCancel={onClose}
            submitLabel={t('office.incoming.form.submit')}
            pending={register.isPending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
