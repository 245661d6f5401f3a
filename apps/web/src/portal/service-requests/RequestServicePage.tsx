import {
  Button,
  Card,
  Checkbox,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import {
  CURRENCIES,
  PRIORITY_KINDS,
  SERVICE_KEYS,
  type TServiceKey,
  type TServiceRequestReceipt,
  ZFacilitationFields,
  ZOneOnOneFields,
} from '@sigap/contracts/service-requests';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { validate } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePublicAgencies } from '../agencies';
import { PublicApiError } from '../complaints/api';
import {
  AttachmentsInput,
  agencyOptions,
  checkFiles,
  ErrorSummary,
  type Errors,
  errorsFromFields,
} from '../complaints/shared';
import { useEarliestDate, useSubmitServiceRequest } from './api';
import { ServiceReceiptView } from './ServiceReceiptView';

const ONE_ON_ONE = [
  'agencyId',
  'applicantName',
  'applicantIdentity',
  'applicantEmail',
  'contactPhone',
  'companyName',
  'addressee',
  'investmentSector',
  'kbli',
  'investmentLocation',
  'investmentValue',
  'investmentCurrency',
  'investmentTimeline',
  'topics',
  'attachments',
] as const;
const FACILITATION = [
  'agencyId',
  'applicantName',
  'applicantIdentity',
  'applicantEmail',
  'whatsapp',
  'companyName',
  'nib',
  'chronology',
  'consultationReference',
  'consultationProof',
  'regularUnitsFailed',
  'attachments',
  'proposedDate',
  'priority',
] as const;

const fieldId = (f: string) => `sr-${f}`;

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
 * `/permohonan-layanan/:service`: the public request forms of seeds 000 (one-on-one meeting,
 * items a-e) and 001 (technical facilitation, with the earliest facilitation date from the
 * working calendar). Checked with the server's schema first; the server's field errors land on
 * the same inputs. The answer is the receipt with the code and the PIN, shown once.
 */
export function RequestServicePage() {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const { service = '' } = useParams();
  const known = (SERVICE_KEYS as readonly string[]).includes(service);
  const oneOnOne = service === 'pertemuan-one-on-one';
  const agencies = usePublicAgencies();
  const submit = useSubmitServiceRequest(oneOnOne ? 'one-on-one' : 'facilitation');
  const [values, setValues] = useState<Record<string, string>>({
    addressee: '',
    investmentCurrency: 'IDR',
    priority: '',
  });
  const [unitsFailed, setUnitsFailed] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [proof, setProof] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<TServiceRequestReceipt | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  const earliest = useEarliestDate(oneOnOne || !known ? null : values.agencyId || null);
  usePageTitle(
    known
      ? tt(`serviceRequests.services.${service as TServiceKey}`)
      : t('serviceRequests.form.unknownService'),
  );

  useEffect(() => {
    const only = agencies.data?.length === 1 ? agencies.data[0] : undefined;
    const first = agencies.data?.find((a) => a.shortName === 'BKPM') ?? only;
    if (first) setValues((prev) => (prev.agencyId ? prev : { ...prev, agencyId: first.id }));
  }, [agencies.data]);
  useEffect(() => {
    if (focus > 0) summaryRef.current?.focus();
  }, [focus]);

  if (!known) return <Text>{t('serviceRequests.form.unknownService')}</Text>;
  if (receipt)
    return (
      <ServiceReceiptView
        receipt={receipt}
        onAnother={() => {
          setReceipt(null);
          setFiles([]);
          setProof([]);
          submit.reset();
        }}
      />
    );

  const order: readonly string[] = oneOnOne ? ONE_ON_ONE : FACILITATION;
  const labels: Record<string, string> = Object.fromEntries(
    order.map((f) => [
      f,
      f === 'agencyId' ? t('serviceRequests.form.agency') : tt(`serviceRequests.form.${f}`),
    ]),
  );
  const fileLabel = (i: number) => `${labels.attachments} ${i + 1}`;
  const set = (field: string, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => ({ ...prev, [field]: undefined }));
  };
  const text = (field: string, required = true, max = 300) => ({
    id: fieldId(field),
    label: labels[field],
    required,
    maxLength: max,
    value: values[field] ?? '',
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
  });
  const fail = (next: Errors, message: string | null) => {
    setErrors(next);
    setFormError(message);
    setFocus((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const data: Record<string, unknown> = { ...values, language: lang };
    if (!oneOnOne) data.regularUnitsFailed = unitsFailed;
    for (const k of Object.keys(data)) if (!order.includes(k) && k !== 'language') delete data[k];
    const checked = validate<Record<string, unknown>>(
      oneOnOne ? ZOneOnOneFields : ZFacilitationFields,
      data,
      labels,
    );
    const next: Errors = checked.ok ? {} : { ...checked.errors };
    const fileCheck = await checkFiles(files, labels.attachments ?? '', fileLabel);
    if (fileCheck.error) next.attachments = fileCheck.error;
    if (files.length === 0) next.attachments = `${t('serviceRequests.form.attachments')} *`;
    const min = earliest.data?.earliest;
    if (!oneOnOne && min && values.proposedDate && values.proposedDate < min)
      next.proposedDate = t('serviceRequests.form.earliestError', { date: formatLocalDate(min, lang) });
    if (Object.values(next).some(Boolean)) return fail(next, null);
    const body = new FormData();
    for (const [k, v] of Object.entries(data))
      if (v !== undefined && v !== null && v !== '') body.append(k, String(v));
    for (const f of files) body.append('attachments', f, f.name);
    for (const f of proof) body.append('consultationProof', f, f.name);
    submit.mutate(body, {
      onSuccess: (r) => {
        setReceipt(r);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        if (error instanceof PublicApiError && error.fields.length > 0)
          return fail(errorsFromFields(error.fields, labels, fileLabel).errors, null);
        fail({}, error instanceof PublicApiError ? error.message : t('common.unexpectedError'));
      },
    });
  };

  const summary = order.flatMap((f) => (errors[f] ? [{ id: fieldId(f), message: errors[f] as string }] : []));
  const min = earliest.data?.earliest;

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Title order={1}>
          {oneOnOne ? t('serviceRequests.form.oneOnOneTitle') : t('serviceRequests.form.facilitationTitle')}
        </Title>
        <Text>
          {oneOnOne ? t('serviceRequests.form.oneOnOneLead') : t('serviceRequests.form.facilitationLead')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('serviceRequests.form.requiredNote')}
        </Text>
      </Stack>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="lg">
          <ErrorSummary
            ref={summaryRef}
            title={t('serviceRequests.form.checkFields')}
            items={summary}
            message={formError}
          />
          <Section id="sr-section-applicant" title={t('serviceRequests.form.applicantSection')}>
            <Select
              id={fieldId('agencyId')}
              label={labels.agencyId}
              required
              data={agencyOptions(agencies.data)}
              value={values.agencyId || null}
              onChange={(v) => set('agencyId', v ?? '')}
              error={errors.agencyId}
              allowDeselect={false}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput {...text('applicantName', true, LIMITS.nameMax)} autoComplete="name" />
              <TextInput {...text('applicantIdentity', true, 500)} />
              <TextInput
                {...text('applicantEmail', true, LIMITS.emailMax)}
                type="email"
                autoComplete="email"
              />
              {oneOnOne ? (
                <TextInput {...text('contactPhone', true, 20)} type="tel" autoComplete="tel" />
              ) : (
                <TextInput {...text('whatsapp', true, 20)} type="tel" autoComplete="tel" />
              )}
              <TextInput {...text('companyName', false, 200)} autoComplete="organization" />
              {oneOnOne ? null : <TextInput {...text('nib', false, 13)} inputMode="numeric" />}
            </SimpleGrid>
            {oneOnOne ? (
              <Radio.Group
                id={fieldId('addressee')}
                label={labels.addressee}
                required
                value={values.addressee || null}
                onChange={(v) => set('addressee', v)}
                error={errors.addressee}
              >
                <Stack gap="xs" mt="xs">
                  <Radio
                    id="sr-addressee-minister"
                    value="minister"
                    label={t('serviceRequests.addressee.minister')}
                  />
                  <Radio value="deputy_promotion" label={t('serviceRequests.addressee.deputy_promotion')} />
                </Stack>
              </Radio.Group>
            ) : null}
          </Section>
          {oneOnOne ? (
            <>
              <Section id="sr-section-investment" title={t('serviceRequests.form.investmentSection')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <TextInput {...text('investmentSector', true, 200)} />
                  <TextInput {...text('kbli', true, 5)} inputMode="numeric" />
                  <TextInput {...text('investmentLocation', true, 300)} />
                  <TextInput {...text('investmentTimeline', true, 300)} />
                  <TextInput {...text('investmentValue', true, 30)} inputMode="numeric" />
                  <Select
                    id={fieldId('investmentCurrency')}
                    label={labels.investmentCurrency}
                    required
                    data={[...CURRENCIES]}
                    value={values.investmentCurrency || null}
                    onChange={(v) => set('investmentCurrency', v ?? '')}
                    error={errors.investmentCurrency}
                    allowDeselect={false}
                  />
                </SimpleGrid>
              </Section>
              <Section id="sr-section-topics" title={t('serviceRequests.form.topicsSection')}>
                <Textarea {...text('topics', true, LIMITS.textMax)} autosize minRows={4} />
                <AttachmentsInput
                  id={fieldId('attachments')}
                  files={files}
                  onChange={(f) => {
                    setFiles(f);
                    setErrors((p) => ({ ...p, attachments: undefined }));
                  }}
                  error={errors.attachments}
                  badFiles={[]}
                />
              </Section>
            </>
          ) : (
            <>
              <Section id="sr-section-issue" title={t('serviceRequests.form.issueSection')}>
                <Textarea {...text('chronology', true, LIMITS.textMax)} autosize minRows={5} />
                <TextInput
                  {...text('consultationReference', false, 100)}
                  description={t('serviceRequests.form.consultationHint')}
                />
                <Text size="sm" fw={600}>
                  {labels.consultationProof}
                </Text>
                <AttachmentsInput
                  id={fieldId('consultationProof')}
                  files={proof}
                  onChange={setProof}
                  error={errors.consultationProof}
                  badFiles={[]}
                />
                <Checkbox
                  id={fieldId('regularUnitsFailed')}
                  label={labels.regularUnitsFailed}
                  checked={unitsFailed}
                  onChange={(e) => {
                    setUnitsFailed(e.currentTarget.checked);
                    setErrors((p) => ({ ...p, regularUnitsFailed: undefined }));
                  }}
                  error={errors.regularUnitsFailed}
                />
                <Text size="sm" fw={600}>
                  {labels.attachments}
                </Text>
                <AttachmentsInput
                  id={fieldId('attachments')}
                  files={files}
                  onChange={(f) => {
                    setFiles(f);
                    setErrors((p) => ({ ...p, attachments: undefined }));
                  }}
                  error={errors.attachments}
                  badFiles={[]}
                />
              </Section>
              <Section id="sr-section-schedule" title={t('serviceRequests.form.scheduleSection')}>
                <TextInput
                  {...text('proposedDate', true, 10)}
                  type="date"
                  min={min}
                  description={
                    min
                      ? t('serviceRequests.form.earliestHint', { date: formatLocalDate(min, lang, true) })
                      : undefined
                  }
                />
                <Select
                  id={fieldId('priority')}
                  label={labels.priority}
                  data={[
                    { value: '', label: t('serviceRequests.priority.none') },
                    ...PRIORITY_KINDS.map((k) => ({ value: k, label: tt(`serviceRequests.priority.${k}`) })),
                  ]}
                  value={values.priority ?? ''}
                  onChange={(v) => set('priority', v ?? '')}
                  allowDeselect={false}
                />
              </Section>
            </>
          )}
          <div>
            <Button
              type="submit"
              size="md"
              loading={submit.isPending}
              leftSection={<IconSend size={18} aria-hidden="true" />}
            >
              {t('serviceRequests.form.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
