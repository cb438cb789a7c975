/**
 * chrono-node parsers for the time expressions of news that chrono-node does not read:
 * bare years ("in 2019"), quarters and halves ("Q3 2025", "the second half of last year",
 * "3Q25", "first-half"), fiscal years ("fiscal 2025", "FY25"), periods told from another
 * ("last quarter", "the prior year", "the year-earlier quarter"), "the end of the year",
 * "recently" and "the same day".
 *
 * Each parser resolves against chrono-node's reference like chrono-node's own parsers, and
 * tags its result (timeTags.ts) with what the phrase means. Every pattern is a flat
 * alternation with bounded repeats, so matching stays linear in the text.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { hasTag } from './lexicon';
import { modifierTag, optionTense, type SameUnit, sameTag, TAG } from './timeTags';

type Period = 'quarter' | 'half';

/** Returns the wall-clock year, month (1-12) and day of the reference. */
function referenceDay(context: ParsingContext): { year: number; month: number; day: number } {
  const d = context.reference.getDateWithAdjustedTimezone();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const periodMonths = (period: Period) => (period === 'quarter' ? 3 : 6);
const periodCount = (period: Period) => (period === 'quarter' ? 4 : 2);

/** Returns the period of the reference that `offset` periods away holds: [year, index 1-based]. */
function shiftPeriod(context: ParsingContext, period: Period, offset: number): [number, number] {
  const { year, month } = referenceDay(context);
  const n = periodCount(period);
  const absolute = year * n + Math.floor((month - 1) / periodMonths(period)) + offset;
  return [Math.floor(absolute / n), (absolute % n) + 1];
}

/** How many months ahead a period without a year may begin and still be read as ahead when nothing in the sentence tells. */
const NEAR_AHEAD_MONTHS = 3;

/**
 * Returns the year of the numbered period the text names without a year: the latest that has
 * begun by the reference ("the third quarter" in November 2025 is 2025's), or, when the
 * sentence looks ahead, the first that has not ended; when the sentence does not tell, one
 * that begins within a few months is ahead ("the first quarter" in November). A period the
 * words place only near ("will report fourth-quarter results", in January) is the one that
 * holds the reference, else whichever lies nearer: the last one ended or the next one.
 */
function yearOfPeriod(context: ParsingContext, period: Period, index: number): number {
  const { year, month } = referenceDay(context);
  const first = (index - 1) * periodMonths(period) + 1;
  const last = first + periodMonths(period) - 1;
  const ahead = last >= month ? year : year + 1;
  const behind = first <= month ? year : year - 1;
  const tense = optionTense(context) ?? null;
  const monthsUntil = (ahead - year) * 12 + first - month;
  if (tense === 'near') {
    if (first <= month && month <= last) return year;
    const monthsSince = (year - behind) * 12 + month - last;
    return monthsUntil < monthsSince ? ahead : behind;
  }
  if (tense === 'ahead' || (tense === null && monthsUntil <= NEAR_AHEAD_MONTHS)) return ahead;
  // What a period did is not told in the month it began ("sales slowed in the second half", in July, is last year's).
  if (tense === 'behind' && first === month) return year - 1;
  return behind;
}

/** Returns a result for a quarter or half: its year and first month, tagged with the period. */
function periodResult(context: ParsingContext, index: number, text: string, period: Period, n: number, year: number): ParsingResult {
  const result = context.createParsingResult(index, text, { year, month: (n - 1) * periodMonths(period) + 1 });
  result.addTag(period === 'quarter' ? TAG.quarter : TAG.half);
  return result;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Returns a two-digit year as a year of this century ("25" → 2025). */
const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

// ---------------------------------------------------------------------------------------
// Bare years

const BARE_YEAR = /\b(1[89]\d\d|20\d\d|2100)\b/;
// "nearly 2000" is a count; "worries about 2026" is a year.
const QUANTITY_BEFORE = /\b(?:over|nearly|almost|some|than|up\sto|least|roughly|approximately)\s$/i;
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|by|until|till|from|during|of|to|through|before|after|around|early|mid|late|pre|post|year|spring|summer|autumn|fall|winter|end|start|beginning|middle)[-\s]$/i;
const AHEAD_BEFORE = /\b(?:by|until|till|through|before)\s$/i;

/** Returns true when the four digits at `index` of `s` stand for a year, not a count, an amount or part of a name. */
export function isYearAt(s: string, index: number): boolean {
  const prev = s[index - 1] ?? '';
  const next = s[index + 4] ?? '';
  if (/[\p{L}\p{N}_$€£¥]/u.test(prev)) return false;
  if (/[.,]/.test(prev) && /\d/.test(s[index - 2] ?? '')) return false;
  // "GPT-2024" and "COVID-2019" are names; "mid-2024" and "pre-2020" are times.
  const hyphenated = prev === '-' ? /(\p{L}+)-$/u.exec(s.slice(Math.max(0, index - 12), index))?.[1] : undefined;
  if (hyphenated && !/^(?:early|mid|late|pre|post|end|start)$/i.test(hyphenated)) return false;
  if (/\p{L}/u.test(next) && next !== '年') return false;
  if (/[.,:]/.test(next) && /\d/.test(s[index + 5] ?? '')) return false;
  if (next === '%' || /^\s*(?:%|per\s?cent\b)/i.test(s.slice(index + 4, index + 14))) return false;
  const before = s.slice(Math.max(0, index - 12), index);
  const afterPreposition = TIME_PREPOSITION_BEFORE.test(before);
  // "2000 employees" counts; "in 2019 sales fell" and "worries about 2026 growth" are years.
  const nextWord = /^\s+([\p{L}-]+)/u.exec(s.slice(index + 4, index + 40))?.[1];
  if (afterPreposition) return true;
  // "RTX 2080" is a model; a year that far ahead comes after "by" or "in".
  if (Number(s.slice(index, index + 4)) > 2060) return false;
  if (nextWord && isCountedNoun(nextWord)) return false;
  return !QUANTITY_BEFORE.test(before) || nextWord !== undefined;
}

// Only nouns the lexicon knows as counted: "2025 earnings" and "2024 sales" are years.
function isCountedNoun(word: string): boolean {
  return hasTag(word, 'Plural') || hasTag(word, 'Unit') || hasTag(word, 'Currency') || hasTag(word, 'Multiple');
}

const bareYear: Parser = {
  pattern: () => BARE_YEAR,
  extract(context, match) {
    const index = match.index ?? 0;
    if (!isYearAt(context.text, index)) return null;
    const result = context.createParsingResult(index, match[0], { year: Number(match[1]) });
    result.addTag(TAG.year);
    result.addTag(TAG.absolute);
    if (AHEAD_BEFORE.test(context.text.slice(Math.max(0, index - 10), index))) result.addTag(TAG.plannedYear);
    return result;
  },
};

// "fiscal 2025", "fiscal year 2025", "FY2025", "FY 25", "FY'25": the year the text names.
const FISCAL_YEAR = /\b(?:[Ff]iscal\s(?:[Yy]ear\s)?|FY\s?['’]?)(\d{4}|\d{2})\b/;

const fiscalYear: Parser = {
  pattern: () => FISCAL_YEAR,
  extract(context, match) {
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: fullYear(match[1] ?? '') });
    result.addTag(TAG.absolute);
    result.addTag(TAG.fiscalYear);
    return result;
  },
};

// ---------------------------------------------------------------------------------------
// Quarters and halves

// "Q3", "Q3 2025", "Q3 of 2025", "Q3'25", "Q3 FY26", "H1 2026".
const PERIOD_CODE = /\b([QH])([1-4])(?:\s(?:of\s)?(\d{4})\b|\s?['’](\d{2})\b|\s(?:FY\s?|[Ff]iscal\s)['’]?(\d{4}|\d{2})\b)?(?![-\w])/;
// "3Q25", "1H 2026", "2H'25".
const PERIOD_CODE_FIRST = /\b([1-4])([QH])\s?['’]?(\d{4}|\d{2})\b/;

function extractCode(context: ParsingContext, index: number, text: string, letter: string, digit: string, yearDigits: string | undefined): ParsingResult | null {
  const period: Period = letter.toUpperCase() === 'Q' ? 'quarter' : 'half';
  const n = Number(digit);
  if (n > periodCount(period)) return null;
  const year = yearDigits ? fullYear(yearDigits) : yearOfPeriod(context, period, n);
  const result = periodResult(context, index, text, period, n, year);
  if (yearDigits) result.addTag(TAG.absolute);
  return result;
}

const periodCode: Parser = {
  pattern: () => PERIOD_CODE,
  extract: (context, m) => extractCode(context, m.index ?? 0, m[0], m[1] ?? '', m[2] ?? '', m[3] ?? m[4] ?? m[5]),
};

const periodCodeFirst: Parser = {
  pattern: () => PERIOD_CODE_FIRST,
  extract: (context, m) => extractCode(context, m.index ?? 0, m[0], m[2] ?? '', m[1] ?? '', m[3]),
};

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, front: 1, second: 2, '2nd': 2, back: 2, latter: 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
// "the second half of 2025", "the third quarter", "third-quarter", "the fourth quarter of
// fiscal 2025", "the first half of next year", "the back half of the year".
const PERIOD_WORDS =
  /\b(?:the\s)?(?:fiscal\s)?(first|1st|front|second|2nd|back|latter|third|3rd|fourth|4th|final|last)[-\s](quarter|half)(?![a-z])(?:\s(?:of\s)?(?:(?:the\s)?(?:fiscal\s(?:year\s)?|FY\s?))?(\d{4})\b|\s(?:of\s)?(this|last|next)\syear\b|\sof\sthe\s(?:(current|previous|prior)\s)?(?:fiscal\s)?year\b)?/i;
const NOT_A_YEAR_PERIOD = /^(?:-\w|\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?!year|fiscal|this|last|next|\d))/i;
const YEAR_OFFSETS: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, prior: -1, next: 1 };

const periodWords: Parser = {
  pattern: () => PERIOD_WORDS,
  extract(context, m) {
    const index = m.index ?? 0;
    const word = (m[1] ?? '').toLowerCase();
    const period = (m[2] ?? '').toLowerCase() as Period;
    const n = ORDINALS[word] ?? 0;
    // "the second half of the match", "the first quarter-mile", "a third-half" are no periods of a year.
    if (n > periodCount(period) || NOT_A_YEAR_PERIOD.test(context.text.slice(index + m[0].length, index + m[0].length + 24))) return null;
    const yearWord = (m[4] ?? m[5] ?? '').toLowerCase();
    // "the last quarter" is the one before the reference; "the last quarter of 2025" is Q4.
    if (word === 'last' && !m[3] && !yearWord && !/of the/i.test(m[0])) return null;
    if (['front', 'back', 'latter'].includes(word) && period !== 'half') return null;
    let year: number;
    if (m[3]) year = Number(m[3]);
    else if (yearWord || /of the/i.test(m[0])) year = referenceDay(context).year + (YEAR_OFFSETS[yearWord] ?? 0);
    else year = yearOfPeriod(context, period, n);
    const result = periodResult(context, index, m[0], period, n, year);
    if (m[3]) result.addTag(TAG.absolute);
    return result;
  },
};

// "the July-September quarter", "the October-December period": a quarter or half written as
// its months (Japanese and Korean companies report so). "The six months to June" is labelled
// as its month in the corpus, and is left to chrono-node.
const MONTH_SPAN = new RegExp(String.raw`\b(?:the\s)?${MONTH}\s?[-–]\s?${MONTH}(?:\s(\d{4}))?\s(?:quarter|period|half)\b`, 'i');

const monthSpan: Parser = {
  pattern: () => MONTH_SPAN,
  extract(context, m) {
    const monthOf = (name: string | undefined) => MONTH_NAMES.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
    const first = monthOf(m[1]);
    const last = monthOf(m[2]);
    const length = last - first + 1;
    const period: Period | null = length === 3 ? 'quarter' : length === 6 ? 'half' : null;
    // Only calendar quarters and halves have a resolved form: "April-September" is a fiscal half.
    if (!period || (first - 1) % periodMonths(period) !== 0) return null;
    const n = (first - 1) / periodMonths(period) + 1;
    const yearDigits = m[3];
    const result = periodResult(context, m.index ?? 0, m[0], period, n, yearDigits ? Number(yearDigits) : yearOfPeriod(context, period, n));
    if (yearDigits) result.addTag(TAG.absolute);
    return result;
  },
};

// "the June quarter", "the December 2025 quarter": a quarter named by the month it ends in,
// as Indian and Australian companies report.
const QUARTER_ENDING = new RegExp(String.raw`\bthe\s${MONTH}(?:\s(\d{4}))?\squarter\b(?![-'’])`, 'i');

const quarterEnding: Parser = {
  pattern: () => QUARTER_ENDING,
  extract(context, m) {
    const last = MONTH_NAMES.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    // Only a calendar quarter's last month names it: "the May quarter" is no quarter of ours.
    if (last % 3 !== 0) return null;
    const n = last / 3;
    const yearDigits = m[2];
    const result = periodResult(context, m.index ?? 0, m[0], 'quarter', n, yearDigits ? Number(yearDigits) : yearOfPeriod(context, 'quarter', n));
    if (yearDigits) result.addTag(TAG.absolute);
    return result;
  },
};

// "last quarter", "this half", "the current quarter", "the previous quarter", "next quarter".
const RELATIVE_PERIOD = /\b(?:(this|last|next)|the\s(current|previous|prior|preceding|latest|most\srecent|following|next|last))\s(quarter|half)\b/i;
const PERIOD_OFFSETS: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, prior: -1, preceding: -1, latest: -1, 'most recent': -1, next: 1, following: 1 };
// Told from the period the text was talking about, not from publication.
const SEQUENTIAL_WORDS = new Set(['previous', 'prior', 'preceding', 'following']);

const relativePeriod: Parser = {
  pattern: () => RELATIVE_PERIOD,
  extract(context, m) {
    const index = m.index ?? 0;
    const after = context.text.slice(index + m[0].length, index + m[0].length + 8);
    // "the last quarter of 2025" is a numbered quarter; "the last half-hour" no period.
    if (/^(?:\s+of\b|-)/i.test(after)) return null;
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const period = (m[3] ?? '').toLowerCase() as Period;
    const [year, n] = shiftPeriod(context, period, PERIOD_OFFSETS[word] ?? 0);
    const result = periodResult(context, index, m[0], period, n, year);
    if (SEQUENTIAL_WORDS.has(word)) result.addTag(TAG.sequential);
    return result;
  },
};

// "the year-earlier quarter", "the year-ago period", "the prior-year quarter", "the same
// quarter a year earlier", "the same period last year".
const YEAR_EARLIER =
  /\b(?:the\s)?(?:(?:year[-\s](?:earlier|ago)|prior[-\s]year|previous[-\s]year|last[-\s]year['’]s)\s(quarter|period|half)\b|same\s(quarter|period|half)\s(?:a\syear\s(?:earlier|ago|before)|(?:of\s)?last\syear|(?:of\s|in\s)?the\s(?:previous|prior|preceding)\syear)\b|same\s(quarter|period|half)\s(?:of|in)\s(\d{4})\b)/i;

const yearEarlier: Parser = {
  pattern: () => YEAR_EARLIER,
  extract(context, m) {
    const unit = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const { year, month } = referenceDay(context);
    const result = context.createParsingResult(m.index ?? 0, m[0], { year: m[4] ? Number(m[4]) : year - 1, month });
    if (unit === 'quarter') result.addTag(TAG.quarter);
    if (unit === 'half') result.addTag(TAG.half);
    // "the same period of 2024" names its year; the others are a year before the period.
    result.addTag(m[4] ? TAG.samePeriodIn : TAG.yearEarlier);
    result.addTag(TAG.sequential);
    return result;
  },
};

// "in the quarter", "for the half", "the quarter's profit": the period the text is about.
const THE_PERIOD = /\bthe\s(quarter|half)\b(?!-|['’](?!s\b)|\s+of\b|\s+(?:a|an|the|its|their|his|her)\b)/i;

const thePeriod: Parser = {
  pattern: () => THE_PERIOD,
  extract(context, m) {
    const period = (m[1] ?? '').toLowerCase() as Period;
    const [year, n] = shiftPeriod(context, period, 0);
    const result = periodResult(context, m.index ?? 0, m[0], period, n, year);
    result.addTag(TAG.thePeriod);
    result.addTag(TAG.sequential);
    return result;
  },
};

// ---------------------------------------------------------------------------------------
// Years and months told from another time

// "the prior year", "the previous year", "the following year".
const RELATIVE_YEAR = /\bthe\s(prior|previous|preceding|following)\syear\b(?![-'’])/i;

const relativeYear: Parser = {
  pattern: () => RELATIVE_YEAR,
  extract(context, m) {
    const offset = (m[1] ?? '').toLowerCase() === 'following' ? 1 : -1;
    const result = context.createParsingResult(m.index ?? 0, m[0], { year: referenceDay(context).year + offset });
    result.addTag(TAG.sequential);
    return result;
  },
};

// "the year" and "the month" of the reference, where the words around make them a time:
// "by the end of the year", "earlier in the month", "the first eight months of the year".
const THE_YEAR = /\bthe\s(year|month)\b(?![-'’])/i;
const THE_YEAR_BEFORE = /(?:\b(?:start|beginning|middle|end|close)\sof\s|\b(?:earlier|later|early|late)\sin\s|\b(?:months|weeks|days)\sof\s)$/i;

const theYear: Parser = {
  pattern: () => THE_YEAR,
  extract(context, m) {
    const index = m.index ?? 0;
    if (!THE_YEAR_BEFORE.test(context.text.slice(Math.max(0, index - 16), index))) return null;
    const { year, month } = referenceDay(context);
    return context.createParsingResult(index, m[0], (m[1] ?? '').toLowerCase() === 'year' ? { year } : { year, month });
  },
};

// "next June", "last March", "December last year", "March of next year".
const RELATIVE_MONTH = new RegExp(String.raw`\b(?:(next|last|this)\s${MONTH}|${MONTH}\s(?:of\s)?(last|this|next)\syear)\b`, 'i');

const relativeMonth: Parser = {
  pattern: () => RELATIVE_MONTH,
  extract(context, m) {
    const name = m[2] ?? m[3] ?? '';
    // "this may help" is no month.
    if (!/^\p{Lu}/u.test(name)) return null;
    const month = MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    const ref = referenceDay(context);
    let year = ref.year;
    const yearWord = m[4]?.toLowerCase();
    if (yearWord) year += yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0;
    // "next June" is the first June after this month; "last March" the latest before it.
    else if (m[1]?.toLowerCase() === 'next') year += month > ref.month ? 0 : 1;
    else if (m[1]?.toLowerCase() === 'last') year -= month < ref.month ? 0 : 1;
    return context.createParsingResult(m.index ?? 0, m[0], { year, month });
  },
};

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "a decade ago", "two decades earlier": chrono-node has no decades.
// "A decade after he joined" is told from a clause, not a time: no "after" or "before".
const DECADES = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:decades?)\s(ago|earlier|later)\b/i;

const decades: Parser = {
  pattern: () => DECADES,
  extract(context, m) {
    const count = COUNTS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const direction = /^later$/i.test(m[2] ?? '') ? 1 : -1;
    const result = context.createParsingResult(m.index ?? 0, m[0], { year: referenceDay(context).year + direction * 10 * count });
    if (!/^ago$/i.test(m[2] ?? '')) result.addTag(TAG.sequential);
    return result;
  },
};

// Holidays on a fixed day: "Christmas Day 2021", "this Christmas", "New Year's Eve".
const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};
const HOLIDAY = /\b(?:(this|last|next)\s)?(christmas(?:\s(?:day|eve))?|boxing\sday|new\syear['’]s\s(?:day|eve)|valentine['’]s\sday|halloween)(?:,?\s(\d{4}))?\b/i;

const holiday: Parser = {
  pattern: () => HOLIDAY,
  extract(context, m) {
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const [month, day] = HOLIDAYS[name] ?? [0, 0];
    // "Christmas trading" is a season; "Christmas Day", "this Christmas" and "Christmas 2021" are days.
    if (!month || (name === 'christmas' && !m[1] && !m[3])) return null;
    const known: Record<string, number> = { month, day };
    const direction = m[1]?.toLowerCase();
    const ref = referenceDay(context);
    if (m[3]) known.year = Number(m[3]);
    else if (direction === 'last' || direction === 'next') known.year = ref.year + (direction === 'last' ? -1 : 1);
    // "this Christmas" is the nearest one: last December's in January, this December's in November.
    else if (direction === 'this') known.year = ref.year + (month - ref.month > 6 ? -1 : ref.month - month > 6 ? 1 : 0);
    const result = context.createParsingResult(m.index ?? 0, m[0], known);
    if (m[3]) result.addTag(TAG.absolute);
    return result;
  },
};

// "July that year", "March of the following year": a month of the year the text is about.
const MONTH_OF_THAT_YEAR = new RegExp(String.raw`\b${MONTH}\s(?:of\s)?(that|the\ssame|the\sfollowing|the\snext|the\sprevious|the\sprior)\syear\b`, 'i');
const THAT_YEAR_OFFSETS: Record<string, number> = { that: 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1, 'the prior': -1 };

const monthOfThatYear: Parser = {
  pattern: () => MONTH_OF_THAT_YEAR,
  extract(context, m) {
    const name = m[1] ?? '';
    if (!/^\p{Lu}/u.test(name)) return null;
    const offset = THAT_YEAR_OFFSETS[(m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    const result = context.createParsingResult(m.index ?? 0, m[0], { year: referenceDay(context).year + offset, month: MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1 });
    result.addTag(TAG.sequential);
    return result;
  },
};

// "the same month a year ago", "the same day last year": that month or day, a year before.
const SAME_A_YEAR_BEFORE = /\bthe\ssame\s(month|day)\s(?:a\syear\s(?:ago|earlier|before)|(?:of\s)?last\syear|(?:of\s|in\s)?the\s(?:previous|prior)\syear)\b/i;

const sameAYearBefore: Parser = {
  pattern: () => SAME_A_YEAR_BEFORE,
  extract(context, m) {
    const { year, month, day } = referenceDay(context);
    const known: Record<string, number> = { year: year - 1, month };
    if ((m[1] ?? '').toLowerCase() === 'day') known.day = day;
    const result = context.createParsingResult(m.index ?? 0, m[0], known);
    result.addTag(TAG.sequential);
    result.addTag(TAG.sameUnitYearBefore);
    return result;
  },
};

// ---------------------------------------------------------------------------------------
// "recently" and "the same day"

const RECENTLY = /\brecently\b/i;

const recently: Parser = {
  pattern: () => RECENTLY,
  extract(context, m) {
    // "most recently as finance chief" says which role came last, not when.
    if (/\bmost\s+$/i.test(context.text.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) return null;
    const { year, month } = referenceDay(context);
    const result = context.createParsingResult(m.index ?? 0, m[0], { year, month });
    result.addTag(TAG.recent);
    return result;
  },
};

const SAME = /\b(on\s)?(?:the\ssame|that\ssame|that)\s(day|month|year)\b(?![-'’])/i;

const same: Parser = {
  pattern: () => SAME,
  extract(context, m) {
    const skip = m[1]?.length ?? 0;
    const result = context.createParsingResult((m.index ?? 0) + skip, m[0].slice(skip), referenceDay(context));
    result.addTag(sameTag((m[2] ?? '').toLowerCase() as SameUnit));
    result.addTag(TAG.sequential);
    return result;
  },
};

/**
 * The compiler's parsers, in priority order: when two read the same words, chrono-node keeps
 * the first (so "last quarter" is a quarter here, not chrono-node's three months ago).
 */
export const NEWS_PARSERS: readonly Parser[] = [
  monthSpan,
  quarterEnding,
  periodWords,
  relativePeriod,
  yearEarlier,
  periodCode,
  periodCodeFirst,
  fiscalYear,
  thePeriod,
  relativeYear,
  relativeMonth,
  monthOfThatYear,
  sameAYearBefore,
  decades,
  holiday,
  theYear,
  recently,
  same,
  bareYear,
];

/** Returns the early/mid/late tag for a modifier word ("beginning" → early, "end" → late). */
export function modifierTagOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'early' || w === 'start' || w === 'beginning') return modifierTag('early');
  if (w === 'mid' || w === 'middle') return modifierTag('mid');
  return modifierTag('late');
}
