import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { ruleMessage, type TFieldError } from '@sigap/contracts';
import { type TConsultationReceipt, ZPublicConsultationRequest } from '@sigap/contracts/investment-control';
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, i18n } from '../../i18n';
import { validate } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePublicAgencies } from '../agencies';
import { PublicApiError } from '../complaints/api';
import { agencyOptions, ErrorSummary, type Errors, errorsFromFields } from '../complaints/shared';
import { CONSULTATION_FIELDS, ConsultationFields, consultationFieldId } from './ConsultationFields';

/** The public call, without the staff cookie (like the complaint and service-request forms). */
async function submitConsultation(body: object): Promise<TConsultationReceipt> {
  let response: Response;
  try {
    response = await fetch('/api/public/consultations', {
      method: 'POST',
      headers: { 'accept-language': currentLang(), 'content-type': 'application/json' },
      credentials: 'omit',
      body: JSON.stringify(body),
    });
  } catch {
    throw new PublicApiError(0, 'NETWORK', i18n.t('common.networkError'), [], { retryAfterSeconds: null });
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return data as unknown as TConsultationReceipt;
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new PublicApiError(
    response.status,
    typeof data.code === 'string' ? data.code : `HTTP_${response.status}`,
    typeof data.message === 'string' ? data.message : `HTTP ${response.status}`,
    Array.isArray(data.fields) ? (data.fields as TFieldError[]) : [],
    { retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null },
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

/**
 * `/konsultasi`: a business opens an LKPM helpdesk question (SOP 067/008) or a virtual
 * consultation (SOP 067/007) with the agency it reports to, by its NIB. Checked with the
 * server's schema first; the server's field errors (an NIB not in the registry, a time outside
 * office hours) land on the same inputs. The answer is the ticket number; the acknowledgement
 * goes by email.
 */
export function ConsultationRequestPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('controlConsultations.portal.title'));
  const agencies = usePublicAgencies();
  const submit = useMutation({ mutationFn: submitConsultation });
  const [values, setValues] = useState<Record<string, string>>({ kind: 'helpdesk' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<TConsultationReceipt | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);

  useEffect(() => {
    // the control division's SOPs are the provincial office's: default to one that is not the ministry
    const first = agencies.data?.find((a) => a.shortName !== 'BKPM') ?? agencies.data?.[0];
    if (first) setValues((prev) => (prev.agencyId ? prev : { ...prev, agencyId: first.id }));
  }, [agencies.data]);
  useEffect(() => {
    if (focus > 0) summaryRef.current?.focus();
  }, [focus]);

  const labels: Record<string, string> = Object.fromEntries(
    CONSULTATION_FIELDS.map((f) => [f, t(`controlConsultations.fields.${f}` as never) as unknown as string]),
  );
  const agencyTz = agencies.data?.find((a) => a.id === values.agencyId)?.timeZone ?? 'Asia/Makassar';

  if (receipt)
    return (
      <Stack gap="lg" maw={760}>
        <Alert
          color="green"
          icon={<IconCircleCheck aria-hidden="true" />}
          title={t('controlConsultations.portal.receivedTitle')}
        >
          <Stack gap="xs">
            <Text>{t('controlConsultations.portal.receivedLead')}</Text>
            <Text size="xl" fw={700} data-testid="consultation-number">
              {receipt.number}
            </Text>
            <Text>{t(`controlConsultations.kind.${receipt.kind}` as never)}</Text>
            <Text size="sm">
              {t('controlConsultations.fields.receivedAt')}:{' '}
              {formatDateTime(receipt.receivedAt, agencyTz, lang)}
            </Text>
            {receipt.preferredAt ? (
              <Text size="sm">
                {t('controlConsultations.fields.preferredAt')}:{' '}
                {formatDateTime(receipt.preferredAt, agencyTz, lang)}
              </Text>
            ) : null}
            <Text size="sm">{t('controlConsultations.portal.emailSent', { email: receipt.email })}</Text>
          </Stack>
        </Alert>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setReceipt(null);
              submit.reset();
              setValues((prev) => ({ agencyId: prev.agencyId ?? '', kind: 'helpdesk' }));
            }}
          >
            {t('controlConsultations.portal.another')}
          </Button>
        </Group>
      </Stack>
    );

  const set = (field: string, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => ({ ...prev, [field]: undefined }));
  };
  const fail = (next: Errors, message: string | null) => {
    setErrors(next);
    setFormError(message);
    setFocus((n) => n + 1);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const data: Record<string, unknown> = { ...values, language: lang };
    if (values.kind !== 'virtual') {
      delete data.preferredDate;
      delete data.preferredTime;
    }
    delete data.channel;
    const checked = validate<Record<string, unknown>>(ZPublicConsultationRequest, data, labels);
    const next: Errors = checked.ok ? {} : { ...checked.errors };
    if (values.kind === 'virtual') {
      const required = (f: string) => ruleMessage('required', lang, { field: labels[f] ?? f });
      if (!values.preferredDate) next.preferredDate ??= required('preferredDate');
      if (!values.preferredTime) next.preferredTime ??= required('preferredTime');
    }
    if (Object.values(next).some(Boolean)) return fail(next, null);
    submit.mutate(data, {
      onSuccess: (r) => {
        setReceipt(r);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        if (error instanceof PublicApiError && error.fields.length > 0)
          return fail(errorsFromFields(error.fields, labels, () => '').errors, null);
        fail({}, error instanceof PublicApiError ? error.message : t('common.unexpectedError'));
      },
    });
  };
  const summary = CONSULTATION_FIELDS.flatMap((f) =>
    errors[f] ? [{ id: consultationFieldId(f), message: errors[f] as string }] : [],
  );
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Title order={1}>{t('controlConsultations.portal.title')}</Title>
        <Text>{t('controlConsultations.portal.lead')}</Text>
        <Text size="sm" c="dimmed">
          {t('controlConsultations.portal.requiredNote')}
        </Text>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <ErrorSummary
            ref={summaryRef}
            title={t('controlConsultations.portal.checkFields')}
            items={summary}
            message={formError}
          />
          <Select
            id={consultationFieldId('agencyId')}
            label={labels.agencyId}
            required
            data={agencyOptions(agencies.data)}
            value={values.agencyId || null}
            onChange={(v) => set('agencyId', v ?? '')}
            error={errors.agencyId}
            allowDeselect={false}
          />
          <ConsultationFields
            values={values}
            errors={errors}
            labels={labels}
            set={set}
            emailRequired
            section={(id, title, children) => (
              <Section id={id} title={title}>
                {children}
              </Section>
            )}
          />
          <Group>
            <Button
              type="submit"
              loading={submit.isPending}
              leftSection={<IconSend size={18} aria-hidden="true" />}
            >
              {t('controlConsultations.portal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
