import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticBundle } from '../schema/testing';
import { type ArticlePluginOptions, articlePlugin, describeFailure } from './articlePlugin';

const root = mkdtempSync(join(tmpdir(), 'article-plugin-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>');
writeFileSync(join(root, 'main.js'), 'console.log(1);\n');
writeFileSync(join(root, 'a.txt'), 'text');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const source = { articlePath: join(root, 'a.txt'), storyPath: null };

function buildWith(compile: ArticlePluginOptions['compile'], outDir: string) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [articlePlugin({ source: () => source, compile })],
    build: { outDir: join(root, outDir), emptyOutDir: true },
  });
}

describe('articlePlugin({source, compile}) in a build', () => {
  it('emits the compiled bundle as data/bundle.json', async () => {
    const bundle = makeSyntheticBundle();
    await buildWith(async () => ({ bundle, lines: [] }), 'ok');
    expect(JSON.parse(readFileSync(join(root, 'ok', 'data', 'bundle.json'), 'utf8'))).toEqual(bundle);
  });

  it('fails the build with every diagnostic line when the article does not compile', async () => {
    const lines = ['a.story.yaml:3:5: quote "x" not found in a.txt', 'a.story.yaml:9:1: unknown section "y"'];
    await expect(buildWith(async () => ({ bundle: null, lines }), 'bad')).rejects.toThrow(/a\.story\.yaml:3:5: quote "x" not found[\s\S]*a\.story\.yaml:9:1: unknown section/);
    expect(existsSync(join(root, 'bad', 'data', 'bundle.json'))).toBe(false);
  });
});

describe('describeFailure(source, lines)', () => {
  it('lists the diagnostics, then names the article and the mode', () => {
    const message = describeFailure(source, ['x.txt:1:1: boom']);
    expect(message.split('\n')[0]).toBe('x.txt:1:1: boom');
    expect(message).toMatch(/did not compile: .*a\.txt \(auto mode\)/);
  });
});
