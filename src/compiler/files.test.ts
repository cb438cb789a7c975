import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics';
import { compileFiles, displayPath, MAX_FILE_BYTES, writeFileAtomic } from './files';
import { readProjectFile, ROOT, SEED_PATH } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'compiler-files-'));
const seed = readProjectFile(SEED_PATH);
const story = readProjectFile('seeds/qwen-lead-resigns.story.yaml');
afterAll(() => undefined);

/** Returns the formatted diagnostics of compiling a file written with the given bytes. */
async function compileBytes(name: string, bytes: string | Uint8Array, root = dir): Promise<string[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const r = await compileFiles(path, { storyPath: null, root });
  return r.diagnostics.map(formatDiagnostic);
}

describe('compileFiles(articlePath, { storyPath, root })', { timeout: 60_000 }, () => {
  it('compiles the seed with the story file beside it, naming paths relative to the root', async () => {
    const r = await compileFiles(`${ROOT}${SEED_PATH}`, { root: ROOT });
    expect(r.diagnostics).toEqual([]);
    expect(r.bundle?.source).toEqual({ article: SEED_PATH, story: 'seeds/qwen-lead-resigns.story.yaml', mode: 'story' });
  });

  it('finds a .story.json beside the article, and runs auto mode when told storyPath: null', async () => {
    writeFileSync(join(dir, 'json.txt'), seed);
    writeFileSync(join(dir, 'json.story.json'), JSON.stringify({ people: ['Yu Fan'] }));
    const found = await compileFiles(join(dir, 'json.txt'), { root: dir });
    expect(found.bundle?.source).toEqual({ article: 'json.txt', story: 'json.story.json', mode: 'story' });
    expect(found.bundle?.story.people).toEqual(['yu-fan']);
    const auto = await compileFiles(join(dir, 'json.txt'), { root: dir, storyPath: null });
    expect(auto.bundle?.source.mode).toBe('auto');
  });

  it('reports a missing article, a missing story and a directory', async () => {
    expect((await compileFiles(join(dir, 'nope.txt'), { root: dir })).diagnostics.map(formatDiagnostic)).toEqual(['nope.txt: file not found']);
    writeFileSync(join(dir, 'has-story.txt'), seed);
    expect((await compileFiles(join(dir, 'has-story.txt'), { root: dir, storyPath: join(dir, 'gone.yaml') })).diagnostics.map(formatDiagnostic)).toEqual(['gone.yaml: file not found']);
    mkdirSync(join(dir, 'folder.txt'));
    expect((await compileFiles(join(dir, 'folder.txt'), { root: dir })).diagnostics.map(formatDiagnostic)).toEqual(['folder.txt: is a directory, not a text file']);
  });

  it('reports an empty file', async () => {
    expect(await compileBytes('empty.txt', '')).toEqual(['empty.txt: the article is empty']);
  });

  it('reports binary and non-UTF-8 bytes', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
    expect(await compileBytes('image.txt', png)).toEqual(['image.txt: looks like a binary file, not UTF-8 text']);
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n\nA body in Latin-1.')]);
    expect(await compileBytes('latin1.txt', latin1)).toEqual(['latin1.txt: is not valid UTF-8 text (first bad byte at offset 3); save it as UTF-8']);
  });

  it('compiles a text with a stray NUL character as text', async () => {
    expect(await compileBytes('nul.txt', `Head\u0000line\n\nBody with a NUL \u0000 inside, in 2024.`)).toEqual([]);
  });

  it('refuses a 10 MB file with a clear size error', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    expect(await compileBytes('big.txt', big)).toEqual([`big.txt: is too large (10.0 MB; the limit is ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB, about 2,000,000 characters)`]);
  });

  it('compiles the seed repeated 100 times (the benchmark input)', async () => {
    expect(await compileBytes('hundred.txt', Array(100).fill(seed).join('\n\n'))).toEqual([]);
  });

  it('gives the same facts for Windows line endings', async () => {
    writeFileSync(join(dir, 'crlf.txt'), seed.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'crlf.story.yaml'), story.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'lf.txt'), seed);
    writeFileSync(join(dir, 'lf.story.yaml'), story);
    const crlf = await compileFiles(join(dir, 'crlf.txt'), { root: dir });
    const lf = await compileFiles(join(dir, 'lf.txt'), { root: dir });
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.bundle?.facts).toEqual(lf.bundle?.facts);
    expect(crlf.bundle?.story).toEqual(lf.bundle?.story);
  });
});

describe('writeFileAtomic(path, text)', { timeout: 60_000 }, () => {
  it('writes the file, creating folders, and leaves no temporary file', async () => {
    const path = join(dir, 'out', 'deep', 'bundle.json');
    await writeFileAtomic(path, '{"a":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(join(dir, 'out', 'deep'))).toEqual(['bundle.json']);
  });

  it('leaves the old file untouched and no temporary file when the write fails', async () => {
    const target = join(dir, 'blocked');
    mkdirSync(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('displayPath(path, root)', { timeout: 60_000 }, () => {
  it('shows paths inside the root relative, others absolute, with forward slashes', () => {
    expect(displayPath('/p/seeds/x.txt', '/p')).toBe('seeds/x.txt');
    expect(displayPath('seeds/x.txt', '/p')).toBe('seeds/x.txt');
    expect(displayPath('/elsewhere/x.txt', '/p')).toBe('/elsewhere/x.txt');
  });
});
