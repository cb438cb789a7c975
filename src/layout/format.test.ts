import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDateTimeAttribute, formatFull, formatPublished, formatSpoken, formatTime, parseResolved } from './format';

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

// The page formats without Intl (see format.ts); Intl stays the reference it must agree with.
describe('figures agree with Intl', () => {
  const compact = (display: 'short' | 'long') =>
    new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 });
  const intlFull = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
  const figures = fc.oneof(
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.constantFrom(999_949, 999_950, 999_960, 1_050_000, 1_150_000, 1_250_000, 999_999_999, 1e15),
  );

  it('writes compact figures as Intl does, rounding included', () => {
    fc.assert(
      fc.property(figures.filter((v) => Math.abs(v) >= 1000), (value) => {
        expect(formatCompact({ value, currency: null, qualifier: null })).toBe(compact('short').format(value));
      }),
    );
  });

  it('says figures of a million and more as Intl does', () => {
    fc.assert(
      fc.property(figures.filter((v) => Math.abs(v) >= 1e6), (value) => {
        expect(formatSpoken({ value, currency: null, qualifier: null, unit: '' })).toBe(compact('long').format(value));
      }),
    );
  });

  it('writes every digit as Intl does', () => {
    // Intl writes "-0" for a tiny negative figure; the page writes "0", so those are left out.
    const digits = fc.oneof(figures, fc.double({ min: -1e6, max: 1e6, noNaN: true })).filter((v) => v > 0 || Object.is(v, 0) || v <= -0.0005);
    fc.assert(
      fc.property(digits, (value) => {
        expect(formatFull(value)).toBe(intlFull.format(value));
      }),
    );
  });

  it('names every month as Intl does', () => {
    const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const resolved = `2026-${String(month).padStart(2, '0')}-05`;
      expect(formatTime({ resolved, precision: 'day', modifier: null })).toBe(long.format(parseResolved(resolved)));
    }
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

  it('gives quarters and halves an HTML datetime of their year', () => {
    expect(formatDateTimeAttribute('2025-Q3')).toBe('2025');
    expect(formatDateTimeAttribute('2025-H2')).toBe('2025');
    expect(formatDateTimeAttribute('2026-03-05T20:01')).toBe('2026-03-05T20:01');
  });

  it('names quarters and halves as news does', () => {
    expect(formatTime({ resolved: '2025-Q3', precision: 'quarter', modifier: null })).toBe('Q3 2025');
    expect(formatTime({ resolved: '2025-H2', precision: 'half', modifier: null })).toBe('Second half of 2025');
    expect(formatTime({ resolved: '2025-H1', precision: 'half', modifier: null }, 'short')).toBe('H1 2025');
    expect(formatTime({ resolved: '2025-H2', precision: 'half', modifier: 'late' })).toBe('Late second half of 2025');
    expect(formatTime({ resolved: '2025-09', precision: 'month', modifier: 'late' })).toBe('Late September 2025');
  });

  it('formats the publication stamp at whatever precision it has', () => {
    expect(formatPublished('2026-03-05T20:01')).toBe('5 March 2026, 20:01');
    expect(formatPublished('2026-03-05')).toBe('5 March 2026');
    expect(formatPublished(null)).toBe('');
  });

  it('parses resolved strings as UTC instants', () => {
    expect(parseResolved('2025-05').toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(parseResolved('2026-03-05T20:01').toISOString()).toBe('2026-03-05T20:01:00.000Z');
    expect(parseResolved('2025-Q4').toISOString()).toBe('2025-10-01T00:00:00.000Z');
    expect(parseResolved('2025-H2').toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });
});
