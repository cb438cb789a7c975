import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../schema/validate';
import { runCli } from './cli';
import { readProjectFile, ROOT, SEED_PATH } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'compiler-cli-'));

/** Runs the CLI as `npm run compile` does (through tsx) and returns its exit code and output. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: npm run compile -- <article.txt> [--story <file> | --auto] [--out <file> | -]', { timeout: 60_000 }, () => {
  it('writes the bundle to --out, exits 0 and says what it wrote', () => {
    const out = join(dir, 'ok', 'bundle.json');
    const r = run(SEED_PATH, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^compiled seeds\/qwen-lead-resigns\.txt \(story mode\) → .*bundle\.json: 14 figures/);
    expect(validateBundle(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  });

  it('prints the bundle to stdout with --out -, in auto mode with --auto', () => {
    const r = run(SEED_PATH, '--auto', '--out', '-');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const bundle = JSON.parse(r.stdout);
    expect(bundle.source.mode).toBe('auto');
    expect(validateBundle(bundle).ok).toBe(true);
  });

  it('fails with one path:line:col line per problem, no stack trace, and leaves the old output untouched', () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'previous bundle');
    const storyPath = join(dir, 'broken.story.yaml');
    writeFileSync(storyPath, 'people: [Nobody Here]\nmetrics:\n  - label: X\n    group: g\n    quote: not in the article\n');
    const r = run(SEED_PATH, '--story', storyPath, '--out', out);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\/.*broken\.story\.yaml:\d+:\d+: /);
    expect(lines.some((l) => l.endsWith(`quote "not in the article" not found in ${SEED_PATH}`))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe('previous bundle');
  });

});

// The rest runs in-process: spawning tsx costs seconds a run on a busy machine.
describe('runCli(argv, io)', { timeout: 60_000 }, () => {
  const call = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      out: (x) => {
        out += x;
      },
      err: (x) => {
        err += x;
      },
    });
    return { code, out, err };
  };

  it('exits 2 on bad arguments, with the usage', async () => {
    expect((await call()).code).toBe(2);
    expect(await call(SEED_PATH, '--frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/usage: npm run compile/) });
    expect((await call(SEED_PATH, '--auto', '--story', 'x.yaml')).code).toBe(2);
    expect((await call(SEED_PATH, 'second.txt')).code).toBe(2);
  });

  it('writes by default to .cache/compiled/<name>.bundle.json', async () => {
    const articlePath = join(dir, 'default-out.txt');
    writeFileSync(articlePath, readProjectFile(SEED_PATH));
    const r = await call(articlePath, '--auto');
    expect(r.code).toBe(0);
    expect(r.err).toContain('→ .cache/compiled/default-out.bundle.json');
    expect(JSON.parse(readFileSync(join(process.cwd(), '.cache/compiled/default-out.bundle.json'), 'utf8')).source.mode).toBe('auto');
  });

  it('fails on a missing article with path: message', async () => {
    expect(await call('seeds/missing.txt', '--out', join(dir, 'never.json'))).toEqual({ code: 1, out: '', err: 'seeds/missing.txt: file not found\n' });
  });

  it('prints the usage with --help', async () => {
    expect(await call('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: /) });
  });
});
