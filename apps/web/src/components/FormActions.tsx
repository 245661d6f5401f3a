import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form's buttons at its foot: cancel, then the submit button (red for what cannot be undone). */
export function FormActions({
  onCancel,
  submitLabel,
  pending,
  danger = false,
}: {
  onCancel: () => void;
  submitLabel: string;
  pending: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
