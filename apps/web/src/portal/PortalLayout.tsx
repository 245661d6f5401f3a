import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
import { PORTAL_PAGES } from '@sigap/contracts';
import { IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MAIN_ID, SkipLink } from '../components/SkipLink';

/** The public face: no login, a header with the language switch and the staff login link. */
export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <SkipLink />
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to="/" fw={700} fz="xl" c="blue.9" underline="hover">
              {t('common.appName')}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <Button
                component={Link}
                to="/office/login"
                size="xs"
                variant="default"
                leftSection={<IconLogin2 size={16} aria-hidden="true" />}
              >
                {t('portal.staffLogin')}
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
        <Container size="lg" component="footer" py="lg">
          <Text size="sm" c="dimmed">
            {t('portal.footer')}{' '}
            <Anchor component={Link} to={PORTAL_PAGES.serviceStandards} size="sm" underline="always">
              {t('serviceStandards.listTitle')}
            </Anchor>
          </Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
