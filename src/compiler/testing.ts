/**
 * Helpers for the compiler's tests: the seed article and a compiled bundle of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bundle } from '../schema/bundle';
import { compileArticle } from './compile';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_PATH = 'seeds/qwen-lead-resigns.txt';
export const SEED_STORY_PATH = 'seeds/qwen-lead-resigns.story.yaml';

/** Returns a file of the project as text. */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, `file://${ROOT}`), 'utf8');
}

/** Returns the seed article compiled with its story file; throws when it does not compile. */
export function compileSeed(overrides: { articleText?: string; storyText?: string | null } = {}): Bundle {
  const result = compileArticle({
    articleText: overrides.articleText ?? readProjectFile(SEED_PATH),
    articlePath: SEED_PATH,
    storyText: overrides.storyText === undefined ? readProjectFile(SEED_STORY_PATH) : overrides.storyText,
    storyPath: overrides.storyText === null ? null : SEED_STORY_PATH,
  });
  if (!result.bundle) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.bundle;
}
