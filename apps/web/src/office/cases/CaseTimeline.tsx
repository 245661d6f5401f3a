import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { TCaseDetail, TCaseTask } from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconClockHour4,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { statusColor } from '../../lib/statuses';
import { formatWorkingMinutes } from '../../lib/workingTime';
import { roleLabel } from '../roles';

function ActualTime({ task }: { task: TCaseTask }) {
  const { t } = useTranslation();
  const standard =
    task.standardMinutes !== null ? formatWorkingMinutes(task.standardMinutes, t) : task.standardText;
  return (
    <Group gap="xs">
      <Text size="sm">
        <Text span fw={600}>
          {t('office.case.actual')}:
        </Text>{' '}
        {standard
          ? t('office.case.actualVsStandard', {
              actual: formatWorkingMinutes(task.actualWorkingMinutes, t),
              standard,
            })
          : formatWorkingMinutes(task.actualWorkingMinutes, t)}
      </Text>
      {task.withinStandard === true && (
        <Badge
          color="green"
          variant="light"
          size="sm"
          leftSection={<IconCircleCheck size={12} aria-hidden="true" />}
        >
          {task.status === 'ready' ? t('office.case.onTrack') : t('office.case.within')}
        </Badge>
      )}
      {task.withinStandard === false && (
        <Badge
          color="red"
          variant="light"
          size="sm"
          leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
        >
          {task.status === 'ready' ? t('office.case.late') : t('office.case.over')}
        </Badge>
      )}
    </Group>
  );
}

/** Every task of the case in order: the steps as they were really run, loops included. */
export function CaseTimeline({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = detail.timeZone;
  const stepNo = new Map(detail.tasks.map((task) => [task.stepId, task.stepNo]));
  return (
    <Stack gap="sm" component="section" aria-labelledby="timeline-heading">
      <Title order={2} id="timeline-heading">
        {t('office.case.timeline')}
      </Title>
      <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {detail.tasks.map((task, index) => {
          const sendBack =
            task.status === 'done' && task.decision
              ? detail.sendBacks.find(
                  (s) => s.fromStepId === task.stepId && s.at === task.completedAt && s.kind === 'decision',
                )
              : undefined;
          const last = index === detail.tasks.length - 1;
          const who = task.completedByName ?? task.assigneeName;
          return (
            <Box component="li" key={task.id} pl={44} pb={last ? 0 : 'md'} pos="relative">
              <Box
                aria-hidden="true"
                pos="absolute"
                left={0}
                top={0}
                w={32}
                h={32}
                style={{
                  borderRadius: '50%',
                  display: 'grid',
                  placeItems: 'center',
                  fontWeight: 700,
                  fontSize: 14,
                  color: 'white',
                  background: `var(--mantine-color-${statusColor('task', task.status)}-8)`,
                }}
              >
                {task.stepNo}
              </Box>
              {!last && (
                <Box aria-hidden="true" pos="absolute" left={15} top={34} bottom={2} w={2} bg="gray.4" />
              )}
              <Stack gap={4}>
                <Group gap="xs" align="center">
                  <Title order={3} size="h5">
                    {t('office.case.stepNo', { no: task.stepNo })} · {task.activity[lang]}
                  </Title>
                </Group>
                <Group gap={6}>
                  <StatusBadge
                    set="task"
                    status={task.status}
                    size="sm"
                    icon={
                      task.status === 'done' ? (
                        <IconCircleCheck size={12} aria-hidden="true" />
                      ) : task.status === 'ready' ? (
                        <IconClockHour4 size={12} aria-hidden="true" />
                      ) : (
                        <IconX size={12} aria-hidden="true" />
                      )
                    }
                  />
                  {task.iteration > 0 && (
                    <Badge color="orange" variant="light" size="sm">
                      {t('office.case.iteration', { n: task.iteration + 1 })}
                    </Badge>
                  )}
                  {task.decision && (
                    <Badge color={task.decision === 'yes' ? 'teal' : 'red'} variant="light" size="sm">
                      {t('office.case.decision')}:{' '}
                      {task.decision === 'yes' ? t('office.case.yes') : t('office.case.no')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {roleLabel(task.role, lang)}
                  {who ? ` · ${who}` : ` · ${t('office.inbox.unassigned')}`}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('office.case.readyAt', { at: formatDateTime(task.readyAt, tz, lang) })}
                  {task.completedAt &&
                    ` · ${
                      task.status === 'done'
                        ? t('office.case.completedAt', { at: formatDateTime(task.completedAt, tz, lang) })
                        : t('office.case.endedAt', { at: formatDateTime(task.completedAt, tz, lang) })
                    }`}
                </Text>
                <ActualTime task={task} />
                {sendBack && (
                  <Text size="sm" fw={600}>
                    <IconArrowBackUp size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
                    {t('office.case.sentBackTo', { no: stepNo.get(sendBack.toStepId) ?? sendBack.toStepId })}
                    {sendBack.reason && `: ${sendBack.reason}`}
                  </Text>
                )}
                {task.status === 'cancelled' && task.cancelReason && (
                  <Text size="sm" fw={600}>
                    {t('office.case.cancelledReason', { reason: task.cancelReason })}
                  </Text>
                )}
                {task.outputs.length > 0 && (
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('office.case.outputs')}:
                    </Text>{' '}
                    {task.outputs.join(', ')}
                  </Text>
                )}
                {task.dispositions.map((d) => (
                  <Text size="sm" key={d.at}>
                    <Text span fw={600}>
                      {t('office.case.disposition')}:
                    </Text>{' '}
                    {t('office.case.dispositionLine', {
                      by: d.byName ?? '—',
                      to: d.toName ?? d.toUnitName ?? '—',
                      at: formatDateTime(d.at, tz, lang),
                    })}{' '}
                    <Text span fs="italic">
                      “{d.instruction}”
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Box>
    </Stack>
  );
}
