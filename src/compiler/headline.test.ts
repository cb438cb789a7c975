import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSentence, type FactSpan } from './clauses';
import { MAX_HEADLINE_WORDS, makeHeadline } from './headline';

/**
 * Builds a sentence from a template: [[figure]] and {{date}} mark facts, <<name>> a person.
 * Returns the headline of every fact, in order. Sentences here are written for these tests.
 */
function headlines(template: string): Array<{ fact: string; kind: 'figure' | 'date'; headline: string; sentence: string }> {
  let text = '';
  const facts: FactSpan[] = [];
  let last = 0;
  for (const m of template.matchAll(/\[\[(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>/g)) {
    text += template.slice(last, m.index);
    const body = (m[1] ?? m[2] ?? m[3]) as string;
    facts.push({ start: text.length, end: text.length + body.length, kind: m[1] ? 'figure' : m[2] ? 'date' : 'person' });
    text += body;
    last = (m.index ?? 0) + m[0].length;
  }
  text += template.slice(last);
  const sentence = analyseSentence(text, 0, text.length, facts);
  return facts
    .filter((f): f is FactSpan & { kind: 'figure' | 'date' } => f.kind !== 'person')
    .map((f) => {
      const index = sentence.words.findIndex((w) => w.start === f.start);
      return { fact: text.slice(f.start, f.end), kind: f.kind, headline: makeHeadline(sentence, index, f.kind === 'figure'), sentence: text };
    });
}

/** Asserts the promises every headline keeps. */
function expectSound({ fact, kind, headline, sentence }: ReturnType<typeof headlines>[number]): void {
  const where = `"${headline}" from "${sentence}"`;
  const words = headline.split(' ');
  expect(headline.length, where).toBeGreaterThan(0);
  expect(words.length, where).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
  expect(headline, where).not.toMatch(/…|\.\.\.$/);
  expect(headline.charAt(0), where).toBe(headline.charAt(0).toUpperCase());
  // Chosen, never written: each word is a word of the sentence, in the sentence's order.
  let at = 0;
  for (const word of words) {
    const found = sentence.toLowerCase().indexOf(word.toLowerCase(), at);
    expect(found, `${where}: "${word}"`).toBeGreaterThanOrEqual(0);
    at = found + word.length;
  }
  if (kind === 'figure') expect(headline.toLowerCase(), where).toContain(fact.toLowerCase());
  else expect(headline, `${where} keeps out the date`).not.toContain(fact);
}

const one = (template: string, fact = 0) => headlines(template)[fact] as ReturnType<typeof headlines>[number];

describe('makeHeadline(sentence, factIndex, keepFact)', () => {
  it('keeps subject, verb and object, and drops the date', () => {
    const h = one('The harbour authority hired 300 engineers in {{March 2024}} to rebuild the northern pier.');
    expectSound(h);
    expect(h.headline).toBe('Harbour authority hired 300 engineers');
  });

  it('tells a fronted date with the clause it introduces', () => {
    const h = one('In {{early 2026}}, the bakery chain opened its first factory outside Lyon.');
    expectSound(h);
    expect(h.headline).toMatch(/^Bakery chain opened its first factory/);
  });

  it('drops the attribution and keeps what was said, with the speaker as subject', () => {
    const h = one('The port operator said on {{Monday}} that it would close two terminals for repairs.');
    expectSound(h);
    expect(h.headline).not.toMatch(/\bsaid\b/);
    expect(h.headline).toMatch(/would close two terminals/);
  });

  it('leaves a trailing attribution and its appositive out', () => {
    const h = one('"We will reopen the line before the winter," said <<Ines Farrow>>, the operator\'s chief engineer, on {{Tuesday}}.');
    expectSound(h);
    expect(h.headline).not.toMatch(/said|Farrow|engineer/);
    expect(h.headline).toMatch(/reopen (?:the )?line/);
  });

  it('gives a relative clause the noun it describes as subject', () => {
    const h = one('Tavora Foods, which employs [[4,100]] people, reported a smaller loss.');
    expectSound(h);
    expect(h.headline).toBe('Tavora Foods employs 4,100 people');
  });

  it('trims hedges and subordinate clauses around a figure', () => {
    const h = one('The chipmaker reportedly raised [[$2 billion]] from sovereign funds after its first product shipped.');
    expectSound(h);
    expect(h.headline).toBe('Chipmaker raised $2 billion');
  });

  it('tells a change set off after its clause with that clause\'s subject', () => {
    const h = one('Shares of the shipbuilder closed at [[$48.20]], up [[7.4%]] on the day.', 1);
    expectSound(h);
    expect(h.headline).toMatch(/up 7\.4%$/);
    expect(h.headline).toMatch(/^Shares/);
  });

  it('keeps what makes a figure a plan or a forecast', () => {
    const plan = one('Water companies in three regions plan to spend [[£4.6 billion]] on new reservoirs.');
    expectSound(plan);
    expect(plan.headline).toMatch(/plan to spend £4\.6 billion/);
    const forecast = one('Analysts at the bank said demand could rise to [[2 million]] barrels a day by 2030.');
    expectSound(forecast);
    expect(forecast.headline).toMatch(/could rise to 2 million barrels/i);
  });

  it('keeps both ends of a range whole', () => {
    const h = one('The agency expects revenue of [[$1.5bn]]-[[$1.8bn]] next year.');
    expectSound(h);
    expect(h.headline).toContain('$1.5bn-$1.8bn');
  });

  it('names the subject of a verb joined by "and"', () => {
    const h = one('Okafor trained as a chemist in Leeds, joined the refinery in {{2011}} and ran it by 2019.');
    expectSound(h);
    expect(h.headline).toMatch(/joined the refinery|joined refinery/i);
  });

  it('never takes a person as the subject of "it"', () => {
    const h = one('<<Dana Whitlow>>, the fund\'s manager, said it had bought [[2 million]] shares.');
    expectSound(h);
    expect(h.headline).not.toContain('Whitlow');
  });

  it('stays within the word limit on a long sentence', () => {
    const h = one(
      'The regional transport authority, which has struggled with delays for most of the past decade, said that it would spend [[about €3.4 billion]] on new trains, signalling and stations across the northern network over the coming years.',
    );
    expectSound(h);
  });

  it('is sound on every fact of sentences built from news phrases', () => {
    const subject = fc.constantFrom('The company', 'Its shares', 'Revenue at the unit', 'The central bank', '<<Mara Olsen>>', 'Output from the mine', 'Exports');
    const verb = fc.constantFrom('rose', 'fell', 'raised', 'reported', 'is expected to reach', 'said it would invest', 'has cut', 'cost');
    const figure = fc.constantFrom('[[12%]]', '[[$3.2 billion]]', '[[about 4,500]] workers', '[[€18m]]', '[[more than 20]] stores', '[[0.25]] points');
    const tail = fc.constantFrom('', ' in {{2024}}', ' on {{Tuesday}}', ', the company said', ' after {{a year}} of losses', ', up from [[9%]] in {{2023}}', ' while costs fell');
    const lead = fc.constantFrom('', 'In {{March}}, ', 'According to analysts, ', 'Separately, ');
    fc.assert(
      fc.property(lead, subject, verb, figure, tail, (l, s, v, f, t) => {
        const first = l === '' ? s : s.charAt(0).toLowerCase() + s.slice(1);
        for (const h of headlines(`${l}${l === '' ? first.charAt(0).toUpperCase() + first.slice(1) : s.startsWith('<<') ? s : first} ${v} ${f}${t}.`)) expectSound(h);
      }),
      { numRuns: 150 },
    );
  });
});
