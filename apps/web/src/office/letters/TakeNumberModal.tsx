import {
  Alert,
  Autocomplete,
  Button,
  CopyButton,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  ruleMessage,
  type TLetterRegisterSettings,
  type TTakeLetterNumberRequest,
  type TTakeLetterNumberResponse,
  ZTakeLetterNumberRequest,
} from '@sigap/contracts';
import { formatLetterNumber, validateClassification } from '@sigap/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { type FormEvent, Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { zonedParts } from '../../lib/format';
import { useTakeNumber } from './api';

const EMPTY = { unitCode: '', classification: '', subject: '' };

/** The parts between slashes with their offsets (stable keys). */
function slashParts(number: string): Array<{ part: string; at: number }> {
  let at = 0;
  return number.split('/').map((part) => {
    const item = { part, at };
    at += part.length + 1;
    return item;
  });
}

/**
 * "Ambil nomor": a number for a letter made outside Sigap. The number is shown large at the
 * end, with a copy button, because the clerk writes it on the paper letter next.
 */
export function TakeNumberModal({
  opened,
  onClose,
  pattern,
  timeZone,
  units,
  classifications,
}: {
  opened: boolean;
  onClose: () => void;
  pattern: string;
  timeZone: string;
  /** The agency's own units: a number taken by hand may only carry one of their codes. */
  units: TLetterRegisterSettings['units'];
  classifications: string[];
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const unitOptions = units.map((u) => ({
    value: u.code,
    label: `${u.code} · ${lang === 'en' ? u.nameEn : u.name}`,
  }));
  const take = useTakeNumber();
  const form = useFormErrors();
  const [values, setValues] = useState(EMPTY);
  const [taken, setTaken] = useState<TTakeLetterNumberResponse | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      setValues(EMPTY);
      setTaken(null);
      form.clear();
    }
  }, [opened]);

  const set = (key: keyof typeof EMPTY, value: string) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    unitCode: t('office.register.takeModal.unit'),
    classification: t('office.register.takeModal.classification'),
    subject: t('office.register.takeModal.subject'),
  };

  const { date } = zonedParts(new Date(), timeZone);
  const preview =
    values.unitCode.trim() && values.classification.trim()
      ? formatLetterNumber(pattern, {
          classification: values.classification.trim(),
          sequence: 0,
          unit: values.unitCode.trim().toUpperCase(),
          month: Number(date.slice(5, 7)),
          year: Number(date.slice(0, 4)),
        }).replace(/\b000\b/, '…')
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const checked = validate<TTakeLetterNumberRequest>(ZTakeLetterNumberRequest, values, labels);
    const classificationOk = validateClassification(values.classification.trim());
    if (!checked.ok || !classificationOk) {
      const errors = checked.ok ? {} : checked.errors;
      if (!classificationOk && !errors.classification && values.classification.trim())
        errors.classification = ruleMessage('classification', currentLang(), {
          field: labels.classification,
        });
      form.setErrors(errors);
      return;
    }
    take.mutate(checked.data, {
      onSuccess: (result) => setTaken(result),
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('office.register.takeModal.title')} size="lg">
      {taken ? (
        <Stack>
          <Alert color="green" variant="light" title={t('office.register.takeModal.done')} role="status">
            <Text fz={{ base: 18, xs: 22 }} fw={700} data-testid="taken-number">
              {/* a long number wraps after a slash, never inside a unit code */}
              {slashParts(taken.number).map(({ part, at }) => (
                <Fragment key={at}>
                  {at > 0 && (
                    <>
                      /<wbr />
                    </>
                  )}
                  {part}
                </Fragment>
              ))}
            </Text>
            <Text size="sm" mt="xs">
              {t('office.register.takeModal.doneHint')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={taken.number}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={
                    copied ? (
                      <IconCheck size={18} aria-hidden="true" />
                    ) : (
                      <IconCopy size={18} aria-hidden="true" />
                    )
                  }
                >
                  {copied ? t('office.register.takeModal.copied') : t('office.register.takeModal.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              variant="default"
              onClick={() => {
                setTaken(null);
                setValues((prev) => ({ ...prev, subject: '' }));
              }}
            >
              {t('office.register.takeModal.another')}
            </Button>
            <Button onClick={onClose}>{t('office.register.takeModal.finish')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={form.formError} />
            <Text size="sm">{t('office.register.takeModal.intro')}</Text>
            <Select
              label={labels.unitCode}
              description={t('office.register.takeModal.unitHint')}
              required
              searchable
              data={unitOptions}
              value={values.unitCode || null}
              onChange={(v) => set('unitCode', v ?? '')}
              error={form.errors.unitCode}
              nothingFoundMessage={t('office.register.takeModal.unitNone')}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            <Autocomplete
              label={labels.classification}
              description={t('office.register.takeModal.classificationHint')}
              required
              data={classifications}
              value={values.classification}
              onChange={(v) => set('classification', v)}
              error={form.errors.classification}
              maxLength={40}
              inputMode="decimal"
              openOnFocus={false}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={labels.subject}
              required
              maxLength={500}
              value={values.subject}
              onChange={(e) => set('subject', e.currentTarget.value)}
              error={form.errors.subject}
            />
            {preview && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('office.register.takeModal.preview', { example: preview })}
              </Text>
            )}
            <FormActions
              onCancel={onClose}
              submitLabel={t('office.register.takeModal.submit')}
              pending={take.isPending}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
