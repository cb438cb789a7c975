import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../compiler/testing';
import { type ArticleLookup, defaultArticleLookup, findStory, resolveArticleSource, watchedPaths } from './articleSource';

function lookup(files: string[], env: Record<string, string> = {}): ArticleLookup {
  const all = new Set(files);
  return {
    root: '/p',
    env,
    exists: (p) => all.has(p) || files.some((f) => f.startsWith(`${p}/`)),
    list: (dir) => files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)),
  };
}

describe('resolveArticleSource(lookup)', () => {
  it('takes the single .txt in seeds/ and its story file', () => {
    expect(resolveArticleSource(lookup(['/p/seeds/a.txt', '/p/seeds/a.story.yaml', '/p/seeds/notes.md']))).toEqual({
      articlePath: '/p/seeds/a.txt',
      storyPath: '/p/seeds/a.story.yaml',
    });
  });

  it('builds in auto mode when there is no story file', () => {
    expect(resolveArticleSource(lookup(['/p/seeds/a.txt'])).storyPath).toBeNull();
  });

  it('names every article when there are several and ARTICLE is not set', () => {
    expect(() => resolveArticleSource(lookup(['/p/seeds/b.txt', '/p/seeds/a.txt']))).toThrow(/Several articles in seeds\/ \(a\.txt, b\.txt\).*ARTICLE=/);
  });

  it('follows ARTICLE, relative to the project or absolute', () => {
    const files = ['/p/seeds/a.txt', '/p/seeds/b.txt', '/tmp/x/c.txt', '/tmp/x/c.story.json'];
    expect(resolveArticleSource(lookup(files, { ARTICLE: 'seeds/b.txt' })).articlePath).toBe('/p/seeds/b.txt');
    expect(resolveArticleSource(lookup(files, { ARTICLE: '/tmp/x/c.txt' }))).toEqual({ articlePath: '/tmp/x/c.txt', storyPath: '/tmp/x/c.story.json' });
  });

  it('builds the seed whatever the labelled corpus in seeds/corpus/ holds', () => {
    expect(readdirSync(join(ROOT, 'seeds', 'corpus')).filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(1);
    const source = resolveArticleSource({ ...defaultArticleLookup(ROOT), env: {} });
    expect(source.articlePath).toBe(join(ROOT, 'seeds', 'qwen-lead-resigns.txt'));
    expect(existsSync(source.storyPath ?? '')).toBe(true);
  });

  it('reports an ARTICLE that does not exist, and an empty seeds/', () => {
    expect(() => resolveArticleSource(lookup(['/p/seeds/a.txt'], { ARTICLE: 'nope.txt' }))).toThrow(/ARTICLE is set to nope\.txt/);
    expect(() => resolveArticleSource(lookup([]))).toThrow(/No article to explain/);
  });
});

describe('findStory(articlePath, exists)', () => {
  it('prefers yaml, then yml, then json', () => {
    const files = new Set(['/s/a.story.json', '/s/a.story.yml']);
    expect(findStory('/s/a.txt', (p) => files.has(p))).toBe('/s/a.story.yml');
  });
});

describe('watchedPaths(source)', () => {
  it('watches the text and every place a story file may appear', () => {
    expect(watchedPaths({ articlePath: '/s/a.txt', storyPath: null })).toEqual(['/s/a.txt', '/s/a.story.yaml', '/s/a.story.yml', '/s/a.story.json']);
  });
});
