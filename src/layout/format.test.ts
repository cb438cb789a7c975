import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatCompactParts, formatDateTimeAttribute, formatFull, formatPublished, formatSpoken, formatTime, parseResolved } from './format';

describe('formatCompact(quantity)', () => {
  it('keeps the qualifier as a mark and scales the figure', () => {
    expect(formatCompact({ value: 1e10, currency: null, qualifier: 'over' })).toBe('10B+');
    expect(formatCompact({ value: 2e5, currency: null, qualifier: 'more than' })).toBe('200K+');
    expect(formatCompact({ value: 8e11, currency: 'USD', qualifier: 'over' })).toBe('$800B+');
    expect(formatCompact({ value: 10, currency: null, qualifier: 'up to' })).toBe('≤10');
    expect(formatCompact({ value: 2e9, currency: 'CNY', qualifier: null })).toBe('CN¥2B');
    expect(formatCompact({ value: 2e9, currency: 'JPY', qualifier: null })).toBe('¥2B');
    expect(formatCompact({ value: 8e8, currency: null, qualifier: null })).toBe('800M');
    expect(formatCompact({ value: 33, currency: null, qualifier: null })).toBe('33');
    expect(formatCompact({ value: 5, currency: 'XYZ', qualifier: 'about' })).toBe('~XYZ 5');
  });

  it('marks shares, multiples, spans of time and prices per unit', () => {
    expect(formatCompact({ value: 18, currency: null, qualifier: null, unit: 'percent' })).toBe('18%');
    expect(formatCompact({ value: 9, currency: null, qualifier: 'nearly', unit: 'percent' })).toBe('~9%');
    expect(formatCompact({ value: 40, currency: null, qualifier: 'about', unit: 'times' })).toBe('~40×');
    expect(formatCompact({ value: 2, currency: null, qualifier: 'more than', unit: 'times' })).toBe('2×+');
    expect(formatCompact({ value: 6, currency: null, qualifier: null, unit: 'months' })).toBe('6 months');
    expect(formatCompact({ value: 1, currency: null, qualifier: 'over', unit: 'centuries' })).toBe('1+ century');
    expect(formatCompact({ value: 4.35, currency: 'SGD', qualifier: null, unit: 'SGD', per: 'share' })).toBe('SGD 4.35/share');
    expect(formatCompact({ value: 82.4, currency: 'USD', qualifier: null, unit: 'USD', per: 'barrel' })).toBe('$82.4/barrel');
    expect(formatCompact({ value: -20, currency: null, qualifier: null, unit: '°C' })).toBe('-20°C');
    expect(formatCompact({ value: 30, currency: null, qualifier: null, unit: 'GW' })).toBe('30 GW');
    expect(formatCompact({ value: 30, currency: null, qualifier: null, unit: 'goals' })).toBe('30');
  });

  it('splits the figure from its unit for a card, and the parts make the compact figure', () => {
    expect(formatCompactParts({ value: 6, currency: null, qualifier: 'about', unit: 'months' })).toEqual({ figure: '~6', unit: ' months' });
    expect(formatCompactParts({ value: 4.35, currency: 'SGD', qualifier: null, unit: 'SGD', per: 'share' })).toEqual({ figure: 'SGD 4.35', unit: '/share' });
    expect(formatCompactParts({ value: 1e10, currency: null, qualifier: 'over', unit: 'global downloads' })).toEqual({ figure: '10B+', unit: '' });
  });

  it('writes a share said in words as the fraction it was, and a share that is none as a percentage', () => {
    expect(formatCompact({ value: 0.2, currency: null, qualifier: 'about', unit: 'fraction' })).toBe('~1/5');
    expect(formatCompact({ value: 2 / 3, currency: null, qualifier: null, unit: 'fraction' })).toBe('2/3');
    expect(formatCompact({ value: 0.5, currency: null, qualifier: 'more than', unit: 'fraction' })).toBe('1/2+');
    expect(formatCompact({ value: 0.45, currency: null, qualifier: null, unit: 'fraction' })).toBe('45%');
  });

  it('says "more than halved" leaves less than half', () => {
    expect(formatCompact({ value: 0.5, currency: null, qualifier: 'more than', unit: 'times' })).toBe('<0.5×');
  });

  it('writes money with the currency as Intl does in en-US', () => {
    for (const currency of ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'CHF', 'TWD']) {
      const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
      expect(formatCompact({ value: 2.5e9, currency, qualifier: null })).toBe(intl.format(2.5e9).replace(/\u00a0/g, ' '));
    }
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

  it('names the currency as Intl does, and says what a price is for', () => {
    expect(formatSpoken({ value: 2e9, currency: 'CNY', qualifier: null, unit: 'CNY' })).toBe('2 billion Chinese yuan');
    expect(formatSpoken({ value: 4.35, currency: 'SGD', qualifier: null, unit: 'SGD', per: 'share' })).toBe('4.35 Singapore dollars per share');
    expect(formatSpoken({ value: 1, currency: 'GBP', qualifier: null, unit: 'GBP' })).toBe('1 British pound');
  });

  it('says shares, multiples and spans of time in words', () => {
    expect(formatSpoken({ value: 18, currency: null, qualifier: null, unit: 'percent' })).toBe('18 percent');
    expect(formatSpoken({ value: 40, currency: null, qualifier: 'about', unit: 'times' })).toBe('about 40 times');
    expect(formatSpoken({ value: 0.5, currency: null, qualifier: 'more than', unit: 'times' })).toBe('more than halved');
    expect(formatSpoken({ value: 0.2, currency: null, qualifier: 'about', unit: 'fraction' })).toBe('about a fifth');
    expect(formatSpoken({ value: 0.5, currency: null, qualifier: 'more than', unit: 'fraction' })).toBe('more than half');
    expect(formatSpoken({ value: 12, currency: null, qualifier: null, unit: 'count' })).toBe('12');
    expect(formatSpoken({ value: 1, currency: null, qualifier: null, unit: 'years' })).toBe('1 year');
    expect(formatSpoken({ value: 6, currency: null, qualifier: null, unit: 'months' })).toBe('6 months');
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
