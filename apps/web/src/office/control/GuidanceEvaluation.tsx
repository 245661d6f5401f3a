import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { TGuidanceEvaluation } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';

const pct = (r: number | null) => (r === null ? '-' : `${r.toLocaleString('id-ID')}%`);

/** LKPM filing before and after guidance: companies evaluated, filed before, filed after, with rates. */
export function GuidanceEvaluation({ e, label }: { e: TGuidanceEvaluation; label: string }) {
  const { t } = useTranslation();
  const fact = (title: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {title}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="xs" aria-label={label} role="group">
      {e.companies === 0 ? (
        <Text c="dimmed">{t('controlGuidance.evaluation.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {fact(t('controlGuidance.evaluation.companies'), String(e.companies))}
          {fact(
            t('controlGuidance.evaluation.before'),
            t('controlGuidance.evaluation.rate', {
              n: e.reportedBefore,
              of: e.companies,
              rate: pct(e.rateBefore),
            }),
          )}
          {fact(
            t('controlGuidance.evaluation.after'),
            t('controlGuidance.evaluation.rate', {
              n: e.reportedAfter,
              of: e.companies,
              rate: pct(e.rateAfter),
            }),
          )}
        </SimpleGrid>
      )}
      {e.companies > 0 && !e.afterDue ? (
        <Text size="sm" fw={500}>
          {t('controlGuidance.evaluation.notDue')}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('controlGuidance.evaluation.rule')}
      </Text>
    </Stack>
  );
}
