import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import { extractQuantities } from './quantities';
import { extractTimes } from './times';

const figures = (body: string) => {
  const article = parseArticle(`Headline\n\n${body}`);
  return extractQuantities(article, extractTimes(article).times).map((q) => [q.text, q.value, q.unit, q.qualifier, q.currency]);
};

describe('extractQuantities(article, exclude)', { timeout: 60_000 }, () => {
  it('scales numerals with words and suffixes exactly', () => {
    expect(figures('It has 1.5 million users, 3,400 staff, 2.3bn euros, 12 trillion tokens and 0.8B parameters.')).toEqual([
      ['1.5 million', 1_500_000, 'users', null, null],
      ['3,400', 3_400, 'staff', null, null],
      ['2.3bn euros', 2_300_000_000, 'EUR', null, 'EUR'],
      ['12 trillion', 12_000_000_000_000, 'tokens', null, null],
      ['0.8B', 800_000_000, 'parameters', null, null],
    ]);
  });

  it('reads currencies before and after the figure', () => {
    expect(figures('It paid $5 million, €3m, £2.5bn, ¥900, 7 billion yuan, US$4 billion and 10 million dollars.')).toEqual([
      ['$5 million', 5_000_000, 'USD', null, 'USD'],
      ['€3m', 3_000_000, 'EUR', null, 'EUR'],
      ['£2.5bn', 2_500_000_000, 'GBP', null, 'GBP'],
      ['¥900', 900, 'CNY', null, 'CNY'],
      ['7 billion yuan', 7_000_000_000, 'CNY', null, 'CNY'],
      ['US$4 billion', 4_000_000_000, 'USD', null, 'USD'],
      ['10 million dollars', 10_000_000, 'USD', null, 'USD'],
    ]);
  });

  it('keeps the qualifier in the text and the value', () => {
    expect(figures('Over 10 billion downloads, more than 200,000 models, up to 10 founders, about 5% share, at least 3 teams, fewer than 40 rivals and nearly 9 percent growth.').map((f) => [f[0], f[3]])).toEqual([
      ['Over 10 billion', 'over'],
      ['more than 200,000', 'more than'],
      ['up to 10', 'up to'],
      ['about 5%', 'about'],
      ['at least 3', 'at least'],
      ['fewer than 40', 'less than'],
      ['nearly 9 percent', 'nearly'],
    ]);
  });

  it('reads ages and model sizes without a noun after them', () => {
    expect(figures('Lin, aged 33, shipped Qwen3.5-0.8B/2B and a 7B model; a 24-year-old joined.')).toEqual([
      ['33', 33, 'years', null, null],
      ['0.8B', 800_000_000, 'parameters', null, null],
      ['2B', 2_000_000_000, 'parameters', null, null],
      ['7B', 7_000_000_000, 'parameters', null, null],
      ['24-year-old', 24, 'years', null, null],
    ]);
  });

  it('reads written-out numbers through compromise, but not small counts', () => {
    expect(figures('Two million people came, twenty-five players left, and three stages and four models remain.')).toEqual([
      ['Two million', 2_000_000, 'people', null, null],
      ['twenty-five', 25, 'players', null, null],
    ]);
  });

  it('takes no figure from names, codes, years, dates, times, ordinals or bare numbers', () => {
    expect(figures('Qwen3.5 and P10-level staff at B2B firms met in 2024 on 03-05 at 20:01; the 1st of 10 of them, a 3D 5G COVID-19 24/7 chip; agent 007 and 000 units.')).toEqual([]);
  });

  it('spans the noun phrase across a soft line break and stops at function words', () => {
    expect(figures('The government said on Tuesday it will build 50,000 affordable\nhomes for families and 20 new schools.')).toEqual([
      ['50,000', 50_000, 'affordable homes', null, null],
      ['20', 20, 'new schools', null, null],
    ]);
  });
});
