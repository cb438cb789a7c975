/**
 * The first-load byte budget (issue 5): deterministic figures from the build (gzip of what
 * each page references) and the bytes Chromium actually fetched on a first visit.
 * Timings are the bench's business; bytes are asserted here.
 */
import { formatPageWeights, weighPages } from '../src/build/benchPageWeight';
import { formatFirstLoad, JS_BUDGET, measureFirstLoad, TOTAL_BUDGET } from '../src/build/budget';
import { listRoutes, routeToPath } from '../src/routes';
import { expect, outDir, readBuiltBundle, test, waitForHydration } from './fixtures';

const bundle = readBuiltBundle();

test('every page stays within the first-load budget (gzip, from the build)', async () => {
  let heaviest = measureFirstLoad(outDir());
  for (const route of listRoutes(bundle)) {
    const load = measureFirstLoad(outDir(), `${routeToPath(route)}index.html`);
    if (load.total > heaviest.total) heaviest = load;
  }
  console.log(`first load of the heaviest page (${heaviest.files[0]?.path}):\n${formatFirstLoad(heaviest)}`);
  expect(heaviest.js, 'JavaScript on first load, gzipped').toBeLessThanOrEqual(JS_BUDGET);
  expect(heaviest.total, 'HTML + CSS + JS + JSON + icon on first load, gzipped').toBeLessThanOrEqual(TOTAL_BUDGET);
});

test('every page, gzipped on the fly, arrives in the first round trip (TCP\'s first window, headers allowed for)', async () => {
  // A host that gzips on the fly sends no brotli: a page over the first window waits one more
  // round trip, which the no-script floor does not, and LCP reads ~1.15x the floor (decision 0002).
  const pages = weighPages(outDir());
  console.log(formatPageWeights(pages));
  expect(pages.filter((p) => !p.fitsFirstWindow).map((p) => `${p.path}: ${p.gzipBytes} B`)).toEqual([]);
});

test('what Chromium fetches on a first visit stays within the budget', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: new URL(r.name).pathname, type: r.initiatorType, bytes: r.encodedBodySize };
    }),
  );
  const counted = entries.filter((e) => !e.name.includes('/og/'));
  const js = counted.filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + e.bytes, 0);
  const total = counted.reduce((n, e) => n + e.bytes, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`fetched on first visit (compressed as served):\n${counted.map((e) => `  ${kb(e.bytes).padStart(9)}  ${e.name}`).join('\n')}\n  JS ${kb(js)}, total ${kb(total)}`);
  expect(js).toBeLessThanOrEqual(JS_BUDGET);
  expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
});
