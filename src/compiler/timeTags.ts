/**
 * The tags the compiler's chrono-node parsers and refiners put on a result, so that what a
 * phrase means (a quarter, "early", told from the expression before) travels with chrono's
 * own result through its merging refiners, which copy tags.
 */
import type { ParsedResult, ParsingContext, ParsingOption } from 'chrono-node';

export type TimeModifier = 'early' | 'mid' | 'late';
export type SameUnit = 'day' | 'month' | 'year';

export const TAG = {
  /** a bare year read by the compiler ("in 2019") */
  year: 'news/year',
  /** the text gives the year itself ("May 2025", "Q3 2025", "FY25"), so no reference is needed */
  absolute: 'news/absolute',
  /** a quarter of a year ("Q3", "the third quarter") */
  quarter: 'news/quarter',
  /** a half of a year ("H1", "the second half of 2025") */
  half: 'news/half',
  /** told from the expression before it ("A year later", "the prior year"), not from publication */
  sequential: 'news/sequential',
  /** the same period a year before the one the text is about ("the year-earlier quarter") */
  yearEarlier: 'news/year-earlier',
  /** the same period as the one the text is about, in the year the result holds ("the same period of 2024") */
  samePeriodIn: 'news/same-period-in',
  /** "the same month a year ago": the month (or day) the sentence is about, a year before */
  sameUnitYearBefore: 'news/same-unit-year-before',
  /** "on Thursday, a day after X said": the span from an event the words name to the time before it; the result dates the event */
  spanToEvent: 'news/span-to-event',
  /** "the quarter", "the half": the period the text is about, the last one it named */
  thePeriod: 'news/the-period',
  /** the sentence looks ahead ("will report in March"): a weekday, month or period without a year lies after the reference */
  ahead: 'news/tense-ahead',
  /** the sentence looks back ("said on Tuesday"): it lies on or before the reference */
  behind: 'news/tense-behind',
  /** the sentence looks ahead of an event the time comes after ("to become chancellor after the vote on Sunday"): the nearest */
  near: 'news/tense-near',
  /** "recently": the reference month */
  recent: 'news/recent',
  /** a year that a plan runs to ("by 2030", "will open in 2027"), which cannot tell the publication year */
  plannedYear: 'news/planned-year',
  /** "FY26", "fiscal 2026": a company's year, which often ends after the story that names it is written */
  fiscalYear: 'news/fiscal-year',
} as const;

const MODIFIER_PREFIX = 'news/modifier:';
const SAME_PREFIX = 'news/same:';

/** Returns the tag that says a result is early, mid or late in its period. */
export const modifierTag = (m: TimeModifier): string => `${MODIFIER_PREFIX}${m}`;

/** Returns the tag of "the same day/month/year". */
export const sameTag = (unit: SameUnit): string => `${SAME_PREFIX}${unit}`;

/** Returns the early/mid/late tag of a result, or null. */
export function modifierOf(r: ParsedResult): TimeModifier | null {
  for (const t of r.tags()) if (t.startsWith(MODIFIER_PREFIX)) return t.slice(MODIFIER_PREFIX.length) as TimeModifier;
  return null;
}

/** Returns the unit of "the same day/month/year", or null when the result is not one. */
export function sameUnitOf(r: ParsedResult): SameUnit | null {
  for (const t of r.tags()) if (t.startsWith(SAME_PREFIX)) return t.slice(SAME_PREFIX.length) as SameUnit;
  return null;
}

/** Whether a time lies ahead of its reference, behind it, or nearest it either way; null when the text does not tell. */
export type Tense = 'ahead' | 'behind' | 'near' | null;

/**
 * chrono-node's parsing options: the tense the sentence gave, for a phrase parsed again on its
 * own; or the sentence a window of text was cut from, so the refiners read a time's whole clause.
 */
export interface NewsParsingOption extends ParsingOption {
  tense?: Tense;
  sentence?: { text: string; offset: number };
}

/** Returns the tense given with the parsing options, or undefined when the sentence is at hand to tell it. */
export function optionTense(context: ParsingContext): Tense | undefined {
  return (context.option as NewsParsingOption).tense;
}

/** Returns the tense a result was tagged with. */
export function tenseOf(r: ParsedResult): Tense {
  const tags = r.tags();
  return tags.has(TAG.ahead) ? 'ahead' : tags.has(TAG.behind) ? 'behind' : tags.has(TAG.near) ? 'near' : null;
}

/** Returns the tag a tense travels as. */
export function tenseTag(tense: Exclude<Tense, null>): string {
  return tense === 'ahead' ? TAG.ahead : tense === 'behind' ? TAG.behind : TAG.near;
}

/** Returns the text the refiners read a result's clause in (its whole sentence when the window was cut from one) and where the window starts in it. */
export function readingText(context: ParsingContext): { text: string; offset: number } {
  return (context.option as NewsParsingOption).sentence ?? { text: context.text, offset: 0 };
}
