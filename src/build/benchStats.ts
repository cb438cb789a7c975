/**
 * The few statistics the bench reports: a median with the range it came from, since on a
 * shared two-core machine one figure alone says little.
 */

/** Returns the median of the numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** how many values it summarises */
  count: number;
}

/** Returns the median, lowest and highest of the numbers; NaN throughout when there are none. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, count: 0 };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), count: values.length };
}

/** Returns "median (min–max)" with a unit, e.g. "1247 ms (1203–1533)", the value alone when all agree, "–" for none. */
export function formatSpread(s: Spread, unit: string, digits = 0): string {
  if (s.count === 0) return '–';
  const f = (n: number) => n.toFixed(digits);
  return s.min === s.max ? `${f(s.median)} ${unit}` : `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
}

/** Returns the field-wise median of records with the same numeric fields. */
export function medianOfFields<T extends Record<keyof T, number>>(records: readonly T[]): T {
  const keys = Object.keys(records[0] ?? {}) as (keyof T)[];
  return Object.fromEntries(keys.map((k) => [k, median(records.map((r) => r[k]))])) as T;
}
