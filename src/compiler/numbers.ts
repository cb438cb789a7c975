/**
 * Reading figures: numerals by hand ("200,000", "0.8", "$110", with "billion" or a "B"
 * suffix) and written-out numbers ("two million", "twenty-five") through compromise.
 *
 * compromise does read "over 10 billion" as 10000000000, but in 14.17.0 it reads "3m" as 3,
 * leaves "$2.3bn" unscaled, merges "€5 million, £3.2 billion" into one number and skips
 * "0.8B"; and its numbers() pass costs milliseconds per sentence. Numerals are simple to read
 * exactly, so only number words go to compromise (see the decision record 0001).
 */
import nlp from 'compromise';
import { hasTag } from './lexicon';

// "bln"/"mln" are wire shorthand; "lakh" and "crore" are how Indian outlets scale rupees.
const SCALE_WORDS: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, mn: 6, bn: 9, tn: 12, trn: 12, mln: 6, bln: 9, trln: 12,
  lakh: 5, lakhs: 5, crore: 7, crores: 7,
};

/** Returns the power of ten a scale word stands for ("billion" → 9), or null. */
export function scaleOfWord(word: string): number | null {
  return SCALE_WORDS[word.toLowerCase()] ?? null;
}

/** Returns the numeral prefix of a run of digits, commas and dots ("200,000", "0.8"), or null when it is not one number ("1.2.3", "10,5"). */
export function readNumeral(run: string): { intDigits: string; fraction: string } | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(run);
  if (!m) return null;
  return { intDigits: (m[1] ?? '').replace(/,/g, ''), fraction: m[2] ?? '' };
}

/** Returns intDigits.fraction × 10^scale exactly as a number (0.8 × 10^9 is 800000000, not 800000000.0000001). */
export function scaleNumeral(n: { intDigits: string; fraction: string }, scale: number): number {
  return Number(`${n.intDigits}${n.fraction}e${scale - n.fraction.length}`);
}

/** Returns true for a word that scales the number words before it: "million", "billion", "dozen". */
export function isScaleWord(word: string): boolean {
  return /^(?:dozen|half-dozen)$/i.test(word) || hasTag(word, 'Multiple');
}

const wordCache = new Map<string, number | null>();

/** Returns the value of a written-out number ("two million" → 2000000, "half a dozen" → 6) as compromise reads it, or null. */
export function valueOfNumberWords(phrase: string): number | null {
  const key = phrase.toLowerCase();
  const cached = wordCache.get(key);
  if (cached !== undefined) return cached;
  // compromise reads "half a dozen" as 0.5 and "two dozen" as 2.
  const dozen = /^(.*?)\s*(half-)?dozen$/.exec(key);
  const value = dozen ? dozensOf(dozen[1] ?? '', dozen[2] !== undefined) : readByCompromise(phrase);
  if (wordCache.size > 1000) wordCache.clear();
  wordCache.set(key, value);
  return value;
}

function readByCompromise(phrase: string): number | null {
  const values = nlp(phrase).numbers().get() as unknown[];
  return values.length === 1 && typeof values[0] === 'number' && Number.isFinite(values[0]) ? values[0] : null;
}

/** Returns the value of dozens counted by the words before "dozen": "" or "a" (12), "half a" (6), "two" (24). */
function dozensOf(head: string, half: boolean): number | null {
  const count = head === '' || head === 'a' || head === 'an' ? 1 : head === 'half a' ? 0.5 : readByCompromise(head);
  return count === null ? null : count * (half ? 6 : 12);
}
