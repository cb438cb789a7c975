/**
 * Fractions said in words. A share of a whole is a figure in `fraction` ("roughly a fifth of
 * staff", "about half", "two-thirds of voters", "three quarters of the plants"); a fraction of a
 * unit takes that unit ("less than half a second", "a quarter point" and "a half-point cut" in
 * percentage points, "a quarter of a century" is 25 years) and of a scale is a number ("a
 * quarter of a million people"); a fraction that compares is a multiple ("a quarter as much",
 * "cut by half", "cut in half").
 *
 * Halves and quarters are periods as often as shares ("the second half of 2025", "first-quarter",
 * "a quarter earlier", "two quarters in a row"), and "third" is an ordinal ("a third time"). A
 * word is read as a share only where the text shares something out with it ("of", "half the", a
 * qualifier, a verb after it), never after a determiner, an ordinal or a number; the periods are
 * times.ts's. Each word of the sentence is looked at once, with a few words around it.
 */
import { FRACTION_UNIT, TIMES_UNIT } from '../schema/bundle';
import { opensClause, verbFollows } from './countContext';
import { tagsOf } from './lexicon';
import { qualifierBefore } from './qualifiers';
import { scaleOfWord } from './numbers';
import { durationOf } from './units';

/** A fraction found in a sentence: its span, its value and its unit. */
export interface FractionWord {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** `number` for a fraction of a scale ("a quarter of a million"): what it counts comes after it */
  kind: 'fraction' | 'times' | 'duration' | 'count' | 'number';
}

/** A word of the sentence with its offset, as `String.prototype.matchAll` gives it. */
type WordMatch = { 0: string; index: number };

const DENOMINATORS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);
const NUMERATORS = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9]]);
// Plurals that also count periods ("two quarters in a row", "both halves"): a share only before "of".
const PERIOD_PLURALS = new Set(['quarters', 'halves']);
const POINTS = 'percentage points';
// "half the plants", "half its staff": what "half" may share out without "of".
const SHARED_AFTER_HALF = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'these', 'those', 'them']);
// A period or an ordinal, not a share: "the second half", "each quarter", "its first half", "$5 a quarter".
const PERIOD_BEFORE = /(?:\b(?:the|this|that|these|those|each|every|first|second|third|fourth|final|last|next|past|latter|former|per|its|their|same|other|[1-4](?:st|nd|rd|th))|[\p{N}%])\s$/iu;
// Words after a fraction that make it a period: "about a quarter earlier".
const TIME_WORDS = new Set(['earlier', 'ago', 'later', 'before', 'after', 'prior', 'ahead', 'from', 'to', 'since', 'ended', 'ending', 'past']);
// "half of 2025", "half of this year": a period.
const OF_A_PERIOD = /^ of (?:(?:19|20)\d\d\b|(?:this|last|next) (?:year|quarter|month|decade)\b)/i;
const NOUN_TAGS = new Set(['Plural', 'Singular', 'Actor', 'Uncountable', 'Unit', 'Noun', 'Duration']);

/** Returns true for a word that names a fraction's denominator ("third", "quarters", "half"). */
export function isFractionNoun(word: string): boolean {
  return DENOMINATORS.has(word.toLowerCase());
}

/** Returns the fractions said in words among a sentence's words, in text order. */
export function fractionsIn(s: string, words: readonly WordMatch[]): FractionWord[] {
  const out: FractionWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = fractionAt(s, words, i);
    if (found) out.push(found);
  }
  for (const ratio of ratiosIn(s)) if (!out.some((f) => f.start < ratio.end && ratio.start < f.end)) out.push(ratio);
  return out.sort((a, b) => a.start - b.start);
}

const SMALL_NUMBERS = new Map([...NUMERATORS, ['ten', 10], ['eleven', 11], ['twelve', 12], ['twenty', 20], ['hundred', 100]]);
// "one in six riders", "1 in 4 adults", "nine out of 10 voters", "one in every five": a share.
const RATIO = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|\d{1,4})\b(?![.,]\d|%|-)/gi;

// Words after "7 out of 10" that share nothing out: a rating or a score goes on with the sentence.
const NOT_SHARED = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'as', 'than', 'after', 'before', 'when', 'while', 'is', 'was', 'were', 'are']);

/** Returns the shares said as "one in six riders" or "nine out of 10 voters"; the parts are no counts of their own. */
function ratiosIn(s: string): FractionWord[] {
  const out: FractionWord[] = [];
  for (const m of s.matchAll(RATIO)) {
    const n = numberOf(m[1] ?? '');
    const d = numberOf(m[2] ?? '');
    // "3 in 2024" is a year, "10 in 5" no share.
    if (n === null || d === null || n >= d || (d >= 1900 && d <= 2099)) continue;
    // "One in six" is a share wherever it stands; "he was 7 out of 10." is a rating unless it shares something out ("nine out of 10 voters").
    const after = /^\s+(\p{L}+)/u.exec(s.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (/\bout\s/i.test(m[0]) && (!after || (after !== 'of' && NOT_SHARED.has(after)))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: n / d, unit: FRACTION_UNIT, kind: 'fraction' });
  }
  return out;
}

function numberOf(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (SMALL_NUMBERS.get(word.toLowerCase()) ?? null);
}

function fractionAt(s: string, words: readonly WordMatch[], i: number): FractionWord | null {
  const word = words[i] as WordMatch;
  const w = word[0].toLowerCase();
  const end = word.index + w.length;
  if (w.includes('-') || w.includes('\u2010')) return compoundAt(s, words, i);
  const denominator = DENOMINATORS.get(w);
  if (denominator === undefined) return null;
  const prev = adjacentBefore(s, words, i);
  const p = prev?.[0].toLowerCase() ?? '';
  // The phrase: "half", "one half", "a third", "two thirds".
  let first = i;
  let value: number;
  let articleHalf = false;
  if (w === 'half') {
    value = 0.5;
    if (p === 'one') first = i - 1;
    // "a half point" is a fraction of a point, "a year and a half" no figure of ours.
    else if (p === 'a') [first, articleHalf] = [i - 1, true];
  } else if (w.endsWith('s')) {
    const numerator = NUMERATORS.get(p);
    if (numerator === undefined || numerator < 2) return null;
    first = i - 1;
    value = numerator / denominator;
  } else {
    if (p !== 'a' && p !== 'an' && p !== 'one') return null;
    first = i - 1;
    value = 1 / denominator;
  }
  const start = (words[first] as WordMatch).index;
  if (PERIOD_BEFORE.test(s.slice(Math.max(0, start - 12), start))) return null;

  const unit = unitOfFraction(s, words, i, w);
  if (unit) return { start, end: unit.end, value: value * unit.times, unit: unit.unit, kind: unit.kind };
  if (articleHalf) return null;
  const next = adjacentAfter(s, words, i);
  const n = next?.[0].toLowerCase() ?? '';
  // "half a million" is a number; "half a chance" none of ours.
  if (n === 'a' || n === 'an') return null;
  if (compares(s, start, w, n)) return { start, end, value, unit: TIMES_UNIT, kind: 'times' };
  const share = { start, end, value, unit: FRACTION_UNIT, kind: 'fraction' } as const;
  if (n === 'of') return OF_A_PERIOD.test(s.slice(end, end + 16)) ? null : share;
  if (PERIOD_PLURALS.has(w)) return null;
  if (w.endsWith('s')) return share; // "two thirds", "three fifths"
  if (w === 'half' && SHARED_AFTER_HALF.has(n)) return share;
  // "roughly a fifth.", "about half were rehired", not "about a third time" nor "about a quarter earlier".
  const qualifier = qualifierBefore(s, start);
  const endsHere = !next || /[^\s]/.test(s.slice(end, next.index));
  if (qualifier && qualifier.qualifier !== 'over' && (endsHere || !(isNounWord(n) || TIME_WORDS.has(n)))) return share;
  // "Half said they would stay", "a third were"; not "a third party sued" (an ordinal before its noun).
  if (!endsHere && opensClause(s, start) && verbFollows(s, end, w !== 'half') && !isNounWord(n)) return share;
  return null;
}

/** Returns the fraction in one hyphenated word: "two-thirds", "three-quarters", "a half-point", "a quarter-century"; or null. */
function compoundAt(s: string, words: readonly WordMatch[], i: number): FractionWord | null {
  const word = words[i] as WordMatch;
  const parts = word[0].toLowerCase().split(/[-\u2010]/);
  const head = parts[0] ?? '';
  const tail = parts.slice(1).join('-');
  let start = word.index;
  const end = word.index + word[0].length;
  const numerator = NUMERATORS.get(head);
  const denominator = DENOMINATORS.get(tail);
  if (numerator !== undefined && denominator !== undefined) {
    if (PERIOD_BEFORE.test(s.slice(Math.max(0, start - 12), start))) return null;
    const next = adjacentAfter(s, words, i);
    const value = numerator / denominator;
    if (compares(s, start, tail, next?.[0].toLowerCase() ?? '')) return { start, end, value, unit: TIMES_UNIT, kind: 'times' };
    return { start, end, value, unit: FRACTION_UNIT, kind: 'fraction' };
  }
  // "a half-point cut", "a quarter-percentage-point rise", "a quarter-century", "a half-decade".
  const part = head === 'half' ? 0.5 : head === 'quarter' ? 0.25 : null;
  if (part === null) return null;
  // "half-year" and "half-term" are periods; "a half-hour show" and "a quarter-century" are lengths.
  const unit = tail === 'point' || tail === 'percentage-point' ? { unit: POINTS, times: 1, kind: 'count' as const } : tail === 'year' ? null : spanOf(tail);
  if (!unit) return null;
  const prev = adjacentBefore(s, words, i);
  if (prev && /^an?$/i.test(prev[0])) start = prev.index;
  if (PERIOD_BEFORE.test(s.slice(Math.max(0, start - 12), start))) return null;
  return { start, end, value: part * unit.times, unit: unit.unit, kind: unit.kind };
}

/**
 * Returns the unit a fraction is of, and where it ends: "half a second", "half an hour", "a
 * quarter of a century", "a third of a percentage point", "a quarter point", "a quarter century".
 */
function unitOfFraction(s: string, words: readonly WordMatch[], i: number, w: string): { end: number; unit: string; times: number; kind: 'duration' | 'count' | 'number' } | null {
  const next = adjacentAfter(s, words, i);
  const n = next?.[0].toLowerCase() ?? '';
  let at = i + 1;
  if ((n === 'a' || n === 'an') && w === 'half') at = i + 2;
  else if (n === 'of' && /^an?$/i.test(adjacentAfter(s, words, i + 1)?.[0] ?? '')) at = i + 3;
  else if (w !== 'half' && w !== 'quarter') return null; // "a third year" is an ordinal
  const unitWord = at === i + 1 ? next : adjacentAfter(s, words, at - 1);
  if (!unitWord) return null;
  const u = unitWord[0].toLowerCase();
  if (u === 'point' || u === 'percentage') {
    const point = u === 'percentage' ? adjacentAfter(s, words, at) : unitWord;
    if (point?.[0].toLowerCase() !== 'point') return null;
    return { end: point.index + point[0].length, unit: POINTS, times: 1, kind: 'count' };
  }
  const scale = at === i + 3 ? scaleOfWord(u) : null;
  if (scale !== null) return { end: unitWord.index + unitWord[0].length, unit: '', times: 10 ** scale, kind: 'number' };
  // Right after the fraction only "century" and "decade" ("a quarter century"): "a quarter year" is a period.
  if (at === i + 1 && u !== 'century' && u !== 'decade') return null;
  const span = spanOf(u);
  return span ? { end: unitWord.index + unitWord[0].length, ...span } : null;
}

/** Returns the unit of a span named in the singular ("second", "decade"): decades and centuries are counted in years. */
function spanOf(word: string): { unit: string; times: number; kind: 'duration' } | null {
  if (word === 'decade') return { unit: 'years', times: 10, kind: 'duration' };
  if (word === 'century') return { unit: 'years', times: 100, kind: 'duration' };
  const unit = word.endsWith('s') ? null : durationOf(word);
  return unit ? { unit, times: 1, kind: 'duration' } : null;
}

/** Returns true when the fraction compares: "a quarter as much", "half as many", "cut by (more than) half", "cut in half". */
function compares(s: string, start: number, w: string, next: string): boolean {
  if (next === 'as') return true;
  const qualifier = qualifierBefore(s, start);
  const from = qualifier ? qualifier.start : start;
  const before = s.slice(Math.max(0, from - 4), from);
  return /\bby\s$/i.test(before) || (w === 'half' && from === start && /\bin\s$/i.test(before));
}

/** Returns the word right before words[i] with one space between, or null. */
function adjacentBefore(s: string, words: readonly WordMatch[], i: number): WordMatch | null {
  const prev = words[i - 1];
  const cur = words[i] as WordMatch;
  return prev && s.slice(prev.index + prev[0].length, cur.index) === ' ' ? prev : null;
}

/** Returns the word right after words[i] with one space between, or null. */
function adjacentAfter(s: string, words: readonly WordMatch[], i: number): WordMatch | null {
  const next = words[i + 1];
  const cur = words[i];
  return next && cur && s.slice(cur.index + cur[0].length, next.index) === ' ' ? next : null;
}

function isNounWord(word: string): boolean {
  return tagsOf(word).some((t) => NOUN_TAGS.has(t));
}
