import { describe, expect, it } from 'vitest';
import { printedUnitCodes, unitOfPrintedCode } from './unit-code';

const units = [
  { id: 'root', code: 'DPMPTSP', parentId: null },
  { id: 'dalak', code: 'DALAK', parentId: 'root' },
  { id: 'seksi', code: 'WASDAL', parentId: 'dalak' },
  { id: 'prefixed', code: 'DPMPTSP-SEK', parentId: 'root' },
];

describe('printed unit codes', () => {
  it('prefixes the root code once, at any depth, and leaves the root and prefixed codes as they are', () => {
    expect([...printedUnitCodes(units).values()]).toEqual([
      'DPMPTSP',
      'DPMPTSP-DALAK',
      'DPMPTSP-WASDAL',
      'DPMPTSP-SEK',
    ]);
  });

  it('survives a cycle in the chart', () => {
    const loop = [
      { id: 'a', code: 'A', parentId: 'b' },
      { id: 'b', code: 'B', parentId: 'a' },
    ];
    expect(printedUnitCodes(loop).size).toBe(2);
  });

  it("finds a unit by its printed code in any case, and nothing for another agency's or an unknown code", () => {
    expect(unitOfPrintedCode(units, 'dpmptsp-dalak')?.id).toBe('dalak');
    expect(unitOfPrintedCode(units, ' DPMPTSP ')?.id).toBe('root');
    // the bare unit code is not what a number prints
    expect(unitOfPrintedCode(units, 'DALAK')).toBeNull();
    expect(unitOfPrintedCode(units, 'BKPM-DIT-SPB')).toBeNull();
    expect(unitOfPrintedCode(units, 'DPMPTSP-NOWHERE')).toBeNull();
  });
});
