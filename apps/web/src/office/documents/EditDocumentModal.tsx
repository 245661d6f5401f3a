import { Stack, TextInput } from '@mantine/core';
import type { TDocumentDetail } from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { ApiError } from '../../lib/api';
import { serverFieldErrors } from '../../lib/form';
import { useUpdateDocument } from './api';
import { type RawValues, TemplateFields, toData, toRaw } from './TemplateFields';

/** "Ubah isi": the title and the template's fields, for the drafter or the reviewer it was returned to. */
export function EditDocumentModal({
  opened,
  doc,
  onClose,
}: {
  opened: boolean;
  doc: TDocumentDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDocument(doc.id);
  const [title, setTitle] = useState(doc.title);
  const [raw, setRaw] = useState<RawValues>({});
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the stored values when the modal opens
  useEffect(() => {
    if (opened) {
      setTitle(doc.title);
      setRaw(toRaw(doc.fields, doc.data));
      setErrors({});
      setFormError(null);
    }
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (title.trim().length < 3) {
      setErrors({ title: t('office.case.reasonTooShort', { field: t('documents.create.docTitle') }) });
      return;
    }
    update.mutate(
      { title: title.trim(), data: toData(doc.fields, raw) },
      {
        onSuccess: onClose,
        onError: (e) => {
          setFormError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
          setErrors({
            ...serverFieldErrors(e, { under: 'data', onlyUnder: true }),
            title: serverFieldErrors(e).title,
          });
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('documents.edit.title')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={t('documents.create.docTitle')}
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          <TemplateFields
            fields={doc.fields}
            values={raw}
            errors={errors}
            onChange={(name, value) => {
              setRaw((prev) => ({ ...prev, [name]: value }));
              setErrors((prev) => ({ ...prev, [name]: undefined }));
            }}
          />
          <FormActions onCancel={onClose} submitLabel={t('documents.edit.save')} pending={update.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
