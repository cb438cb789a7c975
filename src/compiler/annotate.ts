/**
 * The annotation pass: every sentence's word tokens with the lexicon facts the extractors
 * ask about, and the sentence map (which sentence holds an offset). Made once per compile,
 * after parsing, and read by every extractor, so no extractor tokenises or looks a word up
 * again.
 *
 * An annotated article is still a parsed article: an extractor that takes a
 * `ParsedArticle` reads it unchanged, and adopts the tokens by taking an
 * `AnnotatedArticle` and reading `sentence.tokens`.
 */
import { factsOf, phraseTagsOf, type WordFacts } from './lexicon';
import { type Token, tokenize } from './tokens';
import type { ParsedArticle, ParsedSentence } from './types';

/** A word token with what compromise's lexicon says of it (see `WordFacts`), looked up once. */
export interface WordToken extends Token, WordFacts {
  /** its position in the sentence's token list */
  index: number;
  /** tags of a multi-word lexicon entry the token is part of ("Goldman Sachs", "Hong Kong", "Bill Gates"), else empty */
  phraseTags: readonly string[];
}

/** A sentence with its tokens, in text order. */
export interface AnnotatedSentence extends ParsedSentence {
  /** its position in `article.sentences` */
  index: number;
  tokens: readonly WordToken[];
}

export interface AnnotatedArticle extends ParsedArticle {
  sentences: AnnotatedSentence[];
}

/** Returns the article with every sentence tokenised and every token's lexicon facts looked up. */
export function annotateArticle(article: ParsedArticle): AnnotatedArticle {
  const sentences = article.sentences.map((s, index) => ({ ...s, index, tokens: annotateTokens(article.text, s.start, s.end) }));
  return { ...article, sentences };
}

function annotateTokens(text: string, from: number, to: number): WordToken[] {
  const tokens = tokenize(text, from, to, (t, index): WordToken => {
    const f = factsOf(t.word);
    return {
      word: t.word,
      start: t.start,
      end: t.end,
      possessive: t.possessive,
      index,
      tags: f.tags,
      knownName: f.knownName,
      title: f.title,
      firmRole: f.firmRole,
      orgWord: f.orgWord,
      placeWord: f.placeWord,
      knownOrg: f.knownOrg,
      functionWord: f.functionWord,
      honorific: f.honorific,
      capitalised: f.capitalised,
      nameShaped: f.nameShaped,
      phraseTags: NO_TAGS,
    };
  });
  markPhrases(text, tokens);
  return tokens;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
const MAX_PHRASE_WORDS = 3;

/**
 * Marks runs of 2-3 capitalised tokens that make one multi-word lexicon entry ("Goldman
 * Sachs", "Johnson & Johnson", "Hong Kong"), longest first. Only proper nouns are looked
 * up: they are the entries the extractors ask about, and a lookup per word pair would cost
 * more than the rest of the pass.
 */
function markPhrases(text: string, tokens: WordToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as WordToken;
    if (!first.capitalised || !tokens[i + 1]?.capitalised) continue;
    for (let n = MAX_PHRASE_WORDS; n >= 2; n--) {
      const last = tokens[i + n - 1];
      if (!last?.capitalised || !joinedByPlainGaps(text, tokens, i, i + n - 1)) continue;
      const tags = phraseTagsOf(text.slice(first.start, last.end));
      if (tags.length === 0) continue;
      for (let k = i; k < i + n; k++) (tokens[k] as WordToken).phraseTags = tags;
      i += n - 1;
      break;
    }
  }
}

function joinedByPlainGaps(text: string, tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const a = tokens[k] as WordToken;
    const b = tokens[k + 1] as WordToken;
    if (a.possessive) return false;
    const gap = text.slice(a.end, b.start);
    if (gap !== ' ' && gap !== ' & ') return false;
  }
  return true;
}

/** Returns the sentence (of a list in text order) that contains the offset, or null. */
export function sentenceAt<T extends { start: number; end: number }>(sentences: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as T;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Returns the index of the first token of the sentence that starts at or after `offset`. */
export function tokenIndexAt(sentence: AnnotatedSentence, offset: number): number {
  const { tokens } = sentence;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as WordToken).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Returns the sentence's tokens that lie wholly inside [from, to). */
export function tokensWithin(sentence: AnnotatedSentence, from: number, to: number): readonly WordToken[] {
  const first = tokenIndexAt(sentence, from);
  let last = first;
  while (last < sentence.tokens.length && (sentence.tokens[last] as WordToken).end <= to) last++;
  return sentence.tokens.slice(first, last);
}
