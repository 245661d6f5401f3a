import { Select, Stack, TextInput } from '@mantine/core';
import {
  LIMITS,
  type TCreateUnitRequest,
  type TUnit,
  UNIT_KINDS,
  type UnitKind,
  ZCreateUnitRequest,
} from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { descendantIds, unitName, unitTree, useCreateUnit, useUpdateUnit } from './api';

const NO_PARENT = '__none__';

interface Props {
  opened: boolean;
  onClose: () => void;
  units: readonly TUnit[];
  /** The unit to edit; a new unit when absent. */
  unit?: TUnit | null;
  defaultParentId?: string | null;
  onSaved?: (unit: TUnit | null) => void;
}

export function UnitModal({ opened, onClose, units, unit, defaultParentId, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const form = useFormErrors();
  const [values, setValues] = useState({
    parentId: NO_PARENT,
    code: '',
    name: '',
    nameEn: '',
    kind: 'division' as UnitKind,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.clear();
    setValues(
      unit
        ? {
            parentId: unit.parentId ?? NO_PARENT,
            code: unit.code,
            name: unit.name,
            nameEn: unit.nameEn,
            kind: unit.kind,
          }
        : { parentId: defaultParentId ?? NO_PARENT, code: '', name: '', nameEn: '', kind: 'division' },
    );
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const excluded = unit ? descendantIds(units, unit.id) : new Set<string>();
  const parentOptions = [
    { value: NO_PARENT, label: t('office.org.unit.noParent') },
    ...unitTree(units)
      .filter((row) => !excluded.has(row.unit.id))
      .map((row) => ({ value: row.unit.id, label: `${'— '.repeat(row.depth)}${unitName(row.unit, lang)}` })),
  ];

  const labels = {
    parentId: t('office.org.unit.parent'),
    code: t('office.org.unit.code'),
    name: t('office.org.unit.name'),
    nameEn: t('office.org.unit.nameEn'),
    kind: t('office.org.unit.kind'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const data = {
      ...values,
      code: values.code.trim(),
      parentId: values.parentId === NO_PARENT ? null : values.parentId,
    };
    const checked = validate<TCreateUnitRequest>(ZCreateUnitRequest, data, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    const onError = (error: unknown) => form.fromError(error, t('common.unexpectedError'));
    if (unit) {
      update.mutate(
        { unitId: unit.id, body: checked.data },
        {
          onSuccess: (saved) => {
            onSaved?.(saved ?? null);
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(checked.data, {
        onSuccess: (saved) => {
          onSaved?.(saved ?? null);
          onClose();
        },
        onError,
      });
    }
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={unit ? t('office.org.unit.editTitle') : t('office.org.unit.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <Select
            label={labels.parentId}
            data={parentOptions}
            value={values.parentId}
            onChange={(v) => set('parentId', v ?? NO_PARENT)}
            allowDeselect={false}
            error={form.errors.parentId}
          />
          <Select
            label={labels.kind}
            required
            allowDeselect={false}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`office.org.kind.${k}`) }))}
            value={values.kind}
            onChange={(v) => v && set('kind', v as UnitKind)}
            error={form.errors.kind}
          />
          <TextInput
            label={labels.code}
            description={t('office.org.unit.codeHint')}
            required
            maxLength={LIMITS.codeMax}
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={form.errors.code}
            data-autofocus
          />
          <TextInput
            label={labels.name}
            required
            maxLength={LIMITS.nameMax}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label={labels.nameEn}
            required
            maxLength={LIMITS.nameMax}
            value={values.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
            error={form.errors.nameEn}
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
