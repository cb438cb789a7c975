import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScoreCli } from './cli';
import { CORPUS_DIR } from './corpus';

const ARTICLE = `Chipmaker raises its forecast

SINGAPORE, Nov 17 (Reuters) - Meridian said on Monday its shares rose 7.4% to SGD 4.35 in 2025, said Chief executive Lim Wei Ling.
`;
const TRUTH = `published: 2025-11-17
figures:
  - { text: "7.4%", value: 7.4, unit: percent }
  - { text: "SGD 4.35", value: 4.35, currency: SGD, unit: SGD }
dates:
  - { text: "Nov 17", resolved: 2025-11-17 }
  - { text: "in 2025", resolved: 2025 }
people:
  - { name: Lim Wei Ling, role: Chief executive }
`;

/** Returns a project root holding a one-article corpus, with the given levels file (or none). */
function project(levels: object | null, truth = TRUTH): string {
  const root = mkdtempSync(join(tmpdir(), 'score-cli-'));
  mkdirSync(join(root, CORPUS_DIR), { recursive: true });
  writeFileSync(join(root, CORPUS_DIR, 'one.txt'), ARTICLE);
  writeFileSync(join(root, CORPUS_DIR, 'one.truth.yaml'), truth);
  if (levels) writeFileSync(join(root, CORPUS_DIR, 'levels.json'), JSON.stringify(levels));
  return root;
}

function run(root: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runScoreCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), root });
  return { code, out: out.join(''), err: err.join('') };
}

const LOW = { figures: { precision: 0, recall: 0 }, dates: { precision: 0, recall: 0 }, people: { precision: 0, recall: 0 }, roles: { recall: 0 } };

describe('npm run score -- [--misses] [--update] [<slug>…]', () => {
  it('prints precision and recall per class and per article as Markdown tables', () => {
    const r = run(project(LOW));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^## Score of seeds\/corpus \(1 article, auto mode\)/);
    expect(r.out).toMatch(/^\| class \| labelled \| extracted \| found \| precision \| recall \|$/m);
    expect(r.out).toMatch(/^\| figures \| 2 \| \d+ \| \d+ \| \d\.\d\d \| \d\.\d\d \|$/m);
    expect(r.out).toMatch(/^\| roles \| 1 \| – \| \d \| – \| \d\.\d\d \|$/m);
    expect(r.out).toMatch(/^\| one \| /m);
    expect(r.out).not.toMatch(/## Misses/);
  });

  it('lists what was missed with --misses', () => {
    const r = run(project(LOW), '--misses');
    expect(r.out).toMatch(/## Misses/);
  });

  it('raises the levels with --update, never lowers them, and fails below a level, naming the class', () => {
    // A label no extractor can match (the text says 7.4, not 8): figures recall stays below 1.
    const root = project(null, TRUTH.replace('value: 7.4,', 'value: 8,'));
    expect(run(root, '--update')).toMatchObject({ code: 0, err: expect.stringMatching(/levels raised/) });
    const raised = JSON.parse(readFileSync(join(root, CORPUS_DIR, 'levels.json'), 'utf8'));
    expect(Object.keys(raised)).toEqual(['figures', 'dates', 'people', 'roles']);
    expect(raised.figures.recall).toBeLessThanOrEqual(0.5);

    writeFileSync(join(root, CORPUS_DIR, 'levels.json'), JSON.stringify({ ...raised, figures: { precision: 0, recall: 1 } }));
    const below = run(root, '--update');
    expect(below.code).toBe(1);
    expect(below.err).toMatch(/^below the ratchet: figures recall [\d.]+ is below its level 1\.00 \(found \d of 2 labelled\)$/m);
    expect(JSON.parse(readFileSync(join(root, CORPUS_DIR, 'levels.json'), 'utf8')).figures.recall).toBe(1);
  });

  it('names the file, line and column of a bad label and exits 1', () => {
    const r = run(project(LOW, TRUTH.replace('"7.4%"', '"7.5%"')));
    expect(r.code).toBe(1);
    expect(r.err).toBe('seeds/corpus/one.truth.yaml:3:13: figures[0].text: "7.5%" is not in the article\n');
  });

  it('scores the articles named, and rejects unknown ones and bad options with exit 2', () => {
    const root = project(LOW);
    expect(run(root, 'one').code).toBe(0);
    expect(run(root, 'nope')).toMatchObject({ code: 2, err: expect.stringMatching(/^score: no article "nope" in seeds\/corpus/) });
    expect(run(root, '--frobnicate').code).toBe(2);
    expect(run(root, 'one', '--update').code).toBe(2);
  });
});
