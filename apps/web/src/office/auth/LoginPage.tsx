import {
  Anchor,
  Box,
  Button,
  Center,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { LIMITS, ZLoginRequest } from '@sigap/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { FormError } from '../../components/QueryError';
import { MAIN_ID, SkipLink } from '../../components/SkipLink';
import { useFormErrors, validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { useLogin, useMe } from './session';

function safeTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/office') && !from.startsWith('/office/login')
    ? from
    : '/office';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.login.title'));
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={safeTarget(location.state)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const checked = validate(
      ZLoginRequest,
      { email: email.trim(), password },
      { email: t('office.login.email'), password: t('office.login.password') },
    );
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    login.mutate(checked.data, {
      onSuccess: () => navigate(safeTarget(location.state), { replace: true }),
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <Box mih="100vh" bg="gray.0">
      <SkipLink />
      <Container size="lg" py="sm" component="header">
        <Group justify="space-between">
          <Anchor component={Link} to="/" fw={700} fz="xl" c="blue.9" underline="hover">
            {t('common.appName')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Container>
      <Center component="main" id={MAIN_ID} tabIndex={-1} px="md" py="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('office.login.title')}
              </Title>
              <Text size="sm">{t('office.login.intro')}</Text>
              <FormError message={form.formError} />
              <TextInput
                label={t('office.login.email')}
                type="email"
                autoComplete="username"
                required
                maxLength={LIMITS.emailMax}
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  form.clearField('email');
                }}
                error={form.errors.email}
              />
              <PasswordInput
                label={t('office.login.password')}
                autoComplete="current-password"
                required
                maxLength={LIMITS.passwordMax}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  form.clearField('password');
                }}
                error={form.errors.password}
                visibilityToggleButtonProps={{ 'aria-label': t('office.login.togglePassword') }}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('office.login.submit')}
              </Button>
              <Anchor component={Link} to="/" size="sm">
                {t('office.login.backToPortal')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
