import { describe, expect, it } from 'vitest';
import { extractOrganizations } from './organizations';
import { annotateArticle } from './annotate';
import { parseArticle } from './parse';
import { extractPeople } from './people';

const orgs = (body: string) => {
  const article = annotateArticle(parseArticle(`Headline\n\n${body}`));
  return extractOrganizations(article, extractPeople(article)).map((o) => o.name);
};

describe('extractOrganizations(article, people)', { timeout: 60_000 }, () => {
  it('reads names ending in an organisation word, known organisations and brand-shaped words', () => {
    expect(orgs('The Tongyi Lab at Alibaba DAMO Academy works with Nvidia. OpenAI and DeepSeek compete.')).toEqual(['Tongyi Lab', 'Alibaba DAMO Academy', 'Nvidia', 'OpenAI', 'DeepSeek']);
  });

  it('takes list members beside a known organisation, not lists of products', () => {
    expect(orgs('Investors include SoftBank, Amazon, and Nvidia. It sells on Taobao, Fliggy, and Amap.')).toEqual(['SoftBank', 'Amazon', 'Nvidia']);
  });

  it('adds the first word of a suffixed name when it stands alone elsewhere', () => {
    expect(orgs('Alibaba Group reported results. Alibaba said more.')).toEqual(['Alibaba Group', 'Alibaba']);
    expect(orgs('Tongyi Lab hired. Tongyi Qwen shipped.')).toEqual(['Tongyi Lab']);
  });

  it('carries a name on through "of" and capitalised words', () => {
    expect(orgs('Imports fell, the General Administration of Customs said, and the Bank of China agreed.')).toEqual(['General Administration of Customs', 'Bank of China']);
  });

  it('keeps people out', () => {
    expect(orgs('CEO Jane Smith met Smith Group officials. Jane Smith spoke.')).toEqual(['Smith Group']);
  });
});
