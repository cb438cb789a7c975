import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, Quantity, TimeFact } from '../schema/bundle';
import { validateBundle } from '../schema/validate';
import { compileArticle, MAX_ARTICLE_CHARS } from './compile';
import { compileSeed, readProjectFile, ROOT, SEED_PATH, SEED_STORY_PATH } from './testing';

const bundle = compileSeed();
const { facts, article } = bundle;

const quantity = (text: string): Quantity => {
  const found = facts.quantities.filter((q) => q.text === text);
  expect(found, `one quantity "${text}"`).toHaveLength(1);
  return found[0] as Quantity;
};
const time = (text: string): TimeFact => {
  const found = facts.times.filter((t) => t.text === text);
  expect(found, `one time "${text}"`).toHaveLength(1);
  return found[0] as TimeFact;
};
const sentenceOf = (id: string) => {
  const s = article.sentences.find((x) => x.id === id);
  return s ? article.text.slice(s.start, s.end) : '';
};

describe('compileArticle({ articleText, articlePath, storyText, storyPath }) on the seed', { timeout: 60_000 }, () => {
  it('returns a bundle that passes validateBundle and keeps the text verbatim', () => {
    expect(validateBundle(JSON.parse(JSON.stringify(bundle))).ok).toBe(true);
    expect(article.text).toBe(readProjectFile(SEED_PATH));
    expect(bundle.source).toEqual({ article: SEED_PATH, story: SEED_STORY_PATH, mode: 'story' });
  });

  it('reads the headline, the dateline and the publication time, inferring the year from the text', () => {
    expect(article.title).toBe('Alibaba Approves Resignation of Qwen Lead Lin Junyang, Elevates Foundational Models to Top Strategic Priority');
    expect(article.outlet).toBe('Deep News');
    expect(article.dateline?.text).toBe('Deep News03-05 20:01');
    expect(article.published).toBe('2026-03-05T20:01');
    expect(article.publishedYearSource).toBe('text');
    expect(sentenceOf(article.publishedYearSentence ?? '')).toContain('In early 2026');
    const dateline = facts.times.find((t) => t.resolved === '2026-03-05T20:01');
    expect(dateline).toMatchObject({ text: '03-05 20:01', precision: 'minute', relative: false });
  });

  it('keeps the disclaimer and comment furniture as boilerplate, never mined', () => {
    const kinds = article.paragraphs.map((p) => p.kind);
    expect(kinds[0]).toBe('headline');
    expect(kinds[1]).toBe('dateline');
    const boiler = article.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => article.text.slice(p.start, p.end));
    expect(boiler[0]).toMatch(/^Disclaimer:/);
    expect(boiler.join('\n')).toContain('Leave a comment');
    const boilerStart = article.paragraphs.find((p) => p.kind === 'boilerplate')?.start ?? 0;
    for (const list of [facts.quantities, facts.times, facts.organizations, facts.quotations]) for (const f of list) expect(f.start).toBeLessThan(boilerStart);
  });

  it('keeps a quotation that contains a full stop inside one sentence', () => {
    const s = article.sentences.map((x) => article.text.slice(x.start, x.end)).find((x) => x.includes('me stepping down.'));
    expect(s).toMatch(/^His recent post, "me stepping down\. bye my beloved qwen," sparked .*leverage\.$/);
  });

  it('extracts the figures fully scaled, with unit, qualifier and currency', () => {
    expect(quantity('over 10 billion')).toMatchObject({ value: 10_000_000_000, unit: 'global downloads', qualifier: 'over', currency: null });
    expect(quantity('more than 200,000')).toMatchObject({ value: 200_000, unit: 'derivative models', qualifier: 'more than' });
    expect(quantity('100 million')).toMatchObject({ value: 100_000_000, unit: 'monthly active users', qualifier: null });
    expect(quantity('over $800 billion')).toMatchObject({ value: 800_000_000_000, currency: 'USD', unit: 'USD', qualifier: 'over' });
    expect(quantity('$110 billion')).toMatchObject({ value: 110_000_000_000, currency: 'USD', qualifier: null });
    expect(quantity('2 billion yuan')).toMatchObject({ value: 2_000_000_000, currency: 'CNY' });
    expect(quantity('33')).toMatchObject({ value: 33, unit: 'years' });
    expect(quantity('up to 10')).toMatchObject({ value: 10, unit: 'co-founders', qualifier: 'up to' });
  });

  it('reads the four model sizes of "Qwen3.5-0.8B/2B/4B/9B" as parameters, each its own slice', () => {
    const sizes = facts.quantities.filter((q) => q.unit === 'parameters');
    expect(sizes.map((q) => [q.text, q.value])).toEqual([
      ['0.8B', 800_000_000],
      ['2B', 2_000_000_000],
      ['4B', 4_000_000_000],
      ['9B', 9_000_000_000],
    ]);
  });

  it('takes no figure from names, dates, years or "one of"', () => {
    const texts = facts.quantities.map((q) => q.text);
    for (const not of ['3.5', 'Qwen3.5', '10', 'P10', '2', 'B2B', '03', '05', '20', '01', '2019', '2022', '2024', '2025', '2026', 'one']) {
      expect(texts).not.toContain(not);
    }
    expect(facts.quantities).toHaveLength(14);
  });

  it('counts what spelled-out numbers count, as the labelled corpus does', () => {
    expect(quantity('four')).toMatchObject({ value: 4, unit: 'small-scale models' });
    expect(quantity('three')).toMatchObject({ value: 3, unit: 'stages' });
  });

  it('resolves the time expressions with precision, modifiers and anchors', () => {
    const y2019 = time('2019');
    expect(y2019).toMatchObject({ resolved: '2019', precision: 'year', relative: false });
    expect(time('A year later')).toMatchObject({ resolved: '2020', precision: 'year', relative: true, anchor: y2019.id });
    expect(time('2022')).toMatchObject({ resolved: '2022', precision: 'year' });
    expect(time('2024')).toMatchObject({ resolved: '2024', precision: 'year' });
    expect(time('May 2025')).toMatchObject({ resolved: '2025-05', precision: 'month', relative: false });
    expect(time('early 2026')).toMatchObject({ resolved: '2026', precision: 'year', modifier: 'early', relative: false });
    const recently = time('Recently');
    expect(recently).toMatchObject({ resolved: '2026-03', precision: 'month', modifier: 'recent', relative: true, anchor: 'published' });
    expect(time('the same day')).toMatchObject({ resolved: recently.resolved, relative: true, anchor: recently.id });
  });

  it('leaves out vague spans and deictic "now"', () => {
    const texts = facts.times.map((t) => t.text.toLowerCase());
    expect(texts.some((t) => t.includes('decade'))).toBe(false);
    expect(texts).not.toContain('now');
  });

  it('finds the people with the roles the text gives them, and their short mentions', () => {
    const byName = new Map(facts.people.map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual(['Lin Junyang', 'Yongming Wu', 'Jingren Zhou', 'Yu Fan', 'Ilya Sutskever', 'Mira Murati']);
    expect(byName.get('Yongming Wu')?.role).toBe('Alibaba Group CEO');
    expect(byName.get('Lin Junyang')?.role).toBe('the core leader of the Qwen project');
    expect(byName.get('Jingren Zhou')?.role).toBe('Alibaba Cloud CTO and head of the Tongyi Lab');
    expect(byName.get('Yu Fan')?.role).toBe('Alibaba Group CTO');
    expect(byName.get('Ilya Sutskever')?.role).toBeNull();
    expect(byName.get('Mira Murati')?.role).toBe('CTO');
    const mentionTexts = (name: string) => byName.get(name)?.mentions.map((m) => article.text.slice(m.start, m.end)) ?? [];
    expect(mentionTexts('Yongming Wu')).toContain('Wu');
    expect(mentionTexts('Lin Junyang')).toContain('Lin');
    // The first mention of Lin Junyang is the headline.
    expect(byName.get('Lin Junyang')?.sentence).toBe(article.sentences[0]?.id);
    for (const p of facts.people) if (p.roleSpan) expect(article.text.slice(p.roleSpan.start, p.roleSpan.end)).toBe(p.role);
  });

  it('does not take products or models for people', () => {
    const names = facts.people.flatMap((p) => [p.name, ...p.mentions.map((m) => article.text.slice(m.start, m.end))]);
    for (const not of ['Qwen', 'Tongyi Qwen', 'Claude', 'GPT', 'Doubao', 'Yuanbao', 'Amap', 'Fliggy', 'Taobao', 'Qwen App', 'Alipay']) expect(names).not.toContain(not);
  });

  it('finds the organisations', () => {
    const names = facts.organizations.map((o) => o.name);
    for (const org of ['Alibaba', 'Alibaba Group', 'Alibaba Cloud', 'Tongyi Lab', 'Alibaba DAMO Academy', 'OpenAI', 'SoftBank', 'Amazon', 'Nvidia', 'DeepSeek']) expect(names).toContain(org);
    for (const not of ['Qwen', 'Taobao', 'Fliggy', 'Amap', 'Claude', 'GPT', 'Deep News']) expect(names).not.toContain(not);
  });

  it('finds the quotation without its quote marks, and its speaker', () => {
    const q = facts.quotations.find((x) => x.text.startsWith('me stepping down'));
    expect(q).toMatchObject({ text: 'me stepping down. bye my beloved qwen', speaker: 'Lin Junyang' });
    for (const other of facts.quotations) if (other !== q) expect(other.speaker).toBeNull();
  });

  it('keeps every fact text equal to its slice of the article', () => {
    for (const list of [facts.quantities, facts.times, facts.people, facts.organizations, facts.quotations]) {
      for (const f of list) expect(article.text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('compileArticle(...) resolving the seed story', { timeout: 60_000 }, () => {
  const story = bundle.story;
  const metric = (id: string) => {
    const m = story.metrics.find((x) => x.id === id);
    const q = facts.quantities.find((x) => x.id === m?.quantity);
    return q;
  };

  it('lists the six sections in order', () => {
    expect(story.sections.map((s) => s.id)).toEqual(['metrics', 'timeline', 'org', 'strategy', 'people', 'source']);
    expect(story.sections.find((s) => s.id === 'org')?.title).toBe('How the Qwen team is being split');
  });

  it('features the required metrics, bound to the extracted figures, with slug ids', () => {
    expect(metric('global-downloads')?.value).toBe(10_000_000_000);
    expect(metric('derivative-models')?.value).toBe(200_000);
    expect(metric('qwen-app-monthly-active-users')?.value).toBe(100_000_000);
    expect(['qwen3-5-0-8b', 'qwen3-5-2b', 'qwen3-5-4b', 'qwen3-5-9b'].map((id) => metric(id)?.value)).toEqual([8e8, 2e9, 4e9, 9e9]);
    expect(metric('age-of-the-qwen-lead')?.value).toBe(33);
    expect(metric('openai-co-founders-who-have-left')).toMatchObject({ value: 10, qualifier: 'up to' });
    expect(metric('openai-s-valuation')).toMatchObject({ value: 8e11, qualifier: 'over', currency: 'USD' });
    expect(metric('openai-s-latest-funding')).toMatchObject({ value: 1.1e11, currency: 'USD' });
    expect(metric('advertising-that-technology-alone-cannot-rescue')).toMatchObject({ value: 2e9, currency: 'CNY' });
  });

  it('dates the timeline events from the text, the resignation by the dateline', () => {
    const resolvedOf = (id: string) => facts.times.find((t) => t.id === story.timeline.events.find((e) => e.id === id)?.time)?.resolved;
    expect(story.timeline.lanes.map((l) => l.id)).toEqual(['career', 'qwen']);
    expect(resolvedOf('graduates-and-joins-alibaba-s-damo-academy')).toBe('2019');
    expect(resolvedOf('core-architecture-member-as-the-tongyi-qwen-project-starts')).toBe('2020');
    expect(resolvedOf('promoted-to-technical-lead')).toBe('2022');
    expect(resolvedOf('leads-the-open-sourcing-of-the-qwen-series')).toBe('2024');
    expect(resolvedOf('becomes-alibaba-s-youngest-p10-expert')).toBe('2025-05');
    expect(resolvedOf('resignation-approved')).toBe('2026-03-05T20:01');
    expect(resolvedOf('qwen-app-passes-100-million-monthly-users')).toBe('2026');
    expect(resolvedOf('four-small-qwen3-5-models-open-sourced')).toBe('2026-03');
    expect(resolvedOf('one-brand-qwen-replaces-tongyi-qwen')).toBe('2026-03');
    const resignation = story.timeline.events.find((e) => e.id === 'resignation-approved');
    expect(sentenceOf(resignation?.sentence ?? '')).toContain('approved the resignation application');
  });

  it('builds the org views with stable node ids, leads and reporting lines', () => {
    const [before, after] = story.org?.views ?? [];
    expect(before?.nodes.map((n) => [n.id, n.parent, n.leads])).toEqual([
      ['tongyi-lab', null, ['jingren-zhou']],
      ['qwen-team', 'tongyi-lab', ['lin-junyang']],
    ]);
    expect(after?.nodes.map((n) => n.id)).toEqual(['tongyi-lab', 'pre-training', 'post-training', 'text', 'multi-modality', 'foundation-support']);
    expect(after?.nodes.filter((n) => n.kind === 'team').every((n) => n.parent === 'tongyi-lab')).toBe(true);
    expect(after?.nodes.find((n) => n.id === 'foundation-support')?.leads).toEqual(['yongming-wu', 'jingren-zhou', 'yu-fan']);
  });

  it('sets the strategy sides and marks the current stage by quote', () => {
    const s = story.strategy;
    expect(s?.before.focus.text).toBe('building technological influence');
    expect(s?.before.kpis.map((k) => k.text)).toEqual(['open-source community activity', 'research paper citations']);
    expect(s?.after.kpis.map((k) => k.text)).toEqual(['user retention', 'scenario penetration', 'commercial revenue']);
    expect(s?.stages.map((x) => [x.label.text, x.current])).toEqual([
      ['Learning from Humans', false],
      ['Assisting Humans', true],
      ['Transcending Humans', false],
    ]);
  });

  it('casts the six people in the story order', () => {
    expect(story.people).toEqual(['lin-junyang', 'yongming-wu', 'jingren-zhou', 'yu-fan', 'ilya-sutskever', 'mira-murati']);
  });
});

describe('compileArticle(...) determinism and line endings', { timeout: 60_000 }, () => {
  it('gives the same bundle twice', () => {
    expect(JSON.stringify(compileSeed())).toBe(JSON.stringify(bundle));
  });

  it('gives the same facts for Windows (CRLF), old Mac (CR) line endings and a BOM', () => {
    const unix = readProjectFile(SEED_PATH);
    for (const variant of [unix.replace(/\n/g, '\r\n'), unix.replace(/\n/g, '\r'), `\uFEFF${unix.replace(/\n/g, '\r\n')}`]) {
      const other = compileSeed({ articleText: variant });
      expect(other.facts).toEqual(bundle.facts);
      expect(other.story).toEqual(bundle.story);
      expect(other.article.text).toBe(unix);
    }
  });
});

describe('compileArticle(...) golden file', { timeout: 60_000 }, () => {
  it('matches src/compiler/__golden__/qwen-lead-resigns.json (UPDATE_GOLDEN=1 rewrites it)', () => {
    const path = `${ROOT}src/compiler/__golden__/qwen-lead-resigns.json`;
    const actual = `${JSON.stringify(bundle, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});

describe('compileArticle(...) on bad input', { timeout: 60_000 }, () => {
  const compile = (articleText: string, storyText: string | null = null) => compileArticle({ articleText, articlePath: 'a.txt', storyText, storyPath: storyText === null ? null : 'a.story.yaml' });

  it('reports an empty or blank article', () => {
    for (const text of ['', '   \n\n \t\n', '\uFEFF']) {
      const r = compile(text);
      expect(r.bundle).toBeNull();
      expect(r.diagnostics).toEqual([{ path: 'a.txt', message: 'the article is empty', severity: 'error' }]);
    }
  });

  it('reports an article over the size limit without reading it', () => {
    const r = compile('x'.repeat(MAX_ARTICLE_CHARS + 1));
    expect(r.bundle).toBeNull();
    expect(r.diagnostics[0]?.message).toMatch(/too long \(2,000,001 characters; the limit is 2,000,000\)/);
  });

  it('compiles an article without a dateline: no publication date, relative "recently" left out', () => {
    const text = readProjectFile(SEED_PATH).replace('Deep News03-05 20:01\n\n', '');
    const r = compileArticle({ articleText: text, articlePath: 'a.txt' });
    expect(r.bundle?.article).toMatchObject({ outlet: null, published: null, dateline: null, publishedYearSource: null });
    expect(r.bundle?.facts.times.map((t) => t.text)).toEqual(['2019', 'A year later', '2022', '2024', 'May 2025', 'early 2026']);
  });

  it('reports a story that dates an event by a dateline the article lacks', () => {
    const text = readProjectFile(SEED_PATH).replace('Deep News03-05 20:01\n\n', '');
    const r = compileArticle({ articleText: text, articlePath: 'a.txt', storyText: readProjectFile(SEED_STORY_PATH), storyPath: 's.yaml' });
    expect(r.bundle).toBeNull();
    expect(r.diagnostics.map((d) => d.message)).toContain('when: published needs a dated dateline, and a.txt has none');
  });

  it('takes the publication year from the story file when it gives one', () => {
    const story = `published_year: 2025\n${readProjectFile(SEED_STORY_PATH)}`;
    const b = compileSeed({ storyText: story });
    expect(b.article).toMatchObject({ published: '2025-03-05T20:01', publishedYearSource: 'story', publishedYearSentence: null });
  });

  it('returns a bundle for markup, entities, right-to-left text, emoji, NUL and long words, offsets intact', () => {
    const hostile = [
      'Headline <script>alert(1)</script> &amp; "quotes"',
      '',
      'Reuters 2026-03-05 14:30',
      '',
      `<img src=x onerror=alert(1)> The firm, led by CEO Jane Okafor, said revenue rose to $5 billion 🚀 in 2025. مرحبا بالعالم 2024 \u0000 ${'a'.repeat(300)} javascript:alert(1) &#x3C;b&#x3E; 12,000 workers.`,
    ].join('\n');
    const r = compile(hostile);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const b = r.bundle as Bundle;
    expect(b.article.text).toBe(hostile);
    for (const list of [b.facts.quantities, b.facts.times, b.facts.people]) for (const f of list) expect(b.article.text.slice(f.start, f.end)).toBe(f.text);
    expect(b.facts.quantities.map((q) => q.text)).toEqual(['$5 billion', '12,000']);
    expect(b.facts.people.map((p) => [p.name, p.role])).toEqual([['Jane Okafor', 'CEO']]);
  });
});
