/**
 * `npm run compile -- <article.txt> [--story <file> | --auto] [--out <file> | --out -]`
 *
 * Compiles an article (with the story file beside it, `<name>.story.yaml|yml|json`, unless
 * told otherwise) and writes the bundle atomically; by default to
 * `.cache/compiled/<name>.bundle.json`, with `--out -` to stdout. Every problem is one line
 * on stderr, `path:line:col: message`; any error exits 1 and leaves the previous output
 * untouched; bad arguments exit 2.
 */
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Diagnostic, formatDiagnostic, hasErrors } from './diagnostics';
import { compileFiles, displayPath, writeFileAtomic } from './files';

const USAGE = 'usage: npm run compile -- <article.txt> [--story <file> | --auto] [--out <file> | --out -]';

/** Returns the default output path for an article: `.cache/compiled/<name>.bundle.json`. */
export function defaultOutPath(articlePath: string): string {
  return join('.cache', 'compiled', `${basename(articlePath).replace(/\.txt$/i, '')}.bundle.json`);
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};

/** Runs the CLI and returns its exit code; output goes through the given writers. */
export async function runCli(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`compile: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [article, ...extra] = positionals;
  if (!article || extra.length > 0 || (values.auto && values.story !== undefined)) {
    io.err(`${article ? 'compile: give one article, and --story or --auto, not both' : 'compile: no article given'}\n${USAGE}\n`);
    return 2;
  }
  const storyPath = values.auto ? null : values.story;
  const { bundle, diagnostics } = await compileFiles(article, storyPath === undefined ? {} : { storyPath });
  printDiagnostics(diagnostics, io.err);
  if (!bundle || hasErrors(diagnostics)) return 1;

  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  const out = values.out ?? defaultOutPath(article);
  if (out === '-') {
    io.out(json);
    return 0;
  }
  try {
    await writeFileAtomic(out, json);
  } catch (e) {
    io.err(`${displayPath(out)}: cannot write the bundle (${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))})\n`);
    return 1;
  }
  const f = bundle.facts;
  io.err(
    `compiled ${bundle.source.article} (${bundle.source.mode} mode) → ${displayPath(out)}: ` +
      `${f.quantities.length} figures, ${f.times.length} dates, ${f.people.length} people; ` +
      `${bundle.story.metrics.length} metrics, ${bundle.story.timeline.events.length} events\n`,
  );
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { story: { type: 'string' }, auto: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

function printDiagnostics(diagnostics: readonly Diagnostic[], write: (s: string) => void): void {
  for (const d of diagnostics) write(`${formatDiagnostic(d)}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      // Never a stack trace: one line, non-zero.
      process.stderr.write(`compile: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
