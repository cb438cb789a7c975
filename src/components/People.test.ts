import { describe, expect, it } from 'vitest';
import type { Bundle, Person } from '../schema/bundle';
import { selectCast, selectPersonQuote } from './People';

// A made-up text: "Dr Bo Ivo, head of Zed, spoke. Later, Ivo left. Ann Tu, chair of Yod, agreed."
const bundle = {
  article: {
    sentences: [
      { id: 's1', paragraph: 'p1', start: 0, end: 30 },
      { id: 's2', paragraph: 'p1', start: 31, end: 47 },
      { id: 's3', paragraph: 'p1', start: 48, end: 78 },
    ],
  },
  facts: { people: [] as Person[] },
  story: { people: [] as string[] },
} as unknown as Bundle;

const person = (over: Partial<Person>): Person => ({
  id: 'p',
  text: 'x',
  start: 3,
  end: 9,
  sentence: 's1',
  name: 'x',
  role: null,
  roleSpan: null,
  mentions: [],
  ...over,
});

describe('selectPersonQuote(bundle, person)', () => {
  it('quotes the first mention when the text gives no role', () => {
    expect(selectPersonQuote(bundle, person({}))).toEqual({ sentence: 's1', start: 3, end: 9 });
  });

  it('highlights name and role together when one sentence holds both', () => {
    expect(selectPersonQuote(bundle, person({ role: 'head of Zed', roleSpan: { start: 11, end: 22 } }))).toEqual({ sentence: 's1', start: 3, end: 22 });
  });

  it('quotes the sentence that gives the role when it is not the first mention', () => {
    expect(selectPersonQuote(bundle, person({ role: 'chair of Yod', roleSpan: { start: 56, end: 68 } }))).toEqual({ sentence: 's3', start: 56, end: 68 });
  });
});

describe('selectCast(bundle)', () => {
  it('returns the cast in story order and skips ids the facts lack', () => {
    const cast = { ...bundle, facts: { people: [person({ id: 'a' }), person({ id: 'b' })] }, story: { people: ['b', 'zz', 'a'] } } as unknown as Bundle;
    expect(selectCast(cast).map((p) => p.id)).toEqual(['b', 'a']);
  });
});
