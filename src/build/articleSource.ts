/**
 * Which article the site is built from: `ARTICLE` when set, else the one `.txt` in `seeds/`,
 * with its story file beside it when there is one (else the compiler's auto mode).
 * Shared by the Vite plugin (dev and build) so both explain the same article.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface ArticleSource {
  /** absolute path of the article text */
  articlePath: string;
  /** absolute path of its story file, or null for auto mode */
  storyPath: string | null;
}

/** File endings of a story file, in the order they are looked for beside `<name>.txt`. */
export const STORY_EXTENSIONS = ['yaml', 'yml', 'json'];

export interface ArticleLookup {
  root: string;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  list: (dir: string) => string[];
}

/** Returns the article and story to build, or throws an Error that says how to choose one. */
export function resolveArticleSource(lookup: ArticleLookup = defaultArticleLookup()): ArticleSource {
  const { root, env, exists, list } = lookup;
  const given = env.ARTICLE?.trim();
  let articlePath: string;
  if (given) {
    articlePath = resolve(root, given);
    if (!exists(articlePath)) throw new Error(`ARTICLE is set to ${given}, but there is no file at ${articlePath}.`);
  } else {
    const seeds = join(root, 'seeds');
    const texts = exists(seeds) ? list(seeds).filter((f) => f.endsWith('.txt')).sort() : [];
    if (texts.length === 0) throw new Error('No article to explain: put one .txt file in seeds/ or set ARTICLE=path/to/article.txt.');
    if (texts.length > 1) {
      throw new Error(`Several articles in seeds/ (${texts.join(', ')}): choose one with ARTICLE=seeds/<name>.txt.`);
    }
    articlePath = join(seeds, texts[0] as string);
  }
  return { articlePath, storyPath: findStory(articlePath, exists) };
}

/** Returns the story file beside an article (`<name>.story.yaml|yml|json`), or null. */
export function findStory(articlePath: string, exists: (path: string) => boolean): string | null {
  const stem = basename(articlePath).replace(/\.txt$/i, '');
  for (const ext of STORY_EXTENSIONS) {
    const candidate = join(dirname(articlePath), `${stem}.story.${ext}`);
    if (exists(candidate)) return candidate;
  }
  return null;
}

/** Returns every path whose change should recompile the article: the text, and each possible story file. */
export function watchedPaths(source: ArticleSource): string[] {
  const stem = basename(source.articlePath).replace(/\.txt$/i, '');
  return [source.articlePath, ...STORY_EXTENSIONS.map((ext) => join(dirname(source.articlePath), `${stem}.story.${ext}`))];
}

/** Returns a path relative to the project when inside it, for messages. */
export function displayPath(path: string, root = process.cwd()): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Returns the lookup over the real process and file system. */
export function defaultArticleLookup(root = process.cwd()): ArticleLookup {
  return { root, env: process.env, exists: existsSync, list: (dir) => readdirSync(dir) };
}
