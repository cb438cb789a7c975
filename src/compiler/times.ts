/**
 * Time expressions: when things happened, resolved to a year, month, day or minute, with
 * what a relative expression was resolved against.
 *
 * chrono-node reads dates ("May 2025", "March 5, 2026") and relative spans ("A year later",
 * "two years ago", "yesterday"). By hand, because chrono-node does not: bare years ("in
 * 2022", "the year 2022", which it misreads as "in the year"), "early 2026" / "mid-2024",
 * "recently" (the publication month), "on the same day" (the previous expression) and
 * datelines without a year ("03-05 20:01", whose year comes from the story file or the
 * latest year the text mentions).
 */
import * as chrono from 'chrono-node';
import type { TimeFact } from '../schema/bundle';
import { type Diagnostic, warningAt } from './diagnostics';
import { hasTag } from './lexicon';
import type { ParsedArticle, ParsedSentence } from './types';

type Precision = TimeFact['precision'];
type Modifier = TimeFact['modifier'];

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

type CandidateKind = 'year' | 'chrono' | 'recent' | 'same';

interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  sentence: ParsedSentence;
  modifier: Modifier;
  /** the year written in the text, for years and absolute chrono dates */
  year: number | null;
  /** for chrono: true when resolved against the previous expression rather than publication */
  sequential: boolean;
  /** for chrono: true when the text itself gives the year */
  absolute: boolean;
  /** for "the same day/month/year" */
  unit: Precision;
  /** whether the year looks ahead ("by 2030"), so it cannot tell the publication year */
  ahead: boolean;
}

interface Resolved {
  resolved: string;
  precision: Precision;
}

const NEUTRAL_REF = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const CHRONO_STEP = 160;
const CHRONO_OVERLAP = 60;
const NOT_A_DATE_RUN = /[\d\s.,:;/\-–—]{25,}/g;
// Every expression chrono-node reads has a digit or one of these words; most sentences have
// none, and chrono-node is not called for them.
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|ago|later|earlier|before|after|day|days|week|weeks|weekend|fortnight|month|months|year|years|decade|decades|century|morning|afternoon|evening|night|noon|midnight|now|spring|summer|autumn|fall|winter|quarter|christmas|xmas|eve|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\b/i;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };
const SEQUENTIAL = /\b(?:later|earlier|after|afterwards|before|prior|following|next day|next morning)\b/i;
const DROPPED_CHRONO = /^(?:now|right now|at present|present|tonight|this (?:morning|afternoon|evening)|this week)$/i;
// Spans of time, not points in it: "the next two years", "the past year", "over the coming months".
const DURATION = /\b(?:past|coming|previous|next\s+(?:\w+\s+)?(?:days|weeks|months|years|decades))\b/i;
const MODIFIER_BEFORE = /(?:\b(early|mid|late)[-\s]|\bthe\s(start|beginning|middle|end)\sof\s)$/i;
const AHEAD_BEFORE = /\b(?:by|until|till|through|before)\s$/i;
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|by|until|till|from|during|of|to|through|before|after|around|early|mid|late|year|spring|summer|autumn|fall|winter)[-\s]$/i;
const QUANTITY_BEFORE = /\b(?:over|about|around|nearly|almost|some|than|to|up|least)\s$/i;
const SAME = /\b(?:on )?(?:the same|that same|that) (day|month|year)\b/gi;
const RECENTLY = /\brecently\b/gi;

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

  const dateline = article.dateline;
  if (dateline && publication.published) {
    publishedTime = nextId();
    times.push({
      id: publishedTime,
      text: article.text.slice(dateline.dateStart, dateline.dateEnd),
      start: dateline.dateStart,
      end: dateline.dateEnd,
      sentence: dateline.sentence,
      resolved: publication.published,
      precision: publication.published.includes('T') ? 'minute' : 'day',
      modifier: null,
      relative: false,
      anchor: null,
    });
  }

  let context: TimeFact | null = null;
  for (const c of candidates) {
    const fact = resolveCandidate(article.text, c, context, publication.published, nextId());
    // "The same day" after an expression that could not be dated cannot be dated either.
    context = fact;
    if (fact) times.push(fact);
  }
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
    // The latest year the article mentions, leaving out years it looks ahead to ("by 2030").
    let best: Candidate | null = null;
    for (const c of candidates) if (c.year !== null && c.absolute && !c.ahead && (best === null || c.year > (best.year ?? 0))) best = c;
    if (best) {
      year = best.year;
      source = 'text';
      sentence = best.sentence.id;
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

/** Returns the time candidates of one sentence in text order. */
function findCandidates(text: string, sentence: ParsedSentence): Candidate[] {
  const s = text.slice(sentence.start, sentence.end);
  const base = { sentence, modifier: null, year: null, sequential: false, absolute: false, unit: 'day' as Precision, ahead: false };
  const found: Candidate[] = [];
  const taken = (start: number, end: number) => found.some((o) => o.start < end && start < o.end);
  // chrono-node first: "May 2025" is one expression, not a month and a bare year.
  for (const { r, index } of DATE_HINT.test(s) ? parseInWindows(s) : []) {
    const trimmed = r.text.replace(/[\s,.;:]+$/, '');
    const start = sentence.start + index;
    const end = start + trimmed.length;
    if (!keepChrono(r, trimmed, s.slice(index + r.text.length))) continue;
    const absolute = /\d{4}/.test(trimmed) && r.start.isCertain('year');
    found.push({
      ...base,
      kind: 'chrono',
      start,
      end,
      year: absolute ? (r.start.get('year') ?? null) : null,
      absolute,
      sequential: SEQUENTIAL.test(trimmed),
    });
  }
  for (const m of s.matchAll(/\d+/g)) {
    const year = yearAt(s, m.index, m[0]);
    if (year === null) continue;
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    const mod = MODIFIER_BEFORE.exec(before);
    const start = sentence.start + (mod ? m.index - mod[0].length : m.index);
    const end = sentence.start + m.index + 4;
    if (taken(start, end)) continue;
    found.push({
      ...base,
      kind: 'year',
      start,
      end,
      modifier: mod ? modifierOf(mod[1] ?? mod[2] ?? '') : null,
      year,
      absolute: true,
      ahead: AHEAD_BEFORE.test(before),
    });
  }
  for (const m of s.matchAll(RECENTLY)) {
    const start = sentence.start + m.index;
    if (!taken(start, start + m[0].length)) found.push({ ...base, kind: 'recent', start, end: start + m[0].length });
  }
  for (const m of s.matchAll(SAME)) {
    const start = sentence.start + m.index + (m[0].toLowerCase().startsWith('on ') ? 3 : 0);
    const end = sentence.start + m.index + m[0].length;
    if (!taken(start, end)) found.push({ ...base, kind: 'same', start, end, unit: (m[1]?.toLowerCase() ?? 'day') as Precision });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Returns chrono-node's results for a sentence, parsed in overlapping windows. chrono-node
 * slows down more than linearly on dense date-like text ("May 1, May 1, …": 1,500
 * characters take a quarter of a second), so it never sees more than a window at a time; a
 * result is kept from the window whose core it starts in, and the overlap is longer than
 * any date expression.
 */
function parseInWindows(text: string): Array<{ r: chrono.ParsedResult; index: number }> {
  // Long runs of digits and punctuation ("1-1-1-…") are no date but slow chrono-node down;
  // blanking them keeps every offset.
  const s = text.replace(NOT_A_DATE_RUN, (run) => ' '.repeat(run.length));
  const out: Array<{ r: chrono.ParsedResult; index: number }> = [];
  let acceptedEnd = 0;
  for (let from = 0; from < s.length; from += CHRONO_STEP) {
    const to = Math.min(s.length, from + CHRONO_STEP + CHRONO_OVERLAP);
    for (const r of chrono.parse(s.slice(from, to), NEUTRAL_REF)) {
      const index = from + r.index;
      if (index >= from + CHRONO_STEP && to < s.length) continue;
      if (index < acceptedEnd) continue;
      out.push({ r, index });
      acceptedEnd = index + r.text.length;
    }
    if (to === s.length) break;
  }
  return out;
}

/** Returns the year a 4-digit number at `index` stands for, or null when it is a count or part of a token. */
function yearAt(s: string, index: number, digits: string): number | null {
  if (digits.length !== 4) return null;
  const year = Number(digits);
  if (year < 1800 || year > 2100) return null;
  const prev = s[index - 1] ?? '';
  const next = s[index + 4] ?? '';
  if (/[\p{L}_$€£¥]/u.test(prev)) return null;
  if (/[.,]/.test(prev) && /\d/.test(s[index - 2] ?? '')) return null;
  if (/\p{L}/u.test(next) && next !== '年' && !/^'s\b/.test(s.slice(index + 4))) return null;
  if (/[.,:]/.test(next) && /\d/.test(s[index + 5] ?? '')) return null;
  const before = s.slice(Math.max(0, index - 12), index);
  if (QUANTITY_BEFORE.test(before) && !TIME_PREPOSITION_BEFORE.test(before)) return null;
  // "2000 employees" counts; "in 2019 models" is rare enough to lose.
  const nextWord = /^\s+([\p{L}-]+)/u.exec(s.slice(index + 4))?.[1];
  if (nextWord && !TIME_PREPOSITION_BEFORE.test(before) && (hasTag(nextWord, 'Plural') || hasTag(nextWord, 'Unit') || hasTag(nextWord, 'Currency'))) return null;
  return year;
}

function keepChrono(r: chrono.ParsedResult, trimmed: string, after: string): boolean {
  if (DROPPED_CHRONO.test(trimmed) || DURATION.test(trimmed)) return false;
  // "in the year 2022": chrono-node reads "in the year" as this year and leaves the digits.
  if (/^\s*\d/.test(after)) return false;
  const c = r.start;
  const hasDate = c.isCertain('year') || c.isCertain('month') || c.isCertain('day');
  if (!hasDate) return false; // weekday-only ("Tuesday") or time-only ("at 5")
  if (c.isCertain('second') && !c.isCertain('day')) return false;
  if (c.isCertain('hour') && !c.isCertain('day')) return false;
  return true;
}

function resolveCandidate(text: string, c: Candidate, context: TimeFact | null, published: string | null, id: string): TimeFact | null {
  const base = { id, text: text.slice(c.start, c.end), start: c.start, end: c.end, sentence: c.sentence.id };
  switch (c.kind) {
    case 'year':
      return { ...base, resolved: pad(c.year ?? 0, 4), precision: 'year', modifier: c.modifier, relative: false, anchor: null };
    case 'recent':
      if (!published) return null;
      return { ...base, resolved: published.slice(0, 7), precision: 'month', modifier: 'recent', relative: true, anchor: 'published' };
    case 'same': {
      if (!context) return null;
      const precision = minPrecision(c.unit, context.precision);
      return { ...base, resolved: truncate(context.resolved, precision), precision, modifier: context.modifier, relative: true, anchor: context.id };
    }
    case 'chrono': {
      if (c.absolute) {
        const r = reparse(base.text, NEUTRAL_REF.instant);
        return r ? { ...base, ...r, modifier: null, relative: false, anchor: null } : null;
      }
      // Sequential spans ("A year later") follow the previous expression; the rest
      // ("yesterday", "two years ago", "this year") are told from the publication date.
      const anchorFact = c.sequential ? context : null;
      const anchorTime = c.sequential ? context?.resolved : (published ?? undefined);
      if (!anchorTime) return null;
      const r = reparse(base.text, dateOf(anchorTime));
      if (!r) return null;
      const anchorPrecision: Precision = anchorFact ? anchorFact.precision : precisionOf(anchorTime);
      const precision = minPrecision(r.precision, anchorPrecision);
      return { ...base, resolved: truncate(r.resolved, precision), precision, modifier: null, relative: true, anchor: anchorFact ? anchorFact.id : 'published' };
    }
  }
}

/** Returns the resolution chrono-node gives `phrase` told from `instant`. */
function reparse(phrase: string, instant: Date): Resolved | null {
  const r = chrono.parse(phrase, { instant, timezone: 0 })[0];
  if (!r) return null;
  const c = r.start;
  const year = c.get('year');
  if (year == null || year < 1 || year > 9999) return null;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  let precision: Precision = 'year';
  if (c.isCertain('day')) precision = c.isCertain('hour') ? 'minute' : 'day';
  else if (c.isCertain('month')) precision = 'month';
  // Relative spans ("two years ago") mark only what they move as certain: keep their unit.
  let resolved = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}`;
  resolved = truncate(resolved, precision);
  return { resolved, precision };
}

/** Returns a UTC instant inside a resolved time: the middle of its year or month when that is all it says. */
function dateOf(resolved: string): Date {
  const [date = '', time] = resolved.split('T');
  const [y = 2000, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time ?? '').split(':').map(Number);
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? (m === undefined ? 1 : 15), hh ?? 12, mm ?? 0));
}

function precisionOf(resolved: string): Precision {
  if (resolved.includes('T')) return 'minute';
  return (['year', 'month', 'day'] as const)[resolved.split('-').length - 1] ?? 'year';
}

function minPrecision(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

function truncate(resolved: string, precision: Precision): string {
  const length = { year: 4, month: 7, day: 10, minute: 16 }[precision];
  return resolved.slice(0, length);
}

function modifierOf(word: string): Modifier {
  const w = word.toLowerCase();
  if (w === 'early' || w === 'start' || w === 'beginning') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  return 'late';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
