import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListState, Pager } from '../../components/ListParts';
import { oneOf, pageParam, useListParams } from '../../lib/listParams';
import { usePageTitle } from '../../lib/usePageTitle';
import { useMarkNotificationRead, useNotifications } from './api';
import { NotificationItem } from './NotificationBell';

const PAGE_SIZE = 20;

function readParams(params: URLSearchParams) {
  return { filter: oneOf(params, 'filter', ['unread'] as const) ?? 'all', page: pageParam(params) ?? 1 };
}

/** Every notice of the user: reminders, escalations, new and returned work; unread first to act on. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const {
    filters: { filter, page },
    update,
    setPage,
  } = useListParams(readParams);
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
          onChange={(v) => update({ filter: v === 'unread' ? v : undefined })}
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
      <ListState query={list} isEmpty={(data) => data.items.length === 0} empty={t('notifications.empty')}>
        {(data) => (
          <>
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((n) => (
                <li key={n.id}>
                  <NotificationItem n={n} />
                </li>
              ))}
            </Stack>
            <Pager total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </>
        )}
      </ListState>
    </Stack>
  );
}
