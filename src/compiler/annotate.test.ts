import { describe, expect, it } from 'vitest';
import { annotateArticle, sentenceAt, tokensWithin } from './annotate';
import { parseArticle } from './parse';

const article = annotateArticle(parseArticle("Chip Deal\n\nNvidia CEO Jensen Huang met Mr. Lee. The bank's head spoke.\n\nShares rose."));
const [, first, second, third] = article.sentences;

describe('annotateArticle(article)', { timeout: 60_000 }, () => {
  it('keeps the parsed article and gives every sentence its tokens with offsets', () => {
    expect(article.sentences.map((s) => s.kind)).toEqual(['headline', 'body', 'body', 'body']);
    expect(first?.tokens.map((t) => t.word)).toEqual(['Nvidia', 'CEO', 'Jensen', 'Huang', 'met', 'Mr', 'Lee']);
    for (const s of article.sentences) for (const t of s.tokens) expect(article.text.slice(t.start, t.end)).toBe(t.word);
    expect(second?.tokens[1]).toMatchObject({ word: 'bank', possessive: true, index: 1 });
  });

  it('looks each word up in the lexicon once: names, titles, organisations, honorifics, function words', () => {
    const byWord = new Map(first?.tokens.map((t) => [t.word, t]));
    expect(byWord.get('Nvidia')).toMatchObject({ knownOrg: true, knownName: false });
    expect(byWord.get('CEO')).toMatchObject({ title: true });
    expect(byWord.get('Jensen')).toMatchObject({ knownName: true, title: false });
    expect(byWord.get('Mr')).toMatchObject({ honorific: true });
    expect(byWord.get('met')?.tags).toContain('PastTense');
    expect(second?.tokens[0]).toMatchObject({ word: 'The', functionWord: true });
  });

  it('maps an offset to its sentence and a span to its tokens', () => {
    const at = article.text.indexOf('Shares');
    expect(sentenceAt(article.sentences, at)?.id).toBe(third?.id);
    expect(sentenceAt(article.sentences, article.text.length + 5)).toBeNull();
    const from = article.text.indexOf('Jensen');
    const to = article.text.indexOf(' met');
    expect(first && tokensWithin(first, from, to).map((t) => t.word)).toEqual(['Jensen', 'Huang']);
  });
});
