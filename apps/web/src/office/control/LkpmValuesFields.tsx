import { NumberInput, SimpleGrid, Textarea } from '@mantine/core';
import { LKPM_COMPONENTS } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';

/** The values of a report as the forms edit them: rupiah as digits, workers as numbers. */
export interface LkpmValuesState {
  land: string;
  buildings: string;
  machinery: string;
  workingCapital: string;
  other: string;
  planned: string;
  workersIndonesian: number;
  workersForeign: number;
  problems: string;
}

export const emptyLkpmValues: LkpmValuesState = {
  land: '0',
  buildings: '0',
  machinery: '0',
  workingCapital: '0',
  other: '0',
  planned: '0',
  workersIndonesian: 0,
  workersForeign: 0,
  problems: '',
};

export function lkpmValuesOf(r: Record<keyof LkpmValuesState, unknown>): LkpmValuesState {
  return {
    land: String(r.land),
    buildings: String(r.buildings),
    machinery: String(r.machinery),
    workingCapital: String(r.workingCapital),
    other: String(r.other),
    planned: String(r.planned),
    workersIndonesian: Number(r.workersIndonesian),
    workersForeign: Number(r.workersForeign),
    problems: (r.problems as string | null) ?? '',
  };
}

/** The request body of the values (rupiah as digit strings, whole numbers checked by the server). */
export const lkpmBody = (v: LkpmValuesState) => ({ ...v, problems: v.problems.trim() || null });

/** The realised components, the plan, the workers and the problems, each with its server error. */
export function LkpmValuesFields({
  value,
  onChange,
  errors,
}: {
  value: LkpmValuesState;
  onChange: (v: LkpmValuesState) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const money = (k: (typeof LKPM_COMPONENTS)[number] | 'planned') => (
    <NumberInput
      key={k}
      label={`${tt(`controlLkpm.items.${k}`)} (Rp)`}
      value={value[k]}
      onChange={(v) => onChange({ ...value, [k]: String(v) })}
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      min={0}
      error={errors[k]}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {LKPM_COMPONENTS.map(money)}
        {money('planned')}
        <NumberInput
          label={tt('controlLkpm.items.workersIndonesian')}
          value={value.workersIndonesian}
          onChange={(v) => onChange({ ...value, workersIndonesian: Number(v) || 0 })}
          allowDecimal={false}
          allowNegative={false}
          min={0}
          error={errors.workersIndonesian}
        />
        <NumberInput
          label={tt('controlLkpm.items.workersForeign')}
          value={value.workersForeign}
          onChange={(v) => onChange({ ...value, workersForeign: Number(v) || 0 })}
          allowDecimal={false}
          allowNegative={false}
          min={0}
          error={errors.workersForeign}
        />
      </SimpleGrid>
      <Textarea
        label={tt('controlLkpm.items.problems')}
        value={value.problems}
        onChange={(e) => onChange({ ...value, problems: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={4000}
        error={errors.problems}
      />
    </>
  );
}

export const LKPM_STATUS_COLOR: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  needs_correction: 'orange',
  corrected: 'cyan',
  approved: 'green',
};

export const rupiah = (n: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 0 }).format(n);
