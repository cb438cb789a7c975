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
      // "¥" alone is the yen; the yuan is "CN¥", "RMB" or "yuan".
      ['¥900', 900, 'JPY', null, 'JPY'],
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

  it('reads written-out numbers through compromise, small counts too, but not "one"', () => {
    expect(figures('Two million people came, twenty-five players left, and three stages and four models remain; one of them wore the number nine shirt.')).toEqual([
      ['Two million', 2_000_000, 'people', null, null],
      ['twenty-five', 25, 'players', null, null],
      ['three', 3, 'stages', null, null],
      ['four', 4, 'models', null, null],
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

describe('extractQuantities on money as markets write it', { timeout: 60_000 }, () => {
  it('reads ISO codes before or after the number, spaced or glued, and prefixed symbols', () => {
    expect(figures('DBS paid SGD 4.35, HSBC set aside US$5bn, UBS booked EUR2.1 billion, the bank lent RMB 30 billion and the fund returned 4.35 SGD to CHF 12 million holders.')).toEqual([
      ['SGD 4.35', 4.35, 'SGD', null, 'SGD'],
      ['US$5bn', 5_000_000_000, 'USD', null, 'USD'],
      ['EUR2.1 billion', 2_100_000_000, 'EUR', null, 'EUR'],
      ['RMB 30 billion', 30_000_000_000, 'CNY', null, 'CNY'],
      ['4.35 SGD', 4.35, 'SGD', null, 'SGD'],
      ['CHF 12 million', 12_000_000, 'CHF', null, 'CHF'],
    ]);
  });

  it('reads the symbols and names of other currencies, and Indian scales', () => {
    expect(figures('It raised HK$1.2bn, S$300 million, A$45 million, C$2 billion, CN¥8 billion, ₹500 crore, Rs 20 lakh, 120 billion yen, 7.5 billion Hong Kong dollars and 900 million Swiss francs.')).toEqual([
      ['HK$1.2bn', 1_200_000_000, 'HKD', null, 'HKD'],
      ['S$300 million', 300_000_000, 'SGD', null, 'SGD'],
      ['A$45 million', 45_000_000, 'AUD', null, 'AUD'],
      ['C$2 billion', 2_000_000_000, 'CAD', null, 'CAD'],
      ['CN¥8 billion', 8_000_000_000, 'CNY', null, 'CNY'],
      ['₹500 crore', 5_000_000_000, 'INR', null, 'INR'],
      ['Rs 20 lakh', 2_000_000, 'INR', null, 'INR'],
      ['120 billion yen', 120_000_000_000, 'JPY', null, 'JPY'],
      ['7.5 billion Hong Kong dollars', 7_500_000_000, 'HKD', null, 'HKD'],
      ['900 million Swiss francs', 900_000_000, 'CHF', null, 'CHF'],
    ]);
  });

  it('keeps a price per unit as one figure with its currency and what it is for', () => {
    const article = parseArticle('Headline\n\nThe board declared SGD 4.35 per share, Brent traded at $82.40 a barrel, gold at $2,300/oz and rent rose 4% a year, a year earlier.');
    expect(extractQuantities(article, extractTimes(article).times).map((q) => [q.text, q.value, q.currency, q.per])).toEqual([
      ['SGD 4.35 per share', 4.35, 'SGD', 'share'],
      ['$82.40 a barrel', 82.4, 'USD', 'barrel'],
      ['$2,300/oz', 2300, 'USD', 'oz'],
      ['4% a year', 4, null, 'year'],
    ]);
  });

  it('reads codes in capitals only, and not words that look like codes', () => {
    expect(figures('They hold eur 5 notes, sgd 4 coins and ALL 3 funds.')).toEqual([
      ['5', 5, 'notes', null, null],
      ['4', 4, 'coins', null, null],
    ]);
  });
});

describe('extractQuantities on ranges', { timeout: 60_000 }, () => {
  it('gives one figure per end, each with the range unit, scale and currency', () => {
    expect(figures('Analysts see growth of 20-30%, a deal worth $1bn-$2bn, a fee of between 5 and 7 million euros, a wait of 20 to 30 seconds and a $1-2 billion charge.')).toEqual([
      ['20', 20, 'percent', null, null],
      ['30%', 30, 'percent', null, null],
      ['$1bn', 1_000_000_000, 'USD', null, 'USD'],
      ['$2bn', 2_000_000_000, 'USD', null, 'USD'],
      ['5', 5_000_000, 'EUR', null, 'EUR'],
      ['7 million euros', 7_000_000, 'EUR', null, 'EUR'],
      ['20', 20, 'seconds', null, null],
      ['30 seconds', 30, 'seconds', null, null],
      ['$1', 1_000_000_000, 'USD', null, 'USD'],
      ['2 billion', 2_000_000_000, 'USD', null, 'USD'],
    ]);
  });

  it('reads a change from one figure to another, and ranges in words', () => {
    expect(figures('Margins fell from 12% to 9.5% over two to three years, and the workforce grew from 900,000 to 1.2 million staff.')).toEqual([
      ['12%', 12, 'percent', null, null],
      ['9.5%', 9.5, 'percent', null, null],
      ['two', 2, 'years', null, null],
      ['three years', 3, 'years', null, null],
      ['900,000', 900_000, 'staff', null, null],
      ['1.2 million', 1_200_000, 'staff', null, null],
    ]);
  });

  it('takes no range from scores, seasons, codes or phone numbers', () => {
    expect(figures('City won 3-1 and drew 2-2 in the 2024-25 season; call 212-555-0100 or +44 20 7946 0958, or visit 10-15 Main Road.')).toEqual([]);
  });
});

describe('extractQuantities on durations, multiples and written-out numbers', { timeout: 60_000 }, () => {
  it('reads spans of time, spelled out or not, but not the times they date', () => {
    expect(figures('The talks lasted six months and the review 90 days; he signed a five-year contract, a 12-week trial and a two-year deal, and left two years ago after a decade.')).toEqual([
      ['six months', 6, 'months', null, null],
      ['90 days', 90, 'days', null, null],
      ['five-year', 5, 'years', null, null],
      ['12-week', 12, 'weeks', null, null],
      ['two-year', 2, 'years', null, null],
      ['a decade', 10, 'years', null, null],
    ]);
  });

  it('counts decades and centuries in years, and a length joined by "-long" as one unit', () => {
    expect(figures('It was the first cut in a decade; he ran the bank for two decades, more than a century after its founding, through a decade-long slump and a two-decade boom.')).toEqual([
      ['a decade', 10, 'years', null, null],
      ['two decades', 20, 'years', null, null],
      ['more than a century', 100, 'years', 'more than', null],
      ['decade-long', 10, 'years', null, null],
      ['two-decade', 20, 'years', null, null],
    ]);
    expect(figures('The state will spend 1.2 billion Swiss francs over the next decade and the coming century.').slice(1)).toEqual([
      ['next decade', 10, 'years', null, null],
      ['coming century', 100, 'years', null, null],
    ]);
  });

  it('takes no span from a decade that dates something, a rate, or decades without a number', () => {
    expect(figures('A decade ago it was small, and a decade earlier smaller; the fair comes once a decade, after decades of neglect and decades-long delays in the past decade.')).toEqual([]);
  });

  it('reads an age but not the tenor of a bond', () => {
    expect(figures('The 54-year-old, who is 61 years old, watched the 10-year Treasury yield and a 30-year mortgage rate rise 5 basis points.')).toEqual([
      ['54-year-old', 54, 'years', null, null],
      ['61 years old', 61, 'years', null, null],
      ['5', 5, 'basis points', null, null],
    ]);
  });

  it('reads multiples as numbers, words and verbs', () => {
    expect(figures('Revenue tripled and costs more than halved: a fivefold rise in users, about 40x faster, three times as many staff, 2.5 times the size, a 10-fold jump, twice as large, and it plans to double output.')).toEqual([
      ['tripled', 3, 'times', null, null],
      ['more than halved', 0.5, 'times', 'more than', null],
      ['fivefold', 5, 'times', null, null],
      ['about 40x', 40, 'times', 'about', null],
      ['three times', 3, 'times', null, null],
      ['2.5 times', 2.5, 'times', null, null],
      ['10-fold', 10, 'times', null, null],
      ['twice', 2, 'times', null, null],
      ['double', 2, 'times', null, null],
    ]);
  });

  it('takes no multiple from idioms, nouns and adjectives', () => {
    expect(figures('They doubled down on chips in both halves of the year, posted a double-digit gain and a manifold of designs, and scaffolding went up.')).toEqual([]);
  });

  it('reads written-out numbers with scales and counted nouns, and shares of a hundred in every spelling', () => {
    expect(figures('Half a million homes, a billion users and forty engineers; sales rose 5 per cent, 3pct, 7pc and five percent, and margins 2 percentage points.')).toEqual([
      ['Half a million', 500_000, 'homes', null, null],
      ['a billion', 1_000_000_000, 'users', null, null],
      ['forty', 40, 'engineers', null, null],
      ['5 per cent', 5, 'percent', null, null],
      ['3pct', 3, 'percent', null, null],
      ['7pc', 7, 'percent', null, null],
      ['five percent', 5, 'percent', null, null],
      ['2', 2, 'percentage points', null, null],
    ]);
  });

  it('reads units of measure glued to the number', () => {
    expect(figures('The 30GW grid, 2TB drives, 3nm chips and 1.5C of warming.')).toEqual([
      ['30GW', 30, 'GW', null, null],
      ['2TB', 2, 'TB', null, null],
      ['3nm', 3, 'nm', null, null],
      ['1.5C', 1.5, '°C', null, null],
    ]);
  });
});

describe('extractQuantities on numbers that are no figures', { timeout: 60_000 }, () => {
  it('takes no figure from names, ranks, addresses, phone numbers and clock times', () => {
    const text =
      'The FTSE 100 and the S&P 500 index rose as the iPhone 16 and Windows 11 shipped; Phase 3 trials of the No. 1 seller, a top 10 rank and #2 spot; ' +
      'he lives at 10 Downing Street, called 020 7946 0958 at 9.30am and met at 10:00 GMT; GPT-4 and Llama 3 models ran in the 1990s.';
    expect(figures(text)).toEqual([]);
  });

  it('takes a year-shaped number for a year unless money, a scale or a qualifier says otherwise', () => {
    expect(figures('Its 2025 results, 2030 targets and 2019 staff compare with more than 2000 workers, $2025 and 1999 tonnes.').map((f) => f[0])).toEqual(['more than 2000', '$2025']);
  });

  it('still reads a capitalised word that opens the sentence or a quotation', () => {
    expect(figures('Nearly 40 people came. He said: "About 300 staff left."').map((f) => f[0])).toEqual(['Nearly 40', 'About 300']);
  });
});

describe('extractQuantities on the classes the labelled corpus taught', { timeout: 60_000 }, () => {
  it('reads hundredths in their currency, named or taken from the money before them', () => {
    expect(figures('The bank paid 35 HK cents, then S$1.20 and 8 cents more; the retailer paid 4.5p, 20 pence and 15 euro cents.')).toEqual([
      ['35 HK cents', 0.35, 'HKD', null, 'HKD'],
      ['S$1.20', 1.2, 'SGD', null, 'SGD'],
      ['8 cents', 0.08, 'SGD', null, 'SGD'],
      ['4.5p', 0.045, 'GBP', null, 'GBP'],
      ['20 pence', 0.2, 'GBP', null, 'GBP'],
      ['15 euro cents', 0.15, 'EUR', null, 'EUR'],
    ]);
  });

  it('reads a glued "m" as millions before a plural noun, and as metres or nothing otherwise', () => {
    expect(figures('It sold 1.5m units, won 2m new customers and has 4m subscribers.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['1.5m', 1.5e6, 'units'],
      ['2m', 2e6, 'new customers'],
      ['4m', 4e6, 'subscribers'],
    ]);
    expect(figures('He ran the 400m hurdles past a 1.5m tall fence and a 3m wall.')).toEqual([]);
  });

  it('reads battery and charger ratings glued to the number, and a range joined by "or"', () => {
    expect(figures('A 6,000mAh battery, a 120W charger; people keep phones for three or four years, and 5w is nothing.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['6,000mAh', 6000, 'mAh'],
      ['120W', 120, 'W'],
      ['three', 3, 'years'],
      ['four years', 4, 'years'],
    ]);
  });

  it('reads one span after a preposition, but not a rate or a date', () => {
    expect(figures('They missed the deadline by a day; prices fell in a single day and stayed for a year.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['a day', 1, 'days'],
      ['a single day', 1, 'days'],
      ['a year', 1, 'years'],
    ]);
    expect(figures('Members met once a year, and the plant opened in a year earlier than planned; results come in a day’s time.')).toEqual([]);
  });

  it('reads mixed numbers and how many times a title was won', () => {
    expect(figures('They are 6 1/2 games behind, and the three-time All-Star ran 2 3/4 miles; a one-time payment.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['6 1/2', 6.5, 'games'],
      ['three-time', 3, 'times'],
      ['2 3/4', 2.75, 'miles'],
    ]);
  });

  it('reads a currency joined to the scale by a hyphen, once', () => {
    expect(figures('It will repay a 12 billion-peso loan and a $2 billion-dollar bond.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['12 billion-peso', 12e9, 'MXN'],
      ['$2 billion', 2e9, 'USD'],
    ]);
  });

  it('reads a currency name several currencies share as the one the text named last', () => {
    expect(figures('The loss was NOK 870 million. Shares closed at 142.60 crowns, and a Swedish rival at 88 crowns.').map((f) => [f[0], f[2]])).toEqual([
      ['NOK 870 million', 'NOK'],
      ['142.60 crowns', 'NOK'],
      ['88 crowns', 'NOK'],
    ]);
    expect(figures('Shares closed at 142.60 crowns. The fund raised S$40 million and 12 million dollars more.').map((f) => [f[0], f[2]])).toEqual([
      ['142.60 crowns', 'SEK'],
      ['S$40 million', 'SGD'],
      ['12 million dollars', 'SGD'],
    ]);
  });

  it('multiplies Indian scales and keeps the sign of a temperature', () => {
    expect(figures('Deposits reached ₹2.6 lakh crore as nights fell to minus 12C and −4C.')).toEqual([
      ['₹2.6 lakh crore', 2_600_000_000_000, 'INR', null, 'INR'],
      ['minus 12C', -12, '°C', null, null],
      ['−4C', -4, '°C', null, null],
    ]);
  });

  it('reads multiples after a qualifier, and fractions that compare as multiples', () => {
    expect(figures('Orders could almost double, costs are about a quarter as high, power use is one-tenth of that and staff were cut by more than half.')).toEqual([
      ['almost double', 2, 'times', 'nearly', null],
      ['about a quarter', 0.25, 'times', 'about', null],
      ['one-tenth', 0.1, 'fraction', null, null],
      ['more than half', 0.5, 'times', 'more than', null],
    ]);
  });

  it('reads an age set off by commas after a name, and a count joined by a hyphen', () => {
    expect(figures('Okafor, 47, chairs a nine-member panel, a 12-member jury and a 2-gigawatt plant with a 300-kilowatt-hour pack.')).toEqual([
      ['47', 47, 'years', null, null],
      ['nine-member', 9, 'members', null, null],
      ['12-member', 12, 'members', null, null],
      ['2-gigawatt', 2, 'gigawatts', null, null],
      ['300-kilowatt-hour', 300, 'kilowatt-hours', null, null],
    ]);
  });

  it('reads index levels in points, and a bare number compared with a figure before it', () => {
    expect(figures('The Hang Seng Index closed at 19,876.54 while the Kospi ended at 2,611.2.')).toEqual([
      ['19,876.54', 19_876.54, 'points', null, null],
      ['2,611.2', 2_611.2, 'points', null, null],
    ]);
    expect(figures('Enrolment reached 9,400 students, up from 8,150 a decade ago, and the yuan traded at 7.12 per dollar.')).toEqual([
      ['9,400', 9_400, 'students', null, null],
      ['8,150', 8_150, 'students', null, null],
      ['7.12', 7.12, 'per dollar', null, null],
    ]);
  });
});

describe('extractQuantities on fractions in words', { timeout: 60_000 }, () => {
  it('reads a share of a whole as a fraction, with or without a qualifier', () => {
    expect(figures('A third of the staff left, half the plants shut, roughly a fifth of stores closed, about a quarter stayed and roughly half were rehired.')).toEqual([
      ['A third', 1 / 3, 'fraction', null, null],
      ['half', 0.5, 'fraction', null, null],
      ['roughly a fifth', 0.2, 'fraction', 'about', null],
      ['about a quarter', 0.25, 'fraction', 'about', null],
      ['roughly half', 0.5, 'fraction', 'about', null],
    ]);
  });

  it('reads "one in six" and "nine out of 10" as shares, not as counts, and leaves "3 in 2024" alone', () => {
    expect(figures('Buses could carry about one in six riders; nine out of 10 voters and 1 in every 4 adults agreed. Sales rose 3 in 2024.').map((f) => f.slice(0, 4))).toEqual([
      ['about one in six', 1 / 6, 'fraction', 'about'],
      ['nine out of 10', 0.9, 'fraction', null],
      ['1 in every 4', 0.25, 'fraction', null],
    ]);
    expect(figures('The software flags about one in twenty for review.').map((f) => f.slice(0, 2))).toEqual([['about one in twenty', 0.05]]);
  });

  it('reads fractions written with a numerator, joined or spaced, and a share that opens its clause', () => {
    expect(figures('Two-thirds of voters agreed, three quarters of the plants shut, nine-tenths of staff left and two thirds abstained; half said they would stay.')).toEqual([
      ['Two-thirds', 2 / 3, 'fraction', null, null],
      ['three quarters', 0.75, 'fraction', null, null],
      ['nine-tenths', 0.9, 'fraction', null, null],
      ['two thirds', 2 / 3, 'fraction', null, null],
      ['half', 0.5, 'fraction', null, null],
    ]);
  });

  it('gives a fraction of a unit that unit: seconds, hours, years, percentage points, a scale', () => {
    expect(figures('It took less than half a second, the wait half an hour, the reign a quarter of a century; the Fed cut by a quarter point, then a half-point, then half a percentage point, and about a quarter of a million people marched.')).toEqual([
      ['less than half a second', 0.5, 'seconds', 'less than', null],
      ['half an hour', 0.5, 'hours', null, null],
      ['a quarter of a century', 25, 'years', null, null],
      ['a quarter point', 0.25, 'percentage points', null, null],
      ['a half-point', 0.5, 'percentage points', null, null],
      ['half a percentage point', 0.5, 'percentage points', null, null],
      ['about a quarter of a million', 250_000, 'people', 'about', null],
    ]);
  });

  it('reads a fraction after "by" or "in", or before "as", as a multiple', () => {
    expect(figures('Costs fell by a third, the deficit was cut in half and output is half as large.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['a third', 1 / 3, 'times'],
      ['half', 0.5, 'times'],
      ['half', 0.5, 'times'],
    ]);
  });

  it('takes no fraction from periods, ordinals, idioms, or "half" before a number', () => {
    const text =
      'Sales rose in the second half of 2025 and first-quarter profit fell; the third quarter was weak and a quarter earlier worse. ' +
      'At half-time it was level; the half-year results came each quarter; a third party sued after a fifth straight loss. ' +
      'It rose for two quarters, the other half left, half of 2025 is gone, and it took a year and a half.';
    expect(figures(text).filter((f) => f[2] === 'fraction' || f[2] === 'times' || /quarter|half|third|fifth/.test(String(f[0])))).toEqual([]);
  });

  it('reads dozens as twelves: "a dozen", "two dozen", "half a dozen"', () => {
    expect(figures('A dozen analysts, two dozen traders and half a dozen brokers met, while dozens of fans waited.')).toEqual([
      ['A dozen', 12, 'analysts', null, null],
      ['two dozen', 24, 'traders', null, null],
      ['half a dozen', 6, 'brokers', null, null],
    ]);
  });
});

describe('extractQuantities on counts whose noun stands apart from the number', { timeout: 60_000 }, () => {
  it('takes the noun of a partitive, from the number after "of" or the noun after its determiner', () => {
    expect(figures('At least three of the 18 analysts surveyed expect a cut, four of the last five seasons were won, and it made roughly 2,400 of the parts.')).toEqual([
      ['At least three', 3, 'analysts', 'at least', null],
      ['18', 18, 'analysts', null, null],
      ['four', 4, 'seasons', null, null],
      ['five', 5, 'seasons', null, null],
      ['roughly 2,400', 2_400, 'parts', 'about', null],
    ]);
  });

  it('takes the noun of the count before a number that opens its clause, or of a pronoun\'s partitive', () => {
    expect(figures('Of the 30 economists polled, 22 expect a hike and eight saw no change; 12 of them were new.')).toEqual([
      ['30', 30, 'economists', null, null],
      ['22', 22, 'economists', null, null],
      ['eight', 8, 'economists', null, null],
      ['12', 12, 'economists', null, null],
    ]);
  });

  it('leaves the unit generic where the text names no noun', () => {
    expect(figures('He met 12 of them. Twelve said no.')).toEqual([
      ['12', 12, 'count', null, null],
      ['Twelve', 12, 'count', null, null],
    ]);
  });

  it('takes the subject of the clause for a number that ends it, when its form is an amount\'s', () => {
    expect(figures('Monthly users of the app reached 180 million at the end of September, up from 150 million. Shipments totalled 2.3 million.')).toEqual([
      ['180 million', 180_000_000, 'monthly users', null, null],
      ['150 million', 150_000_000, 'monthly users', null, null],
      ['2.3 million', 2_300_000, 'shipments', null, null],
    ]);
    expect(figures('Headcount fell to 41,200, a net decrease of about 2,600 from the end of June.')).toEqual([
      ['41,200', 41_200, 'count', null, null],
      ['about 2,600', 2_600, 'count', 'about', null],
    ]);
  });

  it('reads both ends of a change between bare numbers, and a count after "more"', () => {
    expect(figures('Goldman raised its target to 120 from 80, and the firm added two more brackets.')).toEqual([
      ['120', 120, 'count', null, null],
      ['80', 80, 'count', null, null],
      ['two', 2, 'brackets', null, null],
    ]);
    expect(figures('Officials see one more cut next year, compared with two in June, and a margin compared with more than 250 rivals.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['one', 1, 'cut'],
      ['two', 2, 'cut'],
      ['more than 250', 250, 'rivals'],
    ]);
  });

  it('reads both ends of a change in money and percent, and takes no multiple\'s unit for a number compared with it', () => {
    expect(figures('She raised her price target to $120 from $80, the bank cut it to 3.1% from 3.4% and net income rose to 3.1 billion euros from 2.4 billion a year earlier.')).toEqual([
      ['$120', 120, 'USD', null, 'USD'],
      ['$80', 80, 'USD', null, 'USD'],
      ['3.1%', 3.1, 'percent', null, null],
      ['3.4%', 3.4, 'percent', null, null],
      ['3.1 billion euros', 3_100_000_000, 'EUR', null, 'EUR'],
      ['2.4 billion', 2_400_000_000, 'EUR', null, 'EUR'],
    ]);
    expect(figures('Profit roughly doubled, from 80 at about half past nine.').map((f) => f[2])).toEqual(['times']);
  });

  it('reads a vote tally, one figure per side', () => {
    expect(figures('Faculty voted 212 to 148 to censure her.')).toEqual([
      ['212', 212, 'votes', null, null],
      ['148', 148, 'votes', null, null],
    ]);
  });

  it('reads a count joined by a hyphen whatever the lexicon calls its noun, thousands separators too', () => {
    expect(figures('A 31,500-seat stadium, the 14,000-patient trial, a 500-bed hospital and a 12-story tower.')).toEqual([
      ['31,500-seat', 31_500, 'seats', null, null],
      ['14,000-patient', 14_000, 'patients', null, null],
      ['500-bed', 500, 'beds', null, null],
      ['12-story', 12, 'stories', null, null],
    ]);
  });

  it('still reads counts with their noun right after them, spelled out at the start of a sentence too', () => {
    expect(figures('The airline ordered nearly 300 jets. Eleven clubs have applied.')).toEqual([
      ['nearly 300', 300, 'jets', 'nearly', null],
      ['Eleven', 11, 'clubs', null, null],
    ]);
  });

  it('takes no count from references, ranks, scores, years, clock times or a bare number with nothing to say it counts', () => {
    const text =
      'Section 5 of the act and page 12 of the report apply, as does article 50 of the treaty; she ranked 3rd of 10 and he was 7 out of 10. ' +
      'City won 3-1, the score stood at 2 after round 4, they met at 9 and again at 10, and in 2019, 2020 and 2021 costs rose close to zero.';
    expect(figures(text)).toEqual([]);
  });
});

describe('extractQuantities beside the times of a dated article', { timeout: 60_000 }, () => {
  const dated = (body: string) => {
    const article = parseArticle(`Headline\n\nLONDON, March 3, 2025 (Newswire) - ${body}`);
    return extractQuantities(article, extractTimes(article).times).map((q) => [q.text, q.value, q.unit, q.currency]);
  };

  it('keeps a span of time a figure where a time was read in it', () => {
    expect(dated('The start-up raised money in three years, held the role for six years and expects a profit within 18 months.')).toEqual([
      ['three years', 3, 'years', null],
      ['six years', 6, 'years', null],
      ['18 months', 18, 'months', null],
    ]);
  });

  it('keeps money that a time reader took for minutes', () => {
    expect(dated('Net debt was £40m two years ago.')).toEqual([['£40m', 40_000_000, 'GBP', 'GBP']]);
  });
});
