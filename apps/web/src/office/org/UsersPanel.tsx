import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { TOrgResponse, TUser } from '@sigap/contracts';
import { IconEdit, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
      <Table.ScrollContainer
        type="native"
        role="region"
        minWidth={760}
        tabIndex={0}
        aria-label={t('office.org.user.heading')}
      >
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('office.org.user.name')}</Table.Th>
              <Table.Th scope="col">{t('office.org.user.nip')}</Table.Th>
              <Table.Th scope="col">{t('office.org.user.positions')}</Table.Th>
              <Table.Th scope="col">{t('office.org.user.status')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => {
              const held = heldBy(user.id);
              return (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {user.name}
                    </Text>
                    <Text size="xs">{user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {user.nip ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{held.length ? held.join('; ') : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge set="account" status={user.active ? 'active' : 'inactive'} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconEdit size={16} aria-hidden="true" />}
                      onClick={() => onEdit(user)}
                      aria-label={t('office.org.user.editNamed', { name: user.name })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
