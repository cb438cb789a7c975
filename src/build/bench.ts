/**
 * `npm run bench`: measures the explainer and prints one report; the figures also go to
 * docs/benchmark.json and docs/benchmark.md. Timings are reported here, never asserted in tests.
 *
 * 1. `npm run build`, timed.
 * 2. Serves dist/ and a "floor" copy of it with every script removed (benchFloor.ts), each
 *    from two kinds of static host (benchServers.ts): `npm run serve`, with precompressed
 *    brotli and the policy header, and a plain host that gzips on the fly.
 * 3. Lighthouse (benchLighthouse.ts) on each page, BENCH_RUNS rounds (default 3), the
 *    variants interleaved within each round, medians reported: mobile from both hosts,
 *    desktop from `npm run serve`, and a one-paragraph control page.
 * 4. The first tap on a phone, cold and once the explainer runs (benchTap.ts), BENCH_RUNS times.
 * 5. The compiler in-process (benchCompiler.ts).
 *
 * Parts alone, printed and not written to docs/:
 *   npm run bench -- --compiler   the compiler's timings against their budgets (no build)
 *   npm run bench -- --tap        the first tap (add --no-build to measure dist/ as it is)
 *   npm run bench -- --hosts      mobile Lighthouse on `/` from both hosts, site and floor
 * BENCH_PORT (default 4301) is the first of the four ports the bench serves on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listRoutes, routeHref } from '../routes';
import type { Bundle } from '../schema/bundle';
import { assertBundle } from '../schema/validate';
import { formatCompiler, timeCompiler } from './benchCompiler';
import { CONTROL_PAGE, makeFloor } from './benchFloor';
import { formatPageWeights, weighPages } from './benchPageWeight';
import { type LighthouseFigures, launchChromium, runLighthouse } from './benchLighthouse';
import { formatHosts, formatLighthouseTable, formatVerdicts, type LighthouseRow, type Variant } from './benchReport';
import { closeServer, HOST_KINDS, HOST_LABELS, type HostKind, serveAs } from './benchServers';
import { medianOfFields } from './benchStats';
import { measureTaps, PHONE, type TapRun } from './benchTap';
import { formatTaps, summariseRuns } from './benchTapReport';
import { JS_BUDGET, listFirstLoadReferences, measureFirstLoad, TOTAL_BUDGET } from './budget';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const FIRST_PORT = Number(process.env.BENCH_PORT) || 4301;
/** The page the first tap is measured on: an event's own address, the next event a tap away. */
const TAP_PAGE = '/timeline/promoted-to-technical-lead/';

const args = new Set(process.argv.slice(2));

/** Builds the site for the bench's origin and returns the build's seconds. */
function build(origin: string): number {
  console.log('bench: building the site…');
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: origin } });
  return Number(((performance.now() - start) / 1000).toFixed(1));
}

function readBundle(): Bundle {
  return assertBundle(JSON.parse(readFileSync(join(DIST, 'data/bundle.json'), 'utf8')));
}

/** The site and its floor, each from both kinds of host, on four ports from FIRST_PORT. */
interface Served {
  port(variant: 'site' | 'floor', host: HostKind): number;
  close(): Promise<void>;
}

async function serveAll(): Promise<Served> {
  const floorDir = makeFloor(DIST);
  const ports = new Map<string, number>();
  const servers: Server[] = [];
  let next = FIRST_PORT;
  for (const [variant, dir] of [['site', DIST], ['floor', floorDir]] as const) {
    for (const host of HOST_KINDS) {
      ports.set(`${variant} ${host}`, next);
      servers.push(await serveAs(host, dir, next++));
    }
  }
  return {
    port: (variant, host) => ports.get(`${variant} ${host}`)!,
    close: async () => {
      for (const s of servers) await closeServer(s);
      rmSync(floorDir, { recursive: true, force: true });
    },
  };
}

interface Planned {
  page: string;
  profile: 'mobile' | 'desktop';
  host: HostKind;
  variant: Variant;
}

/**
 * Runs Lighthouse `RUNS` rounds over the plan, every variant once a round, so that what the
 * machine's load does to one does it to the others too; returns the medians and the runs.
 */
async function runRounds(plan: readonly Planned[], served: Served, withControl: boolean): Promise<{ rows: LighthouseRow[]; controlRuns: LighthouseFigures[] }> {
  const runs = new Map<Planned, LighthouseFigures[]>(plan.map((p) => [p, []]));
  const controlRuns: LighthouseFigures[] = [];
  const chromium = await launchChromium();
  try {
    for (let round = 1; round <= RUNS; round++) {
      for (const p of plan) {
        const port = served.port(p.variant === 'site' ? 'site' : 'floor', p.host);
        runs.get(p)!.push((await runLighthouse(`http://127.0.0.1:${port}${p.page}`, chromium.port, p.profile)).figures);
      }
      if (withControl) controlRuns.push((await runLighthouse(`http://127.0.0.1:${served.port('floor', 'precompressed')}/${CONTROL_PAGE}`, chromium.port, 'mobile')).figures);
      console.log(`bench: lighthouse round ${round}/${RUNS} done`);
    }
  } finally {
    await chromium.stop();
  }
  const rows: LighthouseRow[] = plan.map((p) => ({ ...p, figures: medianOfFields(runs.get(p)!), runs: runs.get(p)! }));
  if (withControl) rows.push({ page: 'one paragraph', profile: 'mobile', host: 'precompressed', variant: 'control', figures: medianOfFields(controlRuns), runs: controlRuns });
  return { rows, controlRuns };
}

/** Returns the plan: mobile from both hosts, desktop from `npm run serve`, site and floor side by side. */
function lighthousePlan(pages: readonly string[], profiles: readonly ('mobile' | 'desktop')[]): Planned[] {
  const plan: Planned[] = [];
  for (const page of pages) {
    for (const profile of profiles) {
      for (const host of profile === 'mobile' ? HOST_KINDS : (['precompressed'] as const)) {
        for (const variant of ['site', 'floor (no JS)'] as const) plan.push({ page, profile, host, variant });
      }
    }
  }
  return plan;
}

async function measureFirstTaps(served: Served, bundle: Bundle): Promise<TapRun[]> {
  console.log(`bench: first tap on ${TAP_PAGE}, ${RUNS} runs…`);
  return measureTaps(`http://127.0.0.1:${served.port('site', 'precompressed')}`, TAP_PAGE, bundle, RUNS, console.log);
}

const TAP_SCENARIO = `a ${PHONE.viewport.width}×${PHONE.viewport.height} phone (touch, ${PHONE.deviceScaleFactor}× pixels), CDP throttling as Lighthouse's mobile profile (${PHONE.latencyMs} ms, ${PHONE.downloadKbps / 1024} Mbit/s down, ${PHONE.uploadKbps} kbit/s up, CPU ${PHONE.cpuSlowdown}× slower), \`${TAP_PAGE}\` opened cold, the next event tapped ${PHONE.tapAfterLoadMs / 1000} s after \`load\` as the page's first touch`;

function machine(): string {
  // The load average says how far other work on the machine may have stretched the timings.
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the start`;
}

async function full(): Promise<void> {
  const origin = `http://127.0.0.1:${FIRST_PORT}`;
  const buildSeconds = build(origin);
  const bundle = readBundle();
  const firstEvent = listRoutes(bundle).find((r) => r.kind === 'event');
  const pages = ['/', ...(firstEvent ? [routeHref(firstEvent)] : [])];

  const served = await serveAll();
  let rows: LighthouseRow[];
  let controlRuns: LighthouseFigures[];
  let taps: TapRun[];
  try {
    ({ rows, controlRuns } = await runRounds(lighthousePlan(pages, ['mobile', 'desktop']), served, true));
    taps = await measureFirstTaps(served, bundle);
  } finally {
    await served.close();
  }
  console.log('bench: timing the compiler…');
  const compiler = timeCompiler(ROOT);

  const firstLoad = measureFirstLoad(DIST);
  const pageWeights = weighPages(DIST);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  // What / loads before the explainer starts (at idle after load): the page, its inline boot script and the files its HTML names.
  const named = new Set(listFirstLoadReferences(readFileSync(join(DIST, 'index.html'), 'utf8')).map((r) => r.path));
  const atRest = firstLoad.files.filter((f) => f.kind === 'html' || named.has(f.path));
  const atRestJs = atRest.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzip, 0);
  const atRestTotal = atRest.reduce((n, f) => n + f.gzip, 0);
  const range = (key: keyof LighthouseFigures) => `${Math.min(...controlRuns.map((r) => r[key]))}–${Math.max(...controlRuns.map((r) => r[key]))}`;
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const summary = [
    `Benchmark of ${when} UTC on ${machine()}; Lighthouse 12.2.3, median of ${RUNS} rounds with every variant once a round; transfer sizes are as Lighthouse measured them. Hosts: precompressed = ${HOST_LABELS.precompressed}; gzip = ${HOST_LABELS.gzip}.`,
    '',
    formatLighthouseTable(rows),
    '',
    formatVerdicts(rows, pages, 'precompressed'),
    '',
    'The same pages from the two kinds of host (ranges over the rounds; "+1": the page needs one more round trip than the first TCP window of 14,600 bytes, which Lighthouse counts before the first paint):',
    '',
    formatHosts(rows, pages, HOST_KINDS),
    '',
    formatPageWeights(pageWeights),
    '',
    `The control page (one paragraph, nothing else) on the mobile profile: TBT ${range('tbtMs')} ms and performance ${range('performance')} over ${controlRuns.length} runs.`,
    '',
    `First tap: ${TAP_SCENARIO}; then, once the explainer runs, the event after that. "Answered" is the paint that shows the tapped event selected and its detail with its title and source sentence.`,
    '',
    formatTaps(taps, PHONE.viewport.height),
    '',
    `First load of / (gzip, from the build), with the explainer that starts at idle after load: JavaScript ${kb(firstLoad.js)} of ${kb(JS_BUDGET)}, everything ${kb(firstLoad.total)} of ${kb(TOTAL_BUDGET)}. Until it starts, / has loaded only the page (with its inline boot script) and what its HTML names: JavaScript ${kb(atRestJs)}, everything ${kb(atRestTotal)}. Fetched on demand after that: ${firstLoad.onDemand.map((f) => `${f.path.replace(/^assets\//, '')} ${kb(f.gzip)}`).join(', ') || 'nothing'}.`,
    '',
    formatCompiler(compiler, buildSeconds),
  ].join('\n');
  console.log(`\n${summary}\n`);
  const firstTap = { scenario: { ...PHONE, page: TAP_PAGE }, ...summariseRuns(taps), runs: taps };
  writeFileSync(
    join(ROOT, 'docs/benchmark.json'),
    `${JSON.stringify({ when, machine: machine(), runs: RUNS, buildSeconds, hosts: HOST_LABELS, lighthouse: rows, pageWeights, firstTap, firstLoad: { js: firstLoad.js, total: firstLoad.total, atRestJs, atRestTotal, onDemand: firstLoad.onDemand }, compiler }, null, 2)}\n`,
  );
  writeFileSync(join(ROOT, 'docs/benchmark.md'), `${summary}\n`);
  console.log('bench: figures written to docs/benchmark.json and docs/benchmark.md');
}

async function tapOnly(): Promise<void> {
  if (!args.has('--no-build')) build(`http://127.0.0.1:${FIRST_PORT}`);
  const served = await serveAll();
  try {
    const taps = await measureFirstTaps(served, readBundle());
    console.log(`\nFirst tap: ${TAP_SCENARIO}.\n\n${formatTaps(taps, PHONE.viewport.height)}\n`);
  } finally {
    await served.close();
  }
}

async function hostsOnly(): Promise<void> {
  if (!args.has('--no-build')) build(`http://127.0.0.1:${FIRST_PORT}`);
  const served = await serveAll();
  try {
    const { rows } = await runRounds(lighthousePlan(['/'], ['mobile']), served, false);
    console.log(`\n${formatLighthouseTable(rows)}\n\n${formatHosts(rows, ['/'], HOST_KINDS)}\n\n${formatPageWeights(weighPages(DIST))}\n`);
  } finally {
    await served.close();
  }
}

function compilerOnly(): void {
  const on = machine();
  console.log(`\nCompiler on ${on}:\n\n${formatCompiler(timeCompiler(ROOT))}\n`);
}

const run = args.has('--compiler') ? async () => compilerOnly() : args.has('--tap') ? tapOnly : args.has('--hosts') ? hostsOnly : full;
run().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
