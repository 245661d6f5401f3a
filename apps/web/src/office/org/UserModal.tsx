import { PasswordInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import {
  LIMITS,
  type TCreateUserRequest,
  type TUpdateUserRequest,
  type TUser,
  ZCreateUserRequest,
  ZUpdateUserRequest,
} from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { useFormErrors, validate } from '../../lib/form';
import { useCreateUser, useUpdateUser } from './api';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The user to edit; a new user when absent. */
  user?: TUser | null;
}

export function UserModal({ opened, onClose, user }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const form = useFormErrors();
  const [values, setValues] = useState({
    name: '',
    email: '',
    nip: '',
    language: 'id' as 'id' | 'en',
    active: true,
    password: '',
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.clear();
    setValues(
      user
        ? {
            name: user.name,
            email: user.email,
            nip: user.nip ?? '',
            language: user.language,
            active: user.active,
            password: '',
          }
        : { name: '', email: '', nip: '', language: 'id', active: true, password: '' },
    );
  }, [opened]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.clearField(key);
  };

  const labels = {
    name: t('office.org.user.name'),
    email: t('office.org.user.email'),
    nip: t('office.org.user.nip'),
    language: t('office.org.user.language'),
    active: t('office.org.user.active'),
    password: user ? t('office.org.user.newPassword') : t('office.org.user.password'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const nip = values.nip.trim() === '' ? null : values.nip.trim();
    const onError = (error: unknown) => form.fromError(error, t('common.unexpectedError'));
    if (user) {
      const data: Record<string, unknown> = {
        name: values.name,
        nip,
        language: values.language,
        active: values.active,
      };
      if (values.password) data.password = values.password;
      const checked = validate<TUpdateUserRequest>(ZUpdateUserRequest, data, labels);
      if (!checked.ok) {
        form.setErrors(checked.errors);
        return;
      }
      update.mutate({ userId: user.id, body: checked.data }, { onSuccess: onClose, onError });
    } else {
      const data = {
        name: values.name,
        email: values.email.trim(),
        nip,
        language: values.language,
        password: values.password,
      };
      const checked = validate<TCreateUserRequest>(ZCreateUserRequest, data, labels);
      if (!checked.ok) {
        form.setErrors(checked.errors);
        return;
      }
      create.mutate(checked.data, { onSuccess: onClose, onError });
    }
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={user ? t('office.org.user.editTitle') : t('office.org.user.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput
            label={labels.name}
            required
            maxLength={LIMITS.nameMax}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={form.errors.name}
            data-autofocus
          />
          {user ? (
            <div>
              <Text size="sm" fw={500}>
                {labels.email}
              </Text>
              <Text size="sm">{user.email}</Text>
            </div>
          ) : (
            <TextInput
              label={labels.email}
              type="email"
              required
              maxLength={LIMITS.emailMax}
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={form.errors.email}
            />
          )}
          <TextInput
            label={labels.nip}
            description={t('office.org.user.nipHint')}
            inputMode="numeric"
            maxLength={18}
            value={values.nip}
            onChange={(e) => set('nip', e.currentTarget.value.replace(/\s/g, ''))}
            error={form.errors.nip}
          />
          <Select
            label={labels.language}
            required
            allowDeselect={false}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
            value={values.language}
            onChange={(v) => set('language', v === 'en' ? 'en' : 'id')}
            error={form.errors.language}
          />
          {user && (
            <Switch
              label={labels.active}
              description={t('office.org.user.activeHint')}
              checked={values.active}
              onChange={(e) => set('active', e.currentTarget.checked)}
              error={form.errors.active}
            />
          )}
          <PasswordInput
            label={labels.password}
            description={
              user
                ? t('office.org.user.newPasswordHint', { min: LIMITS.passwordMin })
                : t('office.account.passwordHint', { min: LIMITS.passwordMin })
            }
            required={!user}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={form.errors.password}
            visibilityToggleButtonProps={{ 'aria-label': t('office.login.togglePassword') }}
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
