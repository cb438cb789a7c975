/**
 * Lighthouse for the bench: one Chromium with a DevTools port, and one run of Lighthouse
 * against it reduced to the figures the budgets speak of, plus what is needed to
 * tell two runs apart (the page's own transfer size and the requests that started before
 * the observed first paint, which Lighthouse's simulation puts in front of that paint).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findBrowser } from './findBrowser';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** the page's own response as transferred (headers included), in bytes */
  documentBytes: number;
  totalKb: number;
  scriptKb: number;
  requests: number;
  otherOrigins: number;
}

/** One request as Lighthouse recorded it while loading unthrottled (the simulation's input). */
export interface ObservedRequest {
  url: string;
  startMs: number;
  endMs: number;
  transferBytes: number;
  priority: string;
  resourceType: string;
}

export interface LighthouseRun {
  figures: LighthouseFigures;
  /** first contentful paint as observed unthrottled, from navigation start */
  observedFcpMs: number;
  observedLcpMs: number;
  requests: ObservedRequest[];
}

/** Starts Chromium with a DevTools port for Lighthouse; returns the port and a stop function. */
export async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
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

interface NetworkItem {
  url: string;
  networkRequestTime?: number;
  networkEndTime?: number;
  transferSize?: number;
  priority?: string;
  resourceType?: string;
}

/** Runs Lighthouse once and returns the figures the budgets speak of, with the observed load. */
export async function runLighthouse(url: string, port: number, profile: 'mobile' | 'desktop'): Promise<LighthouseRun> {
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
  const network = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).map((r) => ({
    url: r.url,
    startMs: Math.round(r.networkRequestTime ?? 0),
    endMs: Math.round(r.networkEndTime ?? 0),
    transferBytes: r.transferSize ?? 0,
    priority: r.priority ?? '',
    resourceType: r.resourceType ?? '',
  }));
  const metrics = (audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  const documentRequest = network.find((r) => r.resourceType === 'Document');
  return {
    figures: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      documentBytes: documentRequest?.transferBytes ?? 0,
      totalKb: Number(((item('total')?.transferSize ?? 0) / 1024).toFixed(1)),
      scriptKb: Number(((item('script')?.transferSize ?? 0) / 1024).toFixed(1)),
      requests: item('total')?.requestCount ?? 0,
      otherOrigins: item('third-party')?.requestCount ?? 0,
    },
    observedFcpMs: Math.round(metrics.observedFirstContentfulPaint ?? Number.NaN),
    observedLcpMs: Math.round(metrics.observedLargestContentfulPaint ?? Number.NaN),
    requests: network,
  };
}
