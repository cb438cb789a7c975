/**
 * Test support: a small synthetic bundle with generic content (no article facts), for tests
 * of code that only cares about the bundle's structure (routes, validation).
 */
import type { Bundle } from './bundle';

/** Returns a fresh valid bundle over a two-line text, with one fact of each kind the story uses. */
export function makeSyntheticBundle(): Bundle {
  const text = 'Headline\n\nAlpha rose 5 in 2000.';
  const sentence = { text: 'Alpha rose 5 in 2000.', start: 10, end: 31, sentence: 's2' };
  return {
    schemaVersion: 1,
    source: { article: 'x.txt', story: null, mode: 'auto' },
    article: {
      title: 'Headline',
      titleSpan: { start: 0, end: 8 },
      outlet: null,
      published: null,
      publishedYearSource: null,
      publishedYearSentence: null,
      dateline: null,
      text,
      paragraphs: [
        { id: 'p1', start: 0, end: 8, kind: 'headline' },
        { id: 'p2', start: 10, end: 31, kind: 'body' },
      ],
      sentences: [
        { id: 's1', paragraph: 'p1', start: 0, end: 8 },
        { id: 's2', paragraph: 'p2', start: 10, end: 31 },
      ],
    },
    facts: {
      quantities: [{ id: 'q1', text: '5', start: 21, end: 22, sentence: 's2', value: 5, unit: 'units', currency: null, qualifier: null }],
      times: [{ id: 't1', text: '2000', start: 26, end: 30, sentence: 's2', resolved: '2000', precision: 'year', modifier: null, relative: false, anchor: null }],
      people: [],
      organizations: [],
      quotations: [],
    },
    story: {
      sections: [
        { id: 'metrics', title: 'M', dek: null },
        { id: 'timeline', title: 'T', dek: null },
        { id: 'org', title: 'O', dek: null },
        { id: 'source', title: 'S', dek: null },
      ],
      metrics: [{ id: 'alpha', label: 'Alpha', group: 'g', groupLabel: 'G', quantity: 'q1' }],
      timeline: { lanes: [{ id: 'a', label: 'A' }], events: [{ id: 'first-event', lane: 'a', title: 'First', time: 't1', sentence: 's2' }] },
      org: {
        views: [
          { id: 'before', title: 'B', summary: sentence, nodes: [{ id: 'n1', label: { text: 'Alpha', start: 10, end: 15, sentence: 's2' }, kind: 'team', parent: null, leads: [], note: null }] },
          { id: 'after', title: 'A', summary: sentence, nodes: [] },
        ],
      },
      strategy: null,
      people: [],
    },
  };
}
