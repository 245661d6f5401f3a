import { List, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { TDocumentAction } from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { applyServerErrors } from '../../lib/form';
import { useDocumentOptions } from './api';

/** "Ajukan": the reviewers in initialling order (the order they are picked in) and the signer. */
export function SubmitModal({
  opened,
  drafterUserId,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  drafterUserId: string;
  onSubmit: (action: Extract<TDocumentAction, { type: 'submit' }>) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const options = useDocumentOptions(opened);
  const [reviewers, setReviewers] = useState<string[]>([]);
  const [signer, setSigner] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ reviewers?: string; signer?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (opened) {
      setReviewers([]);
      setSigner(null);
      setErrors({});
    }
  }, [opened]);

  const people = (options.data?.people ?? []).filter((p) => p.userId !== drafterUserId);
  const label = (userId: string) => {
    const p = people.find((x) => x.userId === userId);
    return p ? `${p.name} — ${lang === 'en' ? p.positionEn : p.position}` : userId;
  };
  const data = people.map((p) => ({ value: p.userId, label: label(p.userId) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!signer) {
      setErrors({ signer: t('office.case.required', { field: t('documents.submit.signer') }) });
      return;
    }
    setPending(true);
    setErrors({});
    try {
      await onSubmit({ type: 'submit', reviewerUserIds: reviewers, signerUserId: signer });
      onClose();
    } catch (e) {
      applyServerErrors(
        {
          setErrors: (f) => setErrors({ reviewers: f.reviewers, signer: f.signer }),
          setFormError: (form) => setErrors((prev) => ({ ...prev, form: form ?? undefined })),
        },
        e,
        t('common.unexpectedError'),
        { rename: { reviewerUserIds: 'reviewers', signerUserId: 'signer' } },
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('documents.submit.title')} size="lg">
      {options.isError ? (
        <QueryError error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={errors.form ?? null} />
            <MultiSelect
              label={t('documents.submit.reviewers')}
              description={t('documents.submit.reviewersHint')}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={data.filter((d) => d.value !== signer)}
              value={reviewers}
              onChange={setReviewers}
              error={errors.reviewers}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            {reviewers.length > 0 && (
              <div>
                <Text size="sm" fw={600} id="review-order">
                  {t('documents.submit.order')}
                </Text>
                <List type="ordered" size="sm" aria-labelledby="review-order">
                  {reviewers.map((r) => (
                    <List.Item key={r}>{label(r)}</List.Item>
                  ))}
                </List>
              </div>
            )}
            <Select
              label={t('documents.submit.signer')}
              required
              searchable
              placeholder={t('documents.submit.signerPlaceholder')}
              nothingFoundMessage={t('common.nothingFound')}
              data={data.filter((d) => !reviewers.includes(d.value))}
              value={signer}
              onChange={(v) => {
                setSigner(v);
                setErrors((prev) => ({ ...prev, signer: undefined }));
              }}
              error={errors.signer}
              comboboxProps={{ withinPortal: true }}
            />
            <FormActions onCancel={onClose} submitLabel={t('documents.submit.submit')} pending={pending} />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
