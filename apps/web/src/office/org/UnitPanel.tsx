import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { TOrgResponse, TPosition, TUnit } from '@sigap/contracts';
import { IconEdit, IconPlus, IconTrash, IconUserPlus, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { positionTitle, roleLabel, unitName } from './api';

interface Props {
  org: TOrgResponse;
  unit: TUnit;
  onEditUnit: () => void;
  onAddChild: () => void;
  onDeleteUnit: () => void;
  onAddPosition: () => void;
  onEditPosition: (position: TPosition) => void;
  onAssign: (position: TPosition) => void;
  onUnassign: (position: TPosition, holder: TPosition['holders'][number]) => void;
}

function PositionCard({
  position,
  onEdit,
  onAssign,
  onUnassign,
}: {
  position: TPosition;
  onEdit: () => void;
  onAssign: () => void;
  onUnassign: (holder: TPosition['holders'][number]) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const title = positionTitle(position, lang);
  return (
    <Card withBorder component="li" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs">
            <Title order={4}>{title}</Title>
            {position.isHead && (
              <Badge variant="light" color="blue">
                {t('office.org.position.head')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEdit size={16} aria-hidden="true" />}
              onClick={onEdit}
              aria-label={t('office.org.position.editNamed', { title })}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUserPlus size={16} aria-hidden="true" />}
              onClick={onAssign}
              aria-label={t('office.org.assign.openNamed', { title })}
            >
              {t('office.org.assign.open')}
            </Button>
          </Group>
        </Group>
        <Group gap={6}>
          {position.roles.map((role) => (
            <Badge key={role} variant="outline" color="gray" tt="none" fw={500}>
              {roleLabel(role, lang)}
            </Badge>
          ))}
        </Group>
        {position.holders.length === 0 ? (
          <Text size="sm" fs="italic">
            {t('office.org.position.vacant')}
          </Text>
        ) : (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {position.holders.map((holder) => (
              <Group component="li" key={holder.assignmentId} gap="xs" justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600} span>
                    {holder.name}
                  </Text>{' '}
                  <Badge size="sm" variant="light" color={holder.kind === 'definitive' ? 'blue' : 'orange'}>
                    {t(`office.assignment.kind.${holder.kind}`)}
                  </Badge>
                  <Text size="xs">
                    {holder.endsOn
                      ? t('office.org.position.period', {
                          from: formatLocalDate(holder.startsOn, lang),
                          to: formatLocalDate(holder.endsOn, lang),
                        })
                      : t('office.org.position.since', { from: formatLocalDate(holder.startsOn, lang) })}
                  </Text>
                </div>
                <Tooltip label={t('office.org.assign.remove')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('office.org.assign.removeNamed', { name: holder.name, position: title })}
                    onClick={() => onUnassign(holder)}
                  >
                    <IconUserX size={18} aria-hidden="true" />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** One unit: its details, the unit actions and its positions with their holders. */
export function UnitPanel({
  org,
  unit,
  onEditUnit,
  onAddChild,
  onDeleteUnit,
  onAddPosition,
  onEditPosition,
  onAssign,
  onUnassign,
}: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const parent = unit.parentId ? org.units.find((u) => u.id === unit.parentId) : undefined;
  const positions = org.positions
    .filter((p) => p.unitId === unit.id)
    .sort((a, b) => Number(b.isHead) - Number(a.isHead) || a.title.localeCompare(b.title));

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2} id="unit-heading" tabIndex={-1}>
            {unitName(unit, lang)}
          </Title>
          <Badge variant="light" color="gray">
            {t(`office.org.kind.${unit.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('office.org.unit.code')}: {unit.code}
          {parent && ` · ${t('office.org.unit.parent')}: ${unitName(parent, lang)}`}
        </Text>
        {lang === 'id' && unit.nameEn && (
          <Text size="sm">
            {t('office.org.unit.nameEn')}: {unit.nameEn}
          </Text>
        )}
        {lang === 'en' && (
          <Text size="sm">
            {t('office.org.unit.name')}: {unit.name}
          </Text>
        )}
      </Stack>
      <Group gap="xs">
        <Button
          size="sm"
          variant="default"
          leftSection={<IconEdit size={16} aria-hidden="true" />}
          onClick={onEditUnit}
        >
          {t('office.org.unit.edit')}
        </Button>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={onAddChild}
        >
          {t('office.org.unit.addChild')}
        </Button>
        <Button
          size="sm"
          variant="default"
          c="red.9"
          leftSection={<IconTrash size={16} aria-hidden="true" />}
          onClick={onDeleteUnit}
        >
          {t('office.org.unit.delete')}
        </Button>
      </Group>

      <Group justify="space-between" mt="sm">
        <Title order={3}>{t('office.org.position.heading')}</Title>
        <Button size="sm" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onAddPosition}>
          {t('office.org.position.add')}
        </Button>
      </Group>
      {positions.length === 0 ? (
        <Text>{t('office.org.position.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {positions.map((position) => (
            <PositionCard
              key={position.id}
              position={position}
              onEdit={() => onEditPosition(position)}
              onAssign={() => onAssign(position)}
              onUnassign={(holder) => onUnassign(position, holder)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
