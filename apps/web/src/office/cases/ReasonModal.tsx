import { Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { applyServerErrors } from '../../lib/form';

/** Asks for a reason (pause, cancel, return to the previous step) and shows the server's refusal. */
export function ReasonModal({
  opened,
  title,
  intro,
  label,
  submitLabel,
  danger,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  intro?: string;
  label: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (opened) {
      setReason('');
      setError(null);
      setFormError(null);
    }
  }, [opened]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (reason.trim().length < 3) {
      setError(t('office.case.reasonTooShort', { field: label }));
      return;
    }
    setPending(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (e) {
      applyServerErrors(
        { setErrors: (f) => setError(f.reason ?? null), setFormError },
        e,
        t('common.unexpectedError'),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {intro && <Text size="sm">{intro}</Text>}
          <Textarea
            label={label}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <FormActions onCancel={onClose} submitLabel={submitLabel} pending={pending} danger={danger} />
        </Stack>
      </form>
    </AppModal>
  );
}
