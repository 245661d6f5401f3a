import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import { type TPublicComplaint, ZAddInfoFields } from '@sigap/contracts/complaints';
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validate } from '../../lib/form';
import { PublicApiError, useAddComplaintInfo } from './api';
import {
  AttachmentsInput,
  checkFiles,
  ErrorSummary,
  type Errors,
  errorsFromFields,
  lookupErrorText,
} from './shared';

/** The reporter adds text and documents to an open complaint (multipart, with the public code and PIN). */
export function AddInfoForm({
  trackingCode,
  pin,
  onAdded,
}: {
  trackingCode: string;
  pin: string;
  onAdded: (complaint: TPublicComplaint) => void;
}) {
  const { t } = useTranslation();
  const add = useAddComplaintInfo();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [badFiles, setBadFiles] = useState<number[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const labels: Record<string, string> = {
    text: t('portalComplaints.track.addInfoText'),
    attachments: t('portalComplaints.attachments.label'),
    trackingCode: t('portalComplaints.track.trackingCode'),
    pin: t('portalComplaints.track.pin'),
  };
  const fileLabel = (index: number) =>
    t('portalComplaints.attachments.item', { n: index + 1, name: files[index]?.name ?? '' });

  const fail = (next: Errors, nextBad: number[], message: string | null) => {
    setErrors(next);
    setBadFiles(nextBad);
    setFormError(message);
    setFocusSummary((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setFormError(null);
    const checked = validate(ZAddInfoFields, { trackingCode, pin, text }, labels);
    const next: Errors = checked.ok ? {} : { ...checked.errors };
    const fileCheck = await checkFiles(files, labels.attachments ?? '', fileLabel);
    if (fileCheck.error) next.attachments = fileCheck.error;
    if (!checked.ok || fileCheck.error) return fail(next, fileCheck.badFiles, null);
    const body = new FormData();
    body.append('trackingCode', checked.data.trackingCode);
    body.append('pin', checked.data.pin);
    body.append('text', checked.data.text);
    for (const file of files) body.append('attachments', file, file.name);
    add.mutate(body, {
      onSuccess: (complaint) => {
        setText('');
        setFiles([]);
        setErrors({});
        setBadFiles([]);
        setDone(true);
        onAdded(complaint);
      },
      onError: (error) => {
        if (error instanceof PublicApiError && error.fields.length > 0) {
          const mapped = errorsFromFields(error.fields, labels, fileLabel);
          return fail(mapped.errors, mapped.badFiles, null);
        }
        if (error instanceof PublicApiError && error.code === 'CONFLICT')
          return fail({}, [], t('portalComplaints.track.noLongerOpen'));
        fail({}, [], lookupErrorText(error, t, true));
      },
    });
  };

  const items = (['text', 'attachments', 'trackingCode', 'pin'] as const).flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    const id =
      field === 'text' ? 'add-info-text' : field === 'attachments' ? 'add-info-attachments' : undefined;
    return [{ id, message }];
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-info-title">
      <Title order={2} size="h3" id="add-info-title" mb={4}>
        {t('portalComplaints.track.addInfoTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('portalComplaints.track.addInfoLead')}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <ErrorSummary
            ref={summaryRef}
            title={items.length > 0 ? t('portalComplaints.file.checkFields') : t('common.errorTitle')}
            items={items}
            message={formError}
          />
          <Textarea
            id="add-info-text"
            label={labels.text}
            description={t('portalComplaints.track.addInfoTextHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={LIMITS.textMax}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setDone(false);
              setErrors((prev) => ({ ...prev, text: undefined }));
            }}
            error={errors.text}
          />
          <AttachmentsInput
            id="add-info-attachments"
            files={files}
            onChange={(next) => {
              setFiles(next);
              setBadFiles([]);
              setDone(false);
              setErrors((prev) => ({ ...prev, attachments: undefined }));
            }}
            error={errors.attachments}
            badFiles={badFiles}
            disabled={add.isPending}
          />
          <div>
            <Button
              type="submit"
              loading={add.isPending}
              leftSection={<IconSend size={18} aria-hidden="true" />}
            >
              {t('portalComplaints.track.addInfoSubmit')}
            </Button>
          </div>
          <div aria-live="polite">
            {done && (
              <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
                {t('portalComplaints.track.addInfoDone')}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Card>
  );
}
