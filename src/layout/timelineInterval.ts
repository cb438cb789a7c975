/**
 * What stretch of time a time expression covers, at the precision the text gave: "2019" is
 * the whole year, "early 2026" its first third, "Q3 2025" July to September, "May 2025" the
 * month, "recently" a span that ends at the date it was resolved against. The timeline draws
 * these intervals as they are, never as a fake exact day.
 */
import { utcDay, utcMinute, utcMonth, utcYear } from 'd3';
import type { TimeFact } from '../schema/bundle';
import { parseResolved } from './format';

export type TimeLike = Pick<TimeFact, 'resolved' | 'precision' | 'modifier'>;

/** How far back "recently" reaches before the date it was resolved against. */
export const RECENT_MONTHS = 2;

/** Returns the half-open interval [start, end) of UTC time that a time fact's wording covers. */
export function timeInterval(t: TimeLike): [Date, Date] {
  const start = parseResolved(t.resolved);
  const end = offsetByPrecision(start, t.precision);
  switch (t.modifier) {
    case 'early':
    case 'mid':
    case 'late':
      return thirdOf(start, end, t.precision, t.modifier);
    case 'recent':
      // "Recently" has a vague start and a firm end: the moment it was said.
      return [utcMonth.offset(start, -RECENT_MONTHS), end];
    default:
      return [start, end];
  }
}

function offsetByPrecision(start: Date, precision: TimeLike['precision']): Date {
  switch (precision) {
    case 'year':
      return utcYear.offset(start, 1);
    case 'half':
      return utcMonth.offset(start, 6);
    case 'quarter':
      return utcMonth.offset(start, 3);
    case 'month':
      return utcMonth.offset(start, 1);
    case 'day':
      return utcDay.offset(start, 1);
    case 'minute':
      return utcMinute.offset(start, 1);
  }
}

/** Months in the periods whose thirds are cut at whole months. */
const MONTHS_IN: Partial<Record<TimeLike['precision'], number>> = { year: 12, half: 6, quarter: 3 };

function thirdOf(start: Date, end: Date, precision: TimeLike['precision'], which: 'early' | 'mid' | 'late'): [Date, Date] {
  const index = which === 'early' ? 0 : which === 'mid' ? 1 : 2;
  const months = MONTHS_IN[precision];
  if (months) {
    // Whole months read better than a cut at a third of 365 days.
    const third = months / 3;
    return [utcMonth.offset(start, third * index), utcMonth.offset(start, third * (index + 1))];
  }
  const step = (end.getTime() - start.getTime()) / 3;
  const cut = (i: number) => (i === 3 ? end : utcDay.floor(new Date(start.getTime() + step * i)));
  return [cut(index), cut(index + 1)];
}
