/**
 * The compiler's timings, in-process and warm, on the seed article (with and without its
 * story file) and on its body repeated 10 and 100 times, judged against the budgets.
 * `npm run bench -- --compiler` runs only this: compiler work can check its budgets in
 * seconds, without a build or a Lighthouse run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileArticle } from '../compiler/compile';
import { median } from './benchStats';

export interface CompilerFigures {
  /** null when the seed has no story file */
  articleWithStoryMs: number | null;
  articleMs: number;
  article10xMs: number;
  article100xMs: number;
}

/** The budgets: warm auto mode, warm with the story file, and how time grows with the text. */
export const COMPILER_TARGETS = { articleMs: 100, articleWithStoryMs: 150, growth100x: 120 } as const;

/** Returns the median milliseconds of compiling `text` in-process, after two warm-up runs. */
export function timeCompile(text: string, storyText: string | null, runs: number): number {
  const input = { articleText: text, articlePath: 'seeds/bench.txt', storyText, storyPath: storyText ? 'seeds/bench.story.yaml' : null };
  for (let i = 0; i < 2; i++) compileArticle(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { bundle } = compileArticle(input);
    times.push(performance.now() - start);
    if (!bundle) throw new Error('the compiler failed on the benchmark input');
  }
  return Number(median(times).toFixed(2));
}

/** Returns the article with its body paragraphs repeated `times` times (headline and dateline once). */
export function repeatBody(text: string, times: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const head = paragraphs.slice(0, 2).join('\n\n');
  const body = paragraphs.slice(2).join('\n\n');
  return `${head}\n\n${Array.from({ length: times }, () => body).join('\n\n')}`;
}

/** Returns the first article in `seeds/` and its story file, if it has one. */
export function seedFiles(root: string): { article: string; story: string | null } {
  const seeds = join(root, 'seeds');
  const names = readdirSync(seeds);
  const txt = names.filter((n) => n.endsWith('.txt')).sort();
  if (!txt[0]) throw new Error('no article (.txt) in seeds/');
  const article = readFileSync(join(seeds, txt[0]), 'utf8');
  const storyName = txt[0].replace(/\.txt$/, '.story.yaml');
  const story = names.includes(storyName) ? readFileSync(join(seeds, storyName), 'utf8') : null;
  return { article, story };
}

/** Times the compiler on the seed article of `root`. */
export function timeCompiler(root: string): CompilerFigures {
  const { article, story } = seedFiles(root);
  return {
    articleWithStoryMs: story ? timeCompile(article, story, 15) : null,
    articleMs: timeCompile(article, null, 15),
    article10xMs: timeCompile(repeatBody(article, 10), null, 7),
    article100xMs: timeCompile(repeatBody(article, 100), null, 3),
  };
}

/** Returns the compiler's table: each figure beside its budget, and whether it is met. */
export function formatCompiler(c: CompilerFigures, buildSeconds: number | null = null): string {
  const mark = (ok: boolean) => (ok ? 'met' : '**NOT met**');
  const growth = c.article100xMs / c.articleMs;
  return [
    '| compiler (median, warm) | ms | target |',
    '| --- | --- | --- |',
    ...(c.articleWithStoryMs !== null ? [`| article + story file | ${c.articleWithStoryMs} | ≤ ${COMPILER_TARGETS.articleWithStoryMs} ms: ${mark(c.articleWithStoryMs <= COMPILER_TARGETS.articleWithStoryMs)} |`] : []),
    `| article, auto mode | ${c.articleMs} | ≤ ${COMPILER_TARGETS.articleMs} ms: ${mark(c.articleMs <= COMPILER_TARGETS.articleMs)} |`,
    `| body ×10, auto mode | ${c.article10xMs} | |`,
    `| body ×100, auto mode | ${c.article100xMs} | ${growth.toFixed(0)}× the 1× time; ≤ ${COMPILER_TARGETS.growth100x}×: ${mark(growth <= COMPILER_TARGETS.growth100x)} |`,
    ...(buildSeconds !== null ? [`| \`npm run build\` | ${Math.round(buildSeconds * 1000)} | |`] : []),
  ].join('\n');
}
