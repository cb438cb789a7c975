/**
 * The compiler's file side: read an article (and its story file) from disk with clear
 * errors for missing, empty, binary, non-UTF-8 or oversized files, and write output
 * atomically. Everything else is compileArticle, which is pure.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type CompileResult, compileArticle, MAX_ARTICLE_CHARS } from './compile';
import { type Diagnostic, errorAt } from './diagnostics';

/** Largest file read, in bytes: at most 4 bytes a character under the character limit. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Story file endings looked for beside `<name>.txt`, in order. */
export const STORY_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

export interface CompileFilesOptions {
  /** the story file; omitted: look beside the article; null: auto mode */
  storyPath?: string | null;
  /** directory paths are shown relative to (default: the working directory) */
  root?: string;
}

/** Returns the compiled bundle of an article file and its story file, with every diagnostic. */
export async function compileFiles(articlePath: string, options: CompileFilesOptions = {}): Promise<CompileResult> {
  const root = options.root ?? process.cwd();
  const shownArticle = displayPath(articlePath, root);
  const article = await readTextFile(articlePath, shownArticle);
  if (!article.ok) return { bundle: null, diagnostics: [article.diagnostic] };

  let storyPath: string | null;
  if (options.storyPath === undefined) storyPath = await findStoryBeside(articlePath);
  else storyPath = options.storyPath;
  let storyText: string | null = null;
  let shownStory: string | null = null;
  if (storyPath !== null) {
    shownStory = displayPath(storyPath, root);
    const story = await readTextFile(storyPath, shownStory);
    if (!story.ok) return { bundle: null, diagnostics: [story.diagnostic] };
    storyText = story.text;
  }
  return compileArticle({ articleText: article.text, articlePath: shownArticle, storyText, storyPath: shownStory });
}

/** Returns `<article-without-.txt>.story.<yaml|yml|json>` beside the article when it exists, else null. */
export async function findStoryBeside(articlePath: string): Promise<string | null> {
  const stem = basename(articlePath).replace(/\.txt$/i, '');
  for (const ext of STORY_EXTENSIONS) {
    const candidate = join(dirname(articlePath), `${stem}.story.${ext}`);
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Returns the UTF-8 text of a file, or one clear error saying why it cannot be used. */
export async function readTextFile(path: string, shown: string): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({ ok: false, diagnostic: errorAt(shown, message) });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a directory, not a text file');
    if (!info.isFile()) return fail('is not a regular file');
    size = info.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`);
  }
  if (size > MAX_FILE_BYTES) return fail(`is too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)}, about ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  if (looksBinary(bytes)) return fail('looks like a binary file, not UTF-8 text');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(`is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`);
  }
}

/** Returns true when control bytes say "binary": NUL bytes beyond a stray one, or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  // A text with a stray NUL is hostile, not binary: it compiles and renders as text.
  return nul > 8 || (sample.length > 0 && (nul + control) / sample.length > 0.05);
}

/** Returns the offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms and surrogates are invalid too; the fatal decoder has already said so.
    if (length > 1 && !isValidSequence(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return i;
}

function isValidSequence(sequence: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    return true;
  } catch {
    return false;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Returns the path as shown to people: relative to `root` when inside it, with forward slashes. */
export function displayPath(path: string, root: string = process.cwd()): string {
  const absolute = resolve(root, path);
  const rel = relative(root, absolute);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}

/** Writes the text to a temporary file beside `path`, then renames it over `path`: readers never see half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
