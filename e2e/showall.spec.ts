/**
 * "Show all" (issue 13): a long group of figures in auto mode shows its first few, the rest
 * behind a real button. Built here from an article written for the test, with more figures
 * of one kind than a group features: the keyboard and a screen reader's view of the button,
 * a deep link to a hidden card, the page with JavaScript off, no layout shift when the app
 * starts. The seed, in story mode, never shows the button.
 */
import type { Page } from '@playwright/test';
import { routeHref } from '../src/routes';
import type { Bundle, Metric } from '../src/schema/bundle';
import { type BuiltSite, buildAndServe } from './builtSite';
import { checkA11y, expect, test, waitForHydration } from './fixtures';

const STORES = ['Northgate', 'Eastbank', 'Millbrook', 'Riverside', 'Hillcrest', 'Quayside', 'Westfield', 'Lowmoor'];
const ARTICLE = [
  'Harbour Stores reports a mixed winter',
  '',
  '2026-01-15',
  '',
  STORES.map((store, i) => `Sales at the ${store} store ${i % 3 === 2 ? 'fell' : 'rose'} ${i + 2}% in the quarter.`).join(' '),
  '',
  'The chain employs 1,200 people and runs 14 stores across the region.',
  '',
].join('\n');

let site: BuiltSite | undefined;
let origin: string;
let built: Bundle;
let hidden: Metric[];
let groupId: string;

/** Returns the "Show all" button of the group that hides figures. */
const showAll = (page: Page) => page.locator(`#metric-group-${groupId}-cards`).locator('xpath=..').getByRole('button', { name: /^Show (all|fewer)/ });

test.describe('a long group of figures', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = await buildAndServe('show-all', ARTICLE);
    ({ bundle: built, origin } = site);
    hidden = built.story.metrics.filter((m) => m.featured === false);
    groupId = hidden[0]?.group ?? '';
  });

  test.afterAll(async () => {
    await site?.close();
  });

  test('features the first figures of the group and hides the rest', async ({ page }) => {
    expect(hidden.length).toBeGreaterThan(1);
    await page.goto(`${origin}/metrics/`);
    await waitForHydration(page);
    const group = built.story.metrics.filter((m) => m.group === groupId);
    for (const m of group) {
      const card = page.locator(`#metric-${m.id}`);
      if (m.featured === false) await expect(card).toBeHidden();
      else await expect(card).toBeVisible();
    }
    await expect(showAll(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(showAll(page)).toHaveAccessibleName(new RegExp(`Show all ${group.length} figures: `));
    await expect(showAll(page)).toHaveAttribute('aria-controls', `metric-group-${groupId}-cards`);
    await checkA11y(page, { include: '#metrics' });
  });

  test('opens and closes with the keyboard, the button saying which @phone', async ({ page }) => {
    await page.goto(`${origin}/metrics/`);
    await waitForHydration(page);
    const button = showAll(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toBeFocused();
    for (const m of hidden) await expect(page.locator(`#metric-${m.id}`)).toBeVisible();
    await checkA11y(page, { include: '#metrics' });
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    for (const m of hidden) await expect(page.locator(`#metric-${m.id}`)).toBeHidden();
  });

  test('a deep link to a hidden figure lands on its card, open, and the group stays open @phone', async ({ page }) => {
    const target = hidden.at(-1) as Metric;
    await page.goto(`${origin}${routeHref({ kind: 'metric', id: target.id })}`);
    const card = page.locator(`#metric-${target.id}`);
    // Before the app starts: the prerendered page already shows the card, focused, its sentence open.
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
    await expect(card.locator('.metric-source')).toBeVisible();
    await expect(showAll(page)).toHaveAttribute('aria-expanded', 'true');
    await waitForHydration(page);
    await expect(card.locator('.metric-source')).toBeVisible();
    // Closing the card leaves its group open: nothing disappears under the reader.
    await card.locator('.metric-disclosure').click();
    await expect(card.locator('.metric-source')).toBeHidden();
    await expect(card).toBeVisible();
    await expect(showAll(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('with JavaScript off, every figure shows and no button that cannot work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/metrics/`);
    for (const m of built.story.metrics) await expect(page.locator(`#metric-${m.id}`)).toBeVisible();
    await expect(page.locator('.metric-more')).toHaveCount(1);
    await expect(page.locator('.metric-more')).toBeHidden();
    await context.close();
  });

  test('when the explainer cannot start, every figure shows and the button that cannot work goes', async ({ page, consoleErrors }) => {
    consoleErrors.ignore(/Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically imported module/i);
    await page.route(/\/assets\/explainer-[^/]+\.js/, (route) => route.abort());
    await page.goto(`${origin}/metrics/`);
    await expect(page.locator('#status').getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 });
    for (const m of built.story.metrics) await expect(page.locator(`#metric-${m.id}`)).toBeVisible();
    await expect(page.locator('.metric-more')).toBeHidden();
  });

  test('nothing moves when the app starts', async ({ page }) => {
    await page.goto(`${origin}/metrics/`);
    const boxes = () =>
      page.evaluate(() => [...document.querySelectorAll('#metrics .metric-card, #metrics .metric-more')].map((el) => JSON.stringify(el.getBoundingClientRect())));
    const before = await boxes();
    await waitForHydration(page);
    expect(await boxes()).toEqual(before);
  });
});

test('the seed, in story mode, shows every chosen figure and no "Show all"', async ({ page, bundle }) => {
  test.skip(bundle.source.mode !== 'story', 'the built site is not in story mode');
  await page.goto('/metrics/');
  await expect(page.locator('.metric-more')).toHaveCount(0);
  for (const m of bundle.story.metrics) await expect(page.locator(`#metric-${m.id}`)).toBeVisible();
});
