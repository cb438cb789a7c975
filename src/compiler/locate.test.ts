import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate';
import { parseArticle } from './parse';

const article = parseArticle('Head\n\nThe Tongyi Lab hired. The lab grew at B2B firms with 2B models.\n\nTongyi Lab again.\n\nDisclaimer: only here, not advice at all.');

describe('locateQuote(article, quote, { scopes, occurrence })', { timeout: 60_000 }, () => {
  it('finds a unique quote with its sentence', () => {
    expect(locateQuote(article, 'The lab grew')).toEqual({ ok: true, span: { text: 'The lab grew', start: 28, end: 40, sentence: 's3' } });
  });

  it('matches whole words only', () => {
    const r = locateQuote(article, '2B');
    expect(r.ok && article.text.slice(r.span.start - 5, r.span.end)).toBe('with 2B');
  });

  it('reports ambiguity, and resolves it by scope or occurrence', () => {
    expect(locateQuote(article, 'Tongyi Lab')).toEqual({ ok: false, reason: 'ambiguous', offsets: [10, 71] });
    expect(locateQuote(article, 'Tongyi Lab', { scopes: [{ start: 60, end: 90 }] })).toMatchObject({ ok: true, span: { start: 71 } });
    expect(locateQuote(article, 'Tongyi Lab', { occurrence: 2 })).toMatchObject({ ok: true, span: { start: 71 } });
    expect(locateQuote(article, 'Tongyi Lab', { occurrence: 3 })).toEqual({ ok: false, reason: 'occurrence', count: 2 });
  });

  it('reports empty, missing and boilerplate-only quotes', () => {
    expect(locateQuote(article, ' ')).toEqual({ ok: false, reason: 'empty' });
    expect(locateQuote(article, 'not there')).toEqual({ ok: false, reason: 'not-found' });
    expect(locateQuote(article, 'only here')).toEqual({ ok: false, reason: 'boilerplate' });
  });
});
