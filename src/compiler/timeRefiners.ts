/**
 * chrono-node refiners that make its results fit news: they drop what is no point in time
 * (durations, "now", weeks, clock times alone), read early/mid/late, tell from the sentence
 * whether a weekday or a month without a year lies behind or ahead of the reference, and
 * mark what resolves from the expression before rather than from publication.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { hasTag } from './lexicon';
import { modifierTagOf } from './timeParsers';
import { TAG } from './timeTags';

// chrono-node reads "the" as "a" after "in", "within" and "for": "in the year 2022" becomes a
// year after the reference, "in the quarter" three months after it.
const THE_AS_A = /^(?:in|within|for)\s+the\s+\p{L}+$/iu;

/** Drops chrono-node's "in the year", "in the quarter": runs first, before results overlap. */
export const dropMisreadArticle: Refiner = {
  refine: (_context, results) => results.filter((r) => isOwn(r) || !THE_AS_A.test(r.text)),
};

const VAGUE = /^(?:now|right now|at present|present|(?:this|last|next|the past|the)\s+week(?:end)?)$/i;
// Spans of time, not points in it: "the next two years", "for six months", "over the coming months".
const DURATION = /^(?:(?:past|coming|next)\s+(?:(?:\w+|\d+(?:\.\d+)?)\s+)?(?:days|weeks|months|quarters|years|decades)|(?:past|coming)\s+(?:day|week|month|quarter|year|decade)|(?:for|within|in)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+(?:\.\d+)?)\s+)?(?:more\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?))$/i;
// "the last year" and "the next decade" are spans too; "last year" is a point.
const SPAN_AFTER_THE = /^(?:last|past|next|coming)\b/i;
const PRINTED_CLOCK = /\d\s*(?:[:.]\s*\d\d|[ap]\.?m\b)|\b(?:noon|midnight)\b/i;

function isOwn(r: ParsingResult): boolean {
  for (const t of r.tags()) if (t.startsWith('news/')) return true;
  return false;
}

/** Drops what is not a point in time worth a date: durations, "now", weeks, clock times alone. */
export const dropNonDates: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (isOwn(r)) return true;
      const text = r.text.trim();
      if (VAGUE.test(text) || DURATION.test(text)) return false;
      if (SPAN_AFTER_THE.test(text) && /\bthe\s+$/i.test(context.text.slice(Math.max(0, r.index - 6), r.index))) return false;
      const c = r.start;
      const hasDate = c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday');
      // "this morning", "tonight": the reference day.
      if (!hasDate && [...r.tags()].some((t) => t.startsWith('casualReference/'))) {
        const d = context.reference.getDateWithAdjustedTimezone();
        c.assign('year', d.getFullYear());
        c.assign('month', d.getMonth() + 1);
        c.assign('day', d.getDate());
        c.delete(['hour', 'minute']);
        return true;
      }
      if (!hasDate) return false;
      // Only a printed clock time makes a minute ("Tuesday morning" is a day).
      if (c.isCertain('hour') && !PRINTED_CLOCK.test(text)) c.delete(['hour', 'minute']);
      return true;
    });
  },
};

const MODIFIER_BEFORE = /(?:\b(early|mid|late)(?:-|\s+|\s+in\s+)|\bthe\s+(start|beginning|middle|end|close)\s+of\s+)$/i;

/** Reads "early 2026", "mid-2024", "late last year", "the end of 2023": the result grows to hold the words. */
export const readModifiers: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      const m = MODIFIER_BEFORE.exec(context.text.slice(Math.max(0, r.index - 24), r.index));
      if (!m) continue;
      r.index -= m[0].length;
      r.text = m[0] + r.text;
      r.addTag(modifierTagOf(m[1] ?? m[2] ?? ''));
    }
    return results;
  },
};

// Where a clause ends: a full stop, or a comma before a conjunction ("…, and a vote was held").
const CLAUSE_BOUNDARY = /[.;!?]|,\s+(?:and|but|while|whereas|although|though)\s/g;
const CLAUSE_BOUNDARY_AHEAD = /[.;!?]|,\s+(?:and|but|while|whereas|although|though)\s/;
// What makes a sentence look ahead: "will", "is due to", "plans to", "expects", "next".
const FUTURE_CUE =
  /\b(?:will|shall|would|won['’]t|(?:is|are|be|was|were)\s+(?:due|set|scheduled|slated|expected|poised|going|planning)|plans?\s+to|intends?\s+to|aims?\s+to|expects?|forecasts?|guidance|outlook|upcoming|next)\b|['’]ll\b/i;
const EXPLICIT_DIRECTION = /\b(?:this|next|last|past|coming)\b/i;
// Past forms the lexicon lacks, and -ed words that look ahead ("is scheduled for March").
const IRREGULAR_PAST = new Set(['rose', 'fell', 'said', 'grew', 'took', 'made', 'gave', 'came', 'went', 'saw', 'began', 'won', 'lost', 'sold', 'bought', 'hit', 'cut', 'paid', 'led', 'left', 'met', 'held', 'kept', 'spent', 'struck', 'brought', 'built', 'chose', 'fought', 'found', 'got', 'ran', 'sent', 'shut', 'slid', 'sank', 'spoke', 'stood', 'swung', 'told', 'wrote', 'was', 'were', 'had', 'did', 'became', 'unveiled']);
const AHEAD_PARTICIPLES = new Set(['expected', 'scheduled', 'slated', 'planned', 'poised', 'timed', 'proposed', 'tipped', 'penciled', 'pencilled', 'earmarked']);

const VERB_BEFORE = /(\p{L}+)\s+(?:(?:late|early|earlier|later|again|also|first|only|just|then)\s+)?(?:(?:on|in|at|during|over|by|for)\s+)?(?:the\s+)?$/u;

function isPastVerb(w: string): boolean {
  // "Northgate United" is a name; verbs inside a sentence are lower case.
  if (w !== w.toLowerCase() || AHEAD_PARTICIPLES.has(w)) return false;
  return IRREGULAR_PAST.has(w) || hasTag(w, 'PastTense') || /^[a-z]{2,}ed$/.test(w);
}

/** Returns true when the clause around a result looks ahead of the time it was written. */
function looksAhead(context: ParsingContext, r: ParsingResult): boolean {
  if (context.option.forwardDate) return true;
  const text = context.text;
  let from = 0;
  for (const m of text.slice(0, r.index).matchAll(CLAUSE_BOUNDARY)) from = m.index + m[0].length;
  const rest = text.slice(r.index + r.text.length);
  const after = rest.slice(0, CLAUSE_BOUNDARY_AHEAD.exec(rest)?.index ?? rest.length);
  const before = text.slice(from, r.index);
  // A past verb right before the time settles it: "said on Tuesday it would …", "announced in March".
  const verb = VERB_BEFORE.exec(before)?.[1];
  if (verb && isPastVerb(verb)) return false;
  // A deadline looks ahead: "a decision by March".
  if (/\b(?:by|until|till)\s+$/i.test(before)) return true;
  return FUTURE_CUE.test(before) || FUTURE_CUE.test(after);
}

/**
 * Tells whether a weekday, a month or day without a year, or a numbered quarter or half
 * lies ahead ("will report on Thursday") or, as news mostly tells, behind the reference: the
 * latest on or before it ("said on Tuesday" is the Tuesday of that week or the one before).
 */
export const readTense: Refiner = {
  refine(context, results) {
    const ref = context.reference.getDateWithAdjustedTimezone();
    const refDay = Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate());
    for (const r of results) {
      const c = r.start;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      const yearless = c.isCertain('month') && !c.isCertain('year');
      const period = r.tags().has(TAG.quarter) || r.tags().has(TAG.half);
      if (!weekdayOnly && !yearless && !(period && !r.tags().has(TAG.absolute))) continue;
      if (looksAhead(context, r)) {
        r.addTag(TAG.future);
        continue;
      }
      if (weekdayOnly && !EXPLICIT_DIRECTION.test(r.text)) {
        const back = (ref.getDay() - (c.get('weekday') ?? 0) + 7) % 7;
        const day = new Date(refDay - back * 86_400_000);
        c.imply('year', day.getUTCFullYear());
        c.imply('month', day.getUTCMonth() + 1);
        c.imply('day', day.getUTCDate());
      } else if (yearless) {
        const month = c.get('month') ?? 1;
        const after = month > ref.getMonth() + 1 || (month === ref.getMonth() + 1 && c.isCertain('day') && (c.get('day') ?? 1) > ref.getDate());
        c.imply('year', ref.getFullYear() - (after ? 1 : 0));
      }
    }
    return results;
  },
};

const SEQUENTIAL = /\b(?:later|earlier|after|afterwards|before|prior|following|next day|next morning)\b/i;

/** Marks what the text itself dates, and what is told from the expression before it. */
export const markAnchors: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      if (isOwn(r)) continue;
      if (/\d{4}/.test(r.text) && r.start.isCertain('year')) r.addTag(TAG.absolute);
      else if (SEQUENTIAL.test(r.text)) r.addTag(TAG.sequential);
    }
    return results;
  },
};

/**
 * Returns chrono-node's filter of unlikely results, letting the compiler's bare years
 * through: chrono-node drops any result made of digits only, which a year is.
 */
export function keepYears(filter: Refiner): Refiner {
  return {
    refine(context, results) {
      const kept = new Set(filter.refine(context, results.filter((r) => !r.tags().has(TAG.year))));
      return results.filter((r) => r.tags().has(TAG.year) || kept.has(r));
    },
  };
}
