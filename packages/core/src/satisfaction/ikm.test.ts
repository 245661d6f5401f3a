import { describe, expect, it } from 'vitest';
import {
  type Answer,
  ELEMENT_KEYS,
  ikmGrade,
  ikmPeriod,
  minimumSample,
  type SurveyAnswers,
  summariseIkm,
  summariseIkmSums,
} from './ikm';

/**
 * `n` respondents who all answer `base` on every element, except that the first `raised`
 * answers, read respondent by respondent and element by element (U1..U9), are `base + 1`.
 * The expected element scores below are worked out by hand from that layout.
 */
function answerSet(n: number, base: Answer, raised: number): SurveyAnswers[] {
  const out: SurveyAnswers[] = [];
  let left = raised;
  for (let r = 0; r < n; r++) {
    const row = {} as SurveyAnswers;
    for (const k of ELEMENT_KEYS) {
      row[k] = (left > 0 ? base + 1 : base) as Answer;
      left--;
    }
    out.push(row);
  }
  return out;
}

const averages = (s: ReturnType<typeof summariseIkm>) => s.elements.map((e) => e.average);

describe('IKM (PermenPANRB 14/2017)', () => {
  it('all 4s give 100 (A, Sangat Baik) and all 1s give 25 (D)', () => {
    const top = summariseIkm(answerSet(3, 4, 0));
    expect(top.index).toBe(100);
    expect(top.grade).toBe('A');
    expect(ikmGrade(top.index!).id).toBe('Sangat Baik');
    const bottom = summariseIkm(answerSet(3, 1, 0));
    expect(bottom.index).toBe(25);
    expect(bottom.grade).toBe('D');
    expect(ikmGrade(25).id).toBe('Tidak Baik');
  });

  it('A from 88.31: 100 respondents, 480 fours and 420 threes give 88.33 (A)', () => {
    // respondents 1-53 all 4 (477 answers), respondent 54 has 4 on U1-U3:
    // U1-U3 = (54×4 + 46×3)/100 = 3.54; U4-U9 = (53×4 + 47×3)/100 = 3.53
    // NRR tertimbang = (3×3.54 + 6×3.53)/9 = 31.80/9 = 3.5333…; IKM = 88.333…
    const s = summariseIkm(answerSet(100, 3, 480));
    expect(averages(s)).toEqual([3.54, 3.54, 3.54, 3.53, 3.53, 3.53, 3.53, 3.53, 3.53]);
    expect(s.index).toBeCloseTo(88.3333, 4);
    expect(s.grade).toBe('A');
  });

  it('one answer less gives 88.3056, between the printed 88,30 and 88,31: B (Baik)', () => {
    // U1-U2 = 3.54, U3-U9 = 3.53: (2×3.54 + 7×3.53)/9 = 31.79/9; × 25 = 88.3055…
    const s = summariseIkm(answerSet(100, 3, 479));
    expect(averages(s)).toEqual([3.54, 3.54, 3.53, 3.53, 3.53, 3.53, 3.53, 3.53, 3.53]);
    expect(s.index).toBeCloseTo(88.3056, 4);
    expect(s.grade).toBe('B');
    expect(ikmGrade(s.index!).id).toBe('Baik');
  });

  it('B from 76.61: 58 fours and 842 threes give 76.61 (B); 57 fours give 76.58 (C)', () => {
    // respondents 1-6 all 4 (54), respondent 7 has 4 on U1-U4: U1-U4 = 3.07, U5-U9 = 3.06
    // (4×3.07 + 5×3.06)/9 × 25 = 27.58/9 × 25 = 76.6111…
    const b = summariseIkm(answerSet(100, 3, 58));
    expect(averages(b)).toEqual([3.07, 3.07, 3.07, 3.07, 3.06, 3.06, 3.06, 3.06, 3.06]);
    expect(b.index).toBeCloseTo(76.6111, 4);
    expect(b.grade).toBe('B');
    // (3×3.07 + 6×3.06)/9 × 25 = 27.57/9 × 25 = 76.5833…
    const c = summariseIkm(answerSet(100, 3, 57));
    expect(c.index).toBeCloseTo(76.5833, 4);
    expect(c.grade).toBe('C');
    expect(ikmGrade(c.index!).id).toBe('Kurang Baik');
  });

  it('C from exactly 65.00: 540 threes and 360 twos; one three less gives 64.97 (D)', () => {
    // respondents 1-60 all 3, 61-100 all 2: every element (60×3 + 40×2)/100 = 2.6; 2.6 × 25 = 65
    const c = summariseIkm(answerSet(100, 2, 540));
    expect(averages(c)).toEqual(Array(9).fill(2.6));
    expect(c.weightedAverage).toBe(2.6);
    expect(c.index).toBe(65);
    expect(c.grade).toBe('C');
    // respondent 60 answers 2 on U9: U9 = 2.59; (8×2.6 + 2.59)/9 × 25 = 23.39/9 × 25 = 64.9722…
    const d = summariseIkm(answerSet(100, 2, 539));
    expect(d.elements[8]!.average).toBe(2.59);
    expect(d.index).toBeCloseTo(64.9722, 4);
    expect(d.grade).toBe('D');
  });

  it('grades the printed bounds of the table', () => {
    expect(ikmGrade(100).grade).toBe('A');
    expect(ikmGrade(88.31).grade).toBe('A');
    expect(ikmGrade(88.3).grade).toBe('B');
    expect(ikmGrade(76.61).grade).toBe('B');
    expect(ikmGrade(76.6).grade).toBe('C');
    expect(ikmGrade(65).grade).toBe('C');
    expect(ikmGrade(64.99).grade).toBe('D');
    expect(ikmGrade(25).grade).toBe('D');
  });

  it('weights each element 1/9, not a rounded 0.111', () => {
    // 5 respondents: U1 all 4, the rest all 3 → (4 + 8×3)/9 = 28/9 = 3.1111…; × 25 = 77.777…
    const rows = answerSet(5, 3, 0).map((r) => ({ ...r, u1: 4 as Answer }));
    const s = summariseIkm(rows);
    expect(s.index).toBeCloseTo((28 / 9) * 25, 9);
    expect(s.index).not.toBeCloseTo(28 * 0.111 * 25, 3);
  });

  it('the sums of a database aggregate give the same summary', () => {
    const rows = answerSet(100, 3, 479);
    const sums = Object.fromEntries(
      ELEMENT_KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)]),
    ) as Record<(typeof ELEMENT_KEYS)[number], number>;
    expect(summariseIkmSums(100, sums)).toEqual(summariseIkm(rows));
  });

  it('no answers: no index and no grade', () => {
    const s = summariseIkm([]);
    expect(s.respondents).toBe(0);
    expect(s.index).toBeNull();
    expect(s.grade).toBeNull();
  });
});

describe('minimum sample (Krejcie-Morgan)', () => {
  it('matches the published table', () => {
    expect(minimumSample(100)).toBe(80);
    expect(minimumSample(1000)).toBe(278);
    expect(minimumSample(10000)).toBe(370);
    expect(minimumSample(10)).toBe(10);
    expect(minimumSample(1000000)).toBe(384);
    // the printed table rounds 44.34 (N=50) and 217.47 (N=500) to the nearest; rounding up
    // asks for one respondent more, never fewer
    expect(minimumSample(50)).toBe(45);
    expect(minimumSample(500)).toBe(218);
  });

  it('is never more than the population, and 0 for none', () => {
    expect(minimumSample(0)).toBe(0);
    expect(minimumSample(1)).toBe(1);
    for (let n = 1; n < 300; n++) expect(minimumSample(n)).toBeLessThanOrEqual(n);
  });
});

describe('report periods', () => {
  it('a month, a quarter and a year, ending on the first day after', () => {
    expect(ikmPeriod('month', 2026, 12)).toEqual({
      start: '2026-12-01',
      end: '2027-01-01',
      months: ['2026-12'],
    });
    expect(ikmPeriod('quarter', 2026, 2)).toEqual({
      start: '2026-04-01',
      end: '2026-07-01',
      months: ['2026-04', '2026-05', '2026-06'],
    });
    const y = ikmPeriod('year', 2026, null);
    expect([y.start, y.end, y.months.length]).toEqual(['2026-01-01', '2027-01-01', 12]);
  });
});
