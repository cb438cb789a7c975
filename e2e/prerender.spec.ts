/**
 * Prerendered pages (issue 4): each route's own HTML, head tags, preview image and
 * structured data; readable with JavaScript off; hydration without layout shift; and the
 * whole site built and served under a sub-path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { buildSite } from '../src/build/buildSite';
import { previewPath } from '../src/build/previewImages';
import { startServer } from '../src/build/serve';
import { describeRoute } from '../src/routeMeta';
import { listRoutes, routeHref } from '../src/routes';
import { eventControl, expect, readBuiltBundle, test, waitForHydration } from './fixtures';

const bundle = readBuiltBundle();
const routes = listRoutes(bundle);
const SITE_URL = process.env.SITE_URL || 'http://localhost:4173';

/** Returns the unescaped value of the first attribute `attr` on a tag matching `tagPattern`. */
function attribute(html: string, tagPattern: RegExp, attr: string): string | null {
  const tag = html.match(tagPattern)?.[0];
  const raw = tag?.match(new RegExp(`${attr}="([^"]*)"`))?.[1];
  return raw === undefined ? null : decodeEntities(raw);
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

/** Checks that `path` is a real 1200×630 PNG of sensible size. */
async function expectPreviewPng(request: APIRequestContext, url: string): Promise<number> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const png = await res.body();
  expect(png.subarray(0, 8).toString('hex'), `${url} is a PNG`).toBe('89504e470d0a1a0a');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
  expect(png.length, `${url} size`).toBeGreaterThan(10_000);
  expect(png.length, `${url} size`).toBeLessThan(300_000);
  return png.length;
}

test.describe('each route has its own prerendered page', () => {
  for (const route of routes) {
    const href = routeHref(route);
    test(`${href}: title, description, canonical, preview, NewsArticle`, async ({ request }) => {
      const res = await request.get(href);
      expect(res.status()).toBe(200);
      const html = await res.text();
      const meta = describeRoute(bundle, route);
      expect(decodeEntities(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')).toBe(meta.title);
      expect(attribute(html, /<meta name="description"[^>]*>/, 'content')).toBe(meta.description);
      expect(attribute(html, /<link rel="canonical"[^>]*>/, 'href')).toBe(`${SITE_URL}${href}`);
      expect(attribute(html, /<meta property="og:url"[^>]*>/, 'content')).toBe(`${SITE_URL}${href}`);
      const image = attribute(html, /<meta property="og:image"[^>]*>/, 'content');
      expect(image).toBe(`${SITE_URL}/${previewPath(route)}`);
      expect(attribute(html, /<meta name="twitter:card"[^>]*>/, 'content')).toBe('summary_large_image');
      await expectPreviewPng(request, new URL(image ?? '').pathname);
      const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1] ?? 'null');
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', image: [image] });
      expect(ld.headline.length).toBeGreaterThan(0);
      if (bundle.article.published) expect(ld.datePublished).toBe(bundle.article.published);
      if (bundle.article.outlet) expect(ld.publisher).toEqual({ '@type': 'Organization', name: bundle.article.outlet });
      // The app itself is in the page, not rendered later.
      expect(html).toMatch(/<div id="root" data-prerendered-path="[^"]*"[^>]*>(<!--\$-->)?<[a-z]/);
      expect(html).toContain('<h1');
    });
  }

  test('404.html is the page with a notice, marked noindex', async ({ request }) => {
    const res = await request.get('/no/such/page/');
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<h1');
    expect(html).toMatch(/class="notice"[^>]*>\s*<p/);
  });

  test('robots.txt and sitemap.xml list the pages', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap.match(/<loc>/g)).toHaveLength(routes.length);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test("an event's page is readable and is about that event", async ({ page }, testInfo) => {
    const event = bundle.story.timeline.events[0];
    test.skip(!event, 'the article has no timeline events');
    if (!event) return;
    const route = { kind: 'event', id: event.id } as const;
    await page.goto(routeHref(route));
    await expect(page).toHaveTitle(describeRoute(bundle, route).title);
    await expect(page.locator('h1')).toHaveText(bundle.article.title.trim());
    await expect(page.locator(`#event-${event.id}`)).toBeVisible();
    await expect(page.locator('#timeline')).toContainText(event.title);
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
    await page.screenshot({ path: testInfo.outputPath('event-no-js.png'), fullPage: false });
  });

  test("a card's or an event's link lands on it, at once, without any script @phone", async ({ page }) => {
    // Motion allowed: the landing must still be a jump, not a glide from the top.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const centred = routes.filter((r) => r.kind === 'metric' || r.kind === 'event');
    expect(centred.length).toBeGreaterThan(0);
    for (const route of centred) {
      const target = page.locator(route.kind === 'metric' ? `#metric-${route.id}` : `#event-${route.id}`);
      await page.goto(routeHref(route));
      await expect(target, routeHref(route)).toBeFocused();
      // On a wide screen an event's option is read by screen readers, and the chart shows it.
      const seen = route.kind === 'metric' ? target : (await eventControl(page, bundle, route.id)).control;
      await expect(seen, routeHref(route)).toBeInViewport();
      const landedAt = await page.evaluate(() => window.scrollY);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY), `${routeHref(route)} moved after landing`).toBe(landedAt);
    }
  });

  test('every section the bundle has is in the markup, in order', async ({ page }) => {
    await page.goto('/');
    const ids = await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(bundle.story.sections.map((s) => s.id));
    for (const section of bundle.story.sections) await expect(page.locator(`#${section.id}-title`)).toHaveText(section.title);
  });
});

/** Returns the total layout shift from page load until the app has hydrated and settled. */
async function measureLayoutShift(page: Page, href: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(href);
  await waitForHydration(page);
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

test.describe('hydration', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the home page does not move when it hydrates', async ({ page, browser }) => {
    expect(await measureLayoutShift(page, '/')).toBe(0);
    // The same boxes with and without JavaScript.
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() ?? undefined });
    const still = await noJs.newPage();
    await still.goto('/');
    const boxes = (p: Page) =>
      p.evaluate((ids) => ids.map((id) => document.getElementById(id)?.getBoundingClientRect().toJSON() as DOMRect | undefined), ['top', ...bundle.story.sections.map((s) => s.id)]);
    const [before, after] = [await boxes(still), await boxes(page)];
    await noJs.close();
    expect(after.map((b) => b && { y: Math.round(b.y), h: Math.round(b.height) })).toEqual(before.map((b) => b && { y: Math.round(b.y), h: Math.round(b.height) }));
  });

  test('a deep link does not shift the layout when it hydrates', async ({ page }) => {
    const route = routes.find((r) => r.kind === 'event') ?? routes.find((r) => r.kind === 'metric') ?? routes[0];
    expect(await measureLayoutShift(page, routeHref(route ?? { kind: 'home' }))).toBe(0);
  });
});

test.describe('built and served under a sub-path', () => {
  const BASE = '/explainer/';
  // Inside the project: the prerenderer imports the SSR build, whose dependencies resolve from node_modules.
  const ssrDir = join('.cache', `ssr-subpath-${process.pid}`);
  let tmp: string;
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    tmp = mkdtempSync(join(tmpdir(), 'explainer-subpath-'));
    const built = await buildSite({ outDir: join(tmp, 'site'), ssrDir, base: BASE, siteUrl: 'https://news.example' });
    console.log(`sub-path build: ${Math.round(built.ms)} ms`);
    server = await startServer({ dir: join(tmp, 'site'), base: BASE, port: 0 });
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((r) => server?.close(r));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    rmSync(ssrDir, { recursive: true, force: true });
  });

  test('deep links, assets, data and previews all live under the base', async ({ page, request }) => {
    const event = bundle.story.timeline.events[0];
    const route = event ? ({ kind: 'event', id: event.id } as const) : ({ kind: 'home' } as const);
    const href = routeHref(route, BASE);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const res = await page.goto(origin + href);
    expect(res?.status()).toBe(200);
    await waitForHydration(page);
    // Where the address goes after landing is deeplinks.spec.ts's business; here it must stay under the base.
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    if (event) await expect(page.locator(`#event-${event.id}`)).toHaveAttribute('aria-selected', 'true');
    expect(requests.filter((p) => !p.startsWith(BASE)), 'requests outside the base').toEqual([]);
    expect(requests).toContain(`${BASE}data/bundle.json`);
    const html = await (await request.get(origin + href)).text();
    expect(attribute(html, /<link rel="canonical"[^>]*>/, 'href')).toBe(`https://news.example${href}`);
    const image = attribute(html, /<meta property="og:image"[^>]*>/, 'content') ?? '';
    expect(image.startsWith(`https://news.example${BASE}og/`)).toBe(true);
    await expectPreviewPng(request, origin + new URL(image).pathname);
    // Every in-page link stays under the base.
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
  });

  test('an unknown address under the base gets the 404 page with its notice', async ({ page, consoleErrors }) => {
    consoleErrors.ignore(/status of 404/);
    const res = await page.goto(`${origin}${BASE}no-such-place/`);
    expect(res?.status()).toBe(404);
    await waitForHydration(page);
    await expect(page.locator('.notice').filter({ hasText: /\w/ }).first()).toBeVisible();
  });
});
