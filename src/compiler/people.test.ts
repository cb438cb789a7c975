import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotate';
import { parseArticle } from './parse';
import { extractPeople } from './people';

const cast = (body: string, headline = 'Headline') => {
  const article = annotateArticle(parseArticle(`${headline}\n\n${body}`));
  return extractPeople(article).map((p) => ({ name: p.name, role: p.role, mentions: p.mentions.map((m) => article.text.slice(m.start, m.end)) }));
};

describe('extractPeople(article)', { timeout: 60_000 }, () => {
  it('takes names compromise knows, and unknown names in a role context', () => {
    expect(cast('Alibaba Group CEO Yongming Wu spoke, and Alibaba Group CTO Yu Fan listened. Ilya Sutskever left.').map((p) => [p.name, p.role])).toEqual([
      ['Yongming Wu', 'Alibaba Group CEO'],
      ['Yu Fan', 'Alibaba Group CTO'],
      ['Ilya Sutskever', null],
    ]);
  });

  it('reads roles before the name, in an appositive before it, and in one after it', () => {
    expect(cast('Chief financial officer Tomás Herrera spoke. Alibaba Cloud CTO and head of the Tongyi Lab, Jingren Zhou, will lead. It approved the exit of Lin Junyang, the core leader of the Qwen project.').map((p) => p.role)).toEqual([
      'Chief financial officer',
      'Alibaba Cloud CTO and head of the Tongyi Lab',
      'the core leader of the Qwen project',
    ]);
    expect(cast('Minister for Housing Aoife Brennan spoke. Lin Junyang, aged 33, left.').map((p) => p.role)).toEqual(['Minister for Housing', null]);
  });

  it('collects short mentions, possessives included, and the headline mention', () => {
    expect(cast('Yongming Wu wrote a memo. Wu said it twice. Later, Wu\'s team agreed.', 'Wu Speaks: Yongming Wu on AI')).toEqual([
      { name: 'Yongming Wu', role: null, mentions: ['Yongming Wu', 'Yongming Wu', 'Wu', "Wu"] },
    ]);
  });

  it('knows hyphenated given names by their parts', () => {
    expect(cast('On Monday, Jean-Luc Mélenchon met investors.').map((p) => p.name)).toEqual(['Jean-Luc Mélenchon']);
  });

  it('does not take products, models or places for people', () => {
    expect(cast('The Qwen App stated its goal. Users compared GPT and Claude. Tongyi Qwen was retired. It sells through Taobao Flash Sales, Fliggy and Amap in Porto Alegre.')).toEqual([]);
  });

  it('does not count a single word as a person, nor a short form shared by two people', () => {
    expect(cast('Mark Lee and Anna Lee met. Lee said so. Claude answered.').map((p) => [p.name, p.mentions.length])).toEqual([
      ['Mark Lee', 1],
      ['Anna Lee', 1],
    ]);
  });
});
