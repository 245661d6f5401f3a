import {
  INSPECTION_ITEMS,
  type TInspectionItemKey as InspectionItem,
} from '@sigap/contracts/investment-control';
import { describe, expect, it } from 'vitest';
import { inspectionGrade } from './inspection';

const items = (findings: InspectionItem[]) =>
  Object.fromEntries(
    INSPECTION_ITEMS.map((k) => [k, { status: findings.includes(k) ? 'finding' : 'ok' }]),
  ) as Record<InspectionItem, { status: 'ok' | 'finding' }>;

describe('inspectionGrade', () => {
  it('no finding is compliant', () => {
    expect(inspectionGrade(items([]))).toEqual({ grade: 'compliant', findingsCount: 0 });
  });
  it('one or two findings are partly compliant', () => {
    expect(inspectionGrade(items(['workers'])).grade).toBe('partly_compliant');
    expect(inspectionGrade(items(['workers', 'machinery']))).toEqual({
      grade: 'partly_compliant',
      findingsCount: 2,
    });
  });
  it('three findings, or one on the obligations, are not compliant', () => {
    expect(inspectionGrade(items(['workers', 'machinery', 'location'])).grade).toBe('not_compliant');
    expect(inspectionGrade(items(['obligations']))).toEqual({ grade: 'not_compliant', findingsCount: 1 });
  });
});
