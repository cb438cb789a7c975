/**
 * Sentence boundaries inside one paragraph, as offsets. Hand-written because it must keep
 * offsets exact and a quotation whole: `His post, "me stepping down. bye my beloved qwen,"
 * sparked…` is one sentence. Every loop here moves forward only, so cost is linear.
 */
import { isAbbreviation } from './lexicon';

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const WIDE_TERMINATORS = new Set(['。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '」', '』']);
/** Longest sentence handed to the extractors; longer runs (no punctuation) are cut at a space. */
export const MAX_SENTENCE_LENGTH = 1500;
/** A quote longer than this is treated as a stray quote mark, not a quotation. */
const MAX_QUOTE_LENGTH = 1200;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isLower = (ch: string | undefined) => ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** Returns the [open, close] offsets of quotation marks that pair up inside [start, end). */
export function findQuotePairs(text: string, start: number, end: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let straightOpen = -1;
  let curlyOpen = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (straightOpen === -1) straightOpen = i;
      else {
        if (i - straightOpen <= MAX_QUOTE_LENGTH) pairs.push([straightOpen, i]);
        straightOpen = -1;
      }
    } else if (ch === '“') curlyOpen = i;
    else if (ch === '”' && curlyOpen !== -1) {
      if (i - curlyOpen <= MAX_QUOTE_LENGTH) pairs.push([curlyOpen, i]);
      curlyOpen = -1;
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Returns the word (letters and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number, floor: number): string {
  let i = index;
  while (i > floor && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, index);
}

/** Returns true when the full stop at `i` ends an abbreviation or an initial, not a sentence. */
function endsAbbreviation(text: string, i: number, floor: number): boolean {
  const word = wordBefore(text, i, floor);
  if (word === '') return false;
  // "9B." or "v2." end a token that starts with a digit: not an abbreviation.
  if (/[\p{N}_]/u.test(text[i - word.length - 1] ?? '')) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return isAbbreviation(word.replace(/\./g, ''));
}

/** Returns the sentence spans of the paragraph text in [start, end), trimmed of white space. */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const quotes = findQuotePairs(text, start, end);
  const spans: Array<[number, number]> = [];
  let q = 0;
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    while (q < quotes.length && (quotes[q]?.[1] ?? 0) < i) q++;
    const ch = text[i] ?? '';
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && TERMINATORS.has(text[j] ?? '')) j++;
    const quote = quotes[q];
    const insideQuote = quote !== undefined && quote[0] < i && i < quote[1];
    // Inside a quotation only a terminator right before the closing mark can end the sentence.
    if (insideQuote && j !== quote[1]) {
      i = j;
      continue;
    }
    while (j < end && CLOSERS.has(text[j] ?? '')) j++;
    let boundary = false;
    if (j >= end) boundary = true;
    else if (WIDE_TERMINATORS.has(ch)) boundary = true;
    else if (isSpace(text[j])) {
      let k = j;
      while (k < end && isSpace(text[k])) k++;
      boundary = !isLower(text[k]) && !(ch === '.' && j === i + 1 && endsAbbreviation(text, i, sentenceStart));
    }
    if (boundary) {
      pushTrimmed(text, sentenceStart, j, spans);
      sentenceStart = j;
    }
    i = j;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

function pushTrimmed(text: string, from: number, to: number, spans: Array<[number, number]>): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e <= s) return;
  // Text without punctuation (or one huge token) is cut so extractors get bounded input.
  while (e - s > MAX_SENTENCE_LENGTH) {
    let cut = s + MAX_SENTENCE_LENGTH;
    const space = text.lastIndexOf(' ', cut);
    if (space > s + MAX_SENTENCE_LENGTH / 2) cut = space;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    let ce = cut;
    while (ce > s && isSpace(text[ce - 1])) ce--;
    spans.push([s, ce]);
    s = cut;
    while (s < e && isSpace(text[s])) s++;
  }
  if (e > s) spans.push([s, e]);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
