/**
 * Word tokens with offsets and the shape features the name and organisation rules use.
 */

export interface Token {
  /** the word without a possessive ending: "Lin" for "Lin's" */
  word: string;
  start: number;
  /** end of `word` (before any possessive) */
  end: number;
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’&.-][\p{L}\p{M}\p{N}]+)*/gu;

/** Returns the word tokens of text[from, to) with absolute offsets, each made by `make` (plain tokens by default). */
export function tokenize<T = Token>(text: string, from: number, to: number, make: (token: Token, index: number) => T = (t) => t as T): T[] {
  const tokens: T[] = [];
  const s = text.slice(from, to);
  for (const m of s.matchAll(WORD)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/[’']$/.test(text[from + m.index + word.length] ?? '') && /s$/.test(word) && !/\p{L}/u.test(text[from + m.index + word.length + 1] ?? '')) {
      possessive = true; // plural possessive "investors'"
    }
    tokens.push(make({ word, start: from + m.index, end: from + m.index + word.length, possessive }, tokens.length));
  }
  return tokens;
}

/** Returns true for a capitalised name-shaped word: "Lin", "Sutskever", "Jean-Luc", "O'Brien", "McDonald", "LeCun", "DiCaprio". */
export function isNameShaped(word: string): boolean {
  return /^(?:Mc|Mac|O['’]|Le|La|De|Di|Da|Du)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(word);
}

/** Returns true for words written in capitals: "CTO", "DAMO", "GPT", "R&D". */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}&.-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Returns true for brand-shaped words with an inner capital: "OpenAI", "SoftBank", "DeepSeek". */
export function isCamelBrand(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(word) && !isNameShaped(word);
}

/** Returns true when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Returns the text between two tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.possessive ? a.end + 2 : a.end, b.start);
}
