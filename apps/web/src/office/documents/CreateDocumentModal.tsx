import { Divider, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type TCreateDocumentRequest, ZCreateDocumentRequest } from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { serverFieldErrors, useFormErrors, validate } from '../../lib/form';
import { useCreateDocument, useDocumentOptions } from './api';
import { type RawValues, TemplateFields, toData, toRaw } from './TemplateFields';

const EMPTY = { templateCode: '', title: '', classification: '', unitId: '', recipientEmail: '' };

/** "Buat dokumen": a template, the title, classification and numbering unit, and the template's own fields. */
export function CreateDocumentModal({
  opened,
  onClose,
  caseId,
  defaultTitle,
}: {
  opened: boolean;
  onClose: () => void;
  caseId?: string;
  defaultTitle?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const options = useDocumentOptions(opened);
  const create = useCreateDocument();
  const form = useFormErrors();
  const [values, setValues] = useState(EMPTY);
  const [raw, setRaw] = useState<RawValues>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const template = options.data?.templates.find((tpl) => tpl.code === values.templateCode);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      setValues({ ...EMPTY, title: defaultTitle ?? '' });
      setRaw({});
      setFieldErrors({});
      form.clear();
    }
  }, [opened]);

  useEffect(() => {
    if (options.data && !values.unitId && options.data.defaultUnitId)
      setValues((prev) => ({ ...prev, unitId: options.data?.defaultUnitId ?? '' }));
  }, [options.data, values.unitId]);

  const set = <K extends keyof typeof values>(key: K, value: string) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    templateCode: t('documents.create.template'),
    title: t('documents.create.docTitle'),
    classification: t('documents.create.classification'),
    unitId: t('documents.create.unit'),
    recipientEmail: t('documents.create.recipientEmail'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    setFieldErrors({});
    const body: Record<string, unknown> = {
      templateCode: values.templateCode,
      title: values.title,
      classification: values.classification,
      unitId: values.unitId,
      data: template ? toData(template.fields, raw) : {},
      ...(caseId ? { caseId } : {}),
      ...(values.recipientEmail.trim() ? { recipientEmail: values.recipientEmail.trim() } : {}),
    };
    const checked = validate<TCreateDocumentRequest>(ZCreateDocumentRequest, body, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    create.mutate(checked.data, {
      onSuccess: (result) => {
        onClose();
        navigate(`/office/dokumen/${result.id}`);
      },
      onError: (error) => {
        form.fromError(error, t('common.unexpectedError'));
        setFieldErrors(serverFieldErrors(error, { under: 'data', onlyUnder: true }));
      },
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('documents.create.title')} size="xl">
      {options.isError ? (
        <QueryError error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={form.formError} />
            {options.data?.templates.length === 0 && <Text>{t('documents.create.noTemplates')}</Text>}
            <Select
              label={labels.templateCode}
              required
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={
                options.isPending ? t('common.loading') : t('documents.create.templatePlaceholder')
              }
              data={(options.data?.templates ?? []).map((tpl) => ({
                value: tpl.code,
                label: tpl.title[lang],
              }))}
              value={values.templateCode || null}
              onChange={(v) => {
                set('templateCode', v ?? '');
                const next = options.data?.templates.find((tpl) => tpl.code === v);
                if (next?.defaultClassification && !values.classification)
                  set('classification', next.defaultClassification);
                setRaw(next ? toRaw(next.fields, {}) : {});
                setFieldErrors({});
              }}
              error={form.errors.templateCode}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={labels.title}
              required
              maxLength={300}
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={form.errors.title}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={labels.classification}
                description={t('documents.create.classificationHint')}
                required
                maxLength={40}
                value={values.classification}
                onChange={(e) => set('classification', e.currentTarget.value)}
                error={form.errors.classification}
              />
              <Select
                label={labels.unitId}
                description={t('documents.create.unitHint')}
                required
                searchable
                data={(options.data?.units ?? []).map((u) => ({
                  value: u.id,
                  label: `${lang === 'en' ? u.nameEn : u.name} (${u.code})`,
                }))}
                value={values.unitId || null}
                onChange={(v) => set('unitId', v ?? '')}
                error={form.errors.unitId}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <TextInput
              type="email"
              label={labels.recipientEmail}
              description={t('documents.create.recipientHint')}
              maxLength={254}
              value={values.recipientEmail}
              onChange={(e) => set('recipientEmail', e.currentTarget.value)}
              error={form.errors.recipientEmail}
            />
            {template && template.fields.length > 0 && (
              <>
                <Divider />
                <Title order={3} size="h4">
                  {t('documents.create.fieldsHeading')}
                </Title>
                <TemplateFields
                  fields={template.fields}
                  values={raw}
                  errors={fieldErrors}
                  onChange={(name, value) => {
                    setRaw((prev) => ({ ...prev, [name]: value }));
                    setFieldErrors((prev) => ({ ...prev, [name]: undefined }));
                  }}
                />
              </>
            )}
            <FormActions
              onCancel={onClose}
              submitLabel={t('documents.create.submit')}
              pending={create.isPending}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
