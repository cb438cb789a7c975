import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../compiler/diagnostics';
import { ROOT } from '../compiler/testing';
import { CORPUS_DIR, type CorpusScore, readCorpus, scoreCorpus } from './corpus';
import { checkLevels, formatFailure, LEVELS_FILE, parseLevels } from './levels';

// The whole corpus compiles in auto mode once (a few hundred milliseconds) for every test here.
let corpus: CorpusScore;
beforeAll(() => {
  corpus = scoreCorpus(readCorpus(ROOT));
});

describe(`the labelled corpus (${CORPUS_DIR})`, () => {
  it('has at least 15 articles, each with a truth file that reads', () => {
    const files = readCorpus(ROOT);
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((f) => f.truthText === null).map((f) => f.truthPath)).toEqual([]);
    expect(corpus.articles).toHaveLength(files.length);
  });

  it('labels only what stands in each article: every text at its occurrence, every name and role in the text', () => {
    expect(corpus.diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});

describe(`the ratchet (${CORPUS_DIR}/${LEVELS_FILE})`, () => {
  it('no class falls below the level the corpus has reached (raise them with npm run score -- --update)', () => {
    const read = parseLevels(readFileSync(join(ROOT, CORPUS_DIR, LEVELS_FILE), 'utf8'));
    if (!read.ok) throw new Error(`${CORPUS_DIR}/${LEVELS_FILE}: ${read.message}`);
    expect(checkLevels(read.levels, corpus.totals).map(formatFailure)).toEqual([]);
  });
});
