import { Button, Card, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TPosition, TUnit, TUser } from '@sigap/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { Loading } from '../../components/Loading';
import { errorText, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSession } from '../auth/session';
import { AssignModal } from './AssignModal';
import { positionTitle, unitName, unitTree, useDeleteUnit, useOrg, useUnassign } from './api';
import { PositionModal } from './PositionModal';
import { UnitModal } from './UnitModal';
import { UnitPanel } from './UnitPanel';
import { UnitTree } from './UnitTree';
import { UserModal } from './UserModal';
import { UsersPanel } from './UsersPanel';

type UnitDialog = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: TUnit } | null;
type PositionDialog = { position: TPosition | null } | null;
type UserDialog = { user: TUser | null } | null;
type Unassigning = { position: TPosition; holder: TPosition['holders'][number] } | null;

export function OrgPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.nav.org'));
  const me = useSession();
  const lang = currentLang();
  const org = useOrg();
  const isMobile = useMediaQuery('(max-width: 61.99em)');
  const [tab, setTab] = useState<string | null>('units');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [unitDialog, setUnitDialog] = useState<UnitDialog>(null);
  const [positionDialog, setPositionDialog] = useState<PositionDialog>(null);
  const [assigning, setAssigning] = useState<TPosition | null>(null);
  const [userDialog, setUserDialog] = useState<UserDialog>(null);
  const [deleting, setDeleting] = useState<TUnit | null>(null);
  const [unassigning, setUnassigning] = useState<Unassigning>(null);
  const deleteUnit = useDeleteUnit();
  const unassign = useUnassign();

  if (org.isPending) return <Loading />;
  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;

  const units = org.data.units;
  const selected = units.find((u) => u.id === selectedId) ?? unitTree(units)[0]?.unit ?? null;

  const select = (unitId: string) => {
    setSelectedId(unitId);
    if (isMobile) {
      requestAnimationFrame(() =>
        document.getElementById('unit-heading')?.scrollIntoView({ behavior: 'smooth' }),
      );
    }
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('office.nav.org')}</Title>
        <Text size="sm">{t('office.org.intro', { agency: me.agency.name })}</Text>
      </Stack>

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="units">{t('office.org.tabs.units')}</Tabs.Tab>
          <Tabs.Tab value="users">{t('office.org.tabs.users')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="units" pt="md">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
              <Card withBorder padding="sm">
                <Stack gap="sm">
                  <Group justify="space-between">
                    <Title order={2} size="h3" id="unit-tree-heading">
                      {t('office.org.unit.treeHeading')}
                    </Title>
                    <Button
                      size="xs"
                      leftSection={<IconPlus size={16} aria-hidden="true" />}
                      onClick={() => setUnitDialog({ mode: 'create', parentId: null })}
                    >
                      {t('office.org.unit.add')}
                    </Button>
                  </Group>
                  {units.length === 0 ? (
                    <Text size="sm">{t('office.org.unit.none')}</Text>
                  ) : (
                    <UnitTree
                      units={units}
                      selectedId={selected?.id ?? null}
                      onSelect={select}
                      label={t('office.org.unit.treeHeading')}
                    />
                  )}
                </Stack>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
              {selected ? (
                <UnitPanel
                  org={org.data}
                  unit={selected}
                  onEditUnit={() => setUnitDialog({ mode: 'edit', unit: selected })}
                  onAddChild={() => setUnitDialog({ mode: 'create', parentId: selected.id })}
                  onDeleteUnit={() => {
                    deleteUnit.reset();
                    setDeleting(selected);
                  }}
                  onAddPosition={() => setPositionDialog({ position: null })}
                  onEditPosition={(position) => setPositionDialog({ position })}
                  onAssign={setAssigning}
                  onUnassign={(position, holder) => {
                    unassign.reset();
                    setUnassigning({ position, holder });
                  }}
                />
              ) : (
                <Text>{t('office.org.unit.selectHint')}</Text>
              )}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="users" pt="md">
          <UsersPanel
            org={org.data}
            onCreate={() => setUserDialog({ user: null })}
            onEdit={(user) => setUserDialog({ user })}
          />
        </Tabs.Panel>
      </Tabs>

      <UnitModal
        opened={unitDialog !== null}
        onClose={() => setUnitDialog(null)}
        units={units}
        unit={unitDialog?.mode === 'edit' ? unitDialog.unit : null}
        defaultParentId={unitDialog?.mode === 'create' ? unitDialog.parentId : null}
        onSaved={(saved) => saved?.id && setSelectedId(saved.id)}
      />
      <PositionModal
        opened={positionDialog !== null}
        onClose={() => setPositionDialog(null)}
        units={units}
        position={positionDialog?.position ?? null}
        unitId={selected?.id ?? null}
      />
      <AssignModal
        opened={assigning !== null}
        onClose={() => setAssigning(null)}
        position={assigning}
        users={org.data.users}
        timeZone={me.agency.timeZone}
      />
      <UserModal
        opened={userDialog !== null}
        onClose={() => setUserDialog(null)}
        user={userDialog?.user ?? null}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('office.org.unit.deleteTitle')}
        confirmLabel={t('office.org.unit.delete')}
        loading={deleteUnit.isPending}
        error={deleteUnit.isError ? errorText(deleteUnit.error, t('common.unexpectedError')) : null}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          deleteUnit.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              setSelectedId(deleting.parentId);
            },
          })
        }
      >
        {deleting && t('office.org.unit.deleteConfirm', { name: unitName(deleting, lang) })}
      </ConfirmModal>
      <ConfirmModal
        opened={unassigning !== null}
        title={t('office.org.assign.removeTitle')}
        confirmLabel={t('office.org.assign.remove')}
        loading={unassign.isPending}
        error={unassign.isError ? errorText(unassign.error, t('common.unexpectedError')) : null}
        onClose={() => setUnassigning(null)}
        onConfirm={() =>
          unassigning &&
          unassign.mutate(unassigning.holder.assignmentId, { onSuccess: () => setUnassigning(null) })
        }
      >
        {unassigning &&
          t('office.org.assign.removeConfirm', {
            name: unassigning.holder.name,
            position: positionTitle(unassigning.position, lang),
          })}
      </ConfirmModal>
    </Stack>
  );
}
