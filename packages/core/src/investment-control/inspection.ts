import {
  INSPECTION_ITEMS,
  type TInspectionGrade,
  type TInspectionItemKey,
} from '@sigap/contracts/investment-control';

/**
 * The compliance grade of an inspection report (Berita Acara Pemeriksaan), from its items:
 * no finding is compliant; one or two findings are partly compliant; three or more, or a
 * finding on the company's obligations (LKPM, licence duties), are not compliant.
 */
export function inspectionGrade(items: Record<TInspectionItemKey, { status: 'ok' | 'finding' }>): {
  grade: TInspectionGrade;
  findingsCount: number;
} {
  const findings = INSPECTION_ITEMS.filter((k) => items[k].status === 'finding');
  const findingsCount = findings.length;
  const grade: TInspectionGrade =
    findingsCount === 0
      ? 'compliant'
      : findingsCount >= 3 || findings.includes('obligations')
        ? 'not_compliant'
        : 'partly_compliant';
  return { grade, findingsCount };
}
