/**
 * Finding a label's text in the article: exact, at word boundaries, by occurrence. Truth
 * files name a figure by its text ("SGD 4.35") and, when it appears more than once, which
 * appearance they mean.
 */

export interface Span {
  start: number;
  end: number;
}

/** Returns the offsets of the `occurrence`th (1-based) appearance of `needle` at word boundaries, or null. */
export function locateText(text: string, needle: string, occurrence = 1): Span | null {
  let seen = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (!isBounded(text, i, i + needle.length)) continue;
    seen++;
    if (seen === occurrence) return { start: i, end: i + needle.length };
  }
  return null;
}

/** Returns how often `needle` appears at word boundaries. */
export function countText(text: string, needle: string): number {
  let seen = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) if (isBounded(text, i, i + needle.length)) seen++;
  return seen;
}

// "2" is not found inside "2025", nor "4.3" inside "4.35"; "$1bn" is found in "$1bn-$2bn".
function isBounded(text: string, start: number, end: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  const needleStartsWord = word.test(text[start] ?? '');
  const needleEndsWord = word.test(text[end - 1] ?? '');
  if (needleStartsWord && word.test(text[start - 1] ?? '')) return false;
  if (needleStartsWord && /[.,]/.test(text[start - 1] ?? '') && /\d/.test(text[start - 2] ?? '')) return false;
  if (needleEndsWord && word.test(text[end] ?? '')) return false;
  if (needleEndsWord && /[.,]/.test(text[end] ?? '') && /\d/.test(text[end + 1] ?? '')) return false;
  return true;
}
