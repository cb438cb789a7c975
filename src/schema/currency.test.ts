import { describe, expect, it } from 'vitest';
import { CURRENCIES, CURRENCY_MARKS, currencyName, currencyOfWords, currencyPrefix } from './currency';

// The app writes currencies without Intl (see src/layout/format.ts); in Node, Intl is the reference.
const intlPart = (code: string, value: number, display: 'symbol' | 'name') =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: code, currencyDisplay: display, maximumFractionDigits: 0 })
    .formatToParts(value)
    .filter((p) => p.type === 'currency')
    .map((p) => p.value)
    .join('');

describe('CURRENCIES', () => {
  it('hold ISO 4217 codes that Intl knows, each once', () => {
    const known = new Set(Intl.supportedValuesOf('currency'));
    for (const c of CURRENCIES) expect(known.has(c.code), c.code).toBe(true);
    expect(new Set(CURRENCIES.map((c) => c.code)).size).toBe(CURRENCIES.length);
  });

  it('write each symbol and name as Intl does in en-US', () => {
    for (const c of CURRENCIES) {
      expect(c.symbol, c.code).toBe(intlPart(c.code, 2, 'symbol'));
      expect(currencyName(c.code, 1), c.code).toBe(intlPart(c.code, 1, 'name'));
      expect(currencyName(c.code, 2), c.code).toBe(intlPart(c.code, 2, 'name'));
    }
  });

  it('give each mark and name one currency', () => {
    const marks = CURRENCY_MARKS.map(([m]) => m);
    expect(new Set(marks).size).toBe(marks.length);
    const words = CURRENCIES.flatMap((c) => c.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('currencyOfWords(words)', () => {
  it('reads names in any case and spacing', () => {
    expect(currencyOfWords('Hong Kong  dollars')).toBe('HKD');
    expect(currencyOfWords('yuan')).toBe('CNY');
    expect(currencyOfWords('Yen')).toBe('JPY');
    expect(currencyOfWords('widgets')).toBeNull();
  });
});

describe('currencyPrefix(code)', () => {
  it('puts a space after a symbol of letters only', () => {
    expect(currencyPrefix('USD')).toBe('$');
    expect(currencyPrefix('CNY')).toBe('CN¥');
    expect(currencyPrefix('SGD')).toBe('SGD ');
    expect(currencyPrefix('XAF')).toBe('XAF ');
  });
});
