/**
 * What a figure counts: the noun phrase right after its number ("14,000 autonomous carts",
 * "100 million monthly active users"), read through compromise's lexicon one word at a time.
 */
import { currencyOfWords } from '../schema/currency';
import { isFunctionWord, tagsOf } from './lexicon';

const NOUN_TAGS = new Set(['Plural', 'Singular', 'Actor', 'Uncountable', 'Unit', 'Noun']);
const NOT_NOUN_TAGS = new Set(['Adjective', 'Adverb', 'Comparative', 'Superlative', 'PastTense', 'Gerund', 'Infinitive', 'Participle', 'Cardinal', 'Ordinal']);
const EXTRA_STOPS = new Set(['and', 'or', 'but', 'than', 'per', 'each', 'also', 'already', 'respectively', 'while', 'when', 'where', 'after', 'before', 'since', 'until', 'via', 'over', 'under', 'into', 'from', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'a', 'an', 'the']);
const MAX_UNIT_WORDS = 4;

/** Returns the noun phrase right after a figure ("global downloads", "monthly active users") and where it ends, or null. */
export function readNoun(s: string, from: number): { text: string; end: number } | null {
  const re = /\s*([\p{L}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{N}]+)*)/uy;
  re.lastIndex = from;
  const words: Array<{ word: string; start: number; end: number }> = [];
  while (words.length < MAX_UNIT_WORDS) {
    const gap = /^\s*/.exec(s.slice(re.lastIndex, re.lastIndex + 8))?.[0] ?? '';
    if (words.length > 0 && gap.length === 0) break;
    const m = re.exec(s);
    const word = m?.[1];
    if (!m || !word) break;
    if (isStopWord(word)) break;
    words.push({ word, start: m.index + m[0].length - word.length, end: m.index + m[0].length });
  }
  let head = -1;
  words.forEach((w, i) => {
    if (isNounLike(w.word)) head = i;
  });
  const first = words[0];
  const last = words[head];
  if (!first || !last) return null;
  return { text: s.slice(first.start, last.end), end: last.end };
}

/** Returns true for a word that ends the noun phrase after a figure: function words, verbs in the past, currency names. */
export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  if (EXTRA_STOPS.has(w) || currencyOfWords(w) !== null) return true;
  if (isFunctionWord(w)) return true;
  const tags = tagsOf(w);
  return tags.includes('PastTense') || (tags.includes('Adverb') && !w.endsWith('ly'));
}

/** Returns true for a word that can head a noun phrase: "models", "co-founders", "tonnes". */
export function isNounLike(word: string): boolean {
  const w = word.toLowerCase();
  const tags = tagsOf(w);
  if (tags.some((t) => NOUN_TAGS.has(t))) return true;
  if (/[^s]s$/.test(w) && !/(?:ous|ss|us|is)$/.test(w)) return !tags.includes('Adjective'); // "models", "co-founders"
  if (tags.some((t) => NOT_NOUN_TAGS.has(t))) return false;
  if (tags.length > 0) return false;
  return !/(?:ly|ive|ous|ful|able|ible|ed|ing|ic)$/.test(w);
}
