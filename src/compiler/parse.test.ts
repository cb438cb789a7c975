import { describe, expect, it } from 'vitest';
import { normaliseText, parseArticle } from './parse';

const kinds = (text: string) => parseArticle(text).paragraphs.map((p) => p.kind);
const paragraphTexts = (text: string) => {
  const a = parseArticle(text);
  return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
};

describe('normaliseText(raw)', { timeout: 60_000 }, () => {
  it('drops a leading BOM and turns CRLF and CR into LF', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(normaliseText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('parseArticle(text)', { timeout: 60_000 }, () => {
  it('takes the first non-empty line as the headline, one sentence', () => {
    const a = parseArticle('\n\n  Big News Today  \nBody text here that is long enough to be prose and not a heading at all.');
    expect(a.title).toBe('Big News Today');
    expect(a.paragraphs[0]?.kind).toBe('headline');
    expect(a.sentences.filter((s) => s.kind === 'headline')).toHaveLength(1);
  });

  it('recognises a dateline after the headline, and none when the second paragraph is prose', () => {
    expect(kinds('Head\n\nDeep News03-05 20:01\n\nBody.')).toEqual(['headline', 'dateline', 'body']);
    expect(kinds('Head\n\nThe company said on Monday that it would expand.\n\nMore.')).toEqual(['headline', 'body', 'body']);
  });

  it('finds the dateline after a byline, in web copy with one line a paragraph', () => {
    const a = parseArticle('Tesla recalls cars\nBy Sarah Mensah, Business reporter\nPublished 5 March 2026\nTesla is recalling about 200,000 vehicles in the US, regulators said on Thursday.');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'dateline', 'body']);
    expect(a.dateline).toMatchObject({ outlet: null, date: { year: 2026, month: 3, day: 5 } });
  });

  it('takes a line of names beside the dateline for a byline, before it or after it', () => {
    const before = parseArticle('Calder City post record revenue\n\nDaniel Okafor\n\nTue 14 Oct 2025 18.30 BST\n\nCalder City have reported record revenue.');
    expect(before.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'dateline', 'body']);
    expect(before.dateline).toMatchObject({ date: { year: 2025, month: 10, day: 14, hour: 18, minute: 30 } });
    expect(before.byline).toBe('p2');
    const after = parseArticle('Head\n\n5 March 2026\n\nAna Ruiz and Li Wei, Tokyo correspondents\n\nSales rose.');
    expect(after.byline).toBe('p3');
    expect(parseArticle('Head\n\nRuth Adeyemi in London and Li Wei in Hong Kong\n\nMarch 12 2025\n\nSales rose.').byline).toBe('p2');
    const titled = parseArticle('Councils raise tax\n\nHouseholds face bills above £2,300\n\nRowena Clarke Local government correspondent\nWed 4 Feb 2026 17.05 GMT\n\nMost councils will raise tax.');
    expect(titled.byline).toBe('p3');
    expect(titled.dateline).toMatchObject({ date: { year: 2026, month: 2, day: 4, hour: 17, minute: 5 } });
    // Without a dateline beside it, a short line of capitalised words is the story's.
    expect(parseArticle('Head\n\nShares Rose Again\n\nSales rose.').byline).toBeNull();
  });

  it('finds the dateline under a standfirst and a byline, as a newspaper site prints them', () => {
    const a = parseArticle('Transit Workers Approve Strike\n\nThe union says a walkout could begin as soon as Dec. 8.\n\nBy Maya Lindqvist\n\nDec. 2, 2025, 6:14 p.m. ET\n\nTransit workers voted on Monday.');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body', 'dateline', 'body']);
    expect(a.dateline).toMatchObject({ date: { year: 2025, month: 12, day: 2, hour: 18, minute: 14 } });
    expect(a.byline).toBe('p3');
    // A label of the page between the byline and the dateline.
    expect(kinds('Head\n\nJane Doe\n\nReuters\n\nNov 4, 2025\n\nSales rose.')).toEqual(['headline', 'body', 'body', 'dateline', 'body']);
    // Two paragraphs of prose before a date line: no front matter, no dateline.
    expect(kinds('Head\n\nThe union voted.\n\nIt said so on Monday, officials said, in a long statement.\n\nDec. 2, 2025')).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('marks trailing furniture as boilerplate, from the first marker on', () => {
    const text = 'Head\n\nBody one.\n\nBody two.\n\nDisclaimer: not advice. Long text follows here.\n\nComments\n\nWe need your insight to fill this gap\nLeave a comment';
    expect(kinds(text)).toEqual(['headline', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(kinds('Head\n\nComments on the plan were mixed, officials said, and the vote was delayed.')).toEqual(['headline', 'body']);
  });

  it('finds a wire dateline inside the first paragraph and the credits line as boilerplate', () => {
    const a = parseArticle('Exports jump\n\nBEIJING, March 7 (Reuters) - Exports rose.\n\nImports fell.\n\n(Reporting by Jane Doe; Editing by John Roe)');
    expect(a.dateline).toMatchObject({ outlet: 'Reuters', start: 14, end: 40, date: { month: 3, day: 7 }, sentence: 's2' });
    expect(a.text.slice(a.dateline?.start, a.dateline?.end)).toBe('BEIJING, March 7 (Reuters)');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body', 'boilerplate']);
    // Under a credit line at the top, as Reuters' Asia desk prints it.
    const credited = parseArticle('Asian stocks slip\n\nReporting by Hiro Sato; Editing by Anne Lee\n\nTOKYO, April 22 (Reuters) - Asian shares slipped.');
    expect(credited.dateline).toMatchObject({ outlet: 'Reuters', date: { month: 4, day: 22 } });
    const bloomberg = parseArticle('Bonds sold\n\n(Bloomberg) -- Orinda sold bonds.\n\nShares rose.\n\n--With assistance from Tom Becker.\n\nTo contact the reporter on this story:\nLucia Fernández in New York at lf@example.com');
    expect(bloomberg.paragraphs.map((p) => p.kind).slice(-2)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('joins soft-wrapped lines and splits lines that end sentences or are short', () => {
    const wrapped = 'Head\n\nThe government will spend money over the next five years to build homes\nfor families, the minister said on Tuesday in a long statement to reporters.\nA second paragraph starts here.';
    expect(paragraphTexts(wrapped).slice(1)).toEqual([
      'The government will spend money over the next five years to build homes\nfor families, the minister said on Tuesday in a long statement to reporters.',
      'A second paragraph starts here.',
    ]);
  });

  it('numbers paragraphs and sentences in order, with offsets inside the text', () => {
    const a = parseArticle('Head\n\nOne. Two.\n\nThree.');
    expect(a.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(a.sentences.map((s) => [s.id, s.paragraph, a.text.slice(s.start, s.end)])).toEqual([
      ['s1', 'p1', 'Head'],
      ['s2', 'p2', 'One.'],
      ['s3', 'p2', 'Two.'],
      ['s4', 'p3', 'Three.'],
    ]);
  });

  it('parses empty text to nothing', () => {
    expect(parseArticle('')).toMatchObject({ title: '', paragraphs: [], sentences: [], dateline: null });
  });
});
