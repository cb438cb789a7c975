import { describe, expect, it } from 'vitest';
import type { MetricScale } from '../layout/metricScale';
import type { Bundle } from '../schema/bundle';
import { describeScale, groupMetrics } from './Metrics';

// Made-up metrics: grouping only looks at ids, groups and quantity references.
const bundle = {
  facts: {
    quantities: [
      { id: 'q1', value: 1 },
      { id: 'q2', value: 2 },
      { id: 'q3', value: 3 },
    ],
  },
  story: {
    metrics: [
      { id: 'a', label: 'A', group: 'g1', groupLabel: 'One', quantity: 'q1' },
      { id: 'b', label: 'B', group: 'g2', groupLabel: 'Two', quantity: 'q2' },
      { id: 'c', label: 'C', group: 'g1', groupLabel: 'One', quantity: 'q3' },
      { id: 'd', label: 'D', group: 'g2', groupLabel: 'Two', quantity: 'missing' },
    ],
  },
} as unknown as Bundle;

describe('groupMetrics(bundle)', () => {
  it('groups cards in the order each group is first named, skipping metrics without a quantity', () => {
    expect(groupMetrics(bundle).map((g) => [g.id, g.label, g.cards.map((c) => c.metric.id)])).toEqual([
      ['g1', 'One', ['a', 'c']],
      ['g2', 'Two', ['b']],
    ]);
  });
});

describe('describeScale(scale, count)', () => {
  const base: MetricScale = { key: 'k', group: 'g', unit: 'widgets', currency: null, type: 'linear', domain: [0, 9_000_000_000], marks: [] };

  it('says what a linear scale spans, with the unit', () => {
    expect(describeScale(base, 4)).toBe('The 4 bars share one scale, from 0 to 9B widgets.');
  });

  it('prints money with its symbol and no unit word', () => {
    expect(describeScale({ ...base, currency: 'USD', unit: 'USD', domain: [0, 800_000_000_000] }, 2)).toBe('The 2 bars share one scale, from 0 to $800B.');
  });

  it('says when the scale is logarithmic', () => {
    expect(describeScale({ ...base, type: 'log', domain: [100, 10_000_000_000] }, 3)).toBe(
      'The 3 dots share one logarithmic scale, from 100 to 10B widgets; each step is ten times the last.',
    );
  });
});
