import { describe, expect, it } from 'vitest';
import type { Metric, Quantity } from '../schema/bundle';
import { comparableKey, findMetricScale, layoutMetricScales, MAX_LINEAR_RATIO } from './metricScale';

// Synthetic figures (not the article's): the layout only sees values, units and groups.
function quantity(id: string, value: number, unit = 'widgets', currency: string | null = null): Quantity {
  return { id, text: String(value), start: 0, end: 1, sentence: 's1', value, unit, currency, qualifier: null };
}
function metric(id: string, quantityId: string, group = 'g1'): Metric {
  return { id, label: id, group, groupLabel: group, quantity: quantityId };
}

describe('layoutMetricScales(metrics, quantities)', () => {
  it('puts figures of one group and unit on one linear scale from zero', () => {
    const quantities = [quantity('q1', 2), quantity('q2', 8), quantity('q3', 4)];
    const metrics = [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3')];
    const [scale, ...rest] = layoutMetricScales(metrics, quantities);
    expect(rest).toEqual([]);
    expect(scale?.type).toBe('linear');
    expect(scale?.domain).toEqual([0, 8]);
    expect(scale?.marks.map((m) => [m.metricId, m.position])).toEqual([
      ['a', 0.25],
      ['b', 1],
      ['c', 0.5],
    ]);
  });

  it('keeps different units, currencies and groups apart, and skips figures alone in theirs', () => {
    const quantities = [
      quantity('q1', 3, 'widgets'),
      quantity('q2', 6, 'gadgets'),
      quantity('q3', 5, 'USD', 'USD'),
      quantity('q4', 7, 'EUR', 'EUR'),
      quantity('q5', 9, 'widgets'),
    ];
    const metrics = [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3'), metric('d', 'q4'), metric('e', 'q5', 'g2')];
    expect(layoutMetricScales(metrics, quantities)).toEqual([]);
  });

  it('matches units case-insensitively and compares money by currency', () => {
    const quantities = [quantity('q1', 1, 'Widgets'), quantity('q2', 2, 'widgets '), quantity('q3', 10, 'raised', 'USD'), quantity('q4', 40, 'valued', 'USD')];
    const metrics = [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3'), metric('d', 'q4')];
    const scales = layoutMetricScales(metrics, quantities);
    expect(scales.map((s) => s.marks.map((m) => m.metricId))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(scales[1]?.currency).toBe('USD');
    expect(scales[1]?.marks.map((m) => m.position)).toEqual([0.25, 1]);
  });

  it('switches to a log scale of whole decades when the spread is too wide for bars', () => {
    const quantities = [quantity('q1', 3), quantity('q2', 3 * MAX_LINEAR_RATIO + 1), quantity('q3', 20_000)];
    const metrics = [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3')];
    const [scale] = layoutMetricScales(metrics, quantities);
    expect(scale?.type).toBe('log');
    expect(scale?.domain).toEqual([1, 100_000]);
    const positions = scale?.marks.map((m) => m.position) ?? [];
    expect(positions[0]).toBeCloseTo(Math.log10(3) / 5, 10);
    expect(positions[2]).toBeCloseTo(Math.log10(20_000) / 5, 10);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('stays linear at exactly the limit ratio', () => {
    const scales = layoutMetricScales([metric('a', 'q1'), metric('b', 'q2')], [quantity('q1', 1), quantity('q2', MAX_LINEAR_RATIO)]);
    expect(scales[0]?.type).toBe('linear');
  });

  it('ignores zero, negative, non-finite and unknown quantities', () => {
    const quantities = [quantity('q1', 0), quantity('q2', -4), quantity('q3', Number.NaN), quantity('q4', 5)];
    const metrics = [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3'), metric('d', 'q4'), metric('e', 'missing')];
    expect(layoutMetricScales(metrics, quantities)).toEqual([]);
  });

  it('gives equal figures full-length bars', () => {
    const [scale] = layoutMetricScales([metric('a', 'q1'), metric('b', 'q2')], [quantity('q1', 7), quantity('q2', 7)]);
    expect(scale?.marks.map((m) => m.position)).toEqual([1, 1]);
  });
});

describe('findMetricScale(scales, metricId)', () => {
  it('returns the scale and mark of a metric, or null for one that stands alone', () => {
    const scales = layoutMetricScales(
      [metric('a', 'q1'), metric('b', 'q2'), metric('c', 'q3')],
      [quantity('q1', 1), quantity('q2', 4), quantity('q3', 9, 'gadgets')],
    );
    expect(findMetricScale(scales, 'b')?.mark.position).toBe(1);
    expect(findMetricScale(scales, 'c')).toBeNull();
  });
});

describe('comparableKey(metric, quantity)', () => {
  it('prefers the currency over the unit word', () => {
    expect(comparableKey({ group: 'g' }, { unit: 'raised', currency: 'USD' })).toBe(comparableKey({ group: 'g' }, { unit: 'valued', currency: 'USD' }));
    expect(comparableKey({ group: 'g' }, { unit: 'x', currency: null })).not.toBe(comparableKey({ group: 'h' }, { unit: 'x', currency: null }));
  });
});
