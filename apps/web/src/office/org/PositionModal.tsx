import { Checkbox, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import {
  LIMITS,
  ROLE_CODES,
  type TCreatePositionRequest,
  type TPosition,
  type TUnit,
  ZCreatePositionRequest,
} from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { roleLabel, unitName, unitTree, useCreatePosition, useUpdatePosition } from './api';

interface Props {
  opened: boolean;
  onClose: () => void;
  units: readonly TUnit[];
  /** The position to edit; a new one in `unitId` when absent. */
  position?: TPosition | null;
  unitId: string | null;
}

export function PositionModal({ opened, onClose, units, position, unitId }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const create = useCreatePosition();
  const update = useUpdatePosition();
  const form = useFormErrors();
  const [values, setValues] = useState({
    unitId: '',
    title: '',
    titleEn: '',
    roles: [] as string[],
    isHead: false,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.clear();
    setValues(
      position
        ? {
            unitId: position.unitId,
            title: position.title,
            titleEn: position.titleEn,
            roles: [...position.roles],
            isHead: position.isHead,
          }
        : { unitId: unitId ?? '', title: '', titleEn: '', roles: [], isHead: false },
    );
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    unitId: t('office.org.position.unit'),
    title: t('office.org.position.title'),
    titleEn: t('office.org.position.titleEn'),
    roles: t('office.org.position.roles'),
    isHead: t('office.org.position.isHead'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const checked = validate<TCreatePositionRequest>(ZCreatePositionRequest, values, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => form.fromError(error, t('common.unexpectedError')),
    };
    if (position) update.mutate({ positionId: position.id, body: checked.data }, options);
    else create.mutate(checked.data, options);
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={position ? t('office.org.position.editTitle') : t('office.org.position.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <Select
            label={labels.unitId}
            required
            searchable
            allowDeselect={false}
            data={unitTree(units).map((row) => ({
              value: row.unit.id,
              label: `${'— '.repeat(row.depth)}${unitName(row.unit, lang)}`,
            }))}
            value={values.unitId || null}
            onChange={(v) => set('unitId', v ?? '')}
            error={form.errors.unitId}
          />
          <TextInput
            label={labels.title}
            required
            maxLength={LIMITS.nameMax}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={form.errors.title}
            data-autofocus
          />
          <TextInput
            label={labels.titleEn}
            required
            maxLength={LIMITS.nameMax}
            value={values.titleEn}
            onChange={(e) => set('titleEn', e.currentTarget.value)}
            error={form.errors.titleEn}
          />
          <MultiSelect
            label={labels.roles}
            description={t('office.org.position.rolesHint')}
            required
            searchable
            data={ROLE_CODES.map((code) => ({ value: code, label: roleLabel(code, lang) }))}
            value={values.roles}
            onChange={(v) => set('roles', v)}
            error={form.errors.roles}
            maxValues={10}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={labels.isHead}
            description={t('office.org.position.isHeadHint')}
            checked={values.isHead}
            onChange={(e) => set('isHead', e.currentTarget.checked)}
            error={form.errors.isHead}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.save')}
            pending={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
