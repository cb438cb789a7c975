/**
 * The chrono-node instance the compiler reads time with: chrono-node's casual English,
 * extended at its seams (docs/decisions/0001-compiler-libraries.md) with the parsers of
 * timeParsers.ts and the refiners of timeRefiners.ts.
 */
import * as chrono from 'chrono-node';
import { NEWS_PARSERS } from './timeParsers';
import { dropMisreads, dropNonDates, keepMay, keepYears, markAnchors, readModifiers, readTense } from './timeRefiners';

// chrono-node refiners the compiler does without: ranges stay two times ("from 2019 to
// 2021"), and "the end of last year" stays a late year rather than 31 December.
const LEFT_OUT = new Set(['ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner']);

// chrono-node's casual spans read "m" and "h" as minutes and hours: "£40m two years ago" is
// no 40 minutes. Its strict instances of the same parsers read only written-out units.
const STRICT = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser']);

function createNewsChrono(): chrono.Chrono {
  const parser = chrono.casual.clone();
  const strict = new Map(chrono.strict.parsers.map((p) => [p.constructor.name, p]));
  parser.parsers = parser.parsers.map((p) => (STRICT.has(p.constructor.name) ? (strict.get(p.constructor.name) ?? p) : p));
  parser.parsers.unshift(...NEWS_PARSERS);
  parser.refiners = parser.refiners
    .filter((r) => !LEFT_OUT.has(r.constructor.name))
    .map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? keepYears(r) : r.constructor.name === 'ENUnlikelyFormatFilter' ? keepMay(r) : r));
  parser.refiners.unshift(dropMisreads);
  parser.refiners.push(dropNonDates, readModifiers, markAnchors, readTense);
  return parser;
}

/** chrono-node's casual English with the compiler's parsers and refiners for news. */
export const newsChrono = createNewsChrono();

/** Returns the names of chrono-node's refiners the compiler replaces, leaves out or wraps (pinned by libraries.test.ts). */
export const CHRONO_REFINERS_RELIED_ON = [...LEFT_OUT, 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter'] as const;

/** Returns the names of chrono-node's parsers the compiler takes in their strict form (pinned by libraries.test.ts). */
export const CHRONO_PARSERS_MADE_STRICT = [...STRICT] as const;
