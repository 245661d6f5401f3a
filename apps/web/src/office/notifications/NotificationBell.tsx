import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { OFFICE_PAGES, type TNotification } from '@sigap/contracts';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../auth/session';
import { useMarkNotificationRead, useNotifications } from './api';

/** One notice: its title links to the task or record, and opening it marks it read. */
export function NotificationItem({ n, onOpen }: { n: TNotification; onOpen?: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const lang = currentLang();
  const navigate = useNavigate();
  const mark = useMarkNotificationRead();
  const unread = !n.readAt;
  const open = () => {
    if (unread) mark.mutate(n.id);
    onOpen?.();
    if (n.link) navigate(n.link);
  };
  return (
    <Box
      p="xs"
      data-unread={unread}
      style={{
        borderLeft: `3px solid var(--mantine-color-${unread ? 'blue-7' : 'gray-3'})`,
        background: unread ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Text size="sm" fw={unread ? 700 : 500}>
        {n.link ? (
          <Anchor
            component={Link}
            to={n.link}
            inherit
            onClick={(e) => {
              e.preventDefault();
              open();
            }}
          >
            {n.title}
          </Anchor>
        ) : (
          n.title
        )}
        {unread && <VisuallyHidden> ({t('notifications.unreadMark')})</VisuallyHidden>}
      </Text>
      {n.body && (
        <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
          {n.body}
        </Text>
      )}
      <Group justify="space-between" gap="xs" mt={2}>
        <Text size="xs" c="dimmed">
          {formatDateTime(n.createdAt, me.agency.timeZone, lang)}
        </Text>
        {unread && !n.link && (
          <Button variant="subtle" size="compact-xs" onClick={() => mark.mutate(n.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Box>
  );
}

/** The bell in the office header: unread count, the latest notices, mark all read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const list = useNotifications({ pageSize: 8, poll: true });
  const mark = useMarkNotificationRead();
  const unread = list.data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Indicator label={unread > 99 ? '99+' : unread} disabled={unread === 0} size={18} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withArrow>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} aria-hidden="true" />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Group justify="space-between" mb="xs">
            <Text fw={700} size="sm">
              {t('notifications.title')}
            </Text>
            <Button
              variant="subtle"
              size="compact-xs"
              disabled={unread === 0}
              loading={mark.isPending}
              onClick={() => mark.mutate('all')}
            >
              {t('notifications.markAll')}
            </Button>
          </Group>
          <Stack gap={4} mah={420} style={{ overflowY: 'auto' }}>
            {list.data?.items.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                {t('notifications.empty')}
              </Text>
            )}
            {list.data?.items.map((n) => (
              <NotificationItem key={n.id} n={n} onOpen={() => setOpened(false)} />
            ))}
          </Stack>
          <Anchor
            component={Link}
            to={OFFICE_PAGES.notifications}
            size="sm"
            display="block"
            mt="xs"
            onClick={() => setOpened(false)}
          >
            {t('notifications.seeAll')}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
