import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ruleMessage, ZTrackingCode } from '@sigap/contracts';
import { type TPublicComplaint, type TTrackRequest, ZTrackRequest } from '@sigap/contracts/complaints';
import {
  isServiceRequestCode,
  type TPublicServiceRequest,
  type TTrackServiceRequest,
  ZTrackServiceRequest,
} from '@sigap/contracts/service-requests';
import { IconAlertCircle, IconEye, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { useTrackServiceRequest } from '../service-requests/api';
import { ServiceRequestView } from '../service-requests/ServiceRequestView';
import { PublicApiError, useComplaintStatus, useTrackComplaint } from './api';
import { ComplaintView } from './ComplaintView';
import { type Errors, errorsFromFields, lookupErrorText } from './shared';

type Result = { complaint: TPublicComplaint; pin: string | null };

/** After the errors render, the first field with one takes the focus (its error is in its description). */
const focusField = (id: string) => window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * `/lacak`: Tracking Pengaduan (Pasal 7). With the public code and PIN the whole public view of
 * the complaint; with the code alone its status and step dates. The PIN lives in this
 * component's state only, never in the address or in storage.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('portalComplaints.track.pageTitle'));
  const [params, setParams] = useSearchParams();
  const [trackingCode, setTrackingCode] = useState(() => params.get('kode') ?? '');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const track = useTrackComplaint();
  const status = useComplaintStatus();
  // a service request's code (LAY-…) is followed with its PIN on the same page
  const trackService = useTrackServiceRequest();
  const [serviceResult, setServiceResult] = useState<TPublicServiceRequest | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ to: 'result' | 'error'; n: number } | null>(null);

  // a link to another code (the complaint this one was merged into) fills the form again
  const kode = params.get('kode');
  useEffect(() => {
    if (kode) setTrackingCode(kode);
  }, [kode]);

  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget.to === 'result' ? resultRef.current : errorRef.current)?.focus();
  }, [focusTarget]);

  const labels: Record<string, string> = {
    trackingCode: t('portalComplaints.track.trackingCode'),
    pin: t('portalComplaints.track.pin'),
  };

  const show = (next: Result) => {
    setResult(next);
    setLookupError(null);
    setParams({ kode: next.complaint.trackingCode }, { replace: true });
    setFocusTarget((prev) => ({ to: 'result', n: (prev?.n ?? 0) + 1 }));
  };
  const refuse = (error: unknown, withPin: boolean) => {
    setResult(null);
    if (error instanceof PublicApiError && error.fields.length > 0 && error.code === 'VALIDATION') {
      setErrors(errorsFromFields(error.fields, labels, () => '').errors);
      return;
    }
    setLookupError(lookupErrorText(error, t, withPin));
    setFocusTarget((prev) => ({ to: 'error', n: (prev?.n ?? 0) + 1 }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLookupError(null);
    setServiceResult(null);
    if (isServiceRequestCode(trackingCode)) {
      const asService = validate<TTrackServiceRequest>(ZTrackServiceRequest, { trackingCode, pin }, labels);
      if (!asService.ok) {
        setErrors(asService.errors);
        focusField(asService.errors.trackingCode ? 'track-code' : 'track-pin');
        return;
      }
      setErrors({});
      trackService.mutate(asService.data, {
        onSuccess: (request) => {
          setResult(null);
          setServiceResult(request);
          setParams({ kode: request.trackingCode }, { replace: true });
        },
        onError: (error) => refuse(error, true),
      });
      return;
    }
    const checked = validate<TTrackRequest>(ZTrackRequest, { trackingCode, pin }, labels);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusField(checked.errors.trackingCode ? 'track-code' : 'track-pin');
      return;
    }
    setErrors({});
    track.mutate(checked.data, {
      onSuccess: (complaint) => show({ complaint, pin: checked.data.pin }),
      onError: (error) => refuse(error, true),
    });
  };

  const checkStatus = () => {
    setLookupError(null);
    const parsed = ZTrackingCode.safeParse(trackingCode);
    if (!parsed.success) {
      setErrors({
        trackingCode: ruleMessage(trackingCode.trim() ? 'tracking_code' : 'required', lang, {
          field: labels.trackingCode ?? '',
        }),
      });
      focusField('track-code');
      return;
    }
    setErrors({});
    status.mutate(parsed.data, {
      onSuccess: (complaint) => show({ complaint, pin: null }),
      onError: (error) => refuse(error, false),
    });
  };

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Title order={1}>{t('portalComplaints.track.title')}</Title>
        <Text>{t('portalComplaints.track.lead')}</Text>
      </Stack>

      <Card withBorder padding="lg" component="section" aria-labelledby="track-form-title">
        <Title order={2} size="h3" id="track-form-title" mb="md">
          {t('portalComplaints.track.formTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                id="track-code"
                label={labels.trackingCode}
                description={t('portalComplaints.track.trackingCodeHint')}
                placeholder="ADU-7KQ4M-9XPT2"
                required
                maxLength={24}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                value={trackingCode}
                onChange={(e) => {
                  setTrackingCode(e.currentTarget.value.toUpperCase());
                  setErrors((prev) => ({ ...prev, trackingCode: undefined }));
                }}
                error={errors.trackingCode}
              />
              <PasswordInput
                id="track-pin"
                label={labels.pin}
                description={t('portalComplaints.track.pinHint')}
                required
                maxLength={6}
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                onChange={(e) => {
                  setPin(e.currentTarget.value.replace(/\D/g, ''));
                  setErrors((prev) => ({ ...prev, pin: undefined }));
                }}
                error={errors.pin}
                visibilityToggleButtonProps={{ 'aria-label': t('portalComplaints.track.togglePin') }}
              />
            </SimpleGrid>
            <Group gap="sm">
              <Button
                type="submit"
                loading={track.isPending}
                leftSection={<IconSearch size={18} aria-hidden="true" />}
              >
                {t('portalComplaints.track.submit')}
              </Button>
              <Button
                variant="default"
                onClick={checkStatus}
                loading={status.isPending}
                leftSection={<IconEye size={18} aria-hidden="true" />}
                aria-describedby="track-status-hint"
              >
                {t('portalComplaints.track.statusOnly')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" id="track-status-hint">
              {t('portalComplaints.track.statusOnlyHint')} {t('portalComplaints.track.pinKept')}
            </Text>
          </Stack>
        </form>
      </Card>

      {lookupError && (
        <Alert
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          color="red"
          variant="light"
          title={t('portalComplaints.track.errorTitle')}
          icon={<IconAlertCircle aria-hidden="true" />}
        >
          {lookupError}
        </Alert>
      )}

      {serviceResult && <ServiceRequestView request={serviceResult} />}

      {result && (
        <ComplaintView
          ref={resultRef}
          complaint={result.complaint}
          pin={result.pin}
          onUpdated={(complaint) => setResult((prev) => (prev ? { ...prev, complaint } : prev))}
          onTrackCode={(code) => {
            setResult(null);
            setPin('');
            setTrackingCode(code);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </Stack>
  );
}
