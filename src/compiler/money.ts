/**
 * Reading the currency of a figure from the text around its number: a mark or an ISO code
 * before it ("US$5bn", "EUR2.1 billion", "SGD 4.35", "RMB 30 billion"), or a code or a name
 * after it ("4.35 SGD", "7 billion yuan", "10 million Hong Kong dollars").
 *
 * The ISO 4217 codes come from Intl, which the compiler may call: it runs in Node at build
 * time. The marks and names come from the one currency table, src/schema/currency.ts.
 */
import { CURRENCY_MARKS, currenciesSharingName, currencyOfHundredths, currencyOfWords, MAX_CURRENCY_WORDS } from '../schema/currency';

// Codes that are also English words or company names written in capitals ("ALL 5 members",
// "AMD 7 chips", "TOP 10"): read as names, not money.
const NOT_CODES = new Set(['ALL', 'AMD', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP']);

const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency').filter((code) => !NOT_CODES.has(code)));

/** Returns true for an ISO 4217 code the compiler reads as money ("SGD", "EUR"). */
export function isCurrencyCode(word: string): boolean {
  return ISO_CODES.has(word);
}

/** Returns where a currency written just before s[at] starts and its code ("US$5", "SGD 4.35", "EUR2.1"), or null. */
export function currencyBefore(s: string, at: number): { start: number; code: string } | null {
  // One space or none between the mark and the number ("SGD 4.35", "EUR2.1").
  const gap = /\s/.test(s[at - 1] ?? '') ? 1 : 0;
  const end = at - gap;
  for (const [mark, code] of CURRENCY_MARKS) {
    const from = end - mark.length;
    // A mark stands alone ("RMB 30", not "ARMB 30"); "$" may follow a dash ("$1bn-$2bn").
    if (from >= 0 && s.startsWith(mark, from) && !/[\p{L}\p{N}]/u.test(s[from - 1] ?? '')) return { start: from, code };
  }
  const code = s.slice(Math.max(0, end - 3), end);
  if (end >= 3 && /^[A-Z]{3}$/.test(code) && ISO_CODES.has(code) && !/[\p{L}\p{N}]/u.test(s[end - 4] ?? '')) return { start: end - 3, code };
  return null;
}

/**
 * Returns the end and code of a currency written right after s[from]: " SGD", " yuan", " Hong
 * Kong dollars"; or null. A name several currencies share (" crowns") also gives the codes it
 * may stand for, which the money around it decides between.
 */
export function currencyAfter(s: string, from: number): { end: number; code: string; shared: readonly string[] | null } | null {
  const words = wordsAfter(s, from);
  const first = words[0];
  if (first && /^[A-Z]{3}$/.test(first.word) && ISO_CODES.has(first.word)) return { end: first.end, code: first.word, shared: null };
  const named = longestName(words, currencyOfWords);
  if (!named) return null;
  const n = words.findIndex((w) => w.end === named.end);
  const name = words.slice(0, n + 1).map((w) => w.word).join(' ');
  return { ...named, shared: currenciesSharingName(name) };
}

/**
 * Returns the end and code of a currency's hundredths named right after s[from] ("45 HK cents",
 * "12 Singapore cents", "20 pence"); the code is `cents` for bare "cents", which the caller
 * resolves from the money around it. Null when none is named.
 */
export function hundredthsAfter(s: string, from: number): { end: number; code: string } | null {
  return longestName(wordsAfter(s, from), currencyOfHundredths);
}

/** Returns up to MAX_CURRENCY_WORDS spaced words after s[from], a sentence's full stop left out. */
function wordsAfter(s: string, from: number): Array<{ word: string; end: number }> {
  const re = /\s?(\p{L}+(?:\.\p{L}+)*\.?)/uy;
  const words: Array<{ word: string; end: number }> = [];
  re.lastIndex = from;
  while (words.length < MAX_CURRENCY_WORDS) {
    const m = re.exec(s);
    // Words are spaced: "Hong Kong dollars"; letters glued to the number are no name ("5years").
    if (!m || m[0].length === (m[1] ?? '').length) break;
    // A sentence's full stop may follow the name ("…worth 5 billion yuan."): it is not part of it.
    const word = m[1] ?? '';
    const bare = word.endsWith('.') && !/\..*\.$/.test(word) ? word.slice(0, -1) : word;
    words.push({ word: bare, end: re.lastIndex - (word.length - bare.length) });
    if (bare !== word) break;
  }
  return words;
}

function longestName(words: ReadonlyArray<{ word: string; end: number }>, lookup: (name: string) => string | null): { end: number; code: string } | null {
  for (let n = words.length; n > 0; n--) {
    const code = lookup(
      words
        .slice(0, n)
        .map((w) => w.word)
        .join(' '),
    );
    if (code) return { end: (words[n - 1] as { end: number }).end, code };
  }
  return null;
}
