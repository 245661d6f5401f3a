import { Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  type TAssignPositionRequest,
  type TPosition,
  type TUser,
  ZAssignPositionRequest,
} from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors, validate } from '../../lib/form';
import { zonedParts } from '../../lib/format';
import { ASSIGNMENT_KINDS, type AssignmentKind } from '../positions';
import { positionTitle, useAssign } from './api';

interface Props {
  opened: boolean;
  onClose: () => void;
  position: TPosition | null;
  users: readonly TUser[];
  timeZone: string;
}

/** Puts a user in a position as its definitive holder, or as acting (Plt) or daily (Plh) stand-in. */
export function AssignModal({ opened, onClose, position, users, timeZone }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const assign = useAssign();
  const form = useFormErrors();
  const [values, setValues] = useState({
    userId: '',
    kind: 'definitive' as AssignmentKind,
    startsOn: '',
    endsOn: '',
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.clear();
    setValues({
      userId: '',
      kind: 'definitive',
      startsOn: zonedParts(new Date(), timeZone).date,
      endsOn: '',
    });
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    userId: t('office.org.assign.user'),
    kind: t('office.org.assign.kind'),
    startsOn: t('office.org.assign.startsOn'),
    endsOn: t('office.org.assign.endsOn'),
    positionId: t('office.org.position.title'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    if (!position) return;
    const data = {
      userId: values.userId,
      positionId: position.id,
      kind: values.kind,
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
    };
    const checked = validate<TAssignPositionRequest>(ZAssignPositionRequest, data, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    assign.mutate(checked.data, {
      onSuccess: onClose,
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  const activeUsers = users.filter((u) => u.active);
  return (
    <AppModal opened={opened} onClose={onClose} title={t('office.org.assign.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {position && (
            <Text>
              {t('office.org.assign.position')}: <strong>{positionTitle(position, lang)}</strong>
            </Text>
          )}
          <FormError message={form.formError} />
          <Select
            label={labels.userId}
            required
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={activeUsers.map((u) => ({ value: u.id, label: u.nip ? `${u.name} (${u.nip})` : u.name }))}
            value={values.userId || null}
            onChange={(v) => set('userId', v ?? '')}
            error={form.errors.userId}
          />
          <Radio.Group
            label={labels.kind}
            required
            value={values.kind}
            onChange={(v) => set('kind', v as AssignmentKind)}
            error={form.errors.kind}
          >
            <Stack gap="xs" mt="xs">
              {ASSIGNMENT_KINDS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={t(`office.assignment.kind.${kind}`)}
                  description={t(`office.assignment.kindHint.${kind}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={labels.startsOn}
              required
              value={values.startsOn}
              onChange={(e) => set('startsOn', e.currentTarget.value)}
              error={form.errors.startsOn}
              miw={160}
            />
            <TextInput
              type="date"
              label={labels.endsOn}
              description={t(
                values.kind === 'definitive'
                  ? 'office.org.assign.endsOnOptional'
                  : 'office.org.assign.endsOnActing',
              )}
              value={values.endsOn}
              min={values.startsOn || undefined}
              onChange={(e) => set('endsOn', e.currentTarget.value)}
              error={form.errors.endsOn}
              miw={160}
            />
          </Group>
          <FormActions
            onCancel={onClose}
            submitLabel={t('office.org.assign.submit')}
            pending={assign.isPending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
