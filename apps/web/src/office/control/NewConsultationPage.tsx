import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  STAFF_CONSULTATION_CHANNELS,
  type TRecordConsultation,
  ZRecordConsultation,
} from '@sigap/contracts/investment-control';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import {
  CONSULTATION_FIELDS,
  ConsultationFields,
  consultationFieldId,
} from '../../portal/consultations/ConsultationFields';
import { useRecordConsultation } from './consultationsApi';

/**
 * `/office/konsultasi/baru?nib=<nib>`: staff record a ticket received by phone, in person or by
 * email (SOP 067/008 or 067/007); the company is found by NIB, its last LKPM linked.
 */
export function NewConsultationPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  usePageTitle(t('controlConsultations.record.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<string, string>>({
    kind: 'helpdesk',
    channel: 'phone',
    nib: params.get('nib') ?? '',
  });
  const { errors, setErrors, formError, fromError, clear, clearField } = useFormErrors();
  const record = useRecordConsultation();
  const labels: Record<string, string> = Object.fromEntries(
    CONSULTATION_FIELDS.map((f) => [f, tt(`controlConsultations.fields.${f}`)]),
  );
  const set = (field: string, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    clearField(field);
  };
  const submit = () => {
    clear();
    const data: Record<string, unknown> = { ...values, language: currentLang() };
    if (values.kind !== 'virtual') {
      delete data.preferredDate;
      delete data.preferredTime;
    }
    const checked = validate<TRecordConsultation>(ZRecordConsultation, data, labels);
    if (!checked.ok) return setErrors(checked.errors);
    record.mutate(checked.data, {
      onSuccess: (r) => navigate(pagePath(OFFICE_PAGES.consultation, { id: r.id })),
      onError: (e) => fromError(e, t('controlConsultations.record.failed'), { labels }),
    });
  };
  const section = (id: string, title: string, children: ReactNode) => (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <Stack>{children}</Stack>
    </Card>
  );
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('controlConsultations.record.title')}</Title>
      <Text c="dimmed">{t('controlConsultations.record.intro')}</Text>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Select
        id={consultationFieldId('channel')}
        label={labels.channel}
        required
        data={STAFF_CONSULTATION_CHANNELS.map((c) => ({
          value: c,
          label: tt(`controlConsultations.channel.${c}`),
        }))}
        value={values.channel ?? null}
        onChange={(v) => set('channel', v ?? '')}
        error={errors.channel}
        allowDeselect={false}
        maw={260}
      />
      <ConsultationFields
        values={values}
        errors={errors}
        labels={labels}
        set={set}
        emailRequired={false}
        section={section}
      />
      <Group>
        <Button onClick={submit} loading={record.isPending}>
          {t('controlConsultations.record.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
