import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import { extractTimes } from './times';

const times = (body: string, dateline = 'Wire 2026-03-05 10:00', publishedYear: number | null = null) => {
  const r = extractTimes(parseArticle(`Headline\n\n${dateline}\n\n${body}`), { publishedYear });
  return r.times.map((t) => [t.text, t.resolved, t.precision, t.modifier, t.relative, t.anchor]);
};

describe('extractTimes(article, options)', { timeout: 60_000 }, () => {
  it('reads bare years, "the year 2022" and modified years by hand', () => {
    expect(times('He joined in 2019. In the year 2022 he left. In early 2026 it grew. By mid-2024 it was big. At the end of 2023 it slowed.').slice(1)).toEqual([
      ['2019', '2019', 'year', null, false, null],
      ['2022', '2022', 'year', null, false, null],
      ['early 2026', '2026', 'year', 'early', false, null],
      ['mid-2024', '2024', 'year', 'mid', false, null],
      ['the end of 2023', '2023', 'year', 'late', false, null],
    ]);
  });

  it('does not take counts, amounts or parts of names for years', () => {
    expect(times('It has 2000 employees and paid $2019 for over 1500 licences. Model X2024 and 2,019 units.').slice(1)).toEqual([]);
  });

  it('reads written dates through chrono-node', () => {
    expect(times('It opened in May 2025 and closed on March 3, 2026.').slice(1)).toEqual([
      ['May 2025', '2025-05', 'month', null, false, null],
      ['March 3, 2026', '2026-03-03', 'day', null, false, null],
    ]);
  });

  it('resolves sequential spans against the previous expression, deictic ones against publication', () => {
    const r = times('She graduated in 2019. A year later, she joined. Two years ago it failed. Yesterday it rallied. It will report next month.');
    expect(r.slice(1)).toEqual([
      ['2019', '2019', 'year', null, false, null],
      ['A year later', '2020', 'year', null, true, 't2'],
      ['Two years ago', '2024', 'year', null, true, 'published'],
      ['Yesterday', '2026-03-04', 'day', null, true, 'published'],
      ['next month', '2026-04', 'month', null, true, 'published'],
    ]);
  });

  it('reads "recently" as the publication month and "the same day" as the expression before', () => {
    expect(times('Recently, it shipped models. On the same day, it renamed itself.').slice(1)).toEqual([
      ['Recently', '2026-03', 'month', 'recent', true, 'published'],
      ['the same day', '2026-03', 'month', 'recent', true, 't2'],
    ]);
  });

  it('leaves out durations, vague spans, weekdays, clock times and "now"', () => {
    expect(times('Over the next two years and in the past year, it is now busy. On Tuesday at 5 pm it met. In the next decade it grows.').slice(1)).toEqual([]);
  });

  it('dates the dateline with the latest year the text names, or the story year', () => {
    const article = parseArticle('Head\n\nDeep News03-05 20:01\n\nIt began in 2019. By 2030 it will be done. In early 2026 it grew.');
    expect(extractTimes(article)).toMatchObject({ published: '2026-03-05T20:01', publishedYearSource: 'text', publishedYearSentence: 's5' });
    expect(extractTimes(article, { publishedYear: 2027 })).toMatchObject({ published: '2027-03-05T20:01', publishedYearSource: 'story', publishedYearSentence: null });
  });

  it('warns when a year-less dateline cannot be dated, and drops what depends on it', () => {
    const r = extractTimes(parseArticle('Head\n\nDeep News03-05 20:01\n\nRecently, nothing was dated.'), { articlePath: 'x.txt' });
    expect(r.published).toBeNull();
    expect(r.times).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['the dateline has no year and the text names none: set published_year in the story file']);
  });
});
