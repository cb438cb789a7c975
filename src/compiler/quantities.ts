/**
 * Quantities: figures with their value fully scaled, what they count (from the text), a
 * qualifier ("over", "up to") and a currency. Years and dates are times, not quantities;
 * numbers glued to letters are names ("Qwen3.5", "P10", "B2B"); spelled-out counts below ten
 * ("three stages") are prose, not figures worth a card.
 */
import type { Qualifier, Quantity } from '../schema/bundle';
import { hasTag, isFunctionWord, tagsOf } from './lexicon';
import { readNumeral, scaleNumeral, scaleOfWord, valueOfNumberWords } from './numbers';
import type { ParsedArticle, ParsedSentence } from './types';

/** A quantity plus the noun phrase after it ("global downloads"), used to label it in auto mode. */
export interface ExtractedQuantity extends Quantity {
  noun: string | null;
}

interface Span {
  start: number;
  end: number;
}

const CURRENCY_PREFIXES: Array<[string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'CNY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['USD ', 'USD'], ['EUR ', 'EUR'], ['GBP ', 'GBP'], ['CNY ', 'CNY'], ['RMB ', 'CNY'], ['JPY ', 'JPY'], ['CHF ', 'CHF'],
];
const CURRENCY_WORDS: Record<string, string> = {
  yuan: 'CNY', rmb: 'CNY', renminbi: 'CNY', cny: 'CNY', dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR',
  pounds: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY', won: 'KRW', rupees: 'INR', francs: 'CHF', chf: 'CHF', rubles: 'RUB', roubles: 'RUB',
};
const QUALIFIERS: Array<[RegExp, Exclude<Qualifier, null>]> = [
  [/\b(?:more than|in excess of|upwards of)\s$/i, 'more than'],
  [/\b(?:just over|over|above)\s$/i, 'over'],
  [/\b(?:up to|as many as)\s$/i, 'up to'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated)\s$/i, 'about'],
  [/\b(?:at least|no fewer than|no less than)\s$/i, 'at least'],
  [/\b(?:less than|fewer than|just under|under|below)\s$/i, 'less than'],
  [/\b(?:nearly|almost|close to|just shy of)\s$/i, 'nearly'],
];
const NOUN_TAGS = new Set(['Plural', 'Singular', 'Actor', 'Uncountable', 'Unit', 'Noun']);
const NOT_NOUN_TAGS = new Set(['Adjective', 'Adverb', 'Comparative', 'Superlative', 'PastTense', 'Gerund', 'Infinitive', 'Participle', 'Cardinal', 'Ordinal']);
const EXTRA_STOPS = new Set(['and', 'or', 'but', 'than', 'per', 'each', 'also', 'already', 'respectively', 'while', 'when', 'where', 'after', 'before', 'since', 'until', 'via', 'over', 'under', 'into', 'from', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'a', 'an', 'the']);
const SMALL_WORD_LIMIT = 10;
const MAX_UNIT_WORDS = 4;

/** Returns the quantities of the article's body in text order; `exclude` holds spans that are times. */
export function extractQuantities(article: ParsedArticle, exclude: readonly Span[] = []): ExtractedQuantity[] {
  const out: ExtractedQuantity[] = [];
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const sentence of article.sentences) {
    if (sentence.kind !== 'body') continue;
    // Sentences and spans are both in text order: one moving window keeps this linear.
    while (first < sorted.length && (sorted[first] as Span).end <= sentence.start) first++;
    const inSentence: Span[] = [];
    for (let i = first; i < sorted.length && (sorted[i] as Span).start < sentence.end; i++) inSentence.push(sorted[i] as Span);
    const numerals = numeralsIn(article.text, sentence, inSentence);
    const found = [...numerals, ...numberWordsIn(article.text, sentence, [...inSentence, ...numerals])];
    found.sort((a, b) => a.start - b.start);
    for (const q of found) out.push({ ...q, id: `q${out.length + 1}`, text: article.text.slice(q.start, q.end) });
  }
  return out;
}

type Draft = Omit<ExtractedQuantity, 'id'>;

function numeralsIn(text: string, sentence: ParsedSentence, exclude: readonly Span[]): Draft[] {
  const s = text.slice(sentence.start, sentence.end);
  const drafts: Draft[] = [];
  for (const m of s.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const at = m.index;
    const run = m[0];
    const end = at + run.length;
    if (overlaps(exclude, sentence.start + at, sentence.start + end)) continue;
    const prev = s[at - 1] ?? '';
    const beforePrev = s[at - 2] ?? '';
    if (/[\p{L}\p{N}_]/u.test(prev)) continue; // "Qwen3.5", "P10", "B2B"
    const numeral = readNumeral(run);
    if (!numeral) continue;
    // "000" or "007" are a thousands group or a code, not a figure.
    if (numeral.intDigits.length > 1 && numeral.intDigits.startsWith('0')) continue;
    const after = s.slice(end);
    const glued = /^[\p{L}%]+/u.exec(after)?.[0] ?? '';
    const joinedToName = /[-/]/.test(prev) && /[\p{L}\p{N}]/u.test(beforePrev);
    const size = /^[BMT]$/.exec(glued);
    if (size && (joinedToName || /^\s+(?:parameters?|models?|LLMs?)\b/i.test(after.slice(1)))) {
      // Model sizes: "Qwen3.5-0.8B", "/2B", "a 7B model".
      const scale = { B: 9, M: 6, T: 12 }[size[0] as 'B' | 'M' | 'T'];
      drafts.push(draft(sentence, at, end + 1, scaleNumeral(numeral, scale), 'parameters', null, null, null));
      continue;
    }
    if (joinedToName || /[:.,]/.test(prev) && /\d/.test(beforePrev)) continue; // "COVID-19", "20:01"
    if (/^[-/:]\d/.test(after)) continue; // ranges and dates "10-15", "24/7"
    if (/^\s?(?:[ap]\.?m\.?)(?![\p{L}])/iu.test(after)) continue; // clock times "5 pm", "9 a.m."

    const currencyBefore = currencyPrefix(s, at);
    let scale = 0;
    let cursor = end;
    let unit: string | null = null;
    let currency = currencyBefore?.code ?? null;
    if (glued) {
      const suffix = glued.toLowerCase();
      if (glued === '%') unit = 'percent';
      else if (suffix === 'bn' || suffix === 'tn' || suffix === 'trn' || suffix === 'mn') scale = scaleOfWord(suffix) ?? 0;
      else if (glued === 'B' || glued === 'K' || glued === 'k' || glued === 'M' || (currency && (suffix === 'm' || suffix === 't'))) {
        scale = { b: 9, k: 3, m: 6, t: 12 }[suffix] ?? 0;
      } else continue; // "1st", "3D", "5G", "100m" (metres or million: unclear)
      cursor = end + glued.length;
    } else if (/^-years?-old\b/i.test(after)) {
      unit = 'years';
      cursor = end + (/^-years?-old/i.exec(after)?.[0].length ?? 0);
    }
    const scaleWord = /^\s+(thousand|million|billion|trillion|mn|bn)\b/i.exec(s.slice(cursor));
    if (scaleWord && scale === 0) {
      scale = scaleOfWord(scaleWord[1] ?? '') ?? 0;
      cursor += scaleWord[0].length;
    }
    const currencyAfter = /^\s*(?:US )?([A-Za-z]+)\b/.exec(s.slice(cursor));
    const afterCode = currencyAfter ? CURRENCY_WORDS[(currencyAfter[1] ?? '').toLowerCase()] : undefined;
    if (afterCode && !currency) {
      currency = afterCode;
      cursor += currencyAfter?.[0].length ?? 0;
    }
    const percent = /^\s*(?:percent|per cent)\b/i.exec(s.slice(cursor));
    if (percent && !unit) {
      unit = 'percent';
      cursor += percent[0].length;
    }
    const start = currencyBefore ? currencyBefore.start : at;
    let noun = nounAfter(s, cursor);
    if (unit === 'years' || (!noun && /\b(?:aged|age of)\s$/i.test(s.slice(Math.max(0, start - 8), start)))) {
      unit = 'years';
      noun = 'age';
    }
    if (currency) unit = currency;
    else if (!unit) unit = noun;
    if (!unit) continue; // a bare number ("one of", "10 of the") says nothing on its own
    const value = scaleNumeral(numeral, scale);
    if (!Number.isFinite(value)) continue;
    const qualifier = qualifierBefore(s, start);
    drafts.push(draft(sentence, qualifier ? qualifier.start : start, cursor, value, unit, currency, qualifier?.qualifier ?? null, noun));
  }
  return drafts;
}

function numberWordsIn(text: string, sentence: ParsedSentence, exclude: readonly Span[]): Draft[] {
  const s = text.slice(sentence.start, sentence.end);
  const drafts: Draft[] = [];
  const words = [...s.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !isNumberWord(first[0])) {
      i++;
      continue;
    }
    // A run of number words joined by spaces, "and" or "a" ("one hundred and twenty", "half a million").
    let j = i;
    while (j + 1 < words.length) {
      const next = words[j + 1];
      const cur = words[j];
      if (!next || !cur || s.slice(cur.index + cur[0].length, next.index) !== ' ') break;
      const w = next[0].toLowerCase();
      if (isNumberWord(next[0]) || ((w === 'and' || w === 'a') && isNumberWord(words[j + 2]?.[0] ?? ''))) j++;
      else break;
    }
    const last = words[j];
    i = j + 1;
    if (!last) continue;
    const at = first.index;
    const end = last.index + last[0].length;
    if (overlaps(exclude, sentence.start + at, sentence.start + end)) continue;
    // "10 billion" was read with its numeral; "billion" alone is not a second figure.
    if (/[\p{N}$€£¥]\s*$/u.test(s.slice(Math.max(0, at - 3), at))) continue;
    const phrase = s.slice(at, end);
    const hasScale = phrase.split(/[\s-]+/).some((w) => hasTag(w, 'Multiple'));
    if (!hasScale && phrase.split(/[\s-]+/).length === 1 && SMALL_NUMBER_WORDS.has(phrase.toLowerCase())) continue;
    const value = valueOfNumberWords(phrase);
    if (value === null || (!hasScale && value < SMALL_WORD_LIMIT)) continue;
    let cursor = end;
    let currency: string | null = null;
    const currencyAfter = /^\s*(?:US )?([A-Za-z]+)\b/.exec(s.slice(cursor));
    const code = currencyAfter ? CURRENCY_WORDS[(currencyAfter[1] ?? '').toLowerCase()] : undefined;
    if (code) {
      currency = code;
      cursor += currencyAfter?.[0].length ?? 0;
    }
    const noun = nounAfter(s, cursor);
    const unit = currency ?? noun;
    if (!unit) continue;
    const qualifier = qualifierBefore(s, at);
    drafts.push(draft(sentence, qualifier ? qualifier.start : at, cursor, value, unit, currency, qualifier?.qualifier ?? null, noun));
  }
  return drafts;
}

const SMALL_NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'zero', 'a', 'and']);

function isNumberWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.includes('Ordinal') || tags.includes('Fraction')) return word.toLowerCase() === 'half';
  return tags.includes('Cardinal') || word.split('-').every((part) => tagsOf(part).includes('Cardinal'));
}

function draft(sentence: ParsedSentence, from: number, to: number, value: number, unit: string, currency: string | null, qualifier: Qualifier, noun: string | null): Draft {
  return { text: '', start: sentence.start + from, end: sentence.start + to, sentence: sentence.id, value, unit, currency, qualifier, noun };
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((x) => x.start < end && start < x.end);
}

function currencyPrefix(s: string, at: number): { start: number; code: string } | null {
  for (const [symbol, code] of CURRENCY_PREFIXES) {
    const from = at - symbol.length;
    if (from >= 0 && s.slice(from, at) === symbol && !/[\p{L}\p{N}]/u.test(s[from - 1] ?? '')) return { start: from, code };
  }
  return null;
}

function qualifierBefore(s: string, at: number): { start: number; qualifier: Exclude<Qualifier, null> } | null {
  const before = s.slice(Math.max(0, at - 24), at);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const m = pattern.exec(before);
    if (m) return { start: at - (before.length - m.index), qualifier };
  }
  return null;
}

/** Returns the noun phrase right after a figure ("global downloads", "monthly active users"), or null. */
export function nounAfter(s: string, from: number): string | null {
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
  return s.slice(first.start, last.end).replace(/\s+/g, ' ');
}

function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  if (EXTRA_STOPS.has(w) || CURRENCY_WORDS[w] !== undefined) return true;
  if (isFunctionWord(w)) return true;
  const tags = tagsOf(w);
  return tags.includes('PastTense') || (tags.includes('Adverb') && !w.endsWith('ly'));
}

function isNounLike(word: string): boolean {
  const w = word.toLowerCase();
  const tags = tagsOf(w);
  if (tags.some((t) => NOUN_TAGS.has(t))) return true;
  if (/[^s]s$/.test(w) && !/(?:ous|ss|us|is)$/.test(w)) return !tags.includes('Adjective'); // "models", "co-founders"
  if (tags.some((t) => NOT_NOUN_TAGS.has(t))) return false;
  if (tags.length > 0) return false;
  return !/(?:ly|ive|ous|ful|able|ible|ed|ing|ic)$/.test(w);
}
