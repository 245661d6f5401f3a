import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  ADDRESSEES,
  CURRENCIES,
  PRIORITY_KINDS,
  SERVICE_KEYS,
  type TRegisterServiceRequest,
  type TServiceKey,
  type TServiceRequestReceipt,
} from '@sigap/contracts/service-requests';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { currentLang } from '../../i18n';
import { type Errors, serverFieldErrors } from '../../lib/form';
import { formatDateTime, isoToLocalInput, localInputToIso } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { scanUrl, useIncomingLetter } from '../letters/api';
import { useRegisterServiceRequest } from './api';
import { InboundEmailsCard, useInboundEmailPrefill } from './InboundEmailsCard';

/**
 * `/office/permohonan-layanan/baru`: the administration office registers a request from a letter
 * brought in person, an email or an e-office memo. What the letter lacks may stay empty: the
 * request is then held incomplete and the applicant told what is missing.
 */
export function NewServiceRequestPage() {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  usePageTitle(t('serviceRequests.office.newTitle'));
  const registerNew = useRegisterServiceRequest();
  // `?surat=<id>&layanan=<service>`: following up a letter of the agenda book
  const [params] = useSearchParams();
  const letterId = params.get('surat');
  const letter = useIncomingLetter(letterId);
  const [service, setService] = useState<TServiceKey>(
    (SERVICE_KEYS as readonly string[]).includes(params.get('layanan') ?? '')
      ? (params.get('layanan') as TServiceKey)
      : 'pertemuan-one-on-one',
  );
  const [v, setV] = useState<Record<string, string>>({
    channel: 'letter',
    receivedAt: isoToLocalInput(new Date(), me.agency.timeZone),
    investmentCurrency: 'IDR',
  });
  // with ?email=<id>: the form filled from an email to the office mailboxes, registered from it
  const fromEmail = useInboundEmailPrefill({ setV });
  const register = fromEmail.register ?? registerNew;
  const letterData = letter.data;
  // the letter's receipt time is the request's (the clock starts when the office received it)
  useEffect(() => {
    if (letterData)
      setV((p) => ({
        ...p,
        channel: 'letter',
        receivedAt: isoToLocalInput(letterData.receivedAt, me.agency.timeZone),
      }));
  }, [letterData, me.agency.timeZone]);
  const [flags, setFlags] = useState({ supportingDataReceived: false, regularUnitsFailed: false });
  const [errors, setErrors] = useState<Errors>({});
  const [receipt, setReceipt] = useState<TServiceRequestReceipt | null>(null);
  const oneOnOne = service === 'pertemuan-one-on-one';
  const lb = (k: string) => tt(`serviceRequests.form.${k}`);
  const field = (k: string, label = lb(k)) => ({
    label,
    value: v[k] ?? '',
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setV((p) => ({ ...p, [k]: value }));
      setErrors((p) => ({ ...p, [k]: undefined }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const keep = oneOnOne
      ? [
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
        ]
      : [
          'applicantName',
          'applicantIdentity',
          'applicantEmail',
          'contactPhone',
          'companyName',
          'chronology',
          'consultationReference',
          'proposedDate',
          'priority',
        ];
    const body: Record<string, unknown> = {
      service,
      ...(letterData ? { incomingLetterId: letterData.id } : {}),
      channel: v.channel,
      receivedAt: localInputToIso(v.receivedAt ?? '', me.agency.timeZone),
      supportingDataReceived: flags.supportingDataReceived,
      ...(oneOnOne ? {} : { regularUnitsFailed: flags.regularUnitsFailed }),
    };
    for (const k of keep) if (v[k]) body[k] = v[k];
    register.mutate(body as TRegisterServiceRequest, {
      onSuccess: setReceipt,
      onError: (error) =>
        setErrors(
          serverFieldErrors(error, {
            labels: (name) => (name === 'receivedAt' ? t('serviceRequests.office.receivedAt') : lb(name)),
          }),
        ),
    });
  };
  if (receipt)
    return (
      <Stack gap="md" maw={720}>
        <Alert
          color={receipt.status === 'incomplete' ? 'yellow' : 'green'}
          title={t('serviceRequests.office.registered')}
        >
          {tt(`serviceRequests.statuses.${receipt.status}`)}
          {receipt.missingItems.length
            ? `: ${receipt.missingItems.map((i) => tt(`serviceRequests.items.${i}`)).join('; ')}`
            : ''}
        </Alert>
        <Stack component="dl" gap="xs" m={0}>
          <Fact label={t('serviceRequests.office.number')}>{receipt.number}</Fact>
          <Fact label={t('serviceRequests.receipt.code')}>{receipt.trackingCode}</Fact>
          <Fact label={t('serviceRequests.receipt.pin')}>{receipt.pin}</Fact>
          <Fact label={t('serviceRequests.office.due')}>
            {receipt.dueAt
              ? formatDateTime(receipt.dueAt, me.agency.timeZone, lang)
              : t('serviceRequests.receipt.paused')}
          </Fact>
        </Stack>
        {receipt.id ? (
          <Button component={Link} to={pagePath(OFFICE_PAGES.serviceRequest, { id: receipt.id })}>
            {t('serviceRequests.office.detail')}
          </Button>
        ) : null}
      </Stack>
    );
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('serviceRequests.office.newTitle')}</Title>
      <Text>{t('serviceRequests.office.newLead')}</Text>
      <InboundEmailsCard />
      {letterData ? (
        <Alert
          color="blue"
          title={t('serviceRequests.office.fromLetter', { agenda: letterData.agendaNumber })}
        >
          <Stack gap={2}>
            <Text size="sm">
              {letterData.sender} · {letterData.letterNumber} · {letterData.subject}
            </Text>
            {letterData.scan ? (
              <Anchor href={scanUrl(letterData.id)} size="sm">
                {t('serviceRequests.office.letterScan', { name: letterData.scan.filename })}
              </Anchor>
            ) : null}
            {letterData.caseNumber ? (
              <Text size="sm" c="red">
                {t('serviceRequests.office.letterHasCase', { number: letterData.caseNumber })}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('serviceRequests.office.service')}
                data={SERVICE_KEYS.map((k) => ({ value: k, label: tt(`serviceRequests.services.${k}`) }))}
                value={service}
                onChange={(x) => x && setService(x as TServiceKey)}
                allowDeselect={false}
              />
              <Select
                label={t('serviceRequests.office.channel')}
                data={(['letter', 'email', 'e_office'] as const).map((k) => ({
                  value: k,
                  label: tt(`serviceRequests.channels.${k}`),
                }))}
                value={v.channel ?? 'letter'}
                onChange={(x) => setV((p) => ({ ...p, channel: x ?? 'letter' }))}
                allowDeselect={false}
              />
              <TextInput
                type="datetime-local"
                {...field('receivedAt', t('serviceRequests.office.receivedAt'))}
              />
            </SimpleGrid>
          </Card>
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...field('applicantName')} />
              <TextInput {...field('applicantIdentity')} />
              <TextInput {...field('applicantEmail')} type="email" />
              <TextInput {...field('contactPhone', oneOnOne ? lb('contactPhone') : lb('whatsapp'))} />
              <TextInput {...field('companyName')} />
              {oneOnOne ? (
                <Select
                  label={lb('addressee')}
                  data={ADDRESSEES.map((k) => ({ value: k, label: tt(`serviceRequests.addressee.${k}`) }))}
                  value={v.addressee ?? null}
                  onChange={(x) => setV((p) => ({ ...p, addressee: x ?? '' }))}
                  error={errors.addressee}
                />
              ) : (
                <Select
                  label={lb('priority')}
                  data={[
                    { value: '', label: t('serviceRequests.priority.none') },
                    ...PRIORITY_KINDS.map((k) => ({ value: k, label: tt(`serviceRequests.priority.${k}`) })),
                  ]}
                  value={v.priority ?? ''}
                  onChange={(x) => setV((p) => ({ ...p, priority: x ?? '' }))}
                  allowDeselect={false}
                />
              )}
            </SimpleGrid>
          </Card>
          <Card withBorder>
            {oneOnOne ? (
              <Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput {...field('investmentSector')} />
                  <TextInput {...field('kbli')} />
                  <TextInput {...field('investmentLocation')} />
                  <TextInput {...field('investmentTimeline')} />
                  <TextInput {...field('investmentValue')} />
                  <Select
                    label={lb('investmentCurrency')}
                    data={[...CURRENCIES]}
                    value={v.investmentCurrency ?? 'IDR'}
                    onChange={(x) => setV((p) => ({ ...p, investmentCurrency: x ?? 'IDR' }))}
                    allowDeselect={false}
                  />
                </SimpleGrid>
                <Textarea {...field('topics')} autosize minRows={3} />
              </Stack>
            ) : (
              <Stack>
                <Textarea {...field('chronology')} autosize minRows={3} />
                <TextInput {...field('consultationReference')} />
                <Checkbox
                  label={lb('regularUnitsFailed')}
                  checked={flags.regularUnitsFailed}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setFlags((p) => ({ ...p, regularUnitsFailed: checked }));
                  }}
                />
                <TextInput type="date" {...field('proposedDate')} />
              </Stack>
            )}
            <Checkbox
              mt="md"
              label={t('serviceRequests.office.supportingDataReceived')}
              checked={flags.supportingDataReceived}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setFlags((p) => ({ ...p, supportingDataReceived: checked }));
              }}
            />
          </Card>
          <div>
            <Button type="submit" loading={register.isPending}>
              {t('serviceRequests.office.send')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
