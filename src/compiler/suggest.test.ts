import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from './suggest';

const KEYS = ['label', 'group', 'quote', 'occurrence'];

describe('closestMatch(word, options)', () => {
  it('finds a letter left out, added, changed or two swapped, in any case', () => {
    expect(closestMatch('grup', KEYS)).toBe('group');
    expect(closestMatch('qoute', KEYS)).toBe('quote');
    expect(closestMatch('Labels', KEYS)).toBe('label');
    expect(closestMatch('occurence', KEYS)).toBe('occurrence');
    expect(closestMatch('section', ['sections', 'metrics'])).toBe('sections');
  });

  it('suggests nothing far off, nothing for a short word two edits away, and nothing on a tie', () => {
    expect(closestMatch('extra', KEYS)).toBeNull();
    expect(closestMatch('lane', ['label'])).toBeNull();
    expect(closestMatch('ab', ['aa', 'bb'])).toBeNull();
  });
});

describe('didYouMean(word, options)', () => {
  it('returns a clause to append to a message, or nothing', () => {
    expect(didYouMean('metric', ['metrics', 'timeline'])).toBe(': did you mean "metrics"?');
    expect(didYouMean('summary', ['metrics', 'timeline'])).toBe('');
  });
});
