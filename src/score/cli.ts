/**
 * `npm run score -- [--misses] [--update] [<slug>…]`
 *
 * Compiles every article of `seeds/corpus/` in auto mode, scores it against its truth file
 * and prints precision and recall per class and per article as Markdown. `--misses` adds
 * what was not found and what matched no label; `--update` raises `levels.json` to the
 * levels reached (never lowers them). Slugs limit the run to those articles (no ratchet).
 * Exit codes: 0 at or above every level, 1 a problem in a truth file or below a level,
 * 2 bad arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../compiler/diagnostics';
import { CORPUS_DIR, readCorpus, scoreCorpus } from './corpus';
import { checkLevels, formatFailure, formatLevels, LEVELS_FILE, type Levels, parseLevels, raiseLevels } from './levels';
import { formatArticleTable, formatClassTable, formatMisses } from './report';

const USAGE = 'usage: npm run score -- [--misses] [--update] [<slug>…]';

export interface ScoreIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** the project root the corpus directory is under */
  root: string;
}

const PROCESS_IO: ScoreIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  root: process.cwd(),
};

/** Runs the scorer and returns its exit code. */
export function runScoreCli(argv: string[], io: ScoreIo = PROCESS_IO): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`score: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const all = readCorpus(io.root, CORPUS_DIR);
  const unknown = positionals.filter((slug) => !all.some((f) => f.slug === slug));
  if (unknown.length) {
    io.err(`score: no article ${unknown.map((s) => `"${s}"`).join(', ')} in ${CORPUS_DIR}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length && values.update) {
    io.err(`score: --update raises the levels of the whole corpus: give no slugs with it\n${USAGE}\n`);
    return 2;
  }
  const files = positionals.length ? all.filter((f) => positionals.includes(f.slug)) : all;
  const result = scoreCorpus(files);
  for (const d of result.diagnostics) io.err(`${formatDiagnostic(d)}\n`);

  const articleCount = `${result.articles.length} article${result.articles.length === 1 ? '' : 's'}`;
  io.out(`## Score of ${CORPUS_DIR} (${articleCount}, auto mode)\n\n${formatClassTable(result.totals)}\n\n${formatArticleTable(result.articles)}\n`);
  if (values.misses) {
    const misses = formatMisses(result.articles);
    io.out(`\n## Misses\n\n${misses || 'none'}\n`);
  }
  if (result.diagnostics.length) return 1;
  if (positionals.length) return 0;

  const levelsPath = join(io.root, CORPUS_DIR, LEVELS_FILE);
  let levels: Levels | null = null;
  try {
    const read = parseLevels(readFileSync(levelsPath, 'utf8'));
    if (!read.ok) {
      io.err(`${join(CORPUS_DIR, LEVELS_FILE)}: ${read.message}\n`);
      return 1;
    }
    levels = read.levels;
  } catch {
    levels = null;
  }
  const failures = levels ? checkLevels(levels, result.totals) : [];
  for (const f of failures) io.err(`below the ratchet: ${formatFailure(f)}\n`);
  if (values.update) {
    const raised = raiseLevels(levels, result.totals);
    const changed = JSON.stringify(raised) !== JSON.stringify(levels);
    if (changed) writeFileSync(levelsPath, formatLevels(raised));
    io.err(changed ? `${join(CORPUS_DIR, LEVELS_FILE)}: levels raised\n` : `${join(CORPUS_DIR, LEVELS_FILE)}: no level to raise\n`);
    // A class below its level is never lowered here: that is a decision to make by hand.
  }
  return failures.length ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { misses: { type: 'boolean' }, update: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}

const invokedDirectly = process.argv[1] !== undefined && /score[/\\]cli\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  try {
    process.exitCode = runScoreCli(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`score: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
