/**
 * Time expressions: when things happened, resolved to a year, half, quarter, month, day or
 * minute, with what a relative expression was resolved against.
 *
 * Every expression is read by one chrono-node instance (newsChrono.ts): chrono-node's own
 * parsers for written dates and relative spans ("May 2025", "A year later", "yesterday"), and
 * the compiler's parsers and refiners for bare years, quarters, halves, early/mid/late,
 * past weekdays, "recently" and "the same day". This module runs it over each sentence in
 * windows, dates the publication from the dateline, and resolves each result against the
 * publication or, for sequential spans, against the expression before it.
 */
import type { ParsedResult } from 'chrono-node';
import type { TimeFact } from '../schema/bundle';
import { type Diagnostic, warningAt } from './diagnostics';
import { newsChrono } from './newsChrono';
import { modifierOf, type NewsParsingOption, sameUnitOf, TAG, type Tense, tenseOf } from './timeTags';
import type { ParsedArticle, ParsedSentence } from './types';

type Precision = TimeFact['precision'];

export interface TimeExtraction {
  times: TimeFact[];
  /** ISO local date-time of publication, or null */
  published: string | null;
  publishedYearSource: 'story' | 'text' | null;
  publishedYearSentence: string | null;
  /** id of the time fact the dateline gives, or null */
  publishedTime: string | null;
  diagnostics: Diagnostic[];
}

export interface TimeOptions {
  /** the year given by the story file (`published_year`), which wins over the text */
  publishedYear?: number | null;
  /** path used in diagnostics */
  articlePath?: string;
}

interface Candidate {
  result: ParsedResult;
  start: number;
  end: number;
  sentence: ParsedSentence;
}

/** A resolved time split into its parts; absent parts are null. */
interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const NEUTRAL_REF = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const CHRONO_STEP = 160;
const CHRONO_OVERLAP = 60;
const CHRONO_LEAD = 100;
const NOT_A_DATE_RUN = /[\d\s.,:;/\-–—]{25,}/g;
// Every expression read has a year, a clock time, a numeric or ordinal date, a period code
// or one of these words; most sentences have none ("over 10 billion downloads"), and
// chrono-node is not called for them.
const DATE_HINT =
  /\b(?:1[89]\d\d|20\d\d|2100)\b|\d\s?[:.]\s?\d\d\b|\d\s?[ap]\.?m\b|\b\d{1,2}(?:st|nd|rd|th)\b|\d[-/]\d|\b[QH][1-4]|\b[1-4][QH]|\bFY|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|ago|later|earlier|before|after|day|days|week|weeks|weekend|fortnight|month|months|year|years|decade|decades|century|morning|afternoon|evening|night|noon|midnight|now|spring|summer|autumn|fall|winter|quarter|half|recently|christmas|xmas|eve|halloween|valentine['’]s|fiscal|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\b/i;
// "from a year ago", "a year earlier": one year back, which a quarter in the sentence keeps a quarter.
const A_YEAR_BACK = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i;
const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
// What comes before a comparison a year back: "rose 5% from a year ago", "than a year earlier",
// "compared with $1.50 a year earlier", "54 cents a year earlier", "from ₹5,080 crore a year
// earlier", "12 per cent a year ago": a figure and up to two words of its unit.
const COMPARISON_BEFORE = /(?:\b(?:from|than|with|versus|vs\.?|over|against)|[\d%](?:\s+[A-Za-z]+){0,2})\s+$/i;
// A year a span starts or ends at ("since 2023", "by 2030") is not what a sentence is about.
const SPAN_EDGE_BEFORE = /\b(?:since|by|until|till|through|to|from|before|after)\s+$/i;
// "a year earlier", "two years later": an offset keeps the precision of what it is told from; "the year before" is a year.
const YEARS_SHIFT = /(?<!\bthe\s)\byears?\s+(?:ago|earlier|later|before|after)$/i;
/** How fine each precision is, coarsest first. */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, half: 1, quarter: 2, month: 3, day: 4, minute: 5 };

/** Returns the time facts of the article in text order, and its publication date. */
export function extractTimes(article: ParsedArticle, options: TimeOptions = {}): TimeExtraction {
  const diagnostics: Diagnostic[] = [];
  const candidates: Candidate[] = [];
  const dl = article.dateline;
  for (const sentence of article.sentences) {
    if (sentence.kind !== 'body') continue;
    // A wire dateline opens the first paragraph: its date is the publication, not an event.
    for (const c of findCandidates(article.text, sentence)) if (!dl || c.start >= dl.end || c.end <= dl.start) candidates.push(c);
  }

  const publication = resolvePublication(article, candidates, options, diagnostics);
  const times: TimeFact[] = [];
  let publishedTime: string | null = null;
  const nextId = () => `t${times.length + 1}`;

  if (dl && publication.published) {
    publishedTime = nextId();
    times.push({
      id: publishedTime,
      text: article.text.slice(dl.dateStart, dl.dateEnd),
      start: dl.dateStart,
      end: dl.dateEnd,
      sentence: dl.sentence,
      resolved: publication.published,
      precision: publication.published.includes('T') ? 'minute' : 'day',
      modifier: null,
      relative: false,
      anchor: null,
    });
  }

  let context: TimeFact | null = null;
  const told: Told = { inArticle: new Map(), sentence: null, inSentence: new Map() };
  // A comparison told from a period its sentence names after it ("rose 8% from a year earlier
  // in the third quarter") is resolved before that period, and takes its id once it has one.
  const ids: string[] = [];
  candidates.forEach((c, i) => {
    const later: Later = (precisions) => laterPeriod(article.text, candidates, i, precisions, publication.published);
    const fact = resolveCandidate(article.text, c, context, told, publication.published, nextId(), later);
    // "The same day" after an expression that could not be dated cannot be dated either.
    context = fact;
    if (!fact) return;
    times.push(fact);
    ids[i] = fact.id;
    tell(told, fact);
  });
  for (const t of times) if (t.anchor?.startsWith(LATER)) t.anchor = ids[Number(t.anchor.slice(LATER.length))] ?? 'published';
  return { times, ...publication, publishedTime, diagnostics };
}

function resolvePublication(
  article: ParsedArticle,
  candidates: Candidate[],
  options: TimeOptions,
  diagnostics: Diagnostic[],
): Omit<TimeExtraction, 'times' | 'publishedTime' | 'diagnostics'> {
  const none = { published: null, publishedYearSource: null, publishedYearSentence: null } as const;
  const dateline = article.dateline;
  const path = options.articlePath ?? 'article';
  if (!dateline?.date) return none;
  const { date } = dateline;
  let year: number | null = null;
  let source: 'story' | 'text' | null = null;
  let sentence: string | null = null;
  if (options.publishedYear != null) {
    year = options.publishedYear;
    source = 'story';
  } else if (date.year !== null) {
    year = date.year;
    source = 'text';
    sentence = dateline.sentence;
  } else {
    const inferred = inferYear(article.text, date.month, date.day, candidates);
    if (inferred) {
      year = inferred.year;
      source = 'text';
      sentence = inferred.sentence;
    }
  }
  if (year === null) {
    diagnostics.push(warningAt(path, 'the dateline has no year and the text names none: set published_year in the story file'));
    return none;
  }
  let published = `${pad(year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  if (date.hour !== null) published += `T${pad(date.hour, 2)}:${pad(date.minute ?? 0, 2)}`;
  return { published, publishedYearSource: source, publishedYearSentence: sentence };
}

const ATTRIBUTIVE_YEAR = /^(?:19|20)\d\d$/;
// What comes before the year of a comparison's base: "from 22 trillion won in", "from $4 billion in", "compared with 3% in".
const COMPARED_FROM_BEFORE = /\b(?:from|compared\s+with|versus|against)\s+[^,;.]{0,40}\d[^,;.]{0,30}\s+in\s+$/i;

/**
 * Returns the year of a dateline that prints none, from the text: after the latest year it
 * names as past or present, and not after the first it looks ahead to ("will open in
 * 2027", "by 2030"). Within those bounds, the weekday the story first says something
 * happened picks it ("SINGAPORE, Nov 17 (Reuters) - Meridian said on Monday"): the
 * dateline's day falls on that weekday, or the day after. Stories often name last year's
 * figures and no year of their own.
 */
function inferYear(text: string, month: number, day: number, candidates: readonly Candidate[]): { year: number; sentence: string } | null {
  let past: { year: number; sentence: string } | null = null;
  let planned: { year: number; sentence: string } | null = null;
  for (const c of candidates) {
    const tags = c.result.tags();
    const y = c.result.start.get('year');
    // A fiscal year ("FY26" reported in October 2025) may end after the story: it tells nothing of when.
    if (y === null || !tags.has(TAG.absolute) || tags.has(TAG.fiscalYear)) continue;
    // "our 2026 capacity", "its 2030 target": a year that names a thing tells nothing of when.
    if (ATTRIBUTIVE_YEAR.test(c.result.text) && /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3)) && !/\b(?:in|since|of|by|until|from|during)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    // "raise spending to 30 trillion won, from 22 trillion won in 2024": the base of a comparison is behind.
    const comparedFrom = COMPARED_FROM_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start));
    if (tags.has(TAG.plannedYear) && !comparedFrom) {
      if (planned === null || y < planned.year) planned = { year: y, sentence: c.sentence.id };
    } else if (past === null || y > past.year) past = { year: y, sentence: c.sentence.id };
  }
  const base = past ?? planned;
  if (!base) return null;
  const said = candidates.find(({ result: r }) => r.start.isCertain('weekday') && !r.start.isCertain('day') && tenseOf(r) !== 'ahead' && !/\b(?:last|next|this|past)\b/i.test(r.text));
  const weekday = said?.result.start.get('weekday');
  if (weekday == null) return base;
  const last = past ? Math.max(past.year + 2, Math.min(planned?.year ?? 0, past.year + 3)) : base.year;
  const years: number[] = [];
  for (let y = past ? past.year : base.year - 1; y <= last; y++) years.push(y);
  years.push(past ? past.year - 1 : base.year - 2);
  const weekdayOf = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay();
  const year = years.find((y) => weekdayOf(y) === weekday || weekdayOf(y) === (weekday + 1) % 7);
  return year === undefined ? base : { year, sentence: said?.sentence.id ?? base.sentence };
}

/** Returns the time expressions of one sentence in text order. */
function findCandidates(text: string, sentence: ParsedSentence): Candidate[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!DATE_HINT.test(s)) return [];
  const found: Candidate[] = [];
  for (const { r, index } of parseInWindows(s)) {
    const trimmed = r.text.replace(/[\s,.;:]+$/, '');
    const start = sentence.start + index;
    found.push({ result: r, start, end: start + trimmed.length, sentence });
  }
  return found;
}

/**
 * Returns chrono-node's results for a sentence, parsed in overlapping windows. chrono-node
 * slows down more than linearly on dense date-like text ("May 1, May 1, …": 1,500
 * characters take a quarter of a second), so it never sees more than a window at a time; a
 * result is kept from the window whose core it starts in, the overlap after the core is
 * longer than any date expression, and the refiners read the clause around a result in the
 * whole sentence, which goes with the parsing options.
 */
function parseInWindows(text: string): Array<{ r: ParsedResult; index: number }> {
  // Long runs of digits and punctuation ("1-1-1-…") are no date but slow chrono-node down;
  // blanking them keeps every offset.
  const s = text.replace(NOT_A_DATE_RUN, (run) => ' '.repeat(run.length));
  const out: Array<{ r: ParsedResult; index: number }> = [];
  let acceptedEnd = 0;
  for (let from = 0; from < s.length; from += CHRONO_STEP) {
    const to = Math.min(s.length, from + CHRONO_STEP + CHRONO_OVERLAP);
    // Each window starts a little before its core, so that a result is read with the words just
    // before it ("late last year"), and keeps only what starts in the core.
    const lead = Math.max(0, from - CHRONO_LEAD);
    const option: NewsParsingOption = { sentence: { text: s, offset: lead } };
    for (const r of newsChrono.parse(s.slice(lead, to), NEUTRAL_REF, option)) {
      const index = lead + r.index;
      if (index < from) continue;
      if (index >= from + CHRONO_STEP && to < s.length) continue;
      if (index < acceptedEnd) continue;
      out.push({ r, index });
      acceptedEnd = index + r.text.length;
    }
    if (to === s.length) break;
  }
  return out;
}

/** Looks ahead in a candidate's sentence for a period of one of the precisions it is given. */
type Later = (precisions: readonly Precision[]) => TimeFact | null;

/** The id a time told from a later one holds until that one is given its own. */
const LATER = 'later:';
const LATER_LOOKAHEAD = 3;
const LATER_REACH = 100;
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|although|though|which|who)\s/;

/** Returns the first time of one of `precisions` that the sentence of candidate `i` names after it, for a comparison told from it. */
function laterPeriod(text: string, candidates: readonly Candidate[], i: number, precisions: readonly Precision[], published: string | null): TimeFact | null {
  const from = candidates[i];
  // The next few times in the same clause, so that a sentence of many comparisons is still
  // read in linear time: "up from 54 cents a year earlier, and … announced in February" is
  // not about February.
  for (let j = i + 1; j <= i + LATER_LOOKAHEAD && j < candidates.length; j++) {
    const c = candidates[j];
    if (!from || !c || c.sentence !== from.sentence || c.start - from.end > LATER_REACH || CLAUSE_BREAK.test(text.slice(from.end, c.start))) break;
    if (c.result.tags().has(TAG.sequential)) continue;
    const fact = resolveCandidate(text, c, null, EMPTY_TOLD, published, `${LATER}${j}`, () => null);
    if (fact && named(fact) && precisions.includes(fact.precision)) return fact;
  }
  return null;
}

function resolveCandidate(
  text: string,
  c: Candidate,
  context: TimeFact | null,
  told: Told,
  published: string | null,
  id: string,
  later: Later,
): TimeFact | null {
  const base = { id, text: text.slice(c.start, c.end), start: c.start, end: c.end, sentence: c.sentence.id };
  const r = c.result;
  const tags = r.tags();
  if (tags.has(TAG.recent)) {
    if (!published) return null;
    return { ...base, resolved: published.slice(0, 7), precision: 'month', modifier: 'recent', relative: true, anchor: 'published' };
  }
  const sameUnit = sameUnitOf(r);
  if (sameUnit) {
    if (!context) return null;
    const precision = minPrecision(sameUnit, context.precision);
    return { ...base, resolved: format(partsOf(context.resolved), precision), precision, modifier: context.modifier, relative: true, anchor: context.id };
  }
  if (tags.has(TAG.absolute)) {
    const precision = precisionOf(r);
    return { ...base, resolved: format(partsOfResult(r), precision), precision, modifier: modifierOf(r), relative: false, anchor: null };
  }
  const period: Precision | null = tags.has(TAG.quarter) ? 'quarter' : tags.has(TAG.half) ? 'half' : null;
  const yearBefore = tags.has(TAG.yearEarlier) || tags.has(TAG.samePeriodIn);
  const anchorFact = chooseAnchor(text, c, period, context, told, later, published);
  const anchor = anchorFact ? anchorFact.id : 'published';
  const modifier = modifierOf(r);
  if (yearBefore) {
    const y = r.start.get('year') ?? 0;
    if (anchorFact) {
      const parts = partsOf(anchorFact.resolved);
      const year = tags.has(TAG.samePeriodIn) ? y : parts.year - 1;
      return { ...base, resolved: format({ ...parts, year }, anchorFact.precision), precision: anchorFact.precision, modifier, relative: true, anchor };
    }
    if (tags.has(TAG.samePeriodIn)) return { ...base, resolved: pad(y, 4), precision: 'year', modifier, relative: false, anchor: null };
    if (!published) return null;
    // With no quarter or half before it, "the year-earlier quarter" is told from the last one
    // that ended before publication (the one a report is about); "the same period last
    // year" is the year before publication.
    const from = period ? { resolved: previousPeriod(published, period === 'half' ? 'half' : 'quarter'), precision: period } : { resolved: published, precision: 'year' as const };
    const parts = partsOf(from.resolved);
    return { ...base, resolved: format({ ...parts, year: parts.year - 1 }, from.precision), precision: from.precision, modifier, relative: true, anchor };
  }
  // "The quarter" with no quarter named before it is no time the text gives.
  if (tags.has(TAG.thePeriod) && !anchorFact) return null;
  // "on Thursday, a day after Lattice Peak said …" dates Lattice Peak's news: a day before
  // Thursday. With no time before it in its sentence, such a span dates nothing.
  if (tags.has(TAG.spanToEvent)) {
    if (!context || context.sentence !== c.sentence.id) return null;
    const again = reparse(base.text.replace(/(after|before)$/i, (w) => (w.toLowerCase() === 'after' ? 'before' : 'after')), context.resolved, null);
    if (!again) return null;
    const precision = minPrecision(precisionOf(again), context.precision);
    return { ...base, resolved: format(partsOfResult(again), precision), precision, modifier: null, relative: true, anchor: context.id };
  }
  if (!published && !anchorFact) return null;
  const anchorTime = anchorFact?.resolved ?? published ?? '';
  // Some phrases are times only in their words around ("the first nine months of the year"): told again with them.
  const again = reparse(base.text, anchorTime, tenseOf(r)) ?? reparse(base.text, anchorTime, tenseOf(r), text.slice(Math.max(c.sentence.start, c.start - 24), c.start));
  if (!again) return null;
  const anchorPrecision = anchorFact ? anchorFact.precision : precisionOfResolved(anchorTime);
  // A relative span is no more precise than what it is told from, unless it names its month ("July that year").
  let precision = MONTH_NAME.test(base.text) ? precisionOf(again) : minPrecision(precisionOf(again), anchorPrecision);
  // "a year earlier" than a quarter or a month is that quarter or month a year before; "the
  // prior year" is a year.
  if (anchorFact && precision === 'year' && YEARS_SHIFT.test(base.text) && ['quarter', 'half', 'month'].includes(anchorPrecision)) precision = anchorPrecision;
  return { ...base, resolved: format(partsOfResult(again), precision), precision, modifier: modifierOf(again) ?? modifier, relative: true, anchor };
}

const PERIODS: readonly Precision[] = ['quarter', 'half'];
const EMPTY_TOLD: Told = { inArticle: new Map(), sentence: null, inSentence: new Map() };

/**
 * What the text has told so far: the first time of each precision it names, in the article
 * (its first quarter or half is the period it is about) and in the sentence being read.
 */
interface Told {
  inArticle: Map<Precision, TimeFact>;
  sentence: string | null;
  inSentence: Map<Precision, TimeFact>;
}

/** Adds a resolved time to what the text has told. */
function tell(told: Told, fact: TimeFact): void {
  if (told.sentence !== fact.sentence) {
    told.sentence = fact.sentence;
    told.inSentence = new Map();
  }
  if (!named(fact)) return;
  if (!told.inArticle.has(fact.precision)) told.inArticle.set(fact.precision, fact);
  if (!told.inSentence.has(fact.precision)) told.inSentence.set(fact.precision, fact);
}

/** Returns true for a time the text names, not one told from another ("a year earlier" is no period the text is about). */
const named = (t: TimeFact) => t.anchor === null || t.anchor === 'published';

/**
 * Returns the time a relative expression is told from, or null for publication. A sequential
 * span follows the expression before it. One about a quarter or half ("the quarter", "the
 * year-earlier quarter") follows the period the text is about: the first one its sentence
 * names, else one it names later ("from the year-earlier quarter in the third quarter"), else
 * the first the article names. A comparison a year back ("up from 54 cents a year earlier",
 * "rose 5% from a year ago") is about what its sentence is about: the first quarter, half or
 * month it names, else the year it names ("profit fell in 2024 from a year earlier"), else a
 * period it names later, else the article's. Inside a sentence, "a year ago" that compares
 * nothing ("went public a year ago") keeps only a period its sentence names.
 */
function chooseAnchor(text: string, c: Candidate, period: Precision | null, context: TimeFact | null, told: Told, later: Later, published: string | null = null): TimeFact | null {
  const tags = c.result.tags();
  const sentence = told.sentence === c.sentence.id ? told.inSentence : new Map<Precision, TimeFact>();
  const earliest = (firsts: Map<Precision, TimeFact>, precisions: readonly Precision[]) =>
    precisions.map((p) => firsts.get(p)).reduce<TimeFact | null>((a, b) => (b && (!a || b.start < a.start) ? b : a), null);
  const sequential = tags.has(TAG.sequential) ? context : null;
  if (period) return tags.has(TAG.sequential) ? (earliest(sentence, [period]) ?? earliest(told.inArticle, [period])) : null;
  if (tags.has(TAG.yearEarlier) || tags.has(TAG.samePeriodIn)) return earliest(sentence, PERIODS) ?? later(PERIODS) ?? earliest(told.inArticle, PERIODS);
  // "rose in February from January, … from the same month a year ago": February.
  if (tags.has(TAG.sameUnitYearBefore)) {
    const unit: Precision = c.result.start.isCertain('day') ? 'day' : 'month';
    return sentence.get(unit) ?? context;
  }
  const phrase = text.slice(c.start, c.end);
  if (!A_YEAR_BACK.test(phrase)) return sequential;
  const inSentence = earliest(sentence, [...PERIODS, 'month']);
  // "A year ago, the bank earned …" opens a sentence about the period the article is about.
  const opens = /^[\s"“‘'(]*$/.test(text.slice(c.sentence.start, c.start));
  if (!COMPARISON_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return inSentence ?? (opens ? earliest(told.inArticle, PERIODS) : null) ?? sequential;
  const year = sentence.get('year');
  const yearAbout = year && !SPAN_EDGE_BEFORE.test(text.slice(Math.max(0, year.start - 10), year.start)) ? year : null;
  // The period the article is about has been reported: a forecast for a quarter ahead ("$130,000 by the end of the first quarter") is not it.
  const aboutPeriod = earliest(told.inArticle, PERIODS);
  const reported = aboutPeriod && !(published && startsAfter(aboutPeriod.resolved, published)) ? aboutPeriod : null;
  return inSentence ?? yearAbout ?? later([...PERIODS, 'month']) ?? reported ?? sequential;
}

/** Returns true when a resolved time starts after another ("2026-Q1" after "2025-11-12"). */
function startsAfter(resolved: string, other: string): boolean {
  const a = partsOf(resolved);
  const b = partsOf(other);
  return a.year !== b.year ? a.year > b.year : a.month > b.month;
}

/** Returns the quarter or half before the one a resolved time falls in. */
function previousPeriod(resolved: string, period: 'quarter' | 'half'): string {
  const p = partsOf(resolved);
  const months = p.year * 12 + p.month - 1 - (period === 'quarter' ? 3 : 6);
  return format({ ...p, year: Math.floor(months / 12), month: (months % 12) + 1 }, period);
}

/** Returns the first result chrono-node reads in `phrase` told from a resolved time, in the tense its sentence gave. */
function reparse(phrase: string, anchor: string, tense: Tense, lead = ''): ParsedResult | null {
  const option: NewsParsingOption = { tense };
  const results = newsChrono.parse(lead + phrase, { instant: dateOf(anchor), timezone: 0 }, option);
  // With words before it, only a result that is the phrase itself counts.
  const r = lead ? results.find((x) => x.index === lead.length && x.text === phrase) : results[0];
  const year = r?.start.get('year');
  if (!r || year == null || year < 1 || year > 9999) return null;
  return r;
}

/** Returns how precisely a result dates its time, no more than its text says. */
function precisionOf(r: ParsedResult): Precision {
  const tags = r.tags();
  if (tags.has(TAG.quarter)) return 'quarter';
  if (tags.has(TAG.half)) return 'half';
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('weekday')) return c.isCertain('hour') ? 'minute' : 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

function partsOfResult(r: ParsedResult): Parts {
  const c = r.start;
  return { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1, hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
}

/** Returns the parts of a resolved time ("2025-Q3" starts in July). */
function partsOf(resolved: string): Parts {
  const [date = '', time = ''] = resolved.split('T');
  const [y = '0', second, d] = date.split('-');
  let month = 1;
  if (second?.startsWith('Q')) month = (Number(second.slice(1)) - 1) * 3 + 1;
  else if (second?.startsWith('H')) month = (Number(second.slice(1)) - 1) * 6 + 1;
  else if (second) month = Number(second);
  const [hh = 0, mm = 0] = time.split(':').map((x) => Number(x) || 0);
  return { year: Number(y), month, day: d ? Number(d) : 1, hour: hh, minute: mm };
}

/** Returns the resolved string of a time at a precision: `2025`, `2025-H2`, `2025-Q3`, `2025-07`, `2025-07-01`, `2025-07-01T09:30`. */
function format(p: Parts, precision: Precision): string {
  const year = pad(p.year, 4);
  switch (precision) {
    case 'year':
      return year;
    case 'half':
      return `${year}-H${Math.ceil(p.month / 6)}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(p.month / 3)}`;
    case 'month':
      return `${year}-${pad(p.month, 2)}`;
    case 'day':
      return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
    case 'minute':
      return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}`;
  }
}

/** Returns a UTC instant inside a resolved time: the middle of its year, half, quarter or month when that is all it says. */
function dateOf(resolved: string): Date {
  const p = partsOf(resolved);
  switch (precisionOfResolved(resolved)) {
    case 'year':
      return new Date(Date.UTC(p.year, 6, 1, 12));
    case 'half':
      return new Date(Date.UTC(p.year, p.month + 2, 1, 12));
    case 'quarter':
      return new Date(Date.UTC(p.year, p.month, 15, 12));
    case 'month':
      return new Date(Date.UTC(p.year, p.month - 1, 15, 12));
    case 'day':
      return new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
    case 'minute':
      return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
  }
}

function precisionOfResolved(resolved: string): Precision {
  if (resolved.includes('T')) return 'minute';
  const second = resolved.split('-')[1];
  if (second?.startsWith('Q')) return 'quarter';
  if (second?.startsWith('H')) return 'half';
  return (['year', 'month', 'day'] as const)[resolved.split('-').length - 1] ?? 'year';
}

function minPrecision(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
