import {
  Anchor,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import {
  BOX_KIND_CODES,
  COMPLAINT_TYPE_CODES,
  FORM_C_CHANNELS,
  type TComplaintReceipt,
  type TRecordComplaintRequest,
  ZFormARequest,
  ZFormBRequest,
  ZFormCRequest,
} from '@sigap/contracts/complaints';
import { formatTime } from '@sigap/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../components/QueryError';
import { useFormErrors, validate } from '../../lib/form';
import { zoneAbbreviation, zonedParts } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { useRecordComplaint } from './api';
import { ReceiptPanel } from './ReceiptPanel';
import { localIso } from './shared';

type FormCode = 'A' | 'B' | 'C';
type FormCChannel = (typeof FORM_C_CHANNELS)[number];

interface Values {
  type: string | null;
  companyName: string;
  nib: string;
  anonymous: boolean;
  confidential: boolean;
  language: 'id' | 'en';
  firstResponse: string;
  receivedDate: string;
  receivedTime: string;
  reporterName: string;
  reporterInstitution: string;
  reporterAddress: string;
  reporterPhone: string;
  reporterEmail: string;
  reporterHandle: string;
  reporterGender: string;
  subject: string;
  description: string;
  boxKind: string | null;
  channel: FormCChannel | null;
  mediaName: string;
  publicationDate: string;
  laporNumber: string;
  forwardedBy: string;
}

function initialValues(tz: string): Values {
  const now = new Date();
  return {
    type: null,
    companyName: '',
    nib: '',
    anonymous: false,
    confidential: false,
    language: 'id',
    firstResponse: '',
    receivedDate: zonedParts(now, tz).date,
    receivedTime: formatTime(now, tz, 'en'),
    reporterName: '',
    reporterInstitution: '',
    reporterAddress: '',
    reporterPhone: '',
    reporterEmail: '',
    reporterHandle: '',
    reporterGender: '',
    subject: '',
    description: '',
    boxKind: null,
    channel: null,
    mediaName: '',
    publicationDate: '',
    laporNumber: '',
    forwardedBy: '',
  };
}

/** The request body of one form: exactly that form's fields (the server's schemas are strict). */
function bodyOf(form: FormCode, v: Values, tz: string): Record<string, unknown> {
  const common = {
    form,
    type: v.type ?? undefined,
    companyName: v.companyName,
    nib: v.nib,
    anonymous: v.anonymous,
    confidential: v.confidential,
    language: v.language,
    firstResponse: v.firstResponse,
    receivedAt: localIso(v.receivedDate, v.receivedTime, tz),
  };
  const contact = { reporterPhone: v.reporterPhone, reporterEmail: v.reporterEmail };
  if (form === 'A')
    return {
      ...common,
      reporterName: v.reporterName,
      reporterInstitution: v.reporterInstitution,
      reporterAddress: v.reporterAddress,
      ...contact,
      subject: v.subject,
      description: v.description,
    };
  if (form === 'B')
    return {
      ...common,
      boxKind: v.boxKind ?? undefined,
      description: v.description,
      subject: v.subject,
      reporterName: v.reporterName,
      reporterAddress: v.reporterAddress,
      reporterGender: v.reporterGender,
      ...contact,
    };
  const ch = v.channel;
  return {
    ...common,
    channel: ch ?? undefined,
    reporterName: v.reporterName,
    reporterInstitution: v.reporterInstitution,
    reporterAddress: v.reporterAddress,
    ...contact,
    ...(ch === 'twitter' || ch === 'facebook' ? { reporterHandle: v.reporterHandle } : {}),
    subject: v.subject,
    description: v.description,
    ...(ch === 'mass_media' ? { mediaName: v.mediaName, publicationDate: v.publicationDate } : {}),
    ...(ch === 'lapor' ? { laporNumber: v.laporNumber } : {}),
    ...(ch === 'staff' ? { forwardedBy: v.forwardedBy } : {}),
  };
}

const SCHEMAS = { A: ZFormARequest, B: ZFormBRequest, C: ZFormCRequest } as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * "Catat pengaduan": the complaint officer records a complaint on Formulir A (face to face),
 * B (complaint box slip) or C (other channels), each with exactly its form's fields
 * (Perka BKPM 12/2015 Lampiran II), then hands the reporter the receipt with the PIN.
 */
export function NewComplaintPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.new.title'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const zone = zoneAbbreviation(tz);
  const record = useRecordComplaint();
  const form = useFormErrors();
  const [formCode, setFormCode] = useState<FormCode>('A');
  const [values, setValues] = useState<Values>(() => initialValues(tz));
  const [confidentialTouched, setConfidentialTouched] = useState(false);
  const [receipt, setReceipt] = useState<TComplaintReceipt | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusError, setFocusError] = useState(0);

  // after a failed check, the first field with an error takes the focus
  useEffect(() => {
    if (focusError === 0) return;
    const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
  }, [focusError]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key === 'receivedDate' || key === 'receivedTime' ? 'receivedAt' : key);
    if (key === 'reporterPhone' || key === 'reporterHandle') form.clearField('reporterEmail');
  };

  const chooseForm = (next: FormCode) => {
    setFormCode(next);
    form.clear();
    // the box slip promises "kerahasiaan pengirim dijamin"
    if (!confidentialTouched) setValues((prev) => ({ ...prev, confidential: next === 'B' }));
  };

  const labels: Record<string, string> = {
    type: t('complaints.field.type'),
    companyName: t('complaints.field.companyName'),
    nib: t('complaints.field.nib'),
    language: t('complaints.field.language'),
    firstResponse: t('complaints.field.firstResponse'),
    receivedAt: t('complaints.field.receivedAt'),
    reporterName: t('complaints.field.reporterName'),
    reporterInstitution: t('complaints.field.reporterInstitution'),
    reporterAddress: t('complaints.field.reporterAddress'),
    reporterPhone: t('complaints.field.reporterPhone'),
    reporterEmail: t('complaints.field.reporterEmail'),
    reporterHandle: t('complaints.field.reporterHandle'),
    reporterGender: t('complaints.field.reporterGender'),
    subject: t('complaints.field.subject'),
    description:
      formCode === 'A'
        ? t('complaints.field.descriptionA')
        : formCode === 'B'
          ? t('complaints.field.descriptionB')
          : t('complaints.field.descriptionC'),
    boxKind: t('complaints.field.boxKind'),
    channel: t('complaints.field.channel'),
    mediaName: t('complaints.field.mediaName'),
    publicationDate: t('complaints.field.publicationDate'),
    laporNumber: t('complaints.field.laporNumber'),
    forwardedBy: t('complaints.field.forwardedBy'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const data = bodyOf(formCode, values, tz);
    const checked = validate<TRecordComplaintRequest>(SCHEMAS[formCode], data, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      setFocusError((n) => n + 1);
      return;
    }
    record.mutate(checked.data, {
      onSuccess: (r) => {
        setReceipt(r);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        form.fromError(error, t('common.unexpectedError'), { labels });
        setFocusError((n) => n + 1);
      },
    });
  };

  const startOver = () => {
    setReceipt(null);
    setValues(initialValues(tz));
    setConfidentialTouched(false);
    setFormCode('A');
    form.clear();
  };

  if (receipt) return <ReceiptPanel receipt={receipt} onAnother={startOver} />;

  const e = form.errors;
  const text = (
    key: keyof Values,
    opts: { required?: boolean; maxLength?: number; type?: string; description?: string } = {},
  ) => (
    <TextInput
      label={labels[key]}
      required={opts.required}
      maxLength={opts.maxLength ?? 200}
      type={opts.type}
      description={opts.description}
      value={values[key] as string}
      onChange={(ev) => set(key, ev.currentTarget.value as never)}
      error={e[key]}
    />
  );
  const contactHint = formCode === 'C' ? t('complaints.new.contactHintC') : t('complaints.new.contactHint');
  const ch = values.channel;
  const nameRequired = formCode === 'A' || (formCode === 'C' && ch !== 'mass_media');

  const reporterFields = (
    <Section
      id="reporter-heading"
      title={formCode === 'B' ? t('complaints.new.section.sender') : t('complaints.new.section.reporter')}
    >
      {formCode === 'B' && (
        <Text size="sm" c="dimmed">
          {t('complaints.new.senderHint')}
        </Text>
      )}
      {formCode === 'C' && ch === 'mass_media' && (
        <Text size="sm" c="dimmed">
          {t('complaints.new.massMediaReporterHint')}
        </Text>
      )}
      {text('reporterName', { required: nameRequired, maxLength: LIMITS.nameMax })}
      {formCode !== 'B' && text('reporterInstitution')}
      <Textarea
        label={labels.reporterAddress}
        autosize
        minRows={2}
        maxLength={500}
        value={values.reporterAddress}
        onChange={(ev) => set('reporterAddress', ev.currentTarget.value)}
        error={e.reporterAddress}
      />
      {formCode === 'B' && (
        <Radio.Group
          label={labels.reporterGender}
          value={values.reporterGender}
          onChange={(v) => set('reporterGender', v)}
          error={e.reporterGender}
        >
          <Group gap="md" mt={6}>
            <Radio value="" label={t('complaints.gender.unknown')} />
            <Radio value="male" label={t('complaints.gender.male')} />
            <Radio value="female" label={t('complaints.gender.female')} />
          </Group>
        </Radio.Group>
      )}
      <Text size="sm" c="dimmed" id="contact-hint">
        {contactHint}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('reporterPhone', { type: 'tel', maxLength: 20 })}
        {text('reporterEmail', { type: 'email', maxLength: LIMITS.emailMax })}
      </SimpleGrid>
      {formCode === 'C' &&
        (ch === 'twitter' || ch === 'facebook') &&
        text('reporterHandle', {
          maxLength: 100,
          description: ch === 'twitter' ? t('complaints.new.handleHintX') : t('complaints.new.handleHintFb'),
        })}
    </Section>
  );

  const timeFields = (
    <Section
      id="time-heading"
      title={formCode === 'B' ? t('complaints.new.section.timeBox') : t('complaints.new.section.time')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('complaints.field.receivedDate')}
          required
          value={values.receivedDate}
          onChange={(ev) => set('receivedDate', ev.currentTarget.value)}
          error={e.receivedAt}
        />
        <TextInput
          type="time"
          label={t('complaints.field.receivedTime', { zone })}
          required
          value={values.receivedTime}
          onChange={(ev) => set('receivedTime', ev.currentTarget.value)}
        />
      </SimpleGrid>
    </Section>
  );

  const contentFields = (
    <Section
      id="content-heading"
      title={formCode === 'B' ? t('complaints.new.section.contentB') : t('complaints.new.section.content')}
    >
      {formCode === 'B' && (
        <Radio.Group
          label={labels.boxKind}
          required
          value={values.boxKind ?? ''}
          onChange={(v) => set('boxKind', v)}
          error={e.boxKind}
        >
          <Group gap="md" mt={6}>
            {BOX_KIND_CODES.map((k) => (
              <Radio key={k} value={k} label={t(`complaints.boxKind.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      {formCode === 'C' && ch === 'mass_media' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('mediaName', { required: true })}
          {text('publicationDate', { required: true, type: 'date' })}
        </SimpleGrid>
      )}
      <TextInput
        label={labels.subject}
        required={formCode !== 'B'}
        description={formCode === 'B' ? t('complaints.new.subjectHintB') : undefined}
        maxLength={300}
        value={values.subject}
        onChange={(ev) => set('subject', ev.currentTarget.value)}
        error={e.subject}
      />
      <Textarea
        label={labels.description}
        required
        description={t('complaints.new.descriptionHint')}
        autosize
        minRows={5}
        maxLength={LIMITS.textMax}
        value={values.description}
        onChange={(ev) => set('description', ev.currentTarget.value)}
        error={e.description}
      />
    </Section>
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/pengaduan" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('complaints.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('complaints.new.title')}</Title>
        <Text size="sm">{t('complaints.new.intro')}</Text>
      </Stack>

      <Tabs value={formCode} onChange={(v) => chooseForm(v === 'B' ? 'B' : v === 'C' ? 'C' : 'A')}>
        <Tabs.List aria-label={t('complaints.new.formsLabel')}>
          {(['A', 'B', 'C'] as const).map((f) => (
            <Tabs.Tab key={f} value={f}>
              <Text span fw={700} size="sm">
                {t('complaints.formOf', { form: f })}
              </Text>
              <Text span size="sm" visibleFrom="xs">
                {' '}
                · {t(`complaints.new.formName.${f}`)}
              </Text>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {(['A', 'B', 'C'] as const).map((f) => (
          <Tabs.Panel key={f} value={f} pt="md">
            {f === formCode && (
              <form ref={formRef} onSubmit={submit} noValidate>
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    {t(`complaints.new.formHint.${f}`)}
                  </Text>
                  <FormError message={form.formError} />
                  {f === 'C' && (
                    <Section id="channel-heading" title={t('complaints.new.section.channel')}>
                      <Select
                        label={labels.channel}
                        required
                        data={FORM_C_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
                        value={values.channel}
                        onChange={(v) => set('channel', (v as FormCChannel | null) ?? null)}
                        error={e.channel}
                        w={{ base: '100%', sm: 360 }}
                      />
                      {ch === 'lapor' && text('laporNumber', { required: true, maxLength: 40 })}
                      {ch === 'staff' &&
                        text('forwardedBy', {
                          required: true,
                          description: t('complaints.new.forwardedByHint'),
                        })}
                    </Section>
                  )}
                  {f === 'B' ? (
                    <>
                      {contentFields}
                      {reporterFields}
                      {timeFields}
                    </>
                  ) : (
                    <>
                      {reporterFields}
                      {timeFields}
                      {contentFields}
                    </>
                  )}

                  <Section id="classify-heading" title={t('complaints.new.section.classify')}>
                    <Select
                      label={labels.type}
                      required
                      data={COMPLAINT_TYPE_CODES.map((c) => ({
                        value: c,
                        label: `${c.toUpperCase()}. ${t(`complaints.type.${c}`)}`,
                      }))}
                      value={values.type}
                      onChange={(v) => set('type', v)}
                      error={e.type}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {text('companyName')}
                      {text('nib', { maxLength: 13, description: t('complaints.new.nibHint') })}
                    </SimpleGrid>
                  </Section>

                  <Section id="privacy-heading" title={t('complaints.new.section.privacy')}>
                    <Switch
                      label={t('complaints.field.anonymous')}
                      description={t('complaints.new.anonymousHint')}
                      checked={values.anonymous}
                      onChange={(ev) => set('anonymous', ev.currentTarget.checked)}
                    />
                    <Switch
                      label={t('complaints.field.confidential')}
                      description={t('complaints.new.confidentialHint')}
                      checked={values.confidential}
                      onChange={(ev) => {
                        setConfidentialTouched(true);
                        set('confidential', ev.currentTarget.checked);
                      }}
                    />
                    <Select
                      label={labels.language}
                      description={t('complaints.new.languageHint')}
                      required
                      allowDeselect={false}
                      data={[
                        { value: 'id', label: t('complaints.lang.id') },
                        { value: 'en', label: t('complaints.lang.en') },
                      ]}
                      value={values.language}
                      onChange={(v) => set('language', v === 'en' ? 'en' : 'id')}
                      error={e.language}
                      w={{ base: '100%', sm: 280 }}
                    />
                  </Section>

                  <Section id="first-response-heading" title={t('complaints.new.section.firstResponse')}>
                    <Textarea
                      label={labels.firstResponse}
                      description={t('complaints.new.firstResponseHint')}
                      autosize
                      minRows={3}
                      maxLength={LIMITS.textMax}
                      value={values.firstResponse}
                      onChange={(ev) => set('firstResponse', ev.currentTarget.value)}
                      error={e.firstResponse}
                    />
                  </Section>

                  <Group justify="flex-end">
                    <Button component={Link} to="/office/pengaduan" variant="default">
                      {t('common.cancel')}
                    </Button>
                    <Button
                      type="submit"
                      loading={record.isPending}
                      leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
                    >
                      {t('complaints.new.submit')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
