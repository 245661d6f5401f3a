import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { useMarkNotificationRead, useNotifications } from './api';
import { NotificationItem } from './NotificationBell';

const PAGE_SIZE = 20;

/** Every notice of the user: reminders, escalations, new and returned work; unread first to act on. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [filter, setFilter] = useState<'unread' | 'all'>('all');
  const [page, setPage] = useState(1);
  const list = useNotifications({ unread: filter === 'unread', page, pageSize: PAGE_SIZE });
  const mark = useMarkNotificationRead();
  return (
    <Stack gap="md" maw={760}>
      <Title order={1} size="h2">
        {t('notifications.title')}
      </Title>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('notifications.filter')}
          value={filter}
          onChange={(v) => {
            setFilter(v as 'unread' | 'all');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly', { count: list.data?.unread ?? 0 }) },
          ]}
        />
        <Button
          variant="default"
          size="xs"
          disabled={!list.data?.unread}
          loading={mark.isPending}
          onClick={() => mark.mutate('all')}
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((n) => (
            <li key={n.id}>
              <NotificationItem n={n} />
            </li>
          ))}
        </Stack>
      )}
      {list.data && <Pager total={list.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />}
    </Stack>
  );
}
