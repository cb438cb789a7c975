/**
 * Deep links (issue 4): every route opened cold lands on its item, selected and focused;
 * reload keeps it; Back/Forward retrace clicks; scrolling only replaces; a pasted hash moves
 * the page; the share control copies the link; hostile addresses land politely.
 */
import type { Locator, Page } from '@playwright/test';
import { listRoutes, type Route, routeHref } from '../src/routes';
import { expect, readBuiltBundle, test, waitForHydration } from './fixtures';

const bundle = readBuiltBundle();
const routes = listRoutes(bundle);
const events = bundle.story.timeline.events;

test.use({ reducedMotion: 'reduce' });

/** Returns true when the element matching `selector` has focus or contains it. */
function hasFocusWithin(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return !!el && (el === document.activeElement || el.contains(document.activeElement));
  }, selector);
}

/** Returns true when the element is marked as the selected one (listbox, tabs or current). */
function isSelected(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const current = el.getAttribute('aria-current');
    return el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true' || (current !== null && current !== 'false');
  }, selector);
}

/**
 * Returns what shows an event on screen: its label on the chart where the chart is drawn
 * (the listbox options are then visually hidden, kept for focus and assistive technology),
 * else its option in the list (phones).
 */
async function eventMark(page: Page, id: string): Promise<Locator> {
  const label = await chartLabel(page, id);
  return label ?? page.locator(`#event-${id}`);
}

async function chartLabel(page: Page, id: string): Promise<Locator | null> {
  const order = await page.locator('#timeline [role="option"]').evaluateAll((els, target) => els.findIndex((e) => e.id === target), `event-${id}`);
  // The chart may be drawn more than once (a layout per column width), only one of them shown.
  const label = page.locator(`#timeline .timeline-label[data-order="${order}"]`).filter({ visible: true }).first();
  return (await label.count()) > 0 ? label : null;
}

/** Clicks an event as a reader would: its label on the chart, or its item in the list. */
async function clickEvent(page: Page, id: string): Promise<void> {
  const label = await chartLabel(page, id);
  await (label ? label.locator('text').first() : page.locator(`#event-${id}`)).click();
}

/** Checks that the page shows `route`: its element in view, selected where it selects, focused. */
async function expectAt(page: Page, route: Route): Promise<void> {
  switch (route.kind) {
    case 'home':
      await expect(page.locator('h1')).toBeInViewport();
      return;
    case 'section':
      await expect(page.locator(`#${route.section}`)).toBeInViewport();
      await expect.poll(() => hasFocusWithin(page, `#${route.section}`), { message: `focus in #${route.section}` }).toBe(true);
      return;
    case 'metric': {
      const card = `#metric-${route.id}`;
      await expect(page.locator(card)).toBeInViewport();
      await expect(page.locator(`${card} [aria-expanded="true"]`)).toHaveCount(1);
      await expect.poll(() => hasFocusWithin(page, card), { message: `focus in ${card}` }).toBe(true);
      return;
    }
    case 'event': {
      const event = `#event-${route.id}`;
      await expect(await eventMark(page, route.id)).toBeInViewport();
      await expect.poll(() => isSelected(page, event), { message: `${event} selected` }).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: `${event} focused` }).toBe(`event-${route.id}`);
      return;
    }
    case 'org': {
      await expect(page.locator('#org')).toBeInViewport();
      const view = bundle.story.org?.views.find((v) => v.id === route.view);
      await expect(page.locator('#org [aria-pressed="true"], #org [aria-selected="true"], #org [aria-checked="true"]').first()).toContainText(view?.title ?? '');
      await expect.poll(() => hasFocusWithin(page, '#org'), { message: 'focus in #org' }).toBe(true);
      return;
    }
  }
}

test.describe('every route opened cold', () => {
  for (const route of routes) {
    const href = routeHref(route);
    test(`${href} lands there, and a reload keeps it`, async ({ page }) => {
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expectAt(page, route);
      expect(new URL(page.url()).pathname).toBe(href);
      await page.reload();
      await waitForHydration(page);
      await expectAt(page, route);
      expect(new URL(page.url()).pathname).toBe(href);
    });
  }
});

test.describe('history follows the reader', () => {
  test('a table-of-contents click adds an entry; Back and Forward retrace it', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const section = bundle.story.sections.at(-1)?.id ?? 'source';
    const before = await page.evaluate(() => history.length);
    await page.locator(`nav a[href="/${section}/"]`).first().click();
    await expect(page).toHaveURL(`/${section}/`);
    await expectAt(page, { kind: 'section', section });
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page).toHaveURL('/');
    await page.goForward();
    await expect(page).toHaveURL(`/${section}/`);
    await expect(page.locator(`#${section}`)).toBeInViewport();
  });

  test('clicking timeline events adds entries; Back and Forward reselect them', async ({ page }) => {
    test.skip(events.length < 2, 'the article has fewer than two timeline events');
    const [first, second] = events as [(typeof events)[0], (typeof events)[0]];
    await page.goto('/timeline/');
    await waitForHydration(page);
    await clickEvent(page, first.id);
    await expect(page).toHaveURL(`/timeline/${first.id}/`);
    await clickEvent(page, second.id);
    await expect(page).toHaveURL(`/timeline/${second.id}/`);
    await expect.poll(() => isSelected(page, `#event-${second.id}`)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(`/timeline/${first.id}/`);
    await expect.poll(() => isSelected(page, `#event-${first.id}`)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL('/timeline/');
    await page.goForward();
    await expect(page).toHaveURL(`/timeline/${first.id}/`);
    await expect.poll(() => isSelected(page, `#event-${first.id}`)).toBe(true);
  });

  test('scrolling through the page only replaces the address', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const before = await page.evaluate(() => history.length);
    const seen = new Set<string>();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(120);
      seen.add(new URL(page.url()).pathname);
    }
    await page.waitForTimeout(600);
    seen.add(new URL(page.url()).pathname);
    expect(seen.size, `addresses seen while scrolling: ${[...seen].join(' ')}`).toBeGreaterThan(1);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a click right after scrolling keeps its own address', async ({ page }) => {
    test.skip(events.length === 0, 'the article has no timeline events');
    const event = events[0] as (typeof events)[0];
    await page.goto('/timeline/');
    await waitForHydration(page);
    const label = await chartLabel(page, event.id);
    const target = label ? label.locator('text').first() : page.locator(`#event-${event.id}`);
    // Scroll back until the section above the timeline is the one at the top of the screen…
    await page.evaluate(async () => {
      const timeline = document.getElementById('timeline');
      if (timeline) window.scrollBy(0, timeline.getBoundingClientRect().top - window.innerHeight / 2);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    // …and pick an event at once, before the address has followed the scroll.
    await target.dispatchEvent('click');
    await page.waitForTimeout(800);
    await expect(page).toHaveURL(`/timeline/${event.id}/`);
  });

  test('a hash pasted after load moves the page', async ({ page }) => {
    test.skip(events.length === 0, 'the article has no timeline events');
    const event = events.at(-1) as (typeof events)[0];
    await page.goto('/');
    await waitForHydration(page);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#timeline/${event.id}`);
    await expect.poll(() => isSelected(page, `#event-${event.id}`)).toBe(true);
    await expect(await eventMark(page, event.id)).toBeInViewport();
    const sentence = bundle.article.sentences.at(-1);
    if (!sentence) return;
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#sentence-${sentence.id}`);
    await expect(page.locator(`#sentence-${sentence.id}`)).toBeInViewport();
  });
});

test.describe('sharing', () => {
  test('without Web Share the link is copied, with a visible confirmation', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      // Desktop Chromium may have Web Share; this test is about the clipboard path.
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    const section = bundle.story.sections[0]?.id ?? 'source';
    await page.goto(`/${section}/`);
    await waitForHydration(page);
    const button = page.locator(`#${section} .share-button`).first();
    await button.click();
    await expect(page.locator(`#${section}`).getByText('Link copied').first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/${section}/`, baseURL).href);
  });

  test('the selected event has its own share link', async ({ page, context, baseURL }) => {
    test.skip(events.length === 0, 'the article has no timeline events');
    const event = events[0] as (typeof events)[0];
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await page.goto(`/timeline/${event.id}/`);
    await waitForHydration(page);
    const shares = page.locator('#timeline .share-button');
    // The section's own button comes first; the event's is the other one.
    await expect(shares).toHaveCount(2);
    await shares.nth(1).click();
    await expect(page.locator('#timeline').getByText('Link copied').first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/timeline/${event.id}/`, baseURL).href);
  });
});

test.describe('hostile and broken addresses', () => {
  const hostile = [
    '/timeline/no-such-event/',
    '/metrics/no-such-figure/',
    '/nowhere/at/all/',
    '/%3Cscript%3Ealert(1)%3C%2Fscript%3E/',
    '/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '/timeline/%E0%A4%A/',
    '/%ZZ/',
    `/${'a'.repeat(3000)}/`,
    '/?q=javascript:alert(1)',
    '/?q=%3Cscript%3Ealert(1)%3C/script%3E',
    '/#javascript:alert(1)',
    '/#%3Cimg%20src=x%20onerror=alert(1)%3E',
    '/timeline/#<script>alert(1)</script>',
  ];
  for (const address of hostile) {
    test(`${address.slice(0, 60)} shows the page, never the address as markup`, async ({ page, consoleErrors }) => {
      // The server answers unknown paths with 404.html and status 404, and Chromium logs that status.
      consoleErrors.ignore(/Failed to load resource: the server responded with a status of 404/);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(address);
      await waitForHydration(page);
      await expect(page.locator('h1')).toBeVisible();
      const [path] = address.split(/[?#]/);
      const knownPath = path === '/' || path === '/timeline/';
      if (!knownPath) {
        await expect(page.locator('.notice [role="status"], [role="status"].notice, .notice').filter({ hasText: /\w/ }).first()).toBeVisible();
      }
      expect(dialogs).toEqual([]);
      expect(await page.locator('img[src="x"], [onerror], a[href^="javascript:"]').count()).toBe(0);
      // The boot script is the page's own (allowed by its hash): nothing else may run inline.
      await expect(page.locator('script[data-boot]')).toHaveCount(1);
      const inline = await page.locator('script:not([src]):not([data-boot])').evaluateAll((els) => els.map((e) => e.getAttribute('type')));
      expect(inline.every((t) => t === 'application/ld+json' || t === 'application/json')).toBe(true);
      expect(await page.content()).not.toMatch(/<script>alert|onerror=alert/);
      expect(await page.title()).not.toMatch(/script|alert|javascript/i);
    });
  }
});
