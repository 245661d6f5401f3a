import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../lib/form';
import { useSaveServiceRequestSettings, useServiceRequestSettings } from './emailApi';

/**
 * The administrator's card for the service-request mailboxes (inbound SMTP), on the service
 * channels page beside the complaint channels: one address per line.
 */
export function ServiceRequestMailboxCard() {
  const { t } = useTranslation();
  const current = useServiceRequestSettings();
  const save = useSaveServiceRequestSettings();
  const form = useFormErrors();
  const [text, setText] = useState('');
  useEffect(() => {
    if (current.data) setText(current.data.mailboxes.join('\n'));
  }, [current.data]);
  const label = t('serviceRequests.emails.mailboxes');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const mailboxes = text
      .split(/[\n,;]+/)
      .map((m) => m.trim())
      .filter(Boolean);
    save.mutate(
      { mailboxes },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('serviceRequests.emails.saved') }),
        onError: (error) =>
          form.fromError(error, t('common.unexpectedError'), {
            labels: (_name, path) => {
              const i = Number(path.split('.')[1]);
              return Number.isNaN(i) ? label : `${label} (${mailboxes[i] ?? i + 1})`;
            },
          }),
      },
    );
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="request-mailbox-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="request-mailbox-title">
            {t('serviceRequests.emails.mailboxTitle')}
          </Title>
          <Text size="sm">{t('serviceRequests.emails.mailboxLead')}</Text>
          {current.isPending ? (
            <Loading />
          ) : current.isError ? (
            <QueryError error={current.error} onRetry={() => void current.refetch()} />
          ) : (
            <>
              <FormError message={form.formError} />
              <Textarea
                label={label}
                value={text}
                error={form.errors.mailboxes}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  form.clearField('mailboxes');
                }}
                autosize
                minRows={2}
              />
              <Button type="submit" loading={save.isPending} w="fit-content">
                {t('common.save')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}
