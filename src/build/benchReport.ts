/**
 * The bench's Lighthouse tables: every row's medians, the verdicts on the targets
 * (mobile, each page against its own floor), and the same pages from the two kinds of host.
 */
import type { LighthouseFigures } from './benchLighthouse';
import { extraRoundTrips } from './benchRoundTrips';
import type { HostKind } from './benchServers';

export type Variant = 'site' | 'floor (no JS)' | 'control';

/** The median figures of one page, profile, host and variant, with the runs they come from. */
export interface LighthouseRow {
  page: string;
  profile: 'mobile' | 'desktop';
  host: HostKind;
  variant: Variant;
  figures: LighthouseFigures;
  runs: LighthouseFigures[];
}

const mark = (ok: boolean) => (ok ? 'met' : '**NOT met**');

/** Returns the table of every row's medians. */
export function formatLighthouseTable(rows: readonly LighthouseRow[]): string {
  const header = ['page', 'profile', 'host', 'variant', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'HTML B', 'JS KB', 'total KB', 'reqs', '3rd-party'];
  const body = rows.map(({ page, profile, host, variant, figures: f }) =>
    [page, profile, host, variant, f.performance, f.accessibility, f.bestPractices, f.seo, f.fcpMs, f.lcpMs, f.tbtMs, f.cls, f.documentBytes, f.scriptKb, f.totalKb, f.requests, f.otherOrigins].map(String),
  );
  return [header, header.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function find(rows: readonly LighthouseRow[], page: string, host: HostKind, variant: Variant): LighthouseRow | undefined {
  return rows.find((r) => r.page === page && r.profile === 'mobile' && r.host === host && r.variant === variant);
}

/** Returns the verdicts on the targets for each page: mobile, served by `host`, against its own floor. */
export function formatVerdicts(rows: readonly LighthouseRow[], pages: readonly string[], host: HostKind): string {
  const lines = pages.map((page) => {
    const site = find(rows, page, host, 'site')?.figures;
    const floor = find(rows, page, host, 'floor (no JS)')?.figures;
    if (!site || !floor) return `| ${page} | – | – | – | – |`;
    const scores = [site.performance, site.accessibility, site.bestPractices, site.seo];
    const ratio = site.lcpMs / floor.lcpMs;
    return `| ${page} | ${scores.join(' / ')} (${mark(scores.every((x) => x === 100))}) | ${ratio.toFixed(2)}× (${mark(ratio <= 1.1)}) | ${site.tbtMs} ms, floor ${floor.tbtMs} (${mark(site.tbtMs <= floor.tbtMs + 20)}) | ${site.cls} (${mark(site.cls === 0)}) |`;
  });
  return [
    '| page (mobile, median) | perf / a11y / best / SEO = 100 | LCP ≤ 1.1× floor | TBT ≤ floor + 20 ms | CLS 0 |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

/**
 * Returns, for each page and kind of host, the site's first and largest paints against its
 * floor's, and the page's own transfer with the round trips beyond the first that it costs
 * in Lighthouse's simulation: where the two kinds of host read differently, that is why.
 */
export function formatHosts(rows: readonly LighthouseRow[], pages: readonly string[], hosts: readonly HostKind[]): string {
  const lines: string[] = [];
  for (const page of pages) {
    for (const host of hosts) {
      const site = find(rows, page, host, 'site');
      const floor = find(rows, page, host, 'floor (no JS)');
      if (!site || !floor) continue;
      const range = (runs: LighthouseFigures[], key: 'fcpMs' | 'lcpMs') => `${Math.min(...runs.map((r) => r[key]))}–${Math.max(...runs.map((r) => r[key]))}`;
      const html = (f: LighthouseFigures) => `${f.documentBytes} B (+${extraRoundTrips(f.documentBytes)})`;
      const ratio = site.figures.lcpMs / floor.figures.lcpMs;
      lines.push(
        `| ${page} | ${host} | ${range(site.runs, 'fcpMs')} / ${range(floor.runs, 'fcpMs')} | ${range(site.runs, 'lcpMs')} / ${range(floor.runs, 'lcpMs')} | ${ratio.toFixed(2)}× (${mark(ratio <= 1.1)}) | ${html(site.figures)} / ${html(floor.figures)} |`,
      );
    }
  }
  return [
    '| page (mobile) | host | FCP ms, site / floor | LCP ms, site / floor | LCP ≤ 1.1× floor (medians) | HTML transferred, site / floor (+ round trips) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}
