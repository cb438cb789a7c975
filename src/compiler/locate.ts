/**
 * Finding a story quote in the article: exact text at word boundaries, outside the
 * boilerplate, first inside narrower scopes (the sentence of a related quote), then in
 * the whole article where it must be unique or picked by `occurrence`.
 */
import type { Span } from '../schema/bundle';
import { sentenceAt } from './annotate';
import type { ParsedArticle } from './types';

export interface Range {
  start: number;
  end: number;
}

export type LocateResult =
  | { ok: true; span: Span }
  | { ok: false; reason: 'empty' | 'not-found' | 'boilerplate' }
  | { ok: false; reason: 'ambiguous'; offsets: number[] }
  | { ok: false; reason: 'occurrence'; count: number };

export interface LocateOptions {
  /** ranges to try first, in order; a unique match in one wins */
  scopes?: readonly Range[];
  /** 1-based pick among the matches in the whole article */
  occurrence?: number | null;
}

/** Returns where the quote is in the article, or why it cannot be placed. */
export function locateQuote(article: ParsedArticle, quote: string, options: LocateOptions = {}): LocateResult {
  const { text } = article;
  if (quote.trim() === '') return { ok: false, reason: 'empty' };
  const all: number[] = [];
  let inBoilerplate = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (!isBounded(text, i, i + quote.length, quote)) continue;
    const sentence = sentenceAt(article.sentences, i);
    if (!sentence) continue;
    if (sentence.kind === 'boilerplate') inBoilerplate++;
    else all.push(i);
  }
  if (all.length === 0) return { ok: false, reason: inBoilerplate > 0 ? 'boilerplate' : 'not-found' };
  const spanAt = (start: number): LocateResult => {
    const sentence = sentenceAt(article.sentences, start);
    return { ok: true, span: { text: quote, start, end: start + quote.length, sentence: sentence?.id ?? '' } };
  };
  if (options.occurrence != null) {
    const pick = all[options.occurrence - 1];
    return pick === undefined || options.occurrence < 1 ? { ok: false, reason: 'occurrence', count: all.length } : spanAt(pick);
  }
  for (const scope of options.scopes ?? []) {
    const inside = all.filter((i) => i >= scope.start && i + quote.length <= scope.end);
    if (inside.length === 1) return spanAt(inside[0] as number);
  }
  if (all.length > 1) return { ok: false, reason: 'ambiguous', offsets: all };
  return spanAt(all[0] as number);
}

/** Returns true when the match does not cut a word: "2B" is not found inside "B2B". */
function isBounded(text: string, start: number, end: number, quote: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  if (word.test(quote[0] ?? '') && word.test(text[start - 1] ?? '')) return false;
  if (word.test(quote[quote.length - 1] ?? '') && word.test(text[end] ?? '')) return false;
  return true;
}
