import {
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MAIN_ID, SkipLink } from '../components/SkipLink';
import { hasRole, useLogout, useSession } from './auth/session';
import { useInboxCounts } from './cases/api';
import { NAV_ITEMS } from './navigation';
import { NotificationBell } from './notifications/NotificationBell';
import { positionLabel } from './positions';

/** The number of open tasks in the user's "mine" tab, refreshed every minute. */
function InboxBadge() {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const mine = counts.data?.mine;
  if (mine === undefined || mine === 0) return null;
  return (
    <Badge size="sm" variant="filled" circle={mine < 10}>
      <span aria-hidden="true">{mine}</span>
      <VisuallyHidden>{t('office.inbox.badge', { count: mine })}</VisuallyHidden>
    </Badge>
  );
}

function UserSummary() {
  const me = useSession();
  const { t } = useTranslation();
  const main = me.positions[0];
  return (
    <Box miw={0}>
      <Text size="sm" fw={600} truncate="end">
        {me.user.name}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {main ? positionLabel(main, t) : t('office.header.noPosition')}
      </Text>
    </Box>
  );
}

/** The staff face: header, role-filtered navigation (a burger menu on phones) and the page. */
export function OfficeLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const isMobile = useMediaQuery('(max-width: 47.99em)');

  useEffect(() => {
    if (location.pathname) close();
  }, [location.pathname, close]);

  const items = NAV_ITEMS.filter((item) => hasRole(me, item.roles));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('office.header.closeMenu') : t('office.header.openMenu')}
              aria-expanded={opened}
              aria-controls="office-navbar"
            />
            <Box miw={0}>
              <Text fw={700} size="lg" c="blue.9" truncate="end" title={me.agency.name}>
                <VisuallyHidden>{t('common.appName')}: </VisuallyHidden>
                {me.agency.shortName}
              </Text>
            </Box>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="md" maw={260}>
              <UserSummary />
            </Box>
            <NotificationBell />
            <LanguageSwitch />
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate('/office/login', { replace: true }) })
              }
              loading={logout.isPending}
              leftSection={<IconLogout size={16} aria-hidden="true" />}
              visibleFrom="sm"
            >
              {t('office.header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id="office-navbar"
        aria-label={t('office.nav.label')}
        inert={isMobile === true && !opened}
      >
        <Box
          hiddenFrom="md"
          pb="sm"
          mb="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <UserSummary />
        </Box>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  component={RouterNavLink}
                  to={item.to}
                  end={item.end}
                  label={t(`office.nav.${item.label}`)}
                  leftSection={<item.icon size={18} aria-hidden="true" />}
                  rightSection={item.badge === 'inbox' ? <InboxBadge /> : undefined}
                  active={item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)}
                />
              </li>
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" pt="sm">
          <Button
            variant="default"
            fullWidth
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate('/office/login', { replace: true }) })
            }
            loading={logout.isPending}
            leftSection={<IconLogout size={16} aria-hidden="true" />}
          >
            {t('office.header.logout')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
