/**
 * Units written right after a number: shares of a hundred ("18%", "7.5 percent", "20 per
 * cent"), multiples ("40x", "three times", "a fivefold rise"), spans of time ("six months",
 * "a five-year contract"), ages ("33 years old", "a 24-year-old") and what one figure is for
 * ("per share", "/barrel", "a month"). Each reader is one sticky expression at a cursor, so a
 * sentence is read once from left to right.
 */
import { DURATION_UNITS, PERCENT_UNIT, SYMBOL_UNITS, TIMES_UNIT } from '../schema/bundle';

type DurationUnit = (typeof DURATION_UNITS)[number];

/** What a unit reader found: where the unit ends and what it is. */
export interface UnitRead {
  end: number;
  unit: string;
  kind: 'percent' | 'times' | 'duration' | 'age' | 'measure';
}

const DURATION_OF: Record<string, DurationUnit> = {};
for (const plural of DURATION_UNITS) {
  DURATION_OF[plural] = plural;
  DURATION_OF[plural === 'centuries' ? 'century' : plural.slice(0, -1)] = plural;
}

/**
 * Returns true for a time expression that is a span of time, a figure rather than a date:
 * "in three years", "for six years", "within six weeks", "the next 18 months"; not "two years ago".
 */
export function isSpanOfTime(text: string): boolean {
  return SPAN_OF_TIME.test(text.trim());
}

const SPAN_OF_TIME =
  /^(?:(?:in|for|within|after|over|during)\s+)?(?:the\s+)?(?:(?:next|past|last|coming|previous|following)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|more than|less than|under)\s+)?(?:\d[\d.,]*|[a-z]+(?:-[a-z]+)*)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** Returns the plural of a unit noun: "member" → "members", "kilowatt-hour" → "kilowatt-hours", "inch" → "inches". */
export function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Returns the power of ten of years in a unit counted in years ("decades" → 1, "centuries" → 2), or null for any other unit. */
export function yearsInSpan(unit: string): number | null {
  return unit === 'decades' ? 1 : unit === 'centuries' ? 2 : null;
}

/** Returns the duration unit a word names ("month" → "months"), or null. */
export function durationOf(word: string): DurationUnit | null {
  return DURATION_OF[word.toLowerCase()] ?? null;
}

const GAP = '\\s?';
const PERCENT_AFTER = new RegExp(`${GAP}(?:%|percent|per cent|pct)(?![\\p{L}])`, 'iuy');
const TIMES_AFTER = new RegExp(`${GAP}(?:times|-?fold)(?![\\p{L}])`, 'iuy');
const DURATION_AFTER = new RegExp(`${GAP}(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)(?![\\p{L}])`, 'iuy');
const HYPHEN_UNIT = /[-\u2010\u2011](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|fold)(?:[-\u2010\u2011](old))?(?![\p{L}])/iuy;
// A span followed by these words dates something ("two years ago", "six months later"): a time, not a figure.
const TIME_AFTER = /\s+(?:ago|later|earlier|hence|previously|prior)\b/iy;
const AGE_AFTER = /\s+(?:old|of age)\b/iy;

// Glued units of measure news text writes without a space ("5km", "30GW", "2TB", "25bps").
const GLUED_UNITS: Record<string, string> = {
  ...Object.fromEntries(SYMBOL_UNITS.filter((u) => !u.startsWith('°')).map((u) => [u.toLowerCase(), u])),
  lbs: 'lb', bps: 'basis points', bp: 'basis points', pc: PERCENT_UNIT, pct: PERCENT_UNIT,
};

/** Returns the unit of letters glued to a number ("30GW", "25bps", "5pc", "40x"), or null when the letters make a name ("5G", "3D", "1st"). */
export function gluedUnit(glued: string): Omit<UnitRead, 'end'> | null {
  if (glued === '%') return { unit: PERCENT_UNIT, kind: 'percent' };
  if (glued === 'x' || glued === 'X' || glued === '×') return { unit: TIMES_UNIT, kind: 'times' };
  // "1.5C of warming", "20°C", "98.6F"
  if (glued === 'C' || glued === '°C' || glued === '°') return { unit: '°C', kind: 'measure' };
  if (glued === 'F' || glued === '°F') return { unit: '°F', kind: 'measure' };
  // Case matters where it tells units apart: "5MW" is power, "5mw" nothing we know; "5GB" and "5gb" are both storage.
  const unit = GLUED_UNITS[glued.toLowerCase()];
  if (!unit) return null;
  if (unit === PERCENT_UNIT) return { unit, kind: 'percent' };
  if (/^[GMk]W/.test(unit) && !glued.startsWith(unit.slice(0, 2))) return null;
  // A watt is a capital W ("120W"); "5w" is nothing we know. "mAh" and hertz only as written.
  if (/^(?:W|Wh|mAh|GHz|MHz)$/.test(unit) && glued !== unit) return null;
  return { unit, kind: 'measure' };
}

// "the 10-year Treasury", "a 30-year mortgage": a bond's or loan's tenor names the instrument.
const TENOR_AFTER = /\s+(?:US\s+|U\.S\.\s+|government\s+|fixed\s+)?(?:Treasury|Treasuries|bonds?|notes?|yields?|gilts?|Bunds?|JGBs?|mortgages?|swaps?|paper)\b/iy;

/** Returns true when a span of time before `from` is a tenor ("10-year Treasury", "30-year mortgage"), part of an instrument's name. */
export function isTenor(s: string, from: number): boolean {
  TENOR_AFTER.lastIndex = from;
  return TENOR_AFTER.test(s);
}

/** Returns a hyphenated unit after a number: "-year-old" (an age), "-year" and "-month" (a span), "-fold" (a multiple); or null. */
export function hyphenUnit(s: string, from: number): UnitRead | null {
  HYPHEN_UNIT.lastIndex = from;
  const m = HYPHEN_UNIT.exec(s);
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  if (word === 'fold') return { end: HYPHEN_UNIT.lastIndex, unit: TIMES_UNIT, kind: 'times' };
  const duration = durationOf(word) as DurationUnit;
  if (m[2]) return duration === 'years' ? { end: HYPHEN_UNIT.lastIndex, unit: 'years', kind: 'age' } : null;
  return { end: HYPHEN_UNIT.lastIndex, unit: duration, kind: 'duration' };
}

/**
 * Returns the unit written after a number and a space: percent, times, a span of time or an
 * age; `{ end: -1 }` for a span that dates something ("two years ago"); null for none.
 */
export function unitAfter(s: string, from: number): UnitRead | { end: -1 } | null {
  for (const [re, unit, kind] of [
    [PERCENT_AFTER, PERCENT_UNIT, 'percent'],
    [TIMES_AFTER, TIMES_UNIT, 'times'],
  ] as const) {
    re.lastIndex = from;
    if (re.exec(s)) return { end: re.lastIndex, unit, kind };
  }
  DURATION_AFTER.lastIndex = from;
  const m = DURATION_AFTER.exec(s);
  if (!m) return null;
  const end = DURATION_AFTER.lastIndex;
  TIME_AFTER.lastIndex = end;
  if (TIME_AFTER.test(s)) return { end: -1 };
  const unit = durationOf(m[1] ?? '') as DurationUnit;
  AGE_AFTER.lastIndex = end;
  if (unit === 'years' && AGE_AFTER.test(s)) return { end: AGE_AFTER.lastIndex, unit, kind: 'age' };
  return { end, unit, kind: 'duration' };
}

// What "a"/"an" may set a price or rate per ("96 cents a share", "$80 a barrel", "$20 a month");
// "per" and "/" take any noun.
const PER_AFTER_ARTICLE = new Set([
  'share', 'barrel', 'ounce', 'tonne', 'ton', 'gallon', 'litre', 'liter', 'kilogram', 'kilo', 'pound', 'head', 'piece', 'unit',
  'person', 'seat', 'night', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'mile', 'kilometre', 'kilometer', 'megawatt-hour', 'kilowatt-hour',
]);
const PER = /\s*(?:(per|an?)\s+|\/\s?)(\p{L}+(?:-\p{L}+)?)/iuy;
// "a year earlier" and "a month ago" date a figure, they are not its rate.
const DATING = /\s+(?:ago|earlier|later|before|after|prior|on|from|in|to|of)\b/iy;

/** Returns what one figure is for, written after it ("per share", "/barrel", "a month"), or null. */
export function perAfter(s: string, from: number): { end: number; per: string } | null {
  PER.lastIndex = from;
  const m = PER.exec(s);
  if (!m) return null;
  const end = PER.lastIndex;
  const by = (m[1] ?? '').toLowerCase();
  const word = (m[2] ?? '').toLowerCase();
  if (word === 'cent' || word === 'centum') return null;
  if (by === 'a' || by === 'an') {
    if (!PER_AFTER_ARTICLE.has(word)) return null;
    DATING.lastIndex = end;
    if (DATING.test(s)) return null;
  }
  // "per" and "/" are followed by a noun, not a function word ("per the filing").
  if (/^(?:the|a|an|its|their|his|her|our|your|this|that|each|every)$/.test(word)) return null;
  return { end, per: word === 'annum' ? 'year' : word };
}
