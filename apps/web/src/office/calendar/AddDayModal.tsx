import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  CALENDAR_DAY_KINDS,
  type TCreateCalendarDayRequest,
  ZCreateCalendarDayRequest,
} from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { useFormErrors, validate } from '../../lib/form';
import { useAddCalendarDay } from './api';

type Kind = (typeof CALENDAR_DAY_KINDS)[number];
type Scope = 'national' | 'agency';

export function AddDayModal({
  opened,
  onClose,
  year,
}: {
  opened: boolean;
  onClose: () => void;
  year: number;
}) {
  const { t } = useTranslation();
  const add = useAddCalendarDay();
  const form = useFormErrors();
  const empty = {
    date: `${year}-01-01`,
    kind: 'regional' as Kind,
    nameId: '',
    nameEn: '',
    source: '',
    scope: 'agency' as Scope,
  };
  const [values, setValues] = useState(empty);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      setValues({ ...empty, date: `${year}-01-01` });
      form.clear();
    }
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    date: t('office.calendar.date'),
    kind: t('office.calendar.kindLabel'),
    nameId: t('office.calendar.nameId'),
    nameEn: t('office.calendar.nameEn'),
    source: t('office.calendar.source'),
    scope: t('office.calendar.scopeLabel'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const checked = validate<TCreateCalendarDayRequest>(ZCreateCalendarDayRequest, values, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    add.mutate(checked.data, {
      onSuccess: onClose,
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('office.calendar.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput
            type="date"
            label={labels.date}
            required
            value={values.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={form.errors.date}
            data-autofocus
          />
          <Select
            label={labels.kind}
            required
            allowDeselect={false}
            data={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`office.calendar.kind.${k}`) }))}
            value={values.kind}
            onChange={(v) => v && set('kind', v as Kind)}
            error={form.errors.kind}
          />
          <TextInput
            label={labels.nameId}
            required
            value={values.nameId}
            onChange={(e) => set('nameId', e.currentTarget.value)}
            error={form.errors.nameId}
          />
          <TextInput
            label={labels.nameEn}
            required
            value={values.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
            error={form.errors.nameEn}
          />
          <Textarea
            label={labels.source}
            description={t('office.calendar.sourceHint')}
            required
            autosize
            minRows={2}
            value={values.source}
            onChange={(e) => set('source', e.currentTarget.value)}
            error={form.errors.source}
          />
          <Select
            label={labels.scope}
            required
            allowDeselect={false}
            data={[
              { value: 'agency', label: t('office.calendar.scope.agency') },
              { value: 'national', label: t('office.calendar.scope.national') },
            ]}
            value={values.scope}
            onChange={(v) => v && set('scope', v as Scope)}
            error={form.errors.scope}
          />
          <FormActions onCancel={onClose} submitLabel={t('common.save')} pending={add.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
