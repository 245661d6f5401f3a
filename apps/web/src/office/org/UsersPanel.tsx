import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TOrgResponse, TUser } from '@sigap/contracts';
import { IconEdit, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/ListParts';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { positionTitle } from './api';

interface Props {
  org: TOrgResponse;
  onCreate: () => void;
  onEdit: (user: TUser) => void;
}

export function UsersPanel({ org, onCreate, onEdit }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const users = org.users
    .filter(
      (u) =>
        !needle ||
        u.name.toLowerCase().includes(needle) ||
        u.email.toLowerCase().includes(needle) ||
        (u.nip ?? '').includes(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name));

  const heldBy = (userId: string) =>
    org.positions.flatMap((p) =>
      p.holders
        .filter((h) => h.userId === userId)
        .map((h) =>
          h.kind === 'definitive'
            ? positionTitle(p, lang)
            : t('office.assignment.prefixed', {
                prefix: t(`office.assignment.prefix.${h.kind}`),
                title: positionTitle(p, lang),
              }),
        ),
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('office.org.user.heading')}</Title>
        <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={onCreate}>
          {t('office.org.user.add')}
        </Button>
      </Group>
      <TextInput
        label={t('office.org.user.search')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={360}
        type="search"
      />
      <Text size="sm" aria-live="polite">
        {t('office.org.user.count', { count: users.length })}
      </Text>
      <ListTable
        label={t('office.org.user.heading')}
        minWidth={760}
        tableProps={{ verticalSpacing: undefined }}
        items={users}
        keyOf={(user) => user.id}
        columns={[
          {
            key: 'name',
            header: t('office.org.user.name'),
            cell: (user) => (
              <>
                <Text size="sm" fw={600}>
                  {user.name}
                </Text>
                <Text size="xs">{user.email}</Text>
              </>
            ),
          },
          {
            key: 'nip',
            header: t('office.org.user.nip'),
            cell: (user) => (
              <Text size="sm" ff="monospace">
                {user.nip ?? '—'}
              </Text>
            ),
          },
          {
            key: 'positions',
            header: t('office.org.user.positions'),
            cell: (user) => {
              const held = heldBy(user.id);
              return <Text size="sm">{held.length ? held.join('; ') : '—'}</Text>;
            },
          },
          {
            key: 'status',
            header: t('office.org.user.status'),
            cell: (user) => <StatusBadge set="account" status={user.active ? 'active' : 'inactive'} />,
          },
          {
            key: 'actions',
            header: t('common.actions'),
            cell: (user) => (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEdit size={16} aria-hidden="true" />}
                onClick={() => onEdit(user)}
                aria-label={t('office.org.user.editNamed', { name: user.name })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
    </Stack>
  );
}
