import { describe, expect, it } from 'vitest';
import type { Person, Quantity, TimeFact } from '../schema/bundle';
import { countText, locateText } from './locateText';
import { matchOneToOne, normaliseRole, rates, rolesAgree, scoreArticle, sumCounts, valuesAgree } from './score';
import type { Truth } from './truth';

const TEXT = 'Shares rose 7.4% to SGD 4.35 on Monday. Fees fell from 20 to 30 seconds, said CFO Amy Hood. Hood said 7.4% was fine.';

/** Returns an extracted quantity at the first appearance of `text` (or its `nth`). */
function quantity(text: string, value: number, extra: Partial<Quantity> = {}, nth = 1): Quantity {
  const span = locateText(TEXT, text, nth);
  if (!span) throw new Error(`not in TEXT: ${text}`);
  return { id: `q-${text}-${value}`, text, ...span, sentence: 's1', value, unit: 'x', currency: null, qualifier: null, ...extra };
}

function time(text: string, resolved: string): TimeFact {
  const span = locateText(TEXT, text);
  if (!span) throw new Error(`not in TEXT: ${text}`);
  return { id: `t-${text}`, text, ...span, sentence: 's1', resolved, precision: 'day', modifier: null, relative: false, anchor: null };
}

function person(name: string, role: string | null): Person {
  const span = locateText(TEXT, name) ?? { start: 0, end: 0 };
  return { id: `p-${name}`, text: name, ...span, sentence: 's1', name, role, roleSpan: null, mentions: [] };
}

const truth = (t: Partial<Truth>): Truth => ({ published: null, figures: [], dates: [], people: [], ...t });
const figure = (text: string, value: number, more: Partial<Truth['figures'][number]> = {}) => ({ text, value, unit: 'x', currency: null, qualifier: null, ...more });
const none = { quantities: [], times: [], people: [] };

describe('locateText(text, needle, occurrence)', () => {
  it('finds the nth appearance at word boundaries, not inside a longer number or word', () => {
    expect(locateText(TEXT, '7.4%', 2)).toEqual({ start: TEXT.lastIndexOf('7.4%'), end: TEXT.lastIndexOf('7.4%') + 4 });
    expect(locateText('in 2025 and 4.35', '20')).toBeNull();
    expect(locateText('in 2025 and 4.35', '4.3')).toBeNull();
    expect(locateText('$1bn-$2bn', '$2bn')).toEqual({ start: 5, end: 9 });
    expect(countText(TEXT, 'Hood')).toBe(2);
  });
});

describe('scoreArticle(text, truth, extracted): figures', () => {
  it('finds a figure whose span overlaps the truth text and whose value agrees within 0.5%', () => {
    const t = truth({ figures: [figure('7.4%', 7.4), figure('SGD 4.35', 4.35, { currency: 'SGD' })] });
    const overlapping = quantity('4.35', 4.37, { currency: 'SGD' });
    const score = scoreArticle(TEXT, t, { ...none, quantities: [quantity('7.4%', 7.4), overlapping] });
    expect(score.counts.figures).toEqual({ truth: 2, extracted: 2, found: 2, matched: 2 });
  });

  it('misses a value off by more than 0.5%, a span elsewhere, and money in another currency', () => {
    const t = truth({ figures: [figure('SGD 4.35', 4.35, { currency: 'SGD' }), figure('7.4%', 7.4)] });
    const offValue = quantity('SGD 4.35', 4.4, { currency: 'SGD' });
    const wrongCurrency = quantity('SGD 4.35', 4.35, { currency: 'USD' });
    const elsewhere = quantity('7.4%', 7.4, {}, 2);
    const score = scoreArticle(TEXT, t, { ...none, quantities: [offValue, wrongCurrency, elsewhere] });
    expect(score.counts.figures).toMatchObject({ found: 0, extracted: 3 });
    expect(score.misses.figures.map((m) => m.truth.text)).toEqual(['SGD 4.35', '7.4%']);
    expect(score.misses.figures[0]?.near).toHaveLength(2);
    expect(score.extra.figures).toHaveLength(3);
  });

  it('matches each extracted figure to one truth figure at most: one span for both ends of a range finds both by value', () => {
    const t = truth({ figures: [figure('from 20', 20), figure('30 seconds', 30), figure('20 to 30', 20)] });
    const span = { ...quantity('from 20 to 30 seconds', 20) };
    const low = { ...span, id: 'low' };
    const high = { ...span, id: 'high', value: 30 };
    const score = scoreArticle(TEXT, t, { ...none, quantities: [low, high] });
    // "from 20" and "20 to 30" both want the one extracted 20: only one of them is found.
    expect(score.counts.figures).toEqual({ truth: 3, extracted: 2, found: 2, matched: 2 });
  });

  it('counts a labelled figure whose text is not in the article as missed', () => {
    const score = scoreArticle(TEXT, truth({ figures: [figure('$9 billion', 9e9)] }), none);
    expect(score.misses.figures[0]?.near).toEqual(['(text not found in the article)']);
  });
});

describe('scoreArticle(text, truth, extracted): dates', () => {
  it('finds a date only when its resolved value is the same', () => {
    const t = truth({ dates: [{ text: 'on Monday', resolved: '2025-11-17' }] });
    expect(scoreArticle(TEXT, t, { ...none, times: [time('Monday', '2025-11-17')] }).counts.dates.found).toBe(1);
    const wrong = scoreArticle(TEXT, t, { ...none, times: [time('Monday', '2025-11-10')] });
    expect(wrong.counts.dates).toEqual({ truth: 1, extracted: 1, found: 0, matched: 0 });
    expect(wrong.misses.dates[0]?.near).toEqual(['"Monday" → 2025-11-10']);
  });
});

describe('scoreArticle(text, truth, extracted): people and roles', () => {
  const hood = { name: 'Amy Hood', role: 'chief financial officer of the cloud unit', aliases: ['Hood'] };

  it('finds a person by name or alias, case and spacing aside; a product name is a false person', () => {
    const t = truth({ people: [hood] });
    const score = scoreArticle(TEXT, t, { ...none, people: [person('amy  hood', null), person('Claude', null)] });
    expect(score.counts.people).toEqual({ truth: 1, extracted: 2, found: 1, matched: 1 });
    expect(score.extra.people.map((p) => p.name)).toEqual(['Claude']);
    expect(scoreArticle(TEXT, t, { ...none, people: [person('Hood', null)] }).counts.people.found).toBe(1);
  });

  it('counts a role when one contains the other, and lets the person with the right role take the match', () => {
    const t = truth({ people: [hood, { name: 'Jensen Huang', role: null, aliases: [] }] });
    const score = scoreArticle(TEXT, t, { ...none, people: [person('Hood', null), person('Amy Hood', 'CFO'), person('Amy Hood', 'the Chief Financial Officer')] });
    expect(score.counts.people).toMatchObject({ truth: 2, found: 1, extracted: 3 });
    // Only people with a role in the text count for roles.
    expect(score.counts.roles).toEqual({ truth: 1, extracted: null, found: 1, matched: 1 });
  });

  it('misses a role the text gives in other words, and says what was found', () => {
    const score = scoreArticle(TEXT, truth({ people: [hood] }), { ...none, people: [person('Amy Hood', 'CFO')] });
    expect(score.counts.roles.found).toBe(0);
    expect(score.misses.roles[0]?.near).toEqual(['Amy Hood: "CFO"']);
  });
});

describe('valuesAgree, normaliseRole, rolesAgree', () => {
  it('uses a relative tolerance of 0.5%, exact at zero', () => {
    expect(valuesAgree(2.1e9, 2.11e9)).toBe(true);
    expect(valuesAgree(2.1e9, 2.2e9)).toBe(false);
    expect(valuesAgree(0, 0.001)).toBe(false);
    expect(valuesAgree(-20, -20.05)).toBe(true);
  });

  it('drops case, a leading article and surrounding punctuation', () => {
    expect(normaliseRole(' The Chief Executive, ')).toBe('chief executive');
    expect(normaliseRole('an analyst at Marlow & Finch')).toBe('analyst at marlow & finch');
    expect(rolesAgree('chief financial officer', "Valdor's chief financial officer")).toBe(true);
    expect(rolesAgree('chief executive', 'CEO')).toBe(false);
    expect(rolesAgree('the', 'a')).toBe(false);
  });
});

describe('matchOneToOne(truthCount, extractedCount, edge)', () => {
  it('finds the largest matching whatever the order', () => {
    // Truth 0 can take either; truth 1 only the first: both are matched.
    expect(matchOneToOne(2, 2, (t, e) => t === 0 || e === 0)).toEqual([1, 0]);
    expect(matchOneToOne(2, 1, () => true).filter((e) => e !== -1)).toHaveLength(1);
  });
});

describe('sumCounts and rates', () => {
  it('adds articles up and gives precision and recall; roles have no precision', () => {
    const a = scoreArticle(TEXT, truth({ figures: [figure('7.4%', 7.4)] }), { ...none, quantities: [quantity('7.4%', 7.4), quantity('4.35', 4.35)] });
    const b = scoreArticle(TEXT, truth({ figures: [figure('SGD 4.35', 4.35)] }), none);
    const total = sumCounts([a.counts, b.counts]);
    expect(total.figures).toEqual({ truth: 2, extracted: 2, found: 1, matched: 1 });
    expect(rates(total.figures)).toEqual({ precision: 0.5, recall: 0.5 });
    expect(rates(total.roles)).toEqual({ precision: null, recall: 1 });
  });
});
