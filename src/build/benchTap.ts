/**
 * The first tap on a phone, measured in a real Chromium driven by Playwright, throttled as
 * Lighthouse's mobile profile is: what Lighthouse cannot see, because it never touches the
 * page.
 *
 * Each run opens a timeline event's own address in a fresh browser context (empty cache),
 * waits for `load` and two seconds more, then taps the next event in the timeline's order
 * as the page's first touch (nothing moves or presses before it), while the explainer may
 * still be loading. It times the touch to the paint that shows the answer (benchTapTiming.ts)
 * and notes where the source sentence landed. Once the explainer runs, it taps the event
 * after that and measures the same ("running").
 */
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Bundle } from '../schema/bundle';
import { type Landing, type LandingBox, readLanding, type TapTarget, tapTarget } from './benchTapAnswer';
import { type ProbeRecord, readTapTiming, type TapTiming } from './benchTapTiming';
import { findBrowser } from './findBrowser';

/** The phone and network the taps are measured on. */
export const PHONE = {
  /** Lighthouse's mobile screen (a Moto G Power): 412×823 CSS px at 1.75 device px each */
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  /** Lighthouse's mobile profile as the issue applied it over CDP: 150 ms, 1.6 Mbit/s down, 750 kbit/s up */
  latencyMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
  /** how long after `load` the first tap comes */
  tapAfterLoadMs: 2000,
} as const;

/** What one tap gave. */
export interface TapSample {
  eventId: string;
  /** what was tapped: the event's option in the list, or its label on the chart */
  via: 'option' | 'label';
  timing: TapTiming;
  /** what the page's status line said while the reader waited, if anything */
  notice: string | null;
  /** where the source sentence was once the page came to rest; null when it was not shown */
  landing: Landing | null;
}

export interface TapRun {
  cold: TapSample | null;
  running: TapSample | null;
  /** why the run stopped short, if it did */
  error: string | null;
}

interface Probe {
  eventOrder(): string[];
  tapPoint(t: TapTarget): { via: 'option' | 'label'; x: number; y: number; inView: boolean } | null;
  reveal(t: TapTarget): void;
  arm(t: TapTarget): void;
  answer(): Promise<void>;
  read(): ProbeRecord | null;
  landing(t: TapTarget): LandingBox | null;
  scroll(): [number, number];
}

declare global {
  interface Window {
    __benchTap: Probe;
  }
}

const PROBE_PATH = join(import.meta.dirname, 'benchTapProbe.js');
const ANSWER_TIMEOUT_MS = 25_000;

/** Runs the scenario `runs` times, each in a fresh context, and returns what each run gave. */
export async function measureTaps(origin: string, path: string, bundle: Bundle, runs: number, log: (line: string) => void = () => {}): Promise<TapRun[]> {
  const found = findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args.filter((a) => a !== '--headless') });
  const results: TapRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const run = await measureOnce(browser, `${origin}${path}`, bundle);
      results.push(run);
      const ms = (s: TapSample | null) => (s?.timing.ms == null ? 'no answer' : `${s.timing.ms} ms (${s.timing.method})`);
      log(`bench: first tap ${i + 1}/${runs}: cold ${ms(run.cold)}, running ${ms(run.running)}${run.error ? ` (${run.error})` : ''}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function measureOnce(browser: Browser, url: string, bundle: Bundle): Promise<TapRun> {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const run: TapRun = { cold: null, running: null, error: null };
  try {
    await context.addInitScript({ path: PROBE_PATH });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downloadKbps * 1024) / 8,
      uploadThroughput: (PHONE.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(PHONE.tapAfterLoadMs);

    const order = await page.evaluate(() => window.__benchTap.eventOrder());
    const landed = order.findIndex((id) => url.includes(`/${id}/`));
    const pick = (offset: number) => {
      const at = landed + offset < order.length ? landed + offset : landed - offset;
      const id = order[at];
      if (landed < 0 || id == null) throw new Error(`the page lists no event ${offset} away from the one its address names (${order.join(', ') || 'none'})`);
      return tapTarget(bundle, id);
    };
    run.cold = await tap(page, pick(1));
    if (run.cold.timing.ms == null) return run;
    // "Running": the explainer answered the first tap; let it finish what it loads, then tap again.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(1000);
    run.running = await tap(page, pick(2));
  } catch (error) {
    run.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  } finally {
    await context.close();
  }
  return run;
}

/** Taps the event where a reader would, and returns how long its answer took and where it landed. */
async function tap(page: Page, target: TapTarget): Promise<TapSample> {
  let point = await page.evaluate((t) => window.__benchTap.tapPoint(t), target);
  if (point && !point.inView) {
    await page.evaluate((t) => window.__benchTap.reveal(t), target);
    await page.waitForTimeout(300);
    point = await page.evaluate((t) => window.__benchTap.tapPoint(t), target);
  }
  if (!point?.inView) throw new Error(`no visible option or label to tap for "${target.id}"`);
  await page.evaluate((t) => window.__benchTap.arm(t), target);
  await page.touchscreen.tap(point.x, point.y);
  // One call that resolves in the page: no polling from here to add work to the page's main thread.
  await Promise.race([page.evaluate(() => window.__benchTap.answer()), page.waitForTimeout(ANSWER_TIMEOUT_MS)]);
  // Event Timing entries are delivered after their paint; give them a moment, and the page time to come to rest.
  await waitForRest(page);
  const record = await page.evaluate(() => window.__benchTap.read());
  if (!record) throw new Error('the probe recorded nothing');
  const timing = readTapTiming(record);
  const landing = timing.ms == null ? null : readLanding(await page.evaluate((t) => window.__benchTap.landing(t), target));
  return { eventId: target.id, via: point.via, timing, notice: record.notice, landing };
}

/** Resolves once the page has not scrolled for 300 ms (at most 3 s): where the reader's view ends up. */
async function waitForRest(page: Page): Promise<void> {
  let last = '';
  let still = 0;
  for (let waited = 0; waited < 3000 && still < 3; waited += 100) {
    await page.waitForTimeout(100);
    const now = String(await page.evaluate(() => window.__benchTap.scroll()));
    still = now === last ? still + 1 : 0;
    last = now;
  }
}
