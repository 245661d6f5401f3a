import { Button, Card, Group, PasswordInput, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, type TMeResponse, ZChangePasswordRequest } from '@sigap/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/QueryError';
import { chooseLanguage, i18n, type UiLang } from '../../i18n';
import { api } from '../../lib/api';
import { useFormErrors, validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { ME_QUERY_KEY, useSession } from '../auth/session';

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useFormErrors();
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<unknown>('/api/auth/password', body),
  });
  const labels = {
    currentPassword: t('office.account.currentPassword'),
    newPassword: t('office.account.newPassword'),
    confirm: t('office.account.confirmPassword'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const checked = validate(ZChangePasswordRequest, { currentPassword, newPassword }, labels);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    if (confirm !== newPassword) {
      form.setErrors({ confirm: t('office.account.passwordMismatch') });
      return;
    }
    change.mutate(checked.data, {
      onSuccess: () => {
        setCurrent('');
        setNew('');
        setConfirm('');
        notifications.show({ color: 'green', message: t('office.account.passwordChanged') });
      },
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  const toggle = { 'aria-label': t('office.login.togglePassword') };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="change-password">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="change-password">
            {t('office.account.passwordHeading')}
          </Title>
          <Text size="sm">{t('office.account.passwordHint', { min: LIMITS.passwordMin })}</Text>
          <FormError message={form.formError} />
          <PasswordInput
            label={labels.currentPassword}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => {
              setCurrent(e.currentTarget.value);
              form.clearField('currentPassword');
            }}
            error={form.errors.currentPassword}
            visibilityToggleButtonProps={toggle}
          />
          <PasswordInput
            label={labels.newPassword}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(e) => {
              setNew(e.currentTarget.value);
              form.clearField('newPassword');
            }}
            error={form.errors.newPassword}
            visibilityToggleButtonProps={toggle}
          />
          <PasswordInput
            label={labels.confirm}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => {
              setConfirm(e.currentTarget.value);
              form.clearField('confirm');
            }}
            error={form.errors.confirm}
            visibilityToggleButtonProps={toggle}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('office.account.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function LanguageForm() {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<UiLang>(me.user.language);
  const form = useFormErrors();
  const save = useMutation({
    mutationFn: (body: { language: UiLang }) => api.put<unknown>('/api/auth/language', body),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    save.mutate(
      { language },
      {
        onSuccess: async () => {
          queryClient.setQueryData<TMeResponse | null>(ME_QUERY_KEY, (prev) =>
            prev ? { ...prev, user: { ...prev.user, language } } : prev,
          );
          await chooseLanguage(language);
          notifications.show({ color: 'green', message: i18n.t('office.account.languageSaved') });
        },
        onError: (error) => form.fromError(error, t('common.unexpectedError')),
      },
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="language-preference">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="language-preference">
            {t('office.account.languageHeading')}
          </Title>
          <FormError message={form.formError} />
          <Radio.Group
            label={t('office.account.languageLabel')}
            description={t('office.account.languageHint')}
            value={language}
            onChange={(value) => setLanguage(value === 'en' ? 'en' : 'id')}
            error={form.errors.language}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="id" label="Bahasa Indonesia" lang="id" />
              <Radio value="en" label="English" lang="en" />
            </Stack>
          </Radio.Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.account'));
  const me = useSession();
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap={4}>
        <Title order={1}>{t('office.nav.account')}</Title>
        <Text>
          {me.user.name} · {me.user.email}
        </Text>
      </Stack>
      <ChangePasswordForm />
      <LanguageForm />
    </Stack>
  );
}
