import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../schema/bundle';
import { compileArticle } from './compile';
import { MAX_HEADLINE_WORDS } from './headline';
import { ROOT, readProjectFile } from './testing';

// Three articles written for these tests (fixtures/), unlike the seed in shape: an earnings
// story with a written-out dateline, a sports transfer with an ISO dateline, and a policy
// story with no dateline whose lines are hard-wrapped.
function compileFixture(name: string, crlf = false): Bundle {
  const text = readProjectFile(`src/compiler/fixtures/${name}`);
  const result = compileArticle({ articleText: crlf ? text.replace(/\n/g, '\r\n') : text, articlePath: `fixtures/${name}` });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!result.bundle) throw new Error('no bundle');
  return result.bundle;
}

const figures = (b: Bundle) => b.facts.quantities.map((q) => [q.text.replace(/\s+/g, ' '), q.value, q.unit, q.qualifier, q.currency]);
const dates = (b: Bundle) => b.facts.times.map((t) => [t.text.replace(/\s+/g, ' '), t.resolved, t.modifier, t.relative]);
const cast = (b: Bundle) => b.facts.people.map((p) => [p.name, p.role]);

function expectUsableAutoStory(b: Bundle): void {
  expect(b.source.mode).toBe('auto');
  expect(b.story.org).toBeNull();
  expect(b.story.strategy).toBeNull();
  expect(b.story.sections.map((s) => s.id)).toEqual(['metrics', 'timeline', 'people', 'source']);
  // Every figure is a card once; cards come in groups, most important first.
  expect(b.story.metrics.map((m) => m.quantity).sort()).toEqual(b.facts.quantities.map((q) => q.id).sort());
  expect(b.story.people).toEqual(b.facts.people.map((p) => p.id));
  expect(new Set(b.story.metrics.map((m) => m.id)).size).toBe(b.story.metrics.length);
  expect(new Set(b.story.timeline.events.map((e) => e.id)).size).toBe(b.story.timeline.events.length);
  for (const m of b.story.metrics) expect(m.label).not.toMatch(/\s{2,}|\n/);
  expectHeadlines(b);
}

/**
 * Asserts what the headlines of auto mode promise: every word of a card's label and an
 * event's title is a word of its own sentence, in the sentence's order; at most
 * MAX_HEADLINE_WORDS words; no "…"; a card's label holds its figure as written.
 */
function expectHeadlines(b: Bundle): void {
  const { text } = b.article;
  const sentences = new Map(b.article.sentences.map((s) => [s.id, text.slice(s.start, s.end).replace(/\s+/g, ' ')]));
  const quantities = new Map(b.facts.quantities.map((q) => [q.id, q]));
  const headlines = [
    ...b.story.metrics.map((m) => {
      const q = quantities.get(m.quantity);
      return { headline: m.label, sentence: q?.sentence ?? '', fact: q ? q.text.replace(/\s+/g, ' ') : null };
    }),
    ...b.story.timeline.events.map((e) => ({ headline: e.title, sentence: e.sentence, fact: null })),
  ];
  for (const { headline, sentence, fact } of headlines) {
    const source = (sentences.get(sentence) ?? '').toLowerCase();
    const words = headline.split(' ');
    const where = `"${headline}" from "${sentences.get(sentence)}"`;
    expect(words.length, where).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline, where).not.toMatch(/…|\.\.\.$/);
    let at = 0;
    for (const word of words) {
      const found = source.indexOf(word.toLowerCase(), at);
      expect(found, `${where}: "${word}"`).toBeGreaterThanOrEqual(0);
      at = found + word.length;
    }
    if (fact) expect(headline.toLowerCase(), where).toContain(fact.toLowerCase());
  }
}

describe('buildAutoStory(article, quantities, times, people) through compileArticle', { timeout: 60_000 }, () => {
  it('explains an earnings story with a written-out dateline', () => {
    const b = compileFixture('earnings-northwind.txt');
    expectUsableAutoStory(b);
    expect(b.article).toMatchObject({ outlet: 'Business Wire', published: '2026-02-12T07:05', publishedYearSource: 'text' });
    expect(b.article.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => b.article.text.slice(p.start, p.end))).toEqual([
      'Related articles',
      'Warehouse automation: who is buying and why',
    ]);
    expect(figures(b)).toEqual(
      expect.arrayContaining([
        ['$1.2 billion', 1_200_000_000, 'USD', null, 'USD'],
        ['18%', 18, 'percent', null, null],
        ['more than 14,000', 14_000, 'autonomous carts', 'more than', null],
        ['3,400', 3_400, 'people', null, null],
        ['roughly 600', 600, 'engineers', 'about', null],
        ['about $5.5 billion', 5_500_000_000, 'USD', 'about', 'USD'],
        ['7.5 percent', 7.5, 'percent', null, null],
        ['up to $2 billion', 2_000_000_000, 'USD', 'up to', 'USD'],
      ]),
    );
    expect(dates(b)).toEqual([
      ['February 12, 2026, 7:05 AM', '2026-02-12T07:05', null, false],
      ['fourth-quarter', '2025-Q4', null, true],
      ['on Wednesday', '2026-02-11', null, true],
      ['a year earlier', '2024-Q4', null, true],
      ['the quarter', '2025-Q4', null, true],
      ['the same period of 2024', '2024-Q4', null, true],
      ['2011', '2011', null, false],
      ['March 2025', '2025-03', null, false],
      ['2026', '2026', null, false],
      ['2021', '2021', null, false],
      ['Two years ago', '2024', null, true],
      ['A year later', '2025', null, true],
    ]);
    expect(cast(b)).toEqual([
      ['Priya Raman', 'Chief executive'],
      ['Tomás Herrera', 'Chief financial officer'],
    ]);
    expect(b.facts.quotations.map((q) => q.speaker)).toEqual(['Priya Raman']);
    // Money is grouped by what it is: the quarter's revenue is revenue.
    const revenue = b.facts.quantities.find((q) => q.text === '$1.2 billion');
    expect(b.story.metrics.find((m) => m.quantity === revenue?.id)).toMatchObject({ group: 'revenue-usd', groupLabel: 'Revenue (USD)' });
  });

  it('explains a sports transfer with an ISO dateline', () => {
    const b = compileFixture('transfer-harbour-city.txt');
    expectUsableAutoStory(b);
    expect(b.article).toMatchObject({ outlet: 'The Coastal Gazette', published: '2025-08-30T18:45' });
    expect(figures(b)).toEqual([
      ['£48 million', 48_000_000, 'GBP', null, 'GBP'],
      ['24-year-old', 24, 'years', null, null],
      ['five-year', 5, 'years', null, null],
      ['31', 31, 'goals', null, null],
      ['£55 million', 55_000_000, 'GBP', null, 'GBP'],
      ['nearly £120 million', 120_000_000, 'GBP', 'nearly', 'GBP'],
      ['13', 13, 'years', null, null],
      ['next decade', 10, 'years', null, null],
    ]);
    expect(dates(b)).toEqual([
      ['2025-08-30 18:45', '2025-08-30T18:45', null, false],
      ['on Saturday evening', '2025-08-30', null, true],
      ['June 2024', '2024-06', null, false],
      ['2014', '2014', null, false],
      ['Two years later', '2016', null, true],
      ['2019', '2019', null, false],
      ['on Sunday', '2025-08-31', null, true],
      ['next month', '2025-09', null, true],
    ]);
    expect(cast(b)).toEqual([
      ['Mateo Silva', 'Brazilian striker'],
      ['Elena Varga', 'Manager'],
      ['Robert Ashworth', 'Club chairman'],
    ]);
    expect(b.facts.quotations.map((q) => q.speaker)).toEqual(['Elena Varga', 'Robert Ashworth']);
    const pounds = new Set(b.facts.quantities.filter((q) => q.currency === 'GBP').map((q) => q.id));
    expect(b.story.metrics.filter((m) => pounds.has(m.quantity)).map((m) => m.groupLabel.endsWith('(GBP)'))).toEqual([true, true, true]);
  });

  it('explains a hard-wrapped policy story with no dateline', () => {
    const b = compileFixture('policy-housing-plan.txt');
    expectUsableAutoStory(b);
    expect(b.article).toMatchObject({ outlet: null, published: null, dateline: null });
    expect(b.article.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body', 'body']);
    expect(figures(b)).toEqual([
      ['€2.5bn', 2_500_000_000, 'EUR', null, 'EUR'],
      ['five years', 5, 'years', null, null],
      ['50,000', 50_000, 'affordable homes', null, null],
      ['61,880', 61_880, 'households', null, null],
      ['at least a third', 1 / 3, 'times', 'at least', null],
      ['three', 3, 'counties', null, null],
      ['1,200', 1_200, 'homes', null, null],
      ['2,000', 2_000, 'homes', null, null],
      ['up to €400 million', 400_000_000, 'EUR', 'up to', 'EUR'],
      ['at least 20 percent', 20, 'percent', 'at least', null],
      ['€15,000 per home', 15_000, 'EUR', null, 'EUR'],
      ['nearly 9%', 9, 'percent', 'nearly', null],
      ['about 30%', 30, 'percent', 'about', null],
    ]);
    expect(dates(b)).toEqual([
      ['the end of 2025', '2025', 'late', false],
      ['2021', '2021', null, false],
      ['A year later', '2022', null, true],
      ['2020', '2020', null, false],
    ]);
    expect(cast(b)).toEqual([
      ['Aoife Brennan', 'Minister for Housing'],
      ['Declan Murray', 'Opposition spokesperson'],
    ]);
    expect(b.facts.organizations.map((o) => o.name)).toEqual(['Housing Finance Agency', 'Irish Home Builders Association']);
    expect(b.facts.quotations.map((q) => q.speaker)).toEqual(['Aoife Brennan', 'Declan Murray']);
  });

  it('gives the same facts with Windows line endings', () => {
    for (const name of ['earnings-northwind.txt', 'transfer-harbour-city.txt', 'policy-housing-plan.txt']) {
      expect(compileFixture(name, true).facts).toEqual(compileFixture(name).facts);
    }
  });

  it('explains the seed without its story file', () => {
    const result = compileArticle({ articleText: readProjectFile('seeds/qwen-lead-resigns.txt'), articlePath: 'seeds/qwen-lead-resigns.txt' });
    const b = result.bundle as Bundle;
    expectUsableAutoStory(b);
    expect(b.story.timeline.lanes).toHaveLength(1);
    expect(b.story.timeline.events.length).toBeGreaterThanOrEqual(8);
    // Counts are grouped by their noun; a short article shows every figure.
    const downloads = b.story.metrics.find((m) => m.groupLabel === 'Global downloads');
    expect(downloads?.label).toMatch(/over 10 billion global downloads/i);
    expect(b.story.metrics.every((m) => m.featured === true)).toBe(true);
  });

  it('makes one event of a clause, dated by its most precise time, and none of a comparison\'s base', () => {
    const path = 'seeds/corpus/in-paykaro-loans-q2.txt';
    const b = compileArticle({ articleText: readProjectFile(path), articlePath: path }).bundle as Bundle;
    const times = new Map(b.facts.times.map((t) => [t.id, t]));
    const dated = b.story.timeline.events.map((e) => times.get(e.time)?.text);
    // "Oct 28", "on Tuesday", "the July-September quarter" and "FY26" date one clause: one event, on the day.
    expect(dated.filter((t) => ['Oct 28', 'on Tuesday', 'the July-September quarter', 'FY26'].includes(t ?? ''))).toEqual(['Oct 28']);
    // "from ₹5,080 crore a year earlier", "from 2.9 per cent in the June quarter": the other side of a comparison.
    expect(dated).not.toContain('a year earlier');
    expect(dated).not.toContain('the June quarter');
    expect(new Set(b.story.timeline.events.map((e) => e.title)).size).toBe(b.story.timeline.events.length);
  });

  it('keeps every headline of every labelled corpus article to words of its own sentence', () => {
    const corpus = readdirSync(join(ROOT, 'seeds/corpus')).filter((n) => n.endsWith('.txt'));
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    for (const name of corpus) {
      const path = `seeds/corpus/${name}`;
      const b = compileArticle({ articleText: readProjectFile(path), articlePath: path }).bundle as Bundle;
      expect(b, path).toBeTruthy();
      expectHeadlines(b);
    }
  });

  it('shows a figure-dense article in groups, the first few of each featured', () => {
    const path = 'seeds/corpus/markets-long-copper-record-year.txt';
    const b = compileArticle({ articleText: readProjectFile(path), articlePath: path }).bundle as Bundle;
    const groups = new Map<string, boolean[]>();
    for (const m of b.story.metrics) groups.set(m.group, [...(groups.get(m.group) ?? []), m.featured !== false]);
    expect(groups.size).toBeGreaterThan(3);
    // A group's cards are contiguous, so it is one block on the page.
    const order = b.story.metrics.map((m) => m.group).filter((g, i, all) => all[i - 1] !== g);
    expect(new Set(order).size).toBe(order.length);
    // Featured cards come first in each group; long groups hide the rest.
    for (const featured of groups.values()) expect(featured).toEqual([...featured].sort((x, y) => Number(y) - Number(x)));
    expect([...groups.values()].some((f) => f.includes(false))).toBe(true);
    expect(b.story.metrics.filter((m) => m.featured !== false).length).toBeLessThan(b.story.metrics.length / 1.5);
  });

  it('leaves out sections with nothing to show', () => {
    const result = compileArticle({ articleText: 'A quiet day\n\nNothing happened here, and nobody said anything about it.', articlePath: 'quiet.txt' });
    expect(result.bundle?.story.sections.map((s) => s.id)).toEqual(['source']);
    expect(result.bundle?.story.timeline).toEqual({ lanes: [], events: [] });
  });
});
