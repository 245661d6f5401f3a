import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PORTAL_PAGES, type TServiceChannels } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { api } from '../../lib/api';
import { useFormErrors } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { ServiceRequestMailboxCard } from '../service-requests/ServiceRequestMailboxCard';

const FIELDS = ['callCentre', 'complaintEmail', 'surveyUrl', 'laporUrl'] as const;
const EMPTY: Record<(typeof FIELDS)[number], string> = {
  callCentre: '',
  complaintEmail: '',
  surveyUrl: '',
  laporUrl: '',
};

/** The administrator's form for the complaint and survey channels the service standards show. */
export function ServiceChannelsPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceStandards.office.title'));
  const client = useQueryClient();
  const current = useQuery({
    queryKey: ['service-channels'],
    queryFn: () => api.get<TServiceChannels>('/api/service-channels'),
  });
  const [values, setValues] = useState(EMPTY);
  useEffect(() => {
    if (current.data)
      setValues({
        callCentre: current.data.callCentre ?? '',
        complaintEmail: current.data.complaintEmail ?? '',
        surveyUrl: current.data.surveyUrl ?? '',
        laporUrl: current.data.laporUrl ?? '',
      });
  }, [current.data]);
  const form = useFormErrors();
  const save = useMutation({
    mutationFn: (body: typeof values) => api.put<TServiceChannels>('/api/service-channels', body),
    onSuccess: (data) => {
      client.setQueryData(['service-channels'], data);
      notifications.show({ color: 'green', message: t('serviceStandards.office.saved') });
    },
    onError: (error) =>
      form.fromError(error, t('common.unexpectedError'), {
        labels: Object.fromEntries(FIELDS.map((f) => [f, t(`serviceStandards.channel.${f}`)])),
      }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    save.mutate(values);
  };
  const hint: Partial<Record<(typeof FIELDS)[number], string>> = {
    callCentre: t('serviceStandards.office.callCentreHint'),
    surveyUrl: t('serviceStandards.office.surveyUrlHint'),
    laporUrl: t('serviceStandards.office.laporUrlHint'),
  };
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('serviceStandards.office.title')}</Title>
      <Text>
        {t('serviceStandards.office.lead')}{' '}
        <Link to={PORTAL_PAGES.serviceStandards}>{t('serviceStandards.listTitle')}</Link>
      </Text>
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <QueryError error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <Card withBorder padding="lg">
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormError message={form.formError} />
              {FIELDS.map((f) => (
                <TextInput
                  key={f}
                  label={t(`serviceStandards.channel.${f}`)}
                  description={hint[f]}
                  type={f === 'complaintEmail' ? 'email' : f.endsWith('Url') ? 'url' : 'text'}
                  value={values[f]}
                  error={form.errors[f]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setValues((v) => ({ ...v, [f]: value }));
                    form.clearField(f);
                  }}
                />
              ))}
              <Button type="submit" loading={save.isPending} w="fit-content">
                {t('common.save')}
              </Button>
            </Stack>
          </form>
        </Card>
      )}
      <ServiceRequestMailboxCard />
    </Stack>
  );
}
