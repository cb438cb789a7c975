/**
 * Shared Playwright fixtures: `import { test, expect, checkA11y } from './fixtures'`.
 *
 * - `bundle`: the built site's data (OUT_DIR/data/bundle.json, default dist), validated.
 * - `consoleErrors`: on for every test; fails it on any console error or uncaught page error.
 *   `consoleErrors.ignore(/pattern/)` for an error the test provokes on purpose (an aborted
 *   request logs "Failed to load resource"), `consoleErrors.watch(otherPage)` for more pages.
 * - `checkA11y(page, opts?)`: axe with the WCAG 2.0/2.1 A and AA rules; zero violations.
 * - `showIntent(page)`: moves the pointer, which starts the explainer at once once the page has loaded.
 * - `waitForHydration(page)`: moves the pointer, then resolves once the app has hydrated (html[data-hydrated]).
 * - `recordRequests(page)`, `CHUNKS`: the paths a page fetches, and the explainer's code among them.
 * - `timelineOrder(bundle)`, `eventControl(page, bundle, id)`: the timeline's events in chart
 *   order, and what a reader clicks to pick one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { createTimelineScale } from '../src/layout/timelineScale';
import type { Bundle } from '../src/schema/bundle';
import { assertBundle } from '../src/schema/validate';

export { expect };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface ConsoleGuard {
  /** stop counting errors that match (for failures a test causes on purpose) */
  ignore(pattern: RegExp): void;
  /** also guard another page, e.g. one opened in a new context */
  watch(page: Page): void;
  /** the errors seen so far that are not ignored */
  errors(): string[];
}

/** Returns the directory of the build under test. */
export function outDir(): string {
  return process.env.OUT_DIR || 'dist';
}

/** Returns the validated bundle of a built site. */
export function readBuiltBundle(dir = outDir()): Bundle {
  return assertBundle(JSON.parse(readFileSync(join(dir, 'data', 'bundle.json'), 'utf8')));
}

/**
 * Moves the pointer a little, as a reader does before using the page. The explainer starts
 * by itself after load, at the first idle moment (src/boot/start.ts); this only makes a test
 * read like a reader.
 */
export async function showIntent(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(1, 1);
}

/** Waits until the app has hydrated the prerendered page (hydrate.tsx marks <html data-hydrated>), moving the pointer first. */
export async function waitForHydration(page: Page, timeout = 20_000): Promise<void> {
  await showIntent(page);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout });
}

/**
 * The code the boot script fetches once the page has loaded: the explainer, one file that
 * holds the timeline's and the org diagram's code too (src/boot/explainer.ts).
 */
const EXPLAINER_CODE = /\/assets\/explainer-[^/]+\.js(\?.*)?$/;
export const CHUNKS = { explainer: EXPLAINER_CODE };

/** Records the paths the page requests, from now on. */
export function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Returns the timeline's events in the order the keys step through them and the chart numbers its labels: by time across lanes. */
export function timelineOrder(bundle: Bundle) {
  return createTimelineScale(bundle.story.timeline.events, bundle.facts.times, 640, { lanes: bundle.story.timeline.lanes }).events;
}

/**
 * Returns what a reader clicks to pick an event: its label on the chart, or its list item on
 * a narrow screen, where the chart is not shown (`control`), and the spot to click (`hit`).
 */
export async function eventControl(page: Page, bundle: Bundle, id: string): Promise<{ control: Locator; hit: Locator }> {
  const chart = page.locator('#timeline svg.timeline-chart:visible');
  const option = page.locator(`#timeline [role="option"]#event-${id}`);
  if ((await chart.count()) === 0) return { control: option, hit: option };
  const label = chart.locator(`.timeline-label[data-order="${timelineOrder(bundle).findIndex((e) => e.id === id)}"]`);
  return { control: label, hit: label.locator('text') };
}

/**
 * Returns a finger that swipes across `target` at its height (near its top): `swipe(0.8, 0.2)`
 * drags from 80% of its width to 20%, in a few moves, as a touch screen reports a swipe.
 */
export async function touchSwipe(page: Page, target: Locator): Promise<(from: number, to: number) => Promise<void>> {
  const box = await target.boundingBox();
  if (!box) throw new Error('touchSwipe: the target is not laid out');
  const y = box.y + Math.min(40, box.height / 2);
  const cdp = await page.context().newCDPSession(page);
  return async (from, to) => {
    const [fromX, toX] = [box.x + box.width * from, box.x + box.width * to];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
}

/** Opens a path, waits for the app to hydrate and for the scroll to its target to settle. */
export async function openSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  await settle(page);
}

/** Waits until the page has stopped scrolling (a smooth scroll to a deep link's target). */
export async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(150);
  }
}

/** Runs axe on the page (or part of it) and fails with every violation listed readably. */
export async function checkA11y(page: Page, opts: { include?: string; exclude?: string[]; disableRules?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (opts.include) builder = builder.include(opts.include);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  // Sections off screen skip layout until they come near (content-visibility: auto). axe
  // scrolls while it measures colours, and a section laid out mid-check moves what it is
  // measuring (it once read a timeline label against the org toggle below). Lay every
  // section out for the check, then give the page back as it was.
  const layOut = (visible: boolean) =>
    page.evaluate((on) => {
      for (const section of document.querySelectorAll<HTMLElement>('.page-section')) {
        if (on) section.style.contentVisibility = 'visible';
        else section.style.removeProperty('content-visibility');
      }
    }, visible);
  await layOut(true);
  const { violations } = await builder.analyze().finally(() => layOut(false));
  const report = violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n');
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
  expect(violations.length, `axe found ${violations.length} violation(s) on ${page.url()}:\n${report}`).toBe(0);
}

export const test = base.extend<{ consoleErrors: ConsoleGuard; checkA11y: typeof checkA11y }, { bundle: Bundle }>({
  bundle: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      await use(readBuiltBundle());
    },
    { scope: 'worker' },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const seen: string[] = [];
      const ignored: RegExp[] = [];
      const watch = (p: Page) => {
        p.on('console', (msg) => {
          if (msg.type() === 'error') seen.push(`console.error on ${p.url()}: ${msg.text()}`);
        });
        p.on('pageerror', (error) => seen.push(`uncaught on ${p.url()}: ${error.stack ?? error.message}`));
      };
      // One line each, without repeats: a broken policy can log the same error hundreds of times.
      const errors = () => [...new Set(seen.filter((e) => !ignored.some((r) => r.test(e))).map((e) => (e.length > 400 ? `${e.slice(0, 400)}…` : e)))];
      watch(page);
      await use({ ignore: (r) => ignored.push(r), watch, errors });
      expect(errors(), 'console errors or uncaught errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  checkA11y: async ({}, use) => {
    await use(checkA11y);
  },
});
