/**
 * The p-th percentile (0 ≤ p ≤ 100) of a sample by linear interpolation between the closest
 * ranks: the value at position h = (n − 1)·p/100 of the sorted sample, interpolated between
 * its neighbours (Hyndman & Fan type 7, the method of Excel's PERCENTILE.INC and NumPy's
 * default). Chosen over nearest-rank so that the 50th percentile is the ordinary median
 * (the mean of the two middle values for an even count) and a leader can check any figure
 * of the exported workbook with =PERCENTILE.INC. Null for an empty sample.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be within 0-100, got ${p}`);
  if (values.length === 0) return null;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`Percentile of a non-finite value: ${v}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (h - lo);
}

/** The median (50th percentile, {@link percentile}); null for an empty sample. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
