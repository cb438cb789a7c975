import { describe, expect, it } from 'vitest';
import { formatCompiler, repeatBody } from './benchCompiler';

describe('repeatBody(text, times)', () => {
  it('keeps the headline and dateline once and repeats the body', () => {
    const text = 'Headline\n\nDateline\n\nFirst.\n\nSecond.';
    expect(repeatBody(text, 2)).toBe('Headline\n\nDateline\n\nFirst.\n\nSecond.\n\nFirst.\n\nSecond.');
  });
});

describe('formatCompiler(figures)', () => {
  it('judges each figure against its budget', () => {
    const table = formatCompiler({ articleWithStoryMs: 151, articleMs: 4, article10xMs: 40, article100xMs: 400 });
    expect(table).toContain('| article + story file | 151 | ≤ 150 ms: **NOT met** |');
    expect(table).toContain('| article, auto mode | 4 | ≤ 100 ms: met |');
    expect(table).toContain('100× the 1× time; ≤ 120×: met');
  });

  it('leaves out the story row for a seed without a story file', () => {
    expect(formatCompiler({ articleWithStoryMs: null, articleMs: 4, article10xMs: 40, article100xMs: 600 })).not.toContain('story file');
  });
});
