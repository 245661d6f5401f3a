import { Box, Group, Text } from '@mantine/core';
import type { TSopAnalytics } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { formatWorkingMinutes } from '../../lib/workingTime';

const MEDIAN = 'var(--mantine-color-blue-8)';
const OVER = 'var(--mantine-color-red-8)';
const STANDARD = 'var(--mantine-color-gray-6)';

/**
 * Median working time against the standard for each step, as horizontal bars. Every figure is
 * also in the table below it, so the bars are a picture of the table, labelled as such.
 */
export function StepBars({ sop, titleId }: { sop: TSopAnalytics; titleId: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...sop.steps.flatMap((s) => [s.medianMinutes ?? 0, s.standardMinutes ?? 0]));
  const pct = (v: number) => `${Math.max(0.5, (v / max) * 100)}%`;
  return (
    <Box role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`}>
      <Text id={`${titleId}-desc`} size="xs" c="dimmed" mb={6}>
        {t('office.analytics.chartHint')}
      </Text>
      <Group gap="md" mb="xs" aria-hidden="true">
        <Group gap={4}>
          <svg width={14} height={10} aria-hidden="true">
            <rect width={14} height={10} fill={MEDIAN} />
          </svg>
          <Text size="xs">{t('office.analytics.median')}</Text>
        </Group>
        <Group gap={4}>
          <svg width={14} height={10} aria-hidden="true">
            <rect width={14} height={10} fill={OVER} />
          </svg>
          <Text size="xs">{t('office.analytics.medianOver')}</Text>
        </Group>
        <Group gap={4}>
          <svg width={14} height={10} aria-hidden="true">
            <rect
              x={1}
              y={1}
              width={12}
              height={8}
              fill="none"
              stroke={STANDARD}
              strokeWidth={2}
              strokeDasharray="3 2"
            />
          </svg>
          <Text size="xs">{t('office.analytics.standard')}</Text>
        </Group>
      </Group>
      <Box aria-hidden="true">
        {sop.steps.map((step) => {
          const over =
            step.medianMinutes !== null &&
            step.standardMinutes !== null &&
            step.medianMinutes > step.standardMinutes;
          return (
            <Box
              key={step.stepId}
              mb={6}
              style={{ display: 'grid', gridTemplateColumns: '2.2rem 1fr', alignItems: 'center', gap: 6 }}
            >
              <Text size="xs" fw={700} ta="right">
                {step.no}
              </Text>
              <Box>
                <svg width="100%" height={12} aria-hidden="true" style={{ display: 'block' }}>
                  {step.medianMinutes !== null && (
                    <rect
                      x={0}
                      y={0}
                      width={pct(step.medianMinutes)}
                      height={12}
                      fill={over ? OVER : MEDIAN}
                    />
                  )}
                </svg>
                <svg width="100%" height={10} aria-hidden="true" style={{ display: 'block', marginTop: 2 }}>
                  {step.standardMinutes !== null && (
                    <rect
                      x={1}
                      y={1}
                      width={pct(step.standardMinutes)}
                      height={8}
                      fill="none"
                      stroke={STANDARD}
                      strokeWidth={2}
                      strokeDasharray="4 3"
                    />
                  )}
                </svg>
                <Text size="xs" c="dimmed">
                  {step.medianMinutes !== null ? formatWorkingMinutes(step.medianMinutes, t) : '—'}
                  {' / '}
                  {step.standardMinutes !== null
                    ? formatWorkingMinutes(step.standardMinutes, t)
                    : (step.standardText ?? '—')}
                </Text>
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
