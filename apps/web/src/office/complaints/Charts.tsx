import { Box, Stack, Text, VisuallyHidden } from '@mantine/core';

const BAR = 'var(--mantine-color-blue-7)';

/**
 * Counts as horizontal bars: each row says its label and number in text (what a screen reader
 * reads); the bar itself is a picture of the number and hidden from assistive technology.
 */
export function BarList({
  rows,
  labelledBy,
  empty,
}: {
  rows: { key: string; label: string; count: number }[];
  labelledBy: string;
  empty: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  if (rows.every((r) => r.count === 0)) return <Text size="sm">{empty}</Text>;
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {rows.map((r) => (
        <Box
          key={r.key}
          component="li"
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 1fr) 2.5rem',
            columnGap: 8,
            alignItems: 'center',
          }}
        >
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {r.label}
          </Text>
          <Text size="sm" fw={700} ta="right">
            {r.count}
          </Text>
          <svg
            width="100%"
            height={10}
            aria-hidden="true"
            style={{ display: 'block', gridColumn: '1 / span 2' }}
          >
            <rect width="100%" height={10} rx={2} fill="var(--mantine-color-gray-2)" />
            {r.count > 0 && (
              <rect width={`${Math.max(1, (r.count / max) * 100)}%`} height={10} rx={2} fill={BAR} />
            )}
          </svg>
        </Box>
      ))}
    </Stack>
  );
}

/** Complaints per day as columns, each with its weekday and count written under it. */
export function DayColumns({
  days,
  labelledBy,
}: {
  days: { key: string; weekday: string; day: string; fullLabel: string; count: number }[];
  labelledBy: string;
}) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const height = 120;
  return (
    <Box
      component="ul"
      aria-labelledby={labelledBy}
      p={0}
      m={0}
      style={{
        listStyle: 'none',
        display: 'grid',
        gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))`,
        gap: 6,
        alignItems: 'start',
      }}
    >
      {days.map((d) => (
        <li key={d.key} style={{ textAlign: 'center', minWidth: 0 }}>
          <Text size="sm" fw={700} aria-hidden="true">
            {d.count}
          </Text>
          <svg width="100%" height={height} aria-hidden="true" style={{ display: 'block' }}>
            <rect
              x="15%"
              y={height - Math.max(d.count > 0 ? 3 : 1, (d.count / max) * height)}
              width="70%"
              height={Math.max(d.count > 0 ? 3 : 1, (d.count / max) * height)}
              rx={2}
              fill={d.count > 0 ? BAR : 'var(--mantine-color-gray-4)'}
            />
          </svg>
          <Text size="xs" aria-hidden="true" lh={1.3}>
            {d.weekday}
            <br />
            {d.day}
          </Text>
          <VisuallyHidden>
            {d.fullLabel}: {d.count}
          </VisuallyHidden>
        </li>
      ))}
    </Box>
  );
}
