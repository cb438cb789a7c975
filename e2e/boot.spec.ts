/**
 * When the explainer starts (src/main.tsx): opened at the top, at the reader's first sign of
 * intent, with clicks that come earlier held and replayed; opened from a deep link, once the
 * page has loaded. Nothing here waits on a clock: slow code is simulated by holding its
 * response until the test has looked.
 */
import type { Page, Route } from '@playwright/test';
import { routeHref } from '../src/routes';
import { CHUNKS, eventControl, expect, readBuiltBundle, recordRequests, showIntent, test, timelineOrder, waitForHydration } from './fixtures';

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

test('opened at the top, a reader who only reads never downloads the explainer', async ({ page }) => {
  const paths = recordRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Well past the load event and the idle time after it: still only the page, its style, its icon and the boot script.
  await page.waitForTimeout(1500);
  expect(paths.some((p) => CHUNKS.explainer.test(p)), `requested: ${paths.join(' ')}`).toBe(false);
  expect(paths).not.toContain('/data/bundle.json');
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  await showIntent(page);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  expect(paths.some((p) => CHUNKS.explainer.test(p))).toBe(true);
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

test('a click on the timeline before its code arrives is done once it has @phone', async ({ page }) => {
  const ordered = timelineOrder(bundle);
  const event = ordered[1] ?? ordered[0];
  test.skip(!event, 'the article has no timeline events');
  if (!event) return;
  await page.goto('/');
  const release = await holdResponses(page, CHUNKS.timeline);
  await waitForHydration(page);
  const option = page.locator(`#timeline [role="option"]#event-${event.id}`);
  const { control: target, hit } = await eventControl(page, bundle, event.id);
  await target.scrollIntoViewIfNeeded();
  await hit.click();
  await expect(target).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(target).not.toHaveAttribute('aria-busy');
  await expect(page).toHaveURL(routeHref({ kind: 'event', id: event.id }));
});

test('a deep link lands on its item before the explainer runs, and hydration leaves it there @phone', async ({ page }) => {
  const event = bundle.story.timeline.events.at(-1);
  test.skip(!event, 'the article has no timeline events');
  if (!event) return;
  const paths = recordRequests(page);
  const href = routeHref({ kind: 'event', id: event.id });
  await page.goto(href);
  const option = page.locator(`#event-${event.id}`);
  await expect(option).toBeFocused();
  // On a wide screen the chart stands in for the list, which is there for screen readers.
  await expect(page.locator('#timeline')).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(paths.some((p) => CHUNKS.explainer.test(p)), 'explainer fetched before the reader showed intent').toBe(false);
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  const landedAt = await page.evaluate(() => window.scrollY);
  await waitForHydration(page);
  await expect(option).toBeFocused();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBe(landedAt);
  await expect(page).toHaveURL(href);
});

test('a page landed by autofocus jumps there, and scrolls smoothly again once the explainer runs', async ({ page }) => {
  const metric = bundle.story.metrics.at(-1);
  test.skip(!metric, 'the article has no metrics');
  if (!metric) return;
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  await page.goto(routeHref({ kind: 'metric', id: metric.id }));
  await expect(page.locator(`#metric-${metric.id}`)).toBeFocused();
  expect(await scrollBehavior()).toBe('auto');
  await waitForHydration(page);
  await expect(page.locator('[autofocus]')).toHaveCount(0);
  expect(await scrollBehavior()).toBe('smooth');
});

test('a reader who moved on before the explainer ran is not sent back to the deep link', async ({ page }) => {
  const metric = bundle.story.metrics[0];
  test.skip(!metric, 'the article has no metrics');
  if (!metric) return;
  await page.goto(routeHref({ kind: 'metric', id: metric.id }));
  await expect(page.locator(`#metric-${metric.id}`)).toBeFocused();
  // The reader scrolls on with the keyboard: that is intent, and the explainer starts meanwhile.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(page.locator(`#metric-${metric.id}`)).not.toBeInViewport();
  const readerAt = await page.evaluate(() => window.scrollY);
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
