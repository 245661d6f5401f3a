import { Alert, Button } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

/** An alert with the server's message (already in the user's language) and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      {errorText(error, t('common.unexpectedError'))}
      {onRetry && (
        <Button mt="sm" size="xs" variant="default" onClick={onRetry} display="block">
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** A form-level error message, shown above the fields. */
export function FormError({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={t('common.errorTitle')}>
      {message}
    </Alert>
  );
}
