import { describe, expect, it } from 'vitest';
import { formatCompact, formatFull, formatPublished, formatSpoken, formatTime, parseResolved } from './format';

describe('formatCompact(quantity)', () => {
  it('keeps the qualifier as a mark and scales the figure', () => {
    expect(formatCompact({ value: 1e10, currency: null, qualifier: 'over' })).toBe('10B+');
    expect(formatCompact({ value: 2e5, currency: null, qualifier: 'more than' })).toBe('200K+');
    expect(formatCompact({ value: 8e11, currency: 'USD', qualifier: 'over' })).toBe('$800B+');
    expect(formatCompact({ value: 10, currency: null, qualifier: 'up to' })).toBe('≤10');
    expect(formatCompact({ value: 2e9, currency: 'CNY', qualifier: null })).toBe('¥2B');
    expect(formatCompact({ value: 8e8, currency: null, qualifier: null })).toBe('800M');
    expect(formatCompact({ value: 33, currency: null, qualifier: null })).toBe('33');
    expect(formatCompact({ value: 5, currency: 'XYZ', qualifier: 'about' })).toBe('~XYZ 5');
  });
});

describe('formatSpoken(quantity)', () => {
  it('says the figure in words with its qualifier and unit', () => {
    expect(formatSpoken({ value: 1e10, currency: null, qualifier: 'over', unit: 'global downloads' })).toBe('over 10 billion global downloads');
    expect(formatSpoken({ value: 2e5, currency: null, qualifier: 'more than', unit: 'derivative models' })).toBe('more than 200,000 derivative models');
    expect(formatSpoken({ value: 8e11, currency: 'USD', qualifier: 'over', unit: 'USD' })).toBe('over 800 billion US dollars');
    expect(formatSpoken({ value: 0.8e9, currency: null, qualifier: null, unit: 'parameters' }, false)).toBe('800 million');
  });
});

describe('formatFull(value)', () => {
  it('writes every digit', () => expect(formatFull(1e10)).toBe('10,000,000,000'));
});

describe('formatTime(time, style)', () => {
  it('never claims more precision than the text', () => {
    expect(formatTime({ resolved: '2019', precision: 'year', modifier: null })).toBe('2019');
    expect(formatTime({ resolved: '2026', precision: 'year', modifier: 'early' })).toBe('Early 2026');
    expect(formatTime({ resolved: '2025-05', precision: 'month', modifier: null })).toBe('May 2025');
    expect(formatTime({ resolved: '2025-05', precision: 'month', modifier: null }, 'short')).toBe('May 2025');
    expect(formatTime({ resolved: '2026-03-05', precision: 'day', modifier: null })).toBe('5 March 2026');
    expect(formatTime({ resolved: '2026-03-05T20:01', precision: 'minute', modifier: null })).toBe('5 March 2026, 20:01');
    expect(formatTime({ resolved: '2026-03', precision: 'month', modifier: 'recent' })).toBe('Recently (as of March 2026)');
  });

  it('formats the publication stamp at whatever precision it has', () => {
    expect(formatPublished('2026-03-05T20:01')).toBe('5 March 2026, 20:01');
    expect(formatPublished('2026-03-05')).toBe('5 March 2026');
    expect(formatPublished(null)).toBe('');
  });

  it('parses resolved strings as UTC instants', () => {
    expect(parseResolved('2025-05').toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(parseResolved('2026-03-05T20:01').toISOString()).toBe('2026-03-05T20:01:00.000Z');
  });
});
