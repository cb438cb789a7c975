import { describe, expect, it } from 'vitest';
import type { Bundle, SectionId } from '../schema/bundle';
import { collectSourceHighlights } from './sourceHighlights';

// A made-up two-sentence article: the layout only needs offsets, ids and story links.
const TEXT = 'Zorb sold 12 kites in 2001. Ann Vel said 2001 was odd.';
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { text: needle, start, end: start + needle.length };
};

function makeBundle(sections: SectionId[]): Bundle {
  const firstYear = at('2001');
  const secondYear = at('2001', firstYear.end);
  return {
    schemaVersion: 1,
    source: { article: 'x.txt', story: null, mode: 'auto' },
    article: {
      title: 'T',
      titleSpan: { start: 0, end: 0 },
      outlet: null,
      published: null,
      publishedYearSource: null,
      publishedYearSentence: null,
      dateline: null,
      text: TEXT,
      paragraphs: [{ id: 'p1', start: 0, end: TEXT.length, kind: 'body' }],
      sentences: [
        { id: 's1', paragraph: 'p1', start: 0, end: 27 },
        { id: 's2', paragraph: 'p1', start: 28, end: TEXT.length },
      ],
    },
    facts: {
      quantities: [{ id: 'q1', ...at('12 kites'), sentence: 's1', value: 12, unit: 'kites', currency: null, qualifier: null }],
      times: [
        { id: 't1', ...firstYear, sentence: 's1', resolved: '2001', precision: 'year', modifier: null, relative: false, anchor: null },
        { id: 't2', ...secondYear, sentence: 's2', resolved: '2001', precision: 'year', modifier: null, relative: false, anchor: null },
      ],
      people: [{ id: 'p-ann', ...at('Ann Vel'), sentence: 's2', name: 'Ann Vel', role: null, roleSpan: null, mentions: [] }],
      organizations: [],
      quotations: [],
    },
    story: {
      sections: sections.map((id) => ({ id, title: id, dek: null })),
      metrics: [{ id: 'kites', label: 'Kites sold', group: 'g', groupLabel: 'G', quantity: 'q1' }],
      timeline: {
        lanes: [{ id: 'main', label: 'Main' }],
        events: [
          { id: 'sale', lane: 'main', title: 'The sale', time: 't1', sentence: 's1' },
          { id: 'same-year', lane: 'main', title: 'Same year again', time: 't1', sentence: 's1' },
          { id: 'remark', lane: 'main', title: 'The remark', time: 't2', sentence: 's2' },
        ],
      },
      org: null,
      strategy: null,
      people: ['p-ann'],
    },
  };
}

const summary = (bundle: Bundle) =>
  [...collectSourceHighlights(bundle)].map(([sentence, marks]) => [sentence, marks.map((m) => [TEXT.slice(m.start, m.end), m.data.target.kind, m.data.target.id])]);

describe('collectSourceHighlights(bundle)', () => {
  it('highlights metric figures, event dates and cast names by sentence, in text order', () => {
    expect(summary(makeBundle(['metrics', 'timeline', 'people', 'source']))).toEqual([
      [
        's1',
        [
          ['12 kites', 'metric', 'kites'],
          ['2001', 'event', 'sale'],
        ],
      ],
      [
        's2',
        [
          ['Ann Vel', 'person', 'p-ann'],
          ['2001', 'event', 'remark'],
        ],
      ],
    ]);
  });

  it('leaves out facts whose section the page does not have', () => {
    expect(summary(makeBundle(['timeline', 'source']))).toEqual([
      ['s1', [['2001', 'event', 'sale']]],
      ['s2', [['2001', 'event', 'remark']]],
    ]);
  });

  it('keeps the label of the target and the fact id for the two-way links', () => {
    const marks = collectSourceHighlights(makeBundle(['metrics', 'source'])).get('s1') ?? [];
    expect(marks.map((m) => [m.data.factId, m.data.targetLabel, m.data.sentence])).toEqual([['q1', 'Kites sold', 's1']]);
  });
});
