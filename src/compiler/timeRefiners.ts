/**
 * chrono-node refiners that make its results fit news: they drop what is no point in time
 * (durations, "now", weeks, clock times alone), read early/mid/late, tell from the sentence
 * whether a weekday or a month without a year lies behind or ahead of the reference, and
 * mark what resolves from the expression before rather than from publication.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { hasTag } from './lexicon';
import { modifierTagOf } from './timeParsers';
import { optionTense, TAG, type Tense } from './timeTags';

// chrono-node reads "the" as "a" after "in", "within" and "for": "in the year 2022" becomes a
// year after the reference, "in the quarter" three months after it.
const THE_AS_A = /^(?:in|within|for)\s+the\s+\p{L}+$/iu;

// chrono-node reads "2.14" in "from 2.14 per cent" as 2:14, and "at 7" in "at 7,800" as seven
// o'clock, and merges them into a date beside them ("Q3 from 2.14", "next year at 7"): a
// dotted clock followed by a unit is a figure, and an hour alone is no printed time.
const BARE_HOUR = /^(?:(?:at|from|to|by|until|of)\s+)?\d{1,2}$/i;
const DOTTED_CLOCK = /^(?:(?:at|from|to|by|until|of)\s+)?\d{1,2}\.\d{2}$/i;
const FIGURE_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|pc\b|points?\b|basis\b|bn\b|billion\b|million\b|trillion\b|times\b|x\b|a\s+share\b|yuan\b|yen\b|dollars?\b|euros?\b|pounds?\b)/i;

/**
 * Drops chrono-node's misreadings before they merge with what is beside them: "in the
 * year", "in the quarter" (read as "in a year"), and figures read as clock times ("at 7",
 * "2.14 per cent"). Runs first.
 */
export const dropMisreads: Refiner = {
  refine: (context, results) =>
    results.filter(
      (r) =>
        isOwn(r) ||
        !(
          THE_AS_A.test(r.text) ||
          BARE_HOUR.test(r.text.trim()) ||
          (DOTTED_CLOCK.test(r.text.trim()) && FIGURE_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 12)))
        ),
    ),
};

const VAGUE = /^(?:now|right now|at present|present|(?:this|last|next|the past|the)\s+week(?:end)?)$/i;
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\d+(?:\.\d+)?)`;
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)';
const QUALIFIER = String.raw`(?:(?:about|around|roughly|approximately|just|nearly|almost|some|over|under|more than|less than)\s+)?`;
// Spans of time, not points in it: "the next two years", "for six months", "in about six
// weeks", "after three years", "the last 10 years", "over the coming months".
const DURATION = new RegExp(
  String.raw`^(?:(?:past|coming|next|last)\s+(?:(?:\w+|\d+(?:\.\d+)?)\s+)?(?:days|weeks|months|quarters|years|decades)|(?:past|coming)\s+(?:day|week|month|quarter|year|decade)|(?:for|within|in|after)\s+${QUALIFIER}(?:${COUNT}\s+)?(?:more\s+)?${UNIT})$`,
  'i',
);
// "the last year" and "the next decade" are spans too; "last year" is a point.
const SPAN_AFTER_THE = /^(?:last|past|next|coming)\b/i;
// "this morning", "tonight", "last night" are the reference day; "midday" or "night" alone say no day.
const CASUAL_DAY = /^(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tonight|last\s+night)$/i;
// "Sun", "Sat", "Wed" in prose are a star, a verb, a word: a weekday is written out.
const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const PRINTED_CLOCK = /\d\s*(?:[:.]\s*\d\d|[ap]\.?m\b)|\b(?:noon|midnight)\b/i;

function isOwn(r: ParsingResult): boolean {
  for (const t of r.tags()) if (t.startsWith('news/')) return true;
  return false;
}

/** Drops what is not a point in time worth a date: durations, "now", weeks, clock times alone, "today's" as in "today's cells". */
export const dropNonDates: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (isOwn(r)) return true;
      const text = r.text.trim();
      if (VAGUE.test(text) || DURATION.test(text) || WEEKDAY_ABBREVIATION.test(text)) return false;
      if (SPAN_AFTER_THE.test(text) && /\bthe\s+$/i.test(context.text.slice(Math.max(0, r.index - 6), r.index))) return false;
      if (/^(?:today|tomorrow|yesterday)$/i.test(text) && /^['’]s\b/.test(context.text.slice(r.index + r.text.length))) return false;
      const c = r.start;
      const hasDate = c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday');
      if (!hasDate && CASUAL_DAY.test(text)) {
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
// A full stop inside "3.4" or "U.S." ends nothing.
const CLAUSE_BOUNDARY = /[.;!?](?=\s|$)|,\s+(?:and|but|while|whereas|although|though)\s/g;
const CLAUSE_BOUNDARY_AHEAD = /[.;!?](?=\s|$)|,\s+(?:and|but|while|whereas|although|though)\s/;
// What looks ahead ("will", "could", "is due to", "plans to", "hoped to", "expects", "next"), or any
// lower-case word, which may be a past verb.
const CUE =
  /\b(will|shall|would|could|might|should|won['’]t|(?:is|are|be|was|were)\s+(?:due|set|scheduled|slated|expected|poised|going|planning)\s+to|(?:hope|plan|aim|want|intend|expect|promise|pledge|vow)(?:s|e?d)?\s+to|seeks?\s+to|sought\s+to|expects?|upcoming|next)\b|(['’]ll)\b|\b(\p{Ll}[\p{Ll}-]*)/gu;
const EXPLICIT_DIRECTION = /\b(?:this|next|last|past|coming)\b/i;
// Past forms the lexicon lacks, and -ed words that look ahead ("is scheduled for March").
const IRREGULAR_PAST = new Set(['rose', 'fell', 'said', 'grew', 'took', 'made', 'gave', 'came', 'went', 'saw', 'began', 'won', 'lost', 'sold', 'bought', 'hit', 'cut', 'paid', 'led', 'left', 'met', 'held', 'kept', 'spent', 'struck', 'brought', 'built', 'chose', 'fought', 'found', 'got', 'ran', 'sent', 'shut', 'slid', 'sank', 'spoke', 'stood', 'swung', 'told', 'wrote', 'was', 'were', 'had', 'has', 'have', 'did', 'became', 'unveiled']);
const AHEAD_PARTICIPLES = new Set(['expected', 'scheduled', 'slated', 'planned', 'poised', 'timed', 'proposed', 'tipped', 'penciled', 'pencilled', 'earmarked']);
// Right after a time, these read as past: "Kaito Motors on Tuesday cut its forecast", "on Wednesday set a price band".
const PAST_AFTER_TIME = new Set(['set', 'put', 'let', 'quit']);
const VERB_BEFORE = /(\p{Ll}+)\s+(?:(?:late|early|earlier|later|again|also|first|only|just|then)\s+)?(?:(?:on|in|at|during|over|for)\s+)?(?:the\s+)?$/u;
const MODALS = new Set(['will', 'shall', 'would', 'could', 'might', 'should', 'can', 'may', 'must']);
/** How far ahead a month or day without a year may lie and still be read as ahead when nothing in the sentence tells. */
const NEAR_AHEAD_MONTHS = 3;

/** Returns true for a word known as a past verb ("said", "announced"), not one that only ends in -ed. */
function isKnownPastVerb(w: string): boolean {
  return !AHEAD_PARTICIPLES.has(w) && (IRREGULAR_PAST.has(w) || hasTag(w, 'PastTense'));
}

function isPastVerb(w: string): boolean {
  return isKnownPastVerb(w) || (!AHEAD_PARTICIPLES.has(w) && /^[a-z]{2,}ed$/.test(w));
}

/** Returns the tense a cue gives: ahead, behind, or null when the word tells nothing. */
function cueOf(m: RegExpMatchArray): Tense {
  if (m[1] || m[2]) return 'ahead';
  return m[3] && isPastVerb(m[3]) ? 'behind' : null;
}

/**
 * Returns the tense the last cue of a text gives. A verb after "to" or a modal is no past
 * ("expect the bank to cut", "will cut"), and after a cue that looks ahead only a known past
 * verb turns it back: "will release detailed results" has an adjective in -ed.
 */
function lastCue(text: string): Tense {
  let tense: Tense = null;
  let previous = '';
  for (const m of text.matchAll(CUE)) {
    const word = m[0].toLowerCase();
    const cue = m[3] && (previous === 'to' || MODALS.has(previous)) ? null : cueOf(m);
    if (cue === 'ahead' || (cue === 'behind' && (tense !== 'ahead' || isKnownPastVerb(word)))) tense = cue;
    previous = word;
  }
  return tense;
}

/** Returns the tense the clause before a result gives, or null when it does not tell. */
function tenseBefore(context: ParsingContext, r: ParsingResult): { tense: Tense; before: string } {
  const text = context.text;
  let from = 0;
  for (const m of text.slice(0, r.index).matchAll(CLAUSE_BOUNDARY)) from = m.index + m[0].length;
  const before = text.slice(from, r.index);
  // "Rival Harbour Union Bank reports on Monday", "ships on Dec. 15": a timetable.
  const verb = VERB_BEFORE.exec(before)?.[1];
  if (verb && hasTag(verb, 'PresentTense')) return { tense: 'ahead', before };
  const tense = lastCue(before);
  // A deadline looks ahead ("a decision by March"), unless it was set in the past ("agreed in
  // December to delay increases until April").
  if (/\b(?:by|until|till)\s+$/i.test(before) && tense !== 'behind') return { tense: 'ahead', before };
  return { tense, before };
}

/**
 * Returns whether the clause around a result looks ahead of the time it was written or
 * behind it, or null when it does not tell. The last cue before the time decides ("Strand
 * will leave …, Corvane said on Friday"); with none, the verb right after it ("Kaito Motors
 * on Tuesday cut its forecast").
 */
function tenseAround(context: ParsingContext, r: ParsingResult): Tense {
  const given = optionTense(context);
  if (given !== undefined) return given;
  const { tense, before } = tenseBefore(context, r);
  if (tense) return tense;
  const text = context.text;
  const rest = text.slice(r.index + r.text.length);
  const after = rest.slice(0, CLAUSE_BOUNDARY_AHEAD.exec(rest)?.index ?? rest.length);
  // "Kaito Motors on Tuesday cut its forecast", but "a January cut" is a noun.
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  const prepositional = /^(?:on|in|at|during)\s/i.test(r.text) || /\b(?:on|in|at|during)\s+$/i.test(before);
  if (next && prepositional && (PAST_AFTER_TIME.has(next) || isPastVerb(next))) return 'behind';
  // Further on, only what looks ahead tells: a past verb there belongs to another clause ("if demand slowed").
  for (const m of after.matchAll(CUE)) if (cueOf(m) === 'ahead') return 'ahead';
  return null;
}

/** Returns the whole days from the reference day to a day (negative when it lies behind). */
const daysFrom = (refDay: number, year: number, month: number, day: number) => Math.round((Date.UTC(year, month - 1, day) - refDay) / 86_400_000);

/**
 * Tells whether a weekday, a month or day without a year, or a numbered quarter or half
 * lies ahead ("will report on Thursday", "ships on Dec. 15") or behind the reference, as news
 * mostly tells: the latest on or before it ("said on Tuesday" is the Tuesday of that week or
 * the one before). When the sentence does not tell, a month or day a few months ahead is
 * read as ahead ("a January cut" in December), anything else as behind. The tense travels
 * as a tag, so the result told again from publication keeps it (optionTense).
 */
export const readTense: Refiner = {
  refine(context, results) {
    const ref = context.reference.getDateWithAdjustedTimezone();
    const refYear = ref.getFullYear();
    const refDay = Date.UTC(refYear, ref.getMonth(), ref.getDate());
    for (const r of results) {
      // A year the sentence looks ahead to ("will open in 2027", "production in the second half
      // of 2027") cannot tell when it was written.
      if (r.tags().has(TAG.absolute) || r.tags().has(TAG.year)) {
        // Only what comes before counts: in "revenue in 2025 is expected to reach …" the year is no plan.
        if (tenseBefore(context, r).tense === 'ahead') r.addTag(TAG.plannedYear);
        continue;
      }
      const c = r.start;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      const yearless = c.isCertain('month') && !c.isCertain('year');
      const period = (r.tags().has(TAG.quarter) || r.tags().has(TAG.half)) && !r.tags().has(TAG.absolute);
      if (!weekdayOnly && !yearless && !period) continue;
      const tense = tenseAround(context, r);
      if (tense) r.addTag(tense === 'ahead' ? TAG.ahead : TAG.behind);
      if (weekdayOnly && !EXPLICIT_DIRECTION.test(r.text)) {
        const weekday = c.get('weekday') ?? 0;
        const shift = tense === 'ahead' ? (weekday - ref.getDay() + 7) % 7 : -((ref.getDay() - weekday + 7) % 7);
        const day = new Date(refDay + shift * 86_400_000);
        c.imply('year', day.getUTCFullYear());
        c.imply('month', day.getUTCMonth() + 1);
        c.imply('day', day.getUTCDate());
      } else if (yearless) {
        const month = c.get('month') ?? 1;
        const day = c.isCertain('day') ? (c.get('day') ?? 1) : null;
        // The first day of a month that holds the reference day is not ahead of it; its last is not behind.
        const ahead = (y: number) => daysFrom(refDay, y, month, day ?? 1) > 0 || (day === null && month === ref.getMonth() + 1 && y === refYear);
        const behind = (y: number) => daysFrom(refDay, y, month, day ?? 1) <= 0;
        const nextYear = ahead(refYear) ? refYear : refYear + 1;
        const lastYear = behind(refYear) || (day === null && month === ref.getMonth() + 1) ? refYear : refYear - 1;
        const near = daysFrom(refDay, nextYear, month, day ?? 1) <= NEAR_AHEAD_MONTHS * 31;
        c.imply('year', tense === 'ahead' || (tense === null && near) ? nextYear : lastYear);
      }
    }
    return results;
  },
};

const SEQUENTIAL = /\b(?:later|earlier|after|afterwards|before|prior|following|next day|next morning)\b/i;

// "a day after Lattice Peak said …": a span before or after an event the words name.
const BEFORE_AN_EVENT = /\b(?:after|before)$/i;

/** Marks what the text itself dates, and what is told from the expression before it. */
export const markAnchors: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (isOwn(r)) continue;
      if (/\d{4}/.test(r.text) && r.start.isCertain('year')) r.addTag(TAG.absolute);
      else if (SEQUENTIAL.test(r.text)) r.addTag(TAG.sequential);
      if (BEFORE_AN_EVENT.test(r.text) && /^\s+\p{L}/u.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 3))) r.addTag(TAG.spanToEvent);
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

/**
 * Returns chrono-node's English filter of unlikely results, letting "May" through when it is
 * capitalised inside a sentence ("in April and May alone"): the filter keeps it only after
 * "in", for fear of the verb, which inside a sentence is lower case.
 */
export function keepMay(filter: Refiner): Refiner {
  const isMonth = (context: ParsingContext, r: ParsingResult) => r.text === 'May' && /[\p{L}\d,]\s+$/u.test(context.text.slice(Math.max(0, r.index - 3), r.index));
  return {
    refine(context, results) {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || isMonth(context, r));
    },
  };
}
