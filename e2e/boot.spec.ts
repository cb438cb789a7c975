/**
 * When the explainer starts (src/boot/): once the page has loaded, at the first idle moment;
 * a deep link lands before it runs; clicks that come
 * earlier are held and done once it runs. Nothing here waits on a clock: slow code is
 * simulated by holding its response until the test has looked.
 */
import type { Page, Route } from '@playwright/test';
import { routeHref } from '../src/routes';
import { CHUNKS, eventControl, expect, readBuiltBundle, recordRequests, test, timelineOrder, waitForHydration } from './fixtures';

const bundle = readBuiltBundle();

/** Holds every response for `pattern` until the returned function is called. */
async function holdResponses(page: Page, pattern: RegExp): Promise<() => void> {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  await page.route(pattern, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return open;
}

test('the explainer is fetched after the page has loaded, and starts without waiting for the reader', async ({ page }) => {
  const paths = recordRequests(page);
  await page.goto('/');
  // No gesture at all: the first idle moment after load starts it.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  const timing = await page.evaluate(() => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const starts = performance.getEntriesByType('resource').filter((e) => /\/assets\/explainer-|\/data\/bundle\.json/.test(e.name));
    return { load, starts: starts.map((e) => e.startTime) };
  });
  expect(timing.starts).toHaveLength(2);
  for (const start of timing.starts) expect(start).toBeGreaterThanOrEqual(timing.load);
  // One file of code, fetched once: both graphics are in it.
  expect(paths.filter((p) => p.endsWith('.js'))).toHaveLength(1);
  await page.locator('#org').scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(paths.filter((p) => p.endsWith('.js'))).toHaveLength(1);
});

test('the first key press starts the explainer too @phone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
});

test('a click before the explainer runs is held, said to be loading, and then done @phone', async ({ page, bundle }) => {
  const metric = bundle.story.metrics[0];
  test.skip(!metric, 'the article has no metrics');
  if (!metric) return;
  const release = await holdResponses(page, CHUNKS.explainer);
  await page.goto('/');
  const card = page.locator(`#metric-${metric.id}`);
  const button = card.locator('.metric-disclosure');
  await button.click();
  // The explainer's code is on its way: the click is not lost, and the reader is told.
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#status')).toContainText('Loading the interactive graphics');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  release();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).not.toHaveAttribute('aria-busy');
  await expect(page.locator('#status')).toBeEmpty();
  await expect(page).toHaveURL(routeHref({ kind: 'metric', id: metric.id }));
  await expect(card.locator('.metric-source')).toBeVisible();
});

test('a tap on the timeline before the explainer runs is done once, when it runs @phone', async ({ page }) => {
  const ordered = timelineOrder(bundle);
  const event = ordered[1] ?? ordered[0];
  test.skip(!event, 'the article has no timeline events');
  if (!event) return;
  const release = await holdResponses(page, CHUNKS.explainer);
  await page.goto('/');
  const option = page.locator(`#timeline [role="option"]#event-${event.id}`);
  const { control: target, hit } = await eventControl(page, bundle, event.id);
  await target.scrollIntoViewIfNeeded();
  await hit.click();
  await expect(target).toHaveAttribute('aria-busy', 'true');
  const before = await page.evaluate(() => history.length);
  release();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(target).not.toHaveAttribute('aria-busy');
  await expect(page).toHaveURL(routeHref({ kind: 'event', id: event.id }));
  // Done once: one history entry for one tap.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test('a deep link lands on its item before the explainer runs, and hydration leaves it there @phone', async ({ page }) => {
  const event = bundle.story.timeline.events.at(-1);
  test.skip(!event, 'the article has no timeline events');
  if (!event) return;
  const release = await holdResponses(page, CHUNKS.explainer);
  const href = routeHref({ kind: 'event', id: event.id });
  await page.goto(href);
  const option = page.locator(`#event-${event.id}`);
  await expect(option).toBeFocused();
  // On a wide screen the chart stands in for the list, which is there for screen readers.
  await expect(page.locator('#timeline')).toBeInViewport();
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  const landedAt = await page.evaluate(() => window.scrollY);
  release();
  await waitForHydration(page);
  await expect(option).toBeFocused();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBe(landedAt);
  await expect(page).toHaveURL(href);
});

test('a section or the org view is landed by the boot script, before the explainer runs', async ({ page }) => {
  test.skip(!bundle.story.org?.views.some((v) => v.id === 'after'), 'the article has no "after" org view');
  const release = await holdResponses(page, CHUNKS.explainer);
  await page.goto(routeHref({ kind: 'org', view: 'after' }));
  await expect(page.locator('#org')).toBeInViewport();
  await expect(page.locator('#org [aria-pressed="true"]')).toBeFocused();
  release();
  await waitForHydration(page);
  await expect(page.locator('#org [aria-pressed="true"]')).toBeFocused();
});

test('a page landed by autofocus jumps there, and scrolls smoothly again once the explainer runs', async ({ page }) => {
  const metric = bundle.story.metrics.at(-1);
  test.skip(!metric, 'the article has no metrics');
  if (!metric) return;
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const release = await holdResponses(page, CHUNKS.explainer);
  const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  await page.goto(routeHref({ kind: 'metric', id: metric.id }));
  await expect(page.locator(`#metric-${metric.id}`)).toBeFocused();
  expect(await scrollBehavior()).toBe('auto');
  release();
  await waitForHydration(page);
  await expect(page.locator('[autofocus]')).toHaveCount(0);
  expect(await scrollBehavior()).toBe('smooth');
});

test('a reader who moved on before the explainer ran is not sent back to the deep link', async ({ page }) => {
  const metric = bundle.story.metrics[0];
  test.skip(!metric, 'the article has no metrics');
  if (!metric) return;
  const release = await holdResponses(page, CHUNKS.explainer);
  await page.goto(routeHref({ kind: 'metric', id: metric.id }));
  await expect(page.locator(`#metric-${metric.id}`)).toBeFocused();
  // The reader scrolls on with the keyboard while the explainer is on its way.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(page.locator(`#metric-${metric.id}`)).not.toBeInViewport();
  const readerAt = await page.evaluate(() => window.scrollY);
  release();
  await waitForHydration(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(readerAt);
  await expect(page.locator(`#metric-${metric.id}`)).not.toBeInViewport();
});

test('a fragment or a history entry is left to the app, which starts once the page has loaded', async ({ page }) => {
  const event = bundle.story.timeline.events[0];
  test.skip(!event, 'the article has no timeline events');
  if (!event) return;
  await page.goto(`/#timeline/${event.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  await expect(page.locator(`#event-${event.id}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(`#event-${event.id}`)).toBeFocused();
});
