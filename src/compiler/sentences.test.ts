import { describe, expect, it } from 'vitest';
import { findQuotePairs, MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('splitSentences(text, start, end)', { timeout: 60_000 }, () => {
  it('splits on full stops, question and exclamation marks followed by a capital', () => {
    expect(split('One fact. Two facts? Three! Four.')).toEqual(['One fact.', 'Two facts?', 'Three!', 'Four.']);
  });

  it('keeps a quotation with a full stop inside one sentence', () => {
    expect(split('His post, "me stepping down. bye my beloved qwen," sparked talk. Then silence.')).toEqual([
      'His post, "me stepping down. bye my beloved qwen," sparked talk.',
      'Then silence.',
    ]);
    expect(split('He said "We won. They lost." Then he left.')).toEqual(['He said "We won. They lost."', 'Then he left.']);
  });

  it('does not split decimals, model names, abbreviations or initials', () => {
    expect(split('Qwen3.5-0.8B/2B/4B/9B. These models ship. Mr. Smith of Acme Inc. agreed. J. K. Rowling wrote it. It costs approx. 5 dollars.')).toEqual([
      'Qwen3.5-0.8B/2B/4B/9B.',
      'These models ship.',
      'Mr. Smith of Acme Inc. agreed.',
      'J. K. Rowling wrote it.',
      'It costs approx. 5 dollars.',
    ]);
    expect(split('Shares rose 2.5 percent in the U.S. market on Monday.')).toEqual(['Shares rose 2.5 percent in the U.S. market on Monday.']);
  });

  it('ends CJK sentences without a space', () => {
    expect(split('今天下雨。明天晴天！')).toEqual(['今天下雨。', '明天晴天！']);
  });

  it('cuts a run without punctuation into bounded pieces at spaces', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const parts = split(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(parts.join(' ')).toBe(text);
  });

  it('never cuts a surrogate pair in a long word of emoji', () => {
    const text = '🚀'.repeat(2000);
    const parts = split(text);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p.length % 2).toBe(0);
  });
});

describe('findQuotePairs(text, start, end)', { timeout: 60_000 }, () => {
  it('pairs straight and curly quotes, and ignores a stray one', () => {
    const text = 'a "b" c “d” e "f';
    expect(findQuotePairs(text, 0, text.length)).toEqual([
      [2, 4],
      [8, 10],
    ]);
  });
});
