import { Alert, Container, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { hasRole, useMe } from './session';

/** Renders the office only for a logged-in user; otherwise goes to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError && !me.data) {
    return (
      <Container size="sm" py="xl">
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/office/login" replace state={{ from }} />;
  }
  return <>{children}</>;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('office.forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('office.forbidden.title')}</Title>
      <Alert color="red" variant="light">
        {t('office.forbidden.body')}
      </Alert>
    </Stack>
  );
}

/** A page for some roles only; others see a refusal instead of an empty page. */
export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const { data } = useMe();
  if (!data || !hasRole(data, roles)) return <Forbidden />;
  return <>{children}</>;
}
