import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schema/bundle';
import { FEATURED_PER_GROUP, groupFigures, isFeatured, measureOf } from './figureGroups';

/** Returns the quantities of a made-up text: [[…]] marks a figure as `unit` (a currency code means money). */
function figures(template: string, units: string[]): { text: string; quantities: Quantity[] } {
  let text = '';
  const quantities: Quantity[] = [];
  let last = 0;
  for (const m of template.matchAll(/\[\[(.+?)\]\]/g)) {
    text += template.slice(last, m.index);
    const body = m[1] as string;
    const unit = units[quantities.length] ?? 'things';
    const currency = /^[A-Z]{3}$/.test(unit) ? unit : null;
    quantities.push({ id: `q${quantities.length + 1}`, text: body, start: text.length, end: text.length + body.length, sentence: 's1', value: 1, unit, currency, qualifier: null });
    text += body;
    last = (m.index ?? 0) + m[0].length;
  }
  text += template.slice(last);
  return { text, quantities };
}

const whole = (text: string) => () => ({ start: 0, end: text.length });

describe('measureOf(text, quantity, clause)', () => {
  const kindOf = (template: string, unit: string) => {
    const { text, quantities } = figures(template, [unit]);
    return measureOf(text, quantities[0] as Quantity, { start: 0, end: text.length });
  };

  it('tells money by what it is, with its currency', () => {
    expect(kindOf('Steel traded at [[$640]] a tonne.', 'USD').label).toBe('Prices (USD)');
    expect(kindOf('The retailer posted revenue of [[€4.1bn]].', 'EUR').label).toBe('Revenue (EUR)');
    expect(kindOf('It reported a net loss of [[£12m]].', 'GBP').label).toBe('Profit and loss (GBP)');
    expect(kindOf('The round values the startup at [[$9bn]].', 'USD').label).toBe('Valuations (USD)');
    expect(kindOf('The fund raised [[$300m]] from pensions.', 'USD').label).toBe('Investment and funding (USD)');
    expect(kindOf('The city received [[$5m]].', 'USD').label).toBe('Money (USD)');
  });

  it('tells percentages by what they say', () => {
    expect(kindOf('Exports fell [[4%]] in May.', 'percent').kind).toBe('percent-change');
    expect(kindOf('The state owns [[51%]] of the port.', 'percent').kind).toBe('percent-share');
    expect(kindOf('A [[25%]] tariff applies to steel.', 'percent').kind).toBe('percent-rate');
  });

  it('groups shares said in words with shares in percent, and counts with no noun together', () => {
    expect(kindOf('[[Roughly a fifth]] of staff left.', 'fraction')).toEqual(kindOf('The state owns [[51%]] of the port.', 'percent'));
    expect(kindOf('He met [[12]] of them.', 'count')).toEqual({ kind: 'count', label: 'Counts' });
  });

  it('counts by their noun, singular or plural, and spans of time together', () => {
    expect(kindOf('The plant employs [[900]] workers.', 'workers')).toEqual({ kind: 'count-worker', label: 'Workers' });
    expect(kindOf('It took [[17]] years.', 'years').kind).toBe(kindOf('It took [[6]] months.', 'months').kind);
  });
});

describe('groupFigures(text, quantities, clauseOf)', () => {
  it('orders groups by how many figures they have and how early the first comes', () => {
    const { text, quantities } = figures('A fund raised [[$1m]]. Exports fell [[1%]], imports fell [[2%]], output fell [[3%]]. It employs [[9]] workers.', [
      'USD',
      'percent',
      'percent',
      'percent',
      'workers',
    ]);
    const groups = groupFigures(text, quantities, whole(text));
    expect(groups.map((g) => [g.label, g.members.map((q) => q.id)])).toEqual([
      ['Rises and falls', ['q2', 'q3', 'q4']],
      ['Investment and funding (USD)', ['q1']],
      ['Workers', ['q5']],
    ]);
  });

  it('gathers lone figures last in a figure-dense article', () => {
    const template = `${Array.from({ length: 18 }, (_, i) => `Sales fell [[${i + 1}%]].`).join(' ')} ${['ships', 'ports', 'cranes', 'trucks', 'barges', 'tugs'].map((u, i) => `It has [[${i + 2}]] ${u}.`).join(' ')}`;
    const units = [...Array.from({ length: 18 }, () => 'percent'), 'ships', 'ports', 'cranes', 'trucks', 'barges', 'tugs'];
    const { text, quantities } = figures(template, units);
    const groups = groupFigures(text, quantities, whole(text));
    expect(groups.map((g) => g.label)).toEqual(['Rises and falls', 'Other figures']);
    expect(groups[1]?.members).toHaveLength(6);
  });

  it('keeps a short article\'s lone figures in groups of their own', () => {
    const { text, quantities } = figures('It has [[2]] ships, [[3]] ports, [[4]] cranes, [[5]] trucks, [[6]] barges, [[7]] tugs and [[8]] docks.', [
      'ships',
      'ports',
      'cranes',
      'trucks',
      'barges',
      'tugs',
      'docks',
    ]);
    expect(groupFigures(text, quantities, whole(text))).toHaveLength(7);
  });
});

describe('isFeatured(index, groupSize)', () => {
  it('features the first few of a long group, and all of a group one longer than that', () => {
    expect(Array.from({ length: 9 }, (_, i) => isFeatured(i, 9)).filter(Boolean)).toHaveLength(FEATURED_PER_GROUP);
    expect(isFeatured(0, 9)).toBe(true);
    expect(isFeatured(8, 9)).toBe(false);
    expect(Array.from({ length: FEATURED_PER_GROUP + 1 }, (_, i) => isFeatured(i, FEATURED_PER_GROUP + 1)).every(Boolean)).toBe(true);
  });
});
