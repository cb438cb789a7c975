import { describe, expect, it } from 'vitest';
import { formatSpread, median, medianOfFields, spread } from './benchStats';

describe('median and spread', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reports the range beside the median, and nothing for no values', () => {
    expect(spread([1533, 1203, 1247, 1250, 1300])).toEqual({ median: 1250, min: 1203, max: 1533, count: 5 });
    expect(formatSpread(spread([1533, 1203, 1247]), 'ms')).toBe('1247 ms (1203–1533)');
    expect(formatSpread(spread([80]), 'ms')).toBe('80 ms');
    expect(formatSpread(spread([]), 'ms')).toBe('–');
  });

  it('takes each field’s median on its own', () => {
    expect(medianOfFields([{ a: 1, b: 30 }, { a: 2, b: 10 }, { a: 3, b: 20 }])).toEqual({ a: 2, b: 20 });
  });
});
