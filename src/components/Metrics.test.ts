import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MetricScale } from '../layout/metricScale';
import type { Bundle, Metric, Quantity } from '../schema/bundle';
import { makeSyntheticBundle } from '../schema/testing';
import { describeScale, groupHidingMetric, groupMetrics, Metrics } from './Metrics';

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

  it('says a share\'s ends as fractions of the whole, and no unit for a count with no noun', () => {
    expect(describeScale({ ...base, unit: 'fraction', domain: [0, 0.5] }, 2)).toBe('The 2 bars share one scale, from 0 to 1/2 of the whole.');
    expect(describeScale({ ...base, unit: 'count', domain: [0, 18] }, 3)).toBe('The 3 bars share one scale, from 0 to 18.');
  });

  it('says when the scale is logarithmic', () => {
    expect(describeScale({ ...base, type: 'log', domain: [100, 10_000_000_000] }, 3)).toBe(
      'The 3 dots share one logarithmic scale, from 100 to 10B widgets; each step is ten times the last.',
    );
  });
});

describe('Metrics({ bundle, selectedId }) rendered to HTML, as the prerenderer does', () => {
  // Six figures in one group, the story featuring the first four; a second group of two.
  const base = makeSyntheticBundle();
  const quantities = Array.from({ length: 8 }, (_, i) => ({ ...base.facts.quantities[0], id: `q${i + 1}`, value: i + 1 }) as Quantity);
  const metrics: Metric[] = quantities.map((q, i) => ({
    id: `m${i + 1}`,
    label: `Card ${i + 1}`,
    group: i < 6 ? 'long' : 'short',
    groupLabel: i < 6 ? 'Long group' : 'Short group',
    quantity: q.id,
    ...(i < 6 ? { featured: i < 4 } : {}),
  }));
  const bundle: Bundle = { ...base, facts: { ...base.facts, quantities }, story: { ...base.story, metrics } };
  const render = (selectedId: string | null) => renderToStaticMarkup(createElement(Metrics, { bundle, base: '/', selectedId, onSelect: () => {} }));

  it('puts every card in the markup and collapses only the group with hidden cards, behind a real button', () => {
    const html = render(null);
    for (const m of metrics) expect(html).toContain(`id="metric-${m.id}"`);
    expect(html.match(/class="metric-card [^"]*metric-card-more/g)).toHaveLength(2);
    expect(html.match(/data-collapsed/g)).toHaveLength(1);
    expect(html).toMatch(/<button type="button" class="metric-more text-button" aria-expanded="false" aria-controls="metric-group-long-cards">Show all 6/);
    expect(html).toContain('id="metric-group-long-cards"');
    expect(html.match(/metric-more text-button/g)).toHaveLength(1);
  });

  it('opens the group of a selected hidden card, so a deep link lands on it', () => {
    const html = render('m6');
    expect(html).not.toContain('data-collapsed');
    expect(html).toMatch(/aria-expanded="true" aria-controls="metric-group-long-cards">Show fewer/);
  });

  it('renders a story without featured flags exactly as before: no button, nothing collapsed', () => {
    const plain: Bundle = { ...bundle, story: { ...bundle.story, metrics: metrics.map(({ featured: _f, ...m }) => m) } };
    const html = renderToStaticMarkup(createElement(Metrics, { bundle: plain, base: '/', selectedId: null, onSelect: () => {} }));
    expect(html).not.toMatch(/metric-more|data-collapsed|metric-group-long-cards/);
  });
});

describe('groupHidingMetric(groups, metricId)', () => {
  it('names the group whose hidden cards hold the card, and nothing for a featured or unknown card', () => {
    const card = (id: string, featured?: boolean) => ({ metric: { id, label: id, group: 'g', groupLabel: 'G', quantity: 'q', ...(featured === undefined ? {} : { featured }) }, quantity: {} as Quantity });
    const groups = [{ id: 'g', label: 'G', cards: [card('a'), card('b', true), card('c', false)] }];
    expect(groupHidingMetric(groups, 'c')).toBe('g');
    expect(groupHidingMetric(groups, 'a')).toBeNull();
    expect(groupHidingMetric(groups, 'b')).toBeNull();
    expect(groupHidingMetric(groups, null)).toBeNull();
  });
});
