/**
 * A network blip costs the reader nothing (issue 12): whichever file of the explainer fails on
 * its first request (its code, any chunk of it, the bundle), the prerendered page stays as it
 * is, and Retry or simply the next attempt brings the whole explainer, with no reload.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXPLAINER_ENTRY } from '../src/boot/explainer';
import { readManifest } from '../src/build/budget';
import { BUNDLE_PATH } from '../src/data/bundlePath';
import { expect, outDir, readBuiltBundle, test, timelineOrder, waitForHydration } from './fixtures';

const bundle = readBuiltBundle();

/** Returns every file the boot script loads to start the explainer: its code, the chunks that imports (none today), the bundle. */
function explainerFiles(): string[] {
  const manifest = readManifest(outDir());
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(EXPLAINER_ENTRY);
  return [...files, BUNDLE_PATH];
}

/** Makes the first request for each of `files` fail, as a dropped connection does; later ones go through. */
async function failFirstRequest(page: Page, files: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const file of files) {
    let first = true;
    await page.route(`**/${file}*`, (route) => {
      if (!first) return route.continue();
      first = false;
      failed.push(file);
      return route.abort('internetdisconnected');
    });
  }
  return failed;
}

/** Checks that what the page showed before any script ran is all still there, and no section was replaced by an error. */
async function expectPrerenderedPage(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveText(bundle.article.title.trim());
  for (const section of bundle.story.sections) await expect(page.locator(`#${section.id}-title`)).toHaveText(section.title);
  await expect(page.locator('#timeline [role="option"]')).toHaveCount(bundle.story.timeline.events.length);
  if (bundle.story.org) await expect(page.locator('#org .org-toggle-button')).toHaveCount(bundle.story.org.views.length);
  await expect(page.getByText(/could not be shown/)).toHaveCount(0);
}

/** Retries where the page offers Retry; resolves once the explainer runs. */
async function recover(page: Page): Promise<void> {
  const retry = page.locator('#status').getByRole('button', { name: 'Retry' });
  const hydrated = page.locator('html[data-hydrated="true"]');
  await expect(retry.or(hydrated).first()).toBeAttached({ timeout: 20_000 });
  if (await retry.isVisible()) {
    await expectPrerenderedPage(page);
    await retry.click();
  }
  await waitForHydration(page);
  await expect(page.locator('#status')).toBeEmpty();
}

/** Checks that every control answers: a timeline event, the org switch, a metric card. */
async function expectInteractive(page: Page): Promise<void> {
  const events = timelineOrder(bundle);
  const event = events[1] ?? events[0];
  if (event) {
    const option = page.locator(`#timeline [role="option"]#event-${event.id}`);
    await option.focus();
    await option.press('Enter');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#timeline .timeline-detail')).toContainText(event.title);
  }
  const other = bundle.story.org?.views.find((v) => v.id !== 'before');
  if (other) {
    const button = page.locator('#org .org-toggle-button', { hasText: other.title });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(`/org/${other.id}/`);
  }
  const metric = bundle.story.metrics[0];
  if (metric) {
    const disclosure = page.locator(`#metric-${metric.id} .metric-disclosure`);
    await disclosure.scrollIntoViewIfNeeded();
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  }
}

const files = explainerFiles();

test.describe('a network blip', () => {
  for (const file of files) {
    test(`on ${file.replace(/-[\w-]{8}\.js$/, '-….js')}: the page stays readable, and the explainer comes once the network is back`, async ({ page, consoleErrors }) => {
      consoleErrors.ignore(/Failed to load resource|Failed to fetch dynamically imported module/);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
      const failed = await failFirstRequest(page, [file]);
      await page.goto('/');
      await expect.poll(() => failed, { timeout: 20_000 }).toEqual([file]);
      await expectPrerenderedPage(page);
      await recover(page);
      // Code is asked for again by a fresh URL: the browser would answer the old one with the old failure.
      if (file.endsWith('.js')) expect(requested).toContain(`/${file}?retry=1`);
      await expectPrerenderedPage(page);
      await expectInteractive(page);
    });
  }

  test('on every file at once: Retry brings the whole explainer back, the org switch too @phone', async ({ page, consoleErrors }) => {
    consoleErrors.ignore(/Failed to load resource|Failed to fetch dynamically imported module/);
    await failFirstRequest(page, files);
    await page.goto('/');
    await recover(page);
    await expectPrerenderedPage(page);
    await expectInteractive(page);
  });

  test('a click made while the explainer is unavailable is not done later, after Retry', async ({ page, consoleErrors }) => {
    const metric = bundle.story.metrics[0];
    test.skip(!metric, 'the article has no metrics');
    if (!metric) return;
    consoleErrors.ignore(/Failed to load resource|Failed to fetch dynamically imported module/);
    const code = files[0] ?? '';
    let fail = true;
    await page.route(`**/${code}*`, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/');
    const retry = page.locator('#status').getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible({ timeout: 20_000 });
    // Without the explainer the card's button does nothing, and is not held either: the status line says why.
    const disclosure = page.locator(`#metric-${metric.id} .metric-disclosure`);
    await disclosure.click();
    await expect(disclosure).not.toHaveAttribute('aria-busy');
    fail = false;
    await retry.click();
    await waitForHydration(page);
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL('/');
  });
});

test('the built explainer is one file, which a retry can fetch again by a fresh URL', () => {
  expect(files.filter((f) => f.endsWith('.js'))).toHaveLength(1);
  expect(join(outDir(), files[0] ?? '')).toMatch(/explainer-[\w-]+\.js$/);
});
