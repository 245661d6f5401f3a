import {
  Alert,
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
  COMPLAINT_TYPE_CODES,
  type TComplaintReceipt,
  type TPortalComplaintFields,
  ZPortalComplaintFields,
} from '@sigap/contracts/complaints';
import { IconInfoCircle, IconSend } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePublicAgencies } from '../agencies';
import { PublicApiError, useFileComplaint } from './api';
import { ReceiptView } from './ReceiptView';
import {
  AttachmentsInput,
  agencyOptions,
  checkFiles,
  ErrorSummary,
  type Errors,
  errorsFromFields,
} from './shared';

const EMPTY = {
  agencyId: '',
  type: '',
  subject: '',
  description: '',
  reporterName: '',
  reporterEmail: '',
  reporterPhone: '',
  reporterInstitution: '',
  reporterAddress: '',
  companyName: '',
  nib: '',
  anonymous: false,
  confidential: false,
};
type Values = typeof EMPTY;
type TextField = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

/** The order of the fields on the page, for the error summary. */
const FIELD_ORDER = [
  'agencyId',
  'type',
  'subject',
  'description',
  'reporterName',
  'reporterEmail',
  'reporterPhone',
  'reporterInstitution',
  'reporterAddress',
  'companyName',
  'nib',
  'anonymous',
  'confidential',
  'attachments',
] as const;

const fieldId = (field: string) => (field === 'type' ? 'complaint-type-a' : `complaint-${field}`);

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
 * `/pengaduan`: the public complaint form of Perka BKPM 12/2015 (the portal channel). Checked with
 * the server's own schema before sending; the server's field errors land on the same inputs.
 * The answer is the receipt with the tracking number and the PIN, shown once.
 */
export function FileComplaintPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const agencies = usePublicAgencies();
  const submitMutation = useFileComplaint();
  const [values, setValues] = useState<Values>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [badFiles, setBadFiles] = useState<number[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<TComplaintReceipt | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  usePageTitle(receipt ? t('portalComplaints.receipt.title') : t('portalComplaints.file.pageTitle'));

  // one agency: nothing to choose
  useEffect(() => {
    const only = agencies.data?.length === 1 ? agencies.data[0] : undefined;
    if (only) setValues((prev) => (prev.agencyId ? prev : { ...prev, agencyId: only.id }));
  }, [agencies.data]);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const labels: Record<string, string> = {
    agencyId: t('portalComplaints.file.agency'),
    type: t('portalComplaints.file.type'),
    subject: t('portalComplaints.file.subject'),
    description: t('portalComplaints.file.description'),
    reporterName: t('portalComplaints.file.reporterName'),
    reporterEmail: t('portalComplaints.file.reporterEmail'),
    reporterPhone: t('portalComplaints.file.reporterPhone'),
    reporterInstitution: t('portalComplaints.file.reporterInstitution'),
    reporterAddress: t('portalComplaints.file.reporterAddress'),
    companyName: t('portalComplaints.file.companyName'),
    nib: t('portalComplaints.file.nib'),
    anonymous: t('portalComplaints.file.anonymous'),
    confidential: t('portalComplaints.file.confidential'),
    attachments: t('portalComplaints.attachments.label'),
    language: t('common.language'),
  };
  const fileLabel = (index: number) =>
    t('portalComplaints.attachments.item', { n: index + 1, name: files[index]?.name ?? '' });

  const clearField = (field: string) =>
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
  const setText = (field: TextField, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    clearField(field);
  };

  const fail = (next: Errors, nextBadFiles: number[], message: string | null) => {
    setErrors(next);
    setBadFiles(nextBadFiles);
    setFormError(message);
    setFocusSummary((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const data = { ...values, language: lang };
    const checked = validate<TPortalComplaintFields>(ZPortalComplaintFields, data, labels);
    const next: Errors = checked.ok ? {} : { ...checked.errors };
    const fileCheck = await checkFiles(files, labels.attachments ?? '', fileLabel);
    if (fileCheck.error) next.attachments = fileCheck.error;
    if (!checked.ok || fileCheck.error) return fail(next, fileCheck.badFiles, null);
    const body = new FormData();
    for (const [key, value] of Object.entries(checked.data)) {
      if (value === undefined || value === null) continue;
      body.append(key, typeof value === 'boolean' ? String(value) : value);
    }
    for (const file of files) body.append('attachments', file, file.name);
    submitMutation.mutate(body, {
      onSuccess: (result) => {
        setErrors({});
        setBadFiles([]);
        setReceipt(result);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        if (error instanceof PublicApiError && error.fields.length > 0) {
          const mapped = errorsFromFields(error.fields, labels, fileLabel);
          return fail(mapped.errors, mapped.badFiles, null);
        }
        if (error instanceof PublicApiError && error.code === 'RATE_LIMITED')
          return fail(
            {},
            [],
            error.retryAfterSeconds
              ? t('portalComplaints.track.rateLimited', { seconds: error.retryAfterSeconds })
              : t('portalComplaints.track.rateLimitedNoTime'),
          );
        fail({}, [], error instanceof PublicApiError ? error.message : t('common.unexpectedError'));
      },
    });
  };

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onAnother={() => {
          setReceipt(null);
          setValues((prev) => ({ ...EMPTY, agencyId: prev.agencyId }));
          setFiles([]);
          submitMutation.reset();
        }}
      />
    );
  }

  const summaryItems = FIELD_ORDER.flatMap((field) => {
    const message = errors[field];
    return message ? [{ id: fieldId(field), message }] : [];
  });
  // errors on fields the form does not have (should not happen) still show
  for (const [field, message] of Object.entries(errors))
    if (message && !(FIELD_ORDER as readonly string[]).includes(field))
      summaryItems.push({ id: '', message });

  const text = (field: TextField, extra: { maxLength?: number; required?: boolean } = {}) => ({
    id: fieldId(field),
    label: labels[field],
    value: values[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => setText(field, e.currentTarget.value),
    ...extra,
  });

  const sending = submitMutation.isPending;

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Title order={1}>{t('portalComplaints.file.title')}</Title>
        <Text>{t('portalComplaints.file.lead')}</Text>
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
          <Text size="sm">{t('portalComplaints.file.limits')}</Text>
        </Alert>
        <Text size="sm" c="dimmed">
          {t('portalComplaints.file.requiredNote')}
        </Text>
      </Stack>

      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <ErrorSummary
            ref={summaryRef}
            title={summaryItems.length > 0 ? t('portalComplaints.file.checkFields') : t('common.errorTitle')}
            items={summaryItems}
            message={formError}
          />

          <Section id="complaint-section" title={t('portalComplaints.file.complaintSection')}>
            {agencies.isError ? (
              <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
            ) : (
              <Select
                id={fieldId('agencyId')}
                label={labels.agencyId}
                description={t('portalComplaints.file.agencyHint')}
                placeholder={t('portalComplaints.file.agencyPlaceholder')}
                required
                data={agencyOptions(agencies.data)}
                value={values.agencyId || null}
                onChange={(v) => {
                  setValues((prev) => ({ ...prev, agencyId: v ?? '' }));
                  clearField('agencyId');
                }}
                error={errors.agencyId}
                allowDeselect={false}
                disabled={agencies.isPending}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <Radio.Group
              label={labels.type}
              description={t('portalComplaints.file.typeHint')}
              required
              value={values.type || null}
              onChange={(v) => {
                setValues((prev) => ({ ...prev, type: v }));
                clearField('type');
              }}
              error={errors.type}
            >
              <Stack gap="xs" mt="xs">
                {COMPLAINT_TYPE_CODES.map((code) => (
                  <Radio
                    key={code}
                    id={`complaint-type-${code}`}
                    value={code}
                    label={`${code}. ${t(`portalComplaints.types.${code}`)}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              {...text('subject', { maxLength: 300, required: true })}
              description={t('portalComplaints.file.subjectHint')}
            />
            <Textarea
              {...text('description', { maxLength: LIMITS.textMax, required: true })}
              description={t('portalComplaints.file.descriptionHint')}
              autosize
              minRows={6}
              maxRows={16}
            />
          </Section>

          <Section id="reporter-section" title={t('portalComplaints.file.reporterSection')}>
            <Text size="sm">{t('portalComplaints.file.reporterHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                {...text('reporterName', { maxLength: LIMITS.nameMax, required: true })}
                autoComplete="name"
              />
              <TextInput
                {...text('reporterEmail', { maxLength: LIMITS.emailMax, required: true })}
                type="email"
                autoComplete="email"
              />
              <TextInput
                {...text('reporterPhone', { maxLength: 20 })}
                type="tel"
                autoComplete="tel"
                description={t('portalComplaints.file.reporterPhoneHint')}
              />
              <TextInput {...text('reporterInstitution', { maxLength: 200 })} autoComplete="organization" />
            </SimpleGrid>
            <Textarea
              {...text('reporterAddress', { maxLength: 500 })}
              autosize
              minRows={2}
              autoComplete="street-address"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput {...text('companyName', { maxLength: 200 })} />
              <TextInput
                {...text('nib', { maxLength: 13 })}
                inputMode="numeric"
                description={t('portalComplaints.file.nibHint')}
              />
            </SimpleGrid>
          </Section>

          <Section id="privacy-section" title={t('portalComplaints.file.privacySection')}>
            <Checkbox
              id={fieldId('anonymous')}
              label={labels.anonymous}
              description={t('portalComplaints.file.anonymousHint')}
              checked={values.anonymous}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setValues((prev) => ({ ...prev, anonymous: checked }));
              }}
              error={errors.anonymous}
            />
            <Checkbox
              id={fieldId('confidential')}
              label={labels.confidential}
              description={t('portalComplaints.file.confidentialHint')}
              checked={values.confidential}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setValues((prev) => ({ ...prev, confidential: checked }));
              }}
              error={errors.confidential}
            />
            <Text size="sm" c="dimmed">
              {t('portalComplaints.file.privacyNote')}
            </Text>
          </Section>

          <Section id="attachments-section" title={t('portalComplaints.file.attachmentsSection')}>
            <AttachmentsInput
              id={fieldId('attachments')}
              files={files}
              onChange={(next) => {
                setFiles(next);
                setBadFiles([]);
                clearField('attachments');
              }}
              error={errors.attachments}
              badFiles={badFiles}
              disabled={sending}
            />
          </Section>

          <div>
            <Button
              type="submit"
              size="md"
              loading={sending}
              leftSection={<IconSend size={18} aria-hidden="true" />}
            >
              {t('portalComplaints.file.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
