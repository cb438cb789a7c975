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
    expect(times('She was most recently finance chief of its European unit.').slice(1)).toEqual([]);
    expect(times('Recently, it shipped models. On the same day, it renamed itself.').slice(1)).toEqual([
      ['Recently', '2026-03', 'month', 'recent', true, 'published'],
      ['the same day', '2026-03', 'month', 'recent', true, 't2'],
    ]);
  });

  it('leaves out durations, vague spans, weeks, clock times alone and "now"', () => {
    expect(times('Over the next two years and in the past year, it is now busy. At 5 pm it met. In the next decade it grows.').slice(1)).toEqual([]);
    expect(times('It has grown for six months and will hire within two years. Last week the regulator met the board, and this week it rests.').slice(1)).toEqual([]);
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

// Published on Monday 17 November 2025 at 10:00, as a wire prints it.
const MONDAY = 'Wire 2025-11-17 10:00';
const read = (body: string) => times(body, MONDAY).slice(1).map(([text, resolved, precision]) => [text, resolved, precision]);

describe('extractTimes(article): days and years told from publication', { timeout: 60_000 }, () => {
  it('reads a weekday as the latest one on or before publication, unless the sentence looks ahead', () => {
    expect(read('The company said on Tuesday it would cut 5% of its staff. It announced the deal on Monday. The ministry said late on Friday that talks would resume.')).toEqual([
      ['on Tuesday', '2025-11-11', 'day'],
      ['on Monday', '2025-11-17', 'day'],
      ['on Friday', '2025-11-14', 'day'],
    ]);
    expect(read('Economists expect the central bank to cut its rate to 3.75% on Thursday, Dec. 18.')).toEqual([['on Thursday, Dec. 18', '2025-12-18', 'day']]);
    expect(read('The company will report results on Thursday. Ministers are due to meet on Wednesday.')).toEqual([
      ['on Thursday', '2025-11-20', 'day'],
      ['on Wednesday', '2025-11-19', 'day'],
    ]);
  });

  it('keeps a printed clock time with its weekday, and only a printed one', () => {
    expect(read('Trading halted on Tuesday at 3:15 p.m. The board met on Friday morning.')).toEqual([
      ['on Tuesday at 3:15 p.m', '2025-11-11T15:15', 'minute'],
      ['on Friday morning', '2025-11-14', 'day'],
    ]);
  });

  it('reads yesterday, today, this year, next year and years ago', () => {
    expect(read('Shares fell 4% yesterday and recovered today. Revenue this year will top $5 billion and grow again next year. The firm was founded two years ago.')).toEqual([
      ['yesterday', '2025-11-16', 'day'],
      ['today', '2025-11-17', 'day'],
      ['this year', '2025', 'year'],
      ['next year', '2026', 'year'],
      ['two years ago', '2023', 'year'],
    ]);
  });

  it('reads a month or day without a year as the latest one by publication, or the next when ahead', () => {
    expect(read('The board met in December. Trading resumed on Nov. 3. The deal will close in March. The vote is scheduled for Nov. 20.')).toEqual([
      ['December', '2024-12', 'month'],
      ['Nov. 3', '2025-11-03', 'day'],
      ['March', '2026-03', 'month'],
      ['Nov. 20', '2025-11-20', 'day'],
    ]);
  });
});

describe('extractTimes(article): the tense that places a weekday or a month without a year', { timeout: 60_000 }, () => {
  it('takes the last cue before the time, then the verb right after it', () => {
    expect(read('Strand will leave at the end of June, Corvane said in a filing on Friday. Kaito Motors on Tuesday cut its forecast.')).toEqual([
      ['the end of June', '2026-06', 'month'],
      ['on Friday', '2025-11-14', 'day'],
      ['on Tuesday', '2025-11-11', 'day'],
    ]);
    expect(read('"We will not rush," the chief executive told analysts on a call in October. Margins could fall in the second half if demand slowed.')).toEqual([
      ['October', '2025-10', 'month'],
      ['the second half', '2025-H2', 'half'],
    ]);
  });

  it('reads a deadline as ahead unless a past verb set it, and an adjective in -ed as no past', () => {
    expect(read('He said he hoped to name a president by March. It agreed in October to delay increases until April.')).toEqual([
      ['March', '2026-03', 'month'],
      ['October', '2025-10', 'month'],
      ['April', '2025-04', 'month'],
    ]);
    expect(read('Samsung will release detailed results on Jan. 31.')).toEqual([['Jan. 31', '2026-01-31', 'day']]);
  });

  it('reads a timetable in the present tense as ahead', () => {
    expect(read('Rival Harbour Union Bank reports on Monday. The speaker ships on Dec. 15 in the U.S.')).toEqual([
      ['on Monday', '2025-11-17', 'day'],
      ['Dec. 15', '2025-12-15', 'day'],
    ]);
  });

  it('reads a month a few weeks ahead as ahead when nothing tells, and a noun after it as no verb', () => {
    expect(read('The bar for a January cut is now high. Sales rose in January.')).toEqual([
      ['January', '2026-01', 'month'],
      ['January', '2025-01', 'month'],
    ]);
  });
});

// Read against the publication a dateline prints, as the hidden set and the corpus are.
const readAt = (dateline: string) => (body: string) => times(body, dateline).slice(1).map(([text, resolved]) => [text, resolved]);

describe('extractTimes(article): the direction of a time without a year, from its clause', { timeout: 60_000 }, () => {
  // Tuesday 11 March 2025.
  const tuesday = readAt('Tue 11 Mar 2025 07.00 GMT');

  it('reads "late Monday", "early Tuesday" and "Monday night" as the weekday, behind unless the clause looks ahead', () => {
    expect(tuesday("The regulator's statement, released late Monday, cleared the deal. In a filing late Monday, the lender said it would raise capital.")).toEqual([
      ['Monday', '2025-03-10'],
      ['Monday', '2025-03-10'],
    ]);
    expect(tuesday('The airline will cut 300 jobs, according to a memo sent to staff late Monday. Protesters gathered outside parliament Monday night.')).toEqual([
      ['Monday', '2025-03-10'],
      ['Monday night', '2025-03-10'],
    ]);
    expect(tuesday('Negotiators met again early Tuesday. The board will meet on Tuesday to approve the plan. It meets again next Tuesday.')).toEqual([
      ['Tuesday', '2025-03-11'],
      ['on Tuesday', '2025-03-11'],
      ['next Tuesday', '2025-03-18'],
    ]);
    expect(tuesday('Talks resume on Thursday in Geneva. The central bank is set to announce its decision on Thursday.')).toEqual([
      ['on Thursday', '2025-03-13'],
      ['on Thursday', '2025-03-13'],
    ]);
  });

  it('reads a time inside what was said by the verb after it, and one after the listener as when it was said', () => {
    expect(tuesday('The ministry said the talks on Friday would focus on tariffs. The ministry said the talks on Friday were constructive.')).toEqual([
      ['on Friday', '2025-03-14'],
      ['on Friday', '2025-03-07'],
    ]);
    expect(tuesday('The chief executive told reporters on Monday he would step down.')).toEqual([['on Monday', '2025-03-10']]);
  });

  it('keeps a noun that only looks like a timetable verb behind', () => {
    expect(tuesday('The company published its earnings report on Thursday. The jobs report on Friday showed hiring slowed.')).toEqual([
      ['on Thursday', '2025-03-06'],
      ['on Friday', '2025-03-07'],
    ]);
  });

  it('reads an event placed after what the clause looks ahead to, or named in the possessive, as the nearest such day', () => {
    const monday = readAt('Updated 9:05 AM EST, March 3, 2025');
    const friday = readAt('Updated 9:05 AM EST, February 28, 2025');
    const plan = 'The conservative leader is expected to become chancellor after the vote on Sunday.';
    expect(monday(plan)).toEqual([['on Sunday', '2025-03-02']]);
    expect(friday(plan)).toEqual([['on Sunday', '2025-03-02']]);
    expect(monday("Markets rallied after Sunday's election. The party is set to lead the government after winning the most seats on Sunday.")).toEqual([
      ['Sunday', '2025-03-02'],
      ['on Sunday', '2025-03-02'],
    ]);
    expect(tuesday("Investors are bracing for Wednesday's inflation data.")).toEqual([['Wednesday', '2025-03-12']]);
  });

  it('reads a day a few weeks ahead as this year\'s whatever the reporting verb, and one behind by its tense', () => {
    const published = readAt('Published Tue, Feb 4 2025 6:30 AM EST');
    expect(published('The company said the shareholder vote on Feb. 5 would be close. A judge has set a hearing for Feb. 5.')).toEqual([
      ['Feb. 5', '2025-02-05'],
      ['Feb. 5', '2025-02-05'],
    ]);
    expect(published('The tariffs take effect Feb. 5, the White House said. Shares fell on Jan. 28. The firm said on Dec. 12 that it would sell the unit.')).toEqual([
      ['Feb. 5', '2025-02-05'],
      ['Jan. 28', '2025-01-28'],
      ['Dec. 12', '2024-12-12'],
    ]);
  });

  it('reads a month by the verb of its clause, before or after it', () => {
    const july = readAt('15 July 2025');
    expect(july('In October, the retailer filed for bankruptcy protection. In October, the retailer will open its first store abroad. Elections will be held in October.')).toEqual([
      ['October', '2024-10'],
      ['October', '2025-10'],
      ['October', '2025-10'],
    ]);
    expect(july('The merger is expected to close in October, having been announced in March. The bank said the cuts in November would save $1 billion.')).toEqual([
      ['October', '2025-10'],
      ['March', '2025-03'],
      ['November', '2025-11'],
    ]);
    expect(july('The central bank cut rates in November and is expected to do so again in September.')).toEqual([
      ['November', '2024-11'],
      ['September', '2025-09'],
    ]);
  });

  it('reads a plan for a quarter or half as ahead, however long its clause, and what a quarter did as behind', () => {
    const june = readAt('June 10, 2025');
    expect(
      june('The drugmaker expects to file an application with the U.S. Food and Drug Administration for the treatment of adults with moderate to severe plaque psoriasis in the fourth quarter.'),
    ).toEqual([['the fourth quarter', '2025-Q4']]);
    expect(june('The launch is planned for the fourth quarter. The company forecast a rebound in the second half. A decision is expected in the fourth quarter.')).toEqual([
      ['the fourth quarter', '2025-Q4'],
      ['the second half', '2025-H2'],
      ['the fourth quarter', '2025-Q4'],
    ]);
    expect(june('Revenue grew 10% in the fourth quarter. In the fourth quarter, margins narrowed.')).toEqual([
      ['the fourth quarter', '2024-Q4'],
      ['the fourth quarter', '2024-Q4'],
    ]);
    // A half that began this month has done nothing yet; one under way for a month and more has.
    expect(readAt('15 July 2025')('Sales slowed in the second half. Sales will slow in the second half.')).toEqual([
      ['the second half', '2024-H2'],
      ['the second half', '2025-H2'],
    ]);
    expect(readAt('17 November 2025')('Sales rose in the fourth quarter so far.')).toEqual([['the fourth quarter', '2025-Q4']]);
  });

  it('reads the period a coming report is about as the nearest one: the one just ended, or the one under way', () => {
    const january = readAt('January 20, 2025');
    expect(january('The chipmaker will report fourth-quarter results on Feb. 5. Analysts expect fourth-quarter revenue of $5 billion.')).toEqual([
      ['fourth-quarter', '2024-Q4'],
      ['Feb. 5', '2025-02-05'],
      ['fourth-quarter', '2024-Q4'],
    ]);
    expect(january('It is expected to report results for the fourth quarter next week. It expects first-quarter revenue of $6 billion.')).toEqual([
      ['the fourth quarter', '2024-Q4'],
      ['first-quarter', '2025-Q1'],
    ]);
    expect(january('It expects growth to resume in the fourth quarter.')).toEqual([['the fourth quarter', '2025-Q4']]);
  });
});

describe('extractTimes(article): bare years and comparisons a year back', { timeout: 60_000 }, () => {
  const november = (body: string) => times(body, 'November 5, 2025').slice(1);

  it('reads a year after a capitalised preposition that opens a sentence', () => {
    expect(readAt('November 5, 2025')('Since 2020, the company has tripled its workforce. In 2019, it was sold. By 2030, it aims to double output. From 2021 to 2023, revenue fell.')).toEqual([
      ['2020', '2020'],
      ['2019', '2019'],
      ['2030', '2030'],
      ['2021', '2021'],
      ['2023', '2023'],
    ]);
  });

  it('compares "a year earlier" with the period its sentence names, even after it', () => {
    expect(november('Revenue rose 12% from a year earlier to $5.2 billion in the third quarter.')).toEqual([
      ['a year earlier', '2024-Q3', 'quarter', null, true, 't3'],
      ['the third quarter', '2025-Q3', 'quarter', null, true, 'published'],
    ]);
    expect(november('Exports rose 8% in October from a year earlier.').map(([text, resolved]) => [text, resolved])).toEqual([
      ['October', '2025-10'],
      ['a year earlier', '2024-10'],
    ]);
  });

  it('compares with the year a sentence names before the quarter the article is about', () => {
    expect(november('Third-quarter sales rose 5%. Profit fell in 2024 from a year earlier.').map(([text, resolved]) => [text, resolved])).toEqual([
      ['Third-quarter', '2025-Q3'],
      ['2024', '2024'],
      ['a year earlier', '2023'],
    ]);
  });

  it('keeps "a year ago" that compares nothing a year, and one opening a sentence about the quarter a quarter', () => {
    expect(november('Third-quarter sales rose 5%. The company went public a year ago. A year ago, the bank earned $1.5 billion.').map(([text, resolved]) => [text, resolved])).toEqual([
      ['Third-quarter', '2025-Q3'],
      ['a year ago', '2024'],
      ['A year ago', '2024-Q3'],
    ]);
  });
});

describe('extractTimes(article): quarters, halves and fiscal years', { timeout: 60_000 }, () => {
  it('reads halves and quarters written out or as codes, with or without a year', () => {
    expect(read('Profit in the second half of 2025 should beat H1 2026 guidance. Q3 sales beat 3Q24 margins. Sales fell last quarter.')).toEqual([
      ['the second half of 2025', '2025-H2', 'half'],
      ['H1 2026', '2026-H1', 'half'],
      ['Q3', '2025-Q3', 'quarter'],
      ['3Q24', '2024-Q3', 'quarter'],
      ['last quarter', '2025-Q3', 'quarter'],
    ]);
    expect(read('It forecast a loss for the first half of next year after a profit in the fourth quarter of last year.')).toEqual([
      ['the first half of next year', '2026-H1', 'half'],
      ['the fourth quarter of last year', '2024-Q4', 'quarter'],
    ]);
  });

  it('reads a calendar quarter written as its months', () => {
    expect(read('Profit for the October-December period fell, after the July–September 2024 quarter. The April-September half is a fiscal one.')).toEqual([
      ['the October-December period', '2025-Q4', 'quarter'],
      ['the July–September 2024 quarter', '2024-Q3', 'quarter'],
      ['April', '2025-04', 'month'],
      ['September', '2025-09', 'month'],
    ]);
  });

  it('places a numbered quarter without a year by the tense: begun by publication, or ahead', () => {
    expect(read('Growth slowed in the first quarter. It expects a recovery in the first quarter.')).toEqual([
      ['the first quarter', '2025-Q1', 'quarter'],
      ['the first quarter', '2026-Q1', 'quarter'],
    ]);
  });

  it('tells the year-earlier quarter and "a year earlier" from the quarter the text is about', () => {
    expect(read('Third-quarter revenue rose 12% from the year-earlier quarter. Fourth-quarter sales rose 3% from a year earlier.')).toEqual([
      ['Third-quarter', '2025-Q3', 'quarter'],
      ['the year-earlier quarter', '2024-Q3', 'quarter'],
      ['Fourth-quarter', '2025-Q4', 'quarter'],
      ['a year earlier', '2024-Q4', 'quarter'],
    ]);
    expect(read('Margins widened from the same quarter a year earlier.')).toEqual([['the same quarter a year earlier', '2024-Q3', 'quarter']]);
  });

  it('reads "the quarter", "a year ago" and "the same period" as the quarter or half the text is about', () => {
    expect(read('Net interest income in Q3 rose 5% from a year ago. Margins in the quarter narrowed, as in the same period last year.')).toEqual([
      ['Q3', '2025-Q3', 'quarter'],
      ['a year ago', '2024-Q3', 'quarter'],
      ['the quarter', '2025-Q3', 'quarter'],
      ['the same period last year', '2024-Q3', 'quarter'],
    ]);
    expect(read('Profit rose in the July-September quarter. Income rose to ₹6,452 crore from ₹5,080 crore a year earlier. Bad loans eased from the June quarter.')).toEqual([
      ['the July-September quarter', '2025-Q3', 'quarter'],
      ['a year earlier', '2024-Q3', 'quarter'],
      ['the June quarter', '2025-Q2', 'quarter'],
    ]);
    expect(read("Profit in Q3 rose. A stronger won trimmed 400 billion won from the quarter's profit.")).toEqual([
      ['Q3', '2025-Q3', 'quarter'],
      ['the quarter', '2025-Q3', 'quarter'],
    ]);
    expect(read('Profit in the first half of the year rose 8%. Revenue in the same period of 2024 was lower.')).toEqual([
      ['the first half of the year', '2025-H1', 'half'],
      ['the same period of 2024', '2024-H1', 'half'],
    ]);
    expect(read('Margins in the quarter narrowed. Sales fell from the same period last year, as they did a year ago.')).toEqual([
      ['the same period last year', '2024', 'year'],
      ['a year ago', '2024', 'year'],
    ]);
  });

  it('reads fiscal years as the year they are named for', () => {
    expect(read('It reported fiscal 2025 results and set an FY26 target for fiscal year 2027.')).toEqual([
      ['fiscal 2025', '2025', 'year'],
      ['FY26', '2026', 'year'],
      ['fiscal year 2027', '2027', 'year'],
    ]);
  });

  it('takes no half of a match, no visa and no share of staff for a period', () => {
    expect(read('He scored in the second half of the match. It sponsors H1-B visas. A quarter of the staff left in the first quarter-mile.')).toEqual([]);
  });
});

describe('extractTimes(article): bare years, early/mid/late and years told from another', { timeout: 60_000 }, () => {
  it('reads years in plain sentences and leaves names, amounts and percentages alone', () => {
    expect(read('Since 2021 the unit has grown; in 2019 it was small. The 2022 Winter Games were held there. From 2019 to 2021 sales fell.')).toEqual([
      ['2021', '2021', 'year'],
      ['2019', '2019', 'year'],
      ['2022', '2022', 'year'],
      ['2019', '2019', 'year'],
      ['2021', '2021', 'year'],
    ]);
    expect(read('It sold the GPT-2024 model for $2019, has 2000 employees, shipped 2,019 units and grew 2025%.')).toEqual([]);
    expect(read('The RTX 2080 card sold well; the firm aims for net zero by 2080.')).toEqual([['2080', '2080', 'year']]);
  });

  it('reads early, mid and late around years, relative years and the year of publication', () => {
    expect(times('Prices peaked in early 2026 after falling late last year, as in mid-2024. The deal should close by the end of the year.', MONDAY).slice(1)).toEqual([
      ['early 2026', '2026', 'year', 'early', false, null],
      ['late last year', '2024', 'year', 'late', true, 'published'],
      ['mid-2024', '2024', 'year', 'mid', false, null],
      ['the end of the year', '2025', 'year', 'late', true, 'published'],
    ]);
  });

  it('reads months, decades and holidays told from publication', () => {
    expect(read('He will step down next June, a decade after he joined; sales in December last year and last March fell.')).toEqual([
      ['next June', '2026-06', 'month'],
      ['December last year', '2024-12', 'month'],
      ['last March', '2025-03', 'month'],
    ]);
    expect(read('The firm was founded a decade ago. A ruling is expected by March, and a vote was held in the year to October.')).toEqual([
      ['a decade ago', '2015', 'year'],
      ['March', '2026-03', 'month'],
      ['October', '2025-10', 'month'],
    ]);
    expect(read('Sales this Christmas should beat Christmas Day 2021. This may help.')).toEqual([
      ['this Christmas', '2025-12-25', 'day'],
      ['Christmas Day 2021', '2021-12-25', 'day'],
    ]);
  });

  it('reads a month of the year the text is about, and the same month a year before', () => {
    expect(read('Car sales fell 5% in February from January, and NEV sales rose 80% from the same month a year ago.')).toEqual([
      ['February', '2025-02', 'month'],
      ['January', '2025-01', 'month'],
      ['the same month a year ago', '2024-02', 'month'],
    ]);
    expect(read('The scheme began in April 2024 and expanded in July that year; he left in March of the following year.')).toEqual([
      ['April 2024', '2024-04', 'month'],
      ['July that year', '2024-07', 'month'],
      ['March of the following year', '2025-03', 'month'],
    ]);
  });

  it('leaves out amounts read as minutes, spans, generic days, abbreviations and seasons', () => {
    expect(read('Profit was £40m two years ago. Protection waned after six months and returns come in about six weeks.')).toEqual([['two years ago', '2023', 'year']]);
    expect(read("Today's cells struggle in the cold, as the Sun sets. Christmas trading was weak at midday.")).toEqual([]);
    expect(read('Sales rose in April and May alone. May it last.')).toEqual([
      ['April', '2025-04', 'month'],
      ['May', '2025-05', 'month'],
    ]);
  });

  it('dates the event a span before a time names, and no span with no time before it', () => {
    expect(read('Huang met executives on Thursday, a day after Lattice Peak said it had raised $5bn. The vote comes three weeks before the budget.')).toEqual([
      ['on Thursday', '2025-11-13', 'day'],
      ['a day after', '2025-11-12', 'day'],
    ]);
  });

  it('tells "the prior year" from the year before it', () => {
    expect(times('Revenue rose to $5 billion in 2024 from $4 billion the prior year.', MONDAY).slice(1)).toEqual([
      ['2024', '2024', 'year', null, false, null],
      ['the prior year', '2023', 'year', null, true, 't2'],
    ]);
  });

  it('reads "the year" in "the first eight months of the year" as the year', () => {
    expect(times('Deliveries rose in the first eight months of the year.', MONDAY).slice(1).map(([text, resolved]) => [text, resolved])).toEqual([['the year', '2025']]);
  });

  it('dates the other side of a comparison behind, whatever the sentence expects', () => {
    expect(times('Staff expect inflation of 2.0% this year, down from 2.3% in their March projections.', MONDAY).slice(1).map(([text, resolved]) => [text, resolved])).toEqual([
      ['this year', '2025'],
      ['March', '2025-03'],
    ]);
  });

  it('reads the quarter a charge is booked in as the nearest, even when the booking lies ahead', () => {
    expect(times('It will record charges of $85 million to $95 million, mostly in the fourth quarter.', 'Wire 2026-01-14 18:05').slice(1).map(([text, resolved]) => [text, resolved])).toEqual([
      ['the fourth quarter', '2025-Q4'],
    ]);
  });

  it('does not compare "a year ago" with a quarter the article only forecasts', () => {
    expect(times('She expects $130,000 by the end of the first quarter. The market has risen to $3.9 trillion, up from $2.2 trillion a year ago.', 'Wire 2025-11-12 03:45').slice(1).map(([text, resolved]) => [text, resolved])).toEqual([
      ['the end of the first quarter', '2026-Q1'],
      ['a year ago', '2024'],
    ]);
  });

  it('reads "one more cut in February" as a noun before a month ahead, and "cut rates in March" as past', () => {
    expect(times('Economists expect one more cut in February. The bank cut rates in March.', 'Wire 2025-11-03 05:00').slice(1).map(([text, resolved]) => [text, resolved])).toEqual([
      ['February', '2026-02'],
      ['March', '2025-03'],
    ]);
  });

  it('takes "first quarterly profit" for no quarter', () => {
    expect(times('It posted its first quarterly profit since 2019 in the third quarter.', MONDAY).slice(1).map(([text]) => text)).toEqual(['2019', 'the third quarter']);
  });

  it('takes the fraction of a mixed number for no date', () => {
    expect(times('The Kestrels are 6 1/2 games behind, and the vote is on 1/2.', MONDAY).slice(1).map(([text]) => text)).toEqual(['1/2']);
  });

  it('reads "the year before" a month as a year, not as that month a year back', () => {
    const read = (body: string) => times(body, MONDAY).slice(1).map(([text, resolved]) => [text, resolved]);
    expect(read('Price joined in January 2024; the club spent three times what it spent the year before.')).toEqual([
      ['January 2024', '2024-01'],
      ['the year before', '2023'],
    ]);
  });
});

describe('extractTimes(article): datelines as outlets print them', { timeout: 60_000 }, () => {
  const published = (dateline: string, body = 'Shares rose on Tuesday.') => {
    const r = extractTimes(parseArticle(`Headline\n\n${dateline}\n\n${body}`));
    return [r.published, r.times[0]?.text, r.times[1]?.resolved];
  };

  it('keeps the time as printed, whatever the zone', () => {
    expect(published('Nov 17, 2025, 10:00 AM PST')).toEqual(['2025-11-17T10:00', 'Nov 17, 2025, 10:00 AM', '2025-11-11']);
    expect(published('Mon 3 March 2025 07.00 GMT')).toEqual(['2025-03-03T07:00', 'Mon 3 March 2025 07.00', '2025-02-25']);
    expect(published('Nov 17, 2025 · Updated 9:15AM GMT')[0]).toBe('2025-11-17T09:15');
    expect(published('2025-11-17T10:00:00Z')[0]).toBe('2025-11-17T10:00');
  });

  it('dates a wire dateline that opens the first paragraph, its year from the text', () => {
    const body = 'March 7 (Reuters) - Exports rose 3% in February from a year earlier, the highest since 2024.';
    expect(extractTimes(parseArticle(`Headline\n\n${body}`)).times.map((t) => [t.text, t.resolved])).toEqual([
      ['March 7', '2024-03-07'],
      ['February', '2024-02'],
      ['a year earlier', '2023-02'],
      ['2024', '2024'],
    ]);
    expect(extractTimes(parseArticle(`Headline\n\nBy Ana Ruiz\n\n${body}`)).published).toBe('2024-03-07');
  });

  it('takes the year of a wire dateline from the weekday the story names, not from years it plans for', () => {
    const wire = (body: string) => extractTimes(parseArticle(`Headline\n\n${body}`)).published;
    // 17 November was a Monday in 2025; the text names 2024 and plans for 2027.
    expect(wire('SINGAPORE, Nov 17 (Reuters) - Meridian said on Monday it would build a plant, to open in 2027. Sales rose in 2024.')).toBe('2025-11-17');
    expect(wire('SINGAPORE, Nov 17 (Reuters) - Meridian will build a plant to open in 2027. Sales rose in 2024.')).toBe('2024-11-17');
    // Only plans: the year before the first plan whose 5 November is the Wednesday named.
    expect(wire('TOKYO, Nov 5 (Reuters) - Toyota on Wednesday raised its forecast, which now expects profit for the year ending March 2026.')).toBe('2025-11-05');
    // A year that names a thing ("our 2026 capacity") tells nothing; the base of a comparison ("from 22 trillion won in 2024") is behind, though a plan compares with it.
    expect(wire('SEOUL, July 24 (Reuters) - Hanseong said on Thursday it would raise spending to 30 trillion won, from 22 trillion won in 2024. "Customers are booking our 2026 capacity now," its CFO said.')).toBe('2025-07-24');
    // A fiscal year often ends after the story: "FY26" in an October 2025 report.
    expect(wire('Mumbai, Oct 28 (PTI) Sahyadri Finance on Tuesday reported profit for the July-September quarter of FY26, up from 2024.')).toBe('2025-10-28');
    // A year that was meant to come ("was meant to supply power from 2030") is a plan, though told in the past.
    expect(wire('OSLO, Feb 11 (Reuters) - Fjordline on Wednesday shelved a wind farm it won in 2023. It was meant to supply power from 2030.')).toBe('2026-02-11');
    // A Deep News-style dateline the day after the weekday the story names.
    expect(extractTimes(parseArticle('Head\n\nDeep News11-20 09:32\n\nThe CFO said on Wednesday that revenue in 2025 is expected to grow.')).published).toBe('2025-11-20T09:32');
  });
});

