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
import { isFunctionWord, isKnownName, isKnownOrganization, isOrgWord, isTitleWord, tagsOf } from './lexicon';
import { type Token, tokenize } from './tokens';
import type { ParsedArticle, ParsedSentence } from './types';

/** A word token with what compromise's lexicon says of it, looked up once. */
export interface WordToken extends Token {
  /** its position in the sentence's token list */
  index: number;
  /** compromise lexicon tags ("FirstName", "PastTense", "Organization"…), empty when unknown */
  tags: readonly string[];
  /** a given or family name compromise knows ("Mira", "Huang") */
  knownName: boolean;
  /** a role or office ("CEO", "minister", "head") */
  title: boolean;
  /** a word that ends organisation names ("Group", "Bank", "Lab") */
  orgWord: boolean;
  /** an organisation compromise knows ("Nvidia") */
  knownOrg: boolean;
  /** a preposition, conjunction, determiner, pronoun or modal */
  functionWord: boolean;
  /** "Mr", "Ms", "Dr", "Prof" */
  honorific: boolean;
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
  return tokenize(text, from, to).map((t, index) => {
    const tags = tagsOf(t.word);
    return {
      ...t,
      index,
      tags,
      knownName: isKnownName(t.word),
      title: isTitleWord(t.word),
      orgWord: isOrgWord(t.word),
      knownOrg: isKnownOrganization(t.word),
      functionWord: isFunctionWord(t.word),
      honorific: tags.includes('Honorific'),
    };
  });
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
