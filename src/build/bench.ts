/**
 * `npm run bench`: measures the explainer and prints one table; the figures also go to
 * docs/benchmark.json. Timings are reported here, never asserted in tests.
 *
 * 1. `npm run build`, timed.
 * 2. Serves dist/ and a "floor" copy of it with every script removed, side by side.
 * 3. Lighthouse (mobile and desktop profiles) on both, BENCH_RUNS times each (default 3),
 *    median reported: the floor shows what the prerendered HTML alone achieves. A control
 *    page of one paragraph (mobile) shows what this machine's Chromium scores for nearly
 *    nothing, so a figure the page cannot move is seen as such.
 * 4. The compiler in-process on the article and on its body repeated 10 and 100 times.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig } from 'lighthouse';
import sirv from 'sirv';
import { compileArticle } from '../compiler/compile';
import { listRoutes, routeHref } from '../routes';
import { assertBundle } from '../schema/validate';
import { JS_BUDGET, listFirstLoadReferences, measureFirstLoad, TOTAL_BUDGET } from './budget';
import { findBrowser } from './findBrowser';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SITE_PORT = 4301;
const FLOOR_PORT = 4302;

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKb: number;
  scriptKb: number;
  requests: number;
  otherOrigins: number;
}

/** Returns the median of the numbers (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Returns the field-wise median of several Lighthouse runs. */
function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const keys = Object.keys(runs[0]!) as (keyof LighthouseFigures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as LighthouseFigures;
}

/** Copies dist/ with every script tag and module preload removed: the no-JavaScript floor. */
function makeFloor(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-floor-'));
  cpSync(from, dir, { recursive: true });
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8')
          .replace(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g, '')
          .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
        writeFileSync(path, html);
        // The server prefers the precompressed copies: they must be the stripped page too.
        if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(html, { level: 9 }));
        if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(html));
      }
    }
  };
  walk(dir);
  writeFileSync(join(dir, CONTROL_PAGE), CONTROL_HTML);
  return dir;
}

/** The control page, served beside the floor: one paragraph, no script, no stylesheet, no image. */
const CONTROL_PAGE = 'bench-control.html';
const CONTROL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Control page</title><meta name="description" content="One paragraph, nothing else: what the browser does on its own.">
<link rel="icon" href="data:,"></head>
<body><main><h1>Control page</h1><p>One paragraph of text and nothing else, to show what Lighthouse reports for a page that does almost no work on this machine.</p></main></body></html>
`;

/** Serves a folder on a loopback port until closed. */
function serve(dir: string, port: number): Promise<Server> {
  // Serve the precompressed copies the build writes, as a real static host would.
  const handler = sirv(dir, { dev: false, etag: true, gzip: true, brotli: true });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** Starts Chromium with a DevTools port for Lighthouse; returns the port and a stop function. */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const browser = findBrowser();
  const profile = mkdtempSync(join(tmpdir(), 'explainer-bench-profile-'));
  const child = spawn(browser.executablePath, [...browser.args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port:\n${seen}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        ok(Number(match[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before it was ready:\n${seen}`)));
  });
  return {
    port,
    stop: async () => {
      // Chromium still writes its profile while it exits: wait for the exit before removing it.
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill();
      await exited;
      // Chromium's helpers may still be writing the profile: a leftover temp folder must not cost the run its figures.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`bench: could not remove ${profile}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

/** Runs Lighthouse once and returns the figures the budgets speak of. */
async function runLighthouse(url: string, port: number, profile: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    profile === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const items = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const item = (type: string) => items.find((i) => i.resourceType === type);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    totalKb: Number(((item('total')?.transferSize ?? 0) / 1024).toFixed(1)),
    scriptKb: Number(((item('script')?.transferSize ?? 0) / 1024).toFixed(1)),
    requests: item('total')?.requestCount ?? 0,
    otherOrigins: item('third-party')?.requestCount ?? 0,
  };
}

/** Returns the median milliseconds of compiling `text` in-process, after warm-up runs. */
function timeCompile(text: string, storyText: string | null, runs: number): number {
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
function repeatBody(text: string, times: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const head = paragraphs.slice(0, 2).join('\n\n');
  const body = paragraphs.slice(2).join('\n\n');
  return `${head}\n\n${Array.from({ length: times }, () => body).join('\n\n')}`;
}

function seedFiles(): { article: string; story: string | null } {
  const seeds = join(ROOT, 'seeds');
  const txt = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  if (!txt[0]) throw new Error('no article (.txt) in seeds/');
  const article = readFileSync(join(seeds, txt[0]), 'utf8');
  const storyName = txt[0].replace(/\.txt$/, '.story.yaml');
  const story = readdirSync(seeds).includes(storyName) ? readFileSync(join(seeds, storyName), 'utf8') : null;
  return { article, story };
}

async function main() {
  const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
  console.log('bench: building the site…');
  const buildStart = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: siteUrl } });
  const buildSeconds = Number(((performance.now() - buildStart) / 1000).toFixed(1));

  const bundle = assertBundle(JSON.parse(readFileSync(join(DIST, 'data/bundle.json'), 'utf8')));
  const firstEvent = listRoutes(bundle).find((r) => r.kind === 'event');
  const pages = ['/', ...(firstEvent ? [routeHref(firstEvent)] : [])];

  const floorDir = makeFloor(DIST);
  const site = await serve(DIST, SITE_PORT);
  const floor = await serve(floorDir, FLOOR_PORT);
  const chromium = await launchChromium();
  const lighthouseRows: { page: string; profile: string; variant: string; figures: LighthouseFigures }[] = [];
  const controlRuns: LighthouseFigures[] = [];
  try {
    for (const page of pages) {
      for (const profile of ['mobile', 'desktop'] as const) {
        for (const [variant, port] of [['site', SITE_PORT], ['floor (no JS)', FLOOR_PORT]] as const) {
          const runs: LighthouseFigures[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(`http://127.0.0.1:${port}${page}`, chromium.port, profile));
          lighthouseRows.push({ page, profile, variant, figures: medianFigures(runs) });
          console.log(`bench: lighthouse ${profile} ${variant} ${page} done`);
        }
      }
    }
    for (let i = 0; i < RUNS; i++) controlRuns.push(await runLighthouse(`http://127.0.0.1:${FLOOR_PORT}/${CONTROL_PAGE}`, chromium.port, 'mobile'));
    lighthouseRows.push({ page: 'one paragraph', profile: 'mobile', variant: 'control', figures: medianFigures(controlRuns) });
    console.log('bench: lighthouse mobile control done');
  } finally {
    await chromium.stop();
    site.close();
    floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }

  const { article, story } = seedFiles();
  const compiler = {
    articleWithStoryMs: story ? timeCompile(article, story, 15) : null,
    articleMs: timeCompile(article, null, 15),
    article10xMs: timeCompile(repeatBody(article, 10), null, 7),
    article100xMs: timeCompile(repeatBody(article, 100), null, 3),
  };

  // The issue's targets, on the mobile profile, each page against its own floor.
  const verdicts = pages.map((page) => {
    const row = (variant: string) => lighthouseRows.find((r) => r.page === page && r.profile === 'mobile' && r.variant === variant)?.figures;
    const site = row('site');
    const floorFigures = row('floor (no JS)');
    if (!site || !floorFigures) return `| ${page} | – | – | – | – |`;
    const scores = [site.performance, site.accessibility, site.bestPractices, site.seo];
    const ratio = site.lcpMs / floorFigures.lcpMs;
    const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
    return `| ${page} | ${scores.join(' / ')} (${mark(scores.every((x) => x === 100))}) | ${ratio.toFixed(2)}× (${mark(ratio <= 1.1)}) | ${site.tbtMs} ms, floor ${floorFigures.tbtMs} (${mark(site.tbtMs <= 30)}) | ${site.cls} (${mark(site.cls === 0)}) |`;
  });
  const firstLoad = measureFirstLoad(DIST);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  // What / loads before the reader's first gesture: the page, its inline boot script and the files its HTML names (main.tsx waits for one).
  const named = new Set(listFirstLoadReferences(readFileSync(join(DIST, 'index.html'), 'utf8')).map((r) => r.path));
  const atRest = firstLoad.files.filter((f) => f.kind === 'html' || named.has(f.path));
  const atRestJs = atRest.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzip, 0);
  const atRestTotal = atRest.reduce((n, f) => n + f.gzip, 0);
  const range = (key: keyof LighthouseFigures) => `${Math.min(...controlRuns.map((r) => r[key]))}–${Math.max(...controlRuns.map((r) => r[key]))}`;

  const header = ['page', 'profile', 'variant', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'JS KB', 'total KB', 'reqs', '3rd-party'];
  const rows = lighthouseRows.map(({ page, profile, variant, figures: f }) => [
    page, profile, variant, f.performance, f.accessibility, f.bestPractices, f.seo, f.lcpMs, f.tbtMs, f.cls, f.scriptKb, f.totalKb, f.requests, f.otherOrigins,
  ].map(String));
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const summary = [
    `Benchmark of ${when} UTC on ${machine}; Lighthouse 12.2.3, median of ${RUNS} runs; transfer sizes are as Lighthouse measured them.`,
    '',
    table,
    '',
    '| page (mobile, median) | perf / a11y / best / SEO = 100 | LCP ≤ 1.1× floor | TBT ≤ 30 ms | CLS 0 |',
    '| --- | --- | --- | --- | --- |',
    ...verdicts,
    '',
    `The control page (one paragraph, nothing else) on the mobile profile: TBT ${range('tbtMs')} ms and performance ${range('performance')} over ${controlRuns.length} runs.`,
    '',
    `First load of / (gzip, from the build), with the explainer that the reader's first gesture starts: JavaScript ${kb(firstLoad.js)} of ${kb(JS_BUDGET)}, everything ${kb(firstLoad.total)} of ${kb(TOTAL_BUDGET)}. Before that gesture, / loads only the page (with its inline boot script) and what its HTML names: JavaScript ${kb(atRestJs)}, everything ${kb(atRestTotal)}. Fetched later, when the reader comes near: ${firstLoad.onDemand.map((f) => `${f.path.replace(/^assets\//, '')} ${kb(f.gzip)}`).join(', ') || 'nothing'}.`,
    '',
    `| compiler (median, warm) | ms |`,
    `| --- | --- |`,
    ...(compiler.articleWithStoryMs !== null ? [`| article + story file | ${compiler.articleWithStoryMs} |`] : []),
    `| article, auto mode | ${compiler.articleMs} |`,
    `| body ×10, auto mode | ${compiler.article10xMs} |`,
    `| body ×100, auto mode | ${compiler.article100xMs} (${(compiler.article100xMs / compiler.articleMs).toFixed(0)}× the 1× time) |`,
    `| \`npm run build\` | ${buildSeconds * 1000} |`,
  ].join('\n');
  console.log(`\n${summary}\n`);
  writeFileSync(
    join(ROOT, 'docs/benchmark.json'),
    `${JSON.stringify({ when, machine, runs: RUNS, buildSeconds, lighthouse: lighthouseRows, controlRuns, firstLoad: { js: firstLoad.js, total: firstLoad.total, atRestJs, atRestTotal, onDemand: firstLoad.onDemand }, compiler }, null, 2)}\n`,
  );
  writeFileSync(join(ROOT, 'docs/benchmark.md'), `${summary}\n`);
  console.log('bench: figures written to docs/benchmark.json and docs/benchmark.md');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
