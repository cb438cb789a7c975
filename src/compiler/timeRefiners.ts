/**
 * chrono-node refiners that make its results fit news: they drop what is no point in time
 * (durations, "now", weeks, clock times alone), read early/mid/late, tell from the sentence
 * whether a weekday or a month without a year lies behind or ahead of the reference, and
 * mark what resolves from the expression before rather than from publication.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { modifierTagOf } from './timeParsers';
import { optionTense, readingText, TAG, type Tense, tenseTag } from './timeTags';
import { tenseAround, tenseBefore } from './timeTense';

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
      // "6 1/2 games", "2 3/4 miles": the fraction of a mixed number, not the 2nd of January.
      if (/^\d{1,2}\/\d{1,2}$/.test(text) && /\d\s$/.test(context.text.slice(Math.max(0, r.index - 2), r.index))) return false;
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

const EXPLICIT_DIRECTION = /\b(?:this|next|last|past|coming)\b/i;
/** How far ahead a month or day without a year may lie and still be read as ahead when nothing in the sentence tells. */
const NEAR_AHEAD_MONTHS = 3;
/**
 * How far ahead a day without a year may lie and still be read as ahead against a past
 * tense: news prints the year of a day in an earlier year, so "the company said the vote on
 * Feb. 5 would be close", published on 4 February, is this year's.
 */
const DAY_AHEAD_AGAINST_TENSE = 31;

/** Returns the tense of the clause around a result, given with the parsing options or read from its sentence. */
function tenseOfResult(context: ParsingContext, r: ParsingResult): Tense {
  const given = optionTense(context);
  if (given !== undefined) return given;
  const { text, offset } = readingText(context);
  return tenseAround(text, offset + r.index, offset + r.index + r.text.length, r.text);
}

// A period named as what a report or a figure is about: "fourth-quarter results", "Q3 earnings",
// "results for the second half". A period written with a hyphen is always such a name.
const HYPHENATED_PERIOD = /-(?:quarter|half)$/i;
const REPORT_NOUN_AFTER = /^[\s-]+(?:results|earnings|revenue|revenues|sales|profit|profits|loss|losses|income|numbers|figures|report|deliveries|shipments|margins?|guidance)\b/i;
// "results for the fourth quarter", "record charges of $85 million, mostly in the fourth quarter": what the books say of a period.
const REPORT_NOUN_BEFORE = /\b(?:(?:results|earnings|figures|numbers)\s+(?:for|of)|(?:charges?|write-?downs?|impairments?)\b[^.;]{0,50}\b(?:in|for))\s+$/i;

/** Returns true when a quarter or half is named as what a report or a figure is about, not when something happens. */
function namesReportedPeriod(context: ParsingContext, r: ParsingResult): boolean {
  if (REPORT_NOUN_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 16))) return true;
  if (HYPHENATED_PERIOD.test(r.text)) return true;
  return REPORT_NOUN_BEFORE.test(context.text.slice(Math.max(0, r.index - 80), r.index));
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
        const { text, offset } = readingText(context);
        if (tenseBefore(text, offset + r.index) === 'ahead') r.addTag(TAG.plannedYear);
        continue;
      }
      const c = r.start;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      const yearless = c.isCertain('month') && !c.isCertain('year');
      const period = (r.tags().has(TAG.quarter) || r.tags().has(TAG.half)) && !r.tags().has(TAG.absolute);
      if (!weekdayOnly && !yearless && !period) continue;
      const read = tenseOfResult(context, r);
      // "will report fourth-quarter results", "expects third-quarter revenue of": what is ahead is
      // the report, not the period, which is the nearest one.
      const tense = read === 'ahead' && period && namesReportedPeriod(context, r) ? 'near' : read;
      if (tense) r.addTag(tenseTag(tense));
      if (weekdayOnly && !EXPLICIT_DIRECTION.test(r.text)) {
        const weekday = c.get('weekday') ?? 0;
        const ahead = (weekday - ref.getDay() + 7) % 7;
        const behind = -((ref.getDay() - weekday + 7) % 7);
        const shift = tense === 'ahead' || (tense === 'near' && ahead < -behind) ? ahead : behind;
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
        const daysAhead = daysFrom(refDay, nextYear, month, day ?? 1);
        const near = daysAhead <= NEAR_AHEAD_MONTHS * 31;
        const printedYearOmitted = day !== null && daysAhead <= DAY_AHEAD_AGAINST_TENSE && lastYear < refYear;
        const isAhead = tense === 'ahead' || ((tense === null || tense === 'near') && near) || (tense === 'behind' && printedYearOmitted);
        c.imply('year', isAhead ? nextYear : lastYear);
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
