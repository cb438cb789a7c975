import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotate';
import { parseArticle } from './parse';
import { extractPeople } from './people';
import { extractQuotations } from './quotations';

const quotes = (body: string) => {
  const article = annotateArticle(parseArticle(`Headline\n\n${body}`));
  return extractQuotations(article, extractPeople(article)).map((q) => [q.text, q.speaker]);
};

describe('extractQuotations(article, people)', { timeout: 60_000 }, () => {
  it('finds the speaker after, before, or through a possessive', () => {
    expect(quotes('"We will win the league this year," Elena Varga said.')).toEqual([['We will win the league this year', 'Elena Varga']]);
    expect(quotes('"We will win the league this year," said Elena Varga.')).toEqual([['We will win the league this year', 'Elena Varga']]);
    expect(quotes('Club chairman Robert Ashworth said: "We have shown our ambition."')).toEqual([['We have shown our ambition.', 'Robert Ashworth']]);
    expect(quotes('Objectively, Lin Junyang tended to prioritize his view. His recent post, "me stepping down. bye my beloved qwen," sparked talk.')).toEqual([
      ['me stepping down. bye my beloved qwen', 'Lin Junyang'],
    ]);
    expect(quotes('"Safety is our top priority," the head of vehicle engineering, Lars Moravy, wrote on X.')).toEqual([['Safety is our top priority', 'Lars Moravy']]);
    expect(quotes('Aoife Brennan said the plan works. “Nobody should choose between rent and food,” she told reporters.')).toEqual([['Nobody should choose between rent and food', 'Aoife Brennan']]);
  });

  it('leaves short scare quotes out and names nobody it cannot tell', () => {
    expect(quotes('He was the "spokesperson" for the "Qwen" brand. Wu Chen stated that it must stop the growth of a new and internal class of "technical aristocracy" in the labs.')).toEqual([]);
    expect(quotes('The report said the plan was "far too little and far too late" for many.')).toEqual([['far too little and far too late', null]]);
  });
});
