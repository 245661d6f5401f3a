import { Select, Stack, Text, TextInput } from '@mantine/core';
import { type TStartCaseRequest, ZStartCaseRequest } from '@sigap/contracts';
import { fromLocal } from '@sigap/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { useSession } from '../auth/session';
import { useSopVersion, useStartableSops, useStartCase } from './api';

/** "Mulai kasus": pick an SOP the user may start, a subject and (for event SOPs) the event date. */
export function StartCaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const me = useSession();
  const navigate = useNavigate();
  const sops = useStartableSops(opened);
  const start = useStartCase();
  const form = useFormErrors();
  const [values, setValues] = useState({ definitionKey: '', subject: '', eventDate: '' });
  // a module's SOP (complaints, service requests) starts on the module's page, with its record
  const generic = (sops.data ?? []).filter((s) => !s.managedBy);
  const chosen = sops.data?.find((s) => s.key === values.definitionKey);
  const definition = useSopVersion(chosen?.key, chosen?.version);
  // the event date matters only for SOPs with lead times (H-1 bulan); without the definition, offer it anyway
  const hasLeadTime = definition.data
    ? definition.data.definition.steps.some((s) => s.time?.leadTime)
    : !!chosen && definition.isError;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      setValues({ definitionKey: '', subject: '', eventDate: '' });
      form.clear();
    }
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key === 'eventDate' ? 'eventAt' : key);
  };

  const labels = {
    definitionKey: t('office.inbox.start.sop'),
    subject: t('office.inbox.start.subject'),
    eventAt: t('office.inbox.start.eventDate'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const data: Record<string, unknown> = { definitionKey: values.definitionKey, subject: values.subject };
    if (hasLeadTime && values.eventDate) {
      try {
        data.eventAt = fromLocal(values.eventDate, '08:00', me.agency.timeZone).toISOString();
      } catch {
        data.eventAt = values.eventDate;
      }
    }
    const checked = validate<TStartCaseRequest>(ZStartCaseRequest, data, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    start.mutate(checked.data, {
      onSuccess: (result) => {
        onClose();
        navigate(`/office/kasus/${result.id}`);
      },
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('office.inbox.start.title')} size="lg">
      {sops.isError ? (
        <QueryError error={sops.error} onRetry={() => void sops.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={form.formError} />
            {sops.data && generic.length === 0 && <Text>{t('office.inbox.start.none')}</Text>}
            <Select
              label={labels.definitionKey}
              required
              searchable
              openOnFocus={false}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={sops.isPending ? t('common.loading') : t('office.inbox.start.sopPlaceholder')}
              data={generic.map((s) => ({
                value: s.key,
                label: s.code ? `${s.code} · ${s.title[lang]}` : s.title[lang],
              }))}
              value={values.definitionKey || null}
              onChange={(v) => set('definitionKey', v ?? '')}
              error={form.errors.definitionKey}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={labels.subject}
              description={t('office.inbox.start.subjectHint')}
              required
              maxLength={300}
              value={values.subject}
              onChange={(e) => set('subject', e.currentTarget.value)}
              error={form.errors.subject}
            />
            {hasLeadTime && (
              <TextInput
                type="date"
                label={labels.eventAt}
                description={t('office.inbox.start.eventDateHint')}
                value={values.eventDate}
                onChange={(e) => set('eventDate', e.currentTarget.value)}
                error={form.errors.eventAt}
              />
            )}
            <FormActions
              onCancel={onClose}
              submitLabel={t('office.inbox.start.submit')}
              pending={start.isPending}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
