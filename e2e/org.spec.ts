/**
 * The org diagram and the strategy section in Chromium against the built site: switching
 * views (URL, Back, focus on a deep link), the table against the bundle, the animated
 * change and none under reduced motion, the phone drawing, and axe at both widths.
 */
import type { Page } from '@playwright/test';
import type { Bundle, OrgView } from '../src/schema/bundle';
import { checkA11y, expect, readBuiltBundle, test } from './fixtures';

const built = readBuiltBundle();
const views = built.story.org?.views ?? [];

/** Opens a path, waits for the app to hydrate and for the scroll to its target to settle. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await settle(page);
}

/** Waits until the page has stopped scrolling (a smooth scroll to a deep link's target). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(150);
  }
}

const toggle = (page: Page, view: OrgView) => page.locator('#org .org-toggle').getByRole('button', { name: view.title, exact: true });

/** Returns the rows the table must show for a view: unit, reports to, leads, in the article's words. */
function expectedRows(bundle: Bundle, view: OrgView): string[][] {
  const label = new Map(view.nodes.map((n) => [n.id, n.label.text]));
  const name = new Map(bundle.facts.people.map((p) => [p.id, p.name]));
  return view.nodes.map((n) => [n.label.text, n.parent ? (label.get(n.parent) ?? '') : '', n.leads.map((id) => name.get(id) ?? '').join(', ')]);
}

async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('#org .org-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')];
      const unit = cells[0]?.querySelector('.org-table-unit')?.textContent ?? '';
      const visible = (el: Element | undefined) => (el ? [...el.querySelectorAll('[data-fact-id]')].map((x) => x.textContent).join(', ') : '');
      const parent = cells[1]?.querySelector('.org-table-none') ? '' : (cells[1]?.textContent ?? '');
      return [unit, parent, visible(cells[2])];
    }),
  );
}

const sorted = (rows: string[][]) => [...rows].map((r) => r.join(' | ')).sort();

test.describe('the org diagram', () => {
  test.skip(views.length < 2, 'the article has no before/after structure');

  test('opens on the first view, its sentence and its table matching the bundle @phone', async ({ page, bundle }) => {
    await open(page, '/org/');
    const [first, second] = views;
    await expect(toggle(page, first!)).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle(page, second!)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('#org .org-summary mark')).toHaveText(first!.summary.text);
    expect(sorted(await tableRows(page))).toEqual(sorted(expectedRows(bundle, first!)));
  });

  test('switching the view puts it in the URL, redraws and retabulates; Back returns @phone', async ({ page, bundle }) => {
    const [first, second] = views;
    await open(page, '/org/');
    await toggle(page, second!).click();
    await expect(page).toHaveURL(`/org/${second!.id}/`);
    await expect(toggle(page, second!)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#org .org-summary mark')).toHaveText(second!.summary.text);
    expect(sorted(await tableRows(page))).toEqual(sorted(expectedRows(bundle, second!)));
    // The drawing ends with one box per unit of the view.
    await expect(page.locator('#org .org-svg:visible .org-node')).toHaveCount(second!.nodes.length);
    await page.goBack();
    await expect(page).toHaveURL('/org/');
    await expect(toggle(page, first!)).toHaveAttribute('aria-pressed', 'true');
    expect(sorted(await tableRows(page))).toEqual(sorted(expectedRows(bundle, first!)));
  });

  test('a deep link to a view opens it with its button focused', async ({ page }) => {
    const second = views[1]!;
    await open(page, `/org/${second.id}/`);
    await expect(toggle(page, second)).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle(page, second)).toBeFocused();
  });

  test('names leads as the people facts do, marked with their fact ids', async ({ page, bundle }) => {
    await open(page, `/org/${views[1]!.id}/`);
    const shown = await page.locator('#org .org-table [data-fact-id]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-fact-id'), el.textContent]));
    expect(shown.length).toBeGreaterThan(0);
    for (const [id, text] of shown) expect(text).toBe(bundle.facts.people.find((p) => p.id === id)?.name);
  });

  test('the change is animated: boxes pass through in-between places', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page, '/org/');
    await page.locator('#org').scrollIntoViewIfNeeded();
    const samples = await sampleTransition(page, views[1]!.title);
    const between = samples.some((s) => s.some((n) => n.opacity > 0.02 && n.opacity < 0.98));
    expect(between, 'some frame shows a unit fading or growing').toBe(true);
  });

  test('under reduced motion the view changes at once, with no in-between frame', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '/org/');
    await page.locator('#org').scrollIntoViewIfNeeded();
    const samples = await sampleTransition(page, views[1]!.title);
    for (const s of samples) for (const n of s) expect(n.opacity).toBe(1);
    expect(samples[samples.length - 1]!.length).toBe(views[1]!.nodes.length);
  });

  test('fits a 320 px phone: the indented drawing, no sideways scroll, labels inside their boxes @phone', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 700 });
    for (const view of views) {
      await open(page, `/org/${view.id}/`);
      await expect(page.locator('#org .org-svg-narrow')).toBeVisible();
      await expect(page.locator('#org .org-svg-wide')).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectTextInsideBoxes(page, '#org .org-svg-narrow');
    }
  });

  test('on wider screens the tree keeps every label inside its box', async ({ page }) => {
    test.slow();
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of views) {
        await open(page, `/org/${view.id}/`);
        await expect(page.locator('#org svg.org-svg:visible')).toHaveCount(1);
        await expect(page.locator('#org .org-svg-narrow')).toBeHidden();
        await expectTextInsideBoxes(page, '#org svg.org-svg:visible');
      }
    }
  });

  test('has no axe violations in either view @phone', async ({ page }) => {
    test.slow();
    for (const view of views) {
      await open(page, `/org/${view.id}/`);
      await checkA11y(page, { include: '#org' });
    }
  });
});

test.describe('the strategy section', () => {
  test.skip(!built.story.strategy, 'the article has no strategy story');

  test('shows both sides in the article words and marks the current stage in text @phone', async ({ page, bundle }) => {
    test.slow();
    const strategy = bundle.story.strategy!;
    await open(page, '/strategy/');
    const before = page.locator('#strategy .strategy-side-before');
    const after = page.locator('#strategy .strategy-side-after');
    await expect(before.locator('.strategy-focus')).toHaveText(strategy.before.focus.text);
    await expect(after.locator('.strategy-focus')).toHaveText(strategy.after.focus.text);
    await expect(before.locator('.strategy-kpis li')).toHaveText(strategy.before.kpis.map((k) => k.text));
    await expect(after.locator('.strategy-kpis li')).toHaveText(strategy.after.kpis.map((k) => k.text));
    const steps = page.locator('#strategy .strategy-step');
    await expect(steps.locator('.strategy-step-label')).toHaveText(strategy.stages.map((s) => s.label.text));
    const current = strategy.stages.findIndex((s) => s.current);
    if (current >= 0) {
      await expect(steps.nth(current)).toHaveAttribute('aria-current', 'step');
      await expect(steps.nth(current)).toContainText('We are here');
      await expect(page.locator('#strategy [aria-current="step"]')).toHaveCount(1);
    }
    if (strategy.currentNote) await expect(page.locator('#strategy .strategy-note mark')).toHaveText(strategy.currentNote.text);
    await checkA11y(page, { include: '#strategy' });
  });
});

/** Clicks the toggle for `title` and returns, for each animation frame that follows, every box's opacity. */
async function sampleTransition(page: Page, title: string): Promise<{ id: string; opacity: number }[][]> {
  const button = page.locator('#org .org-toggle').getByRole('button', { name: title, exact: true });
  await button.evaluate((el) => {
    const w = window as unknown as { __orgSamples: { id: string; opacity: number }[][] };
    w.__orgSamples = [];
    const read = () =>
      [...document.querySelectorAll('#org .org-svg .org-node')]
        .filter((g) => (g.closest('svg') as SVGSVGElement).getClientRects().length > 0)
        .map((g) => ({ id: g.getAttribute('class') ?? '', opacity: Number(g.getAttribute('opacity') ?? '1') }));
    const started = performance.now();
    const loop = () => {
      w.__orgSamples.push(read());
      if (performance.now() - started < 900) requestAnimationFrame(loop);
    };
    (el as HTMLButtonElement).click();
    requestAnimationFrame(loop);
  });
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { __orgSamples: { id: string; opacity: number }[][] }).__orgSamples);
}

/** Fails when a line of text in a box of the drawing runs past the box's edges. */
async function expectTextInsideBoxes(page: Page, svg: string): Promise<void> {
  const overflows = await page.locator(`${svg} .org-node`).evaluateAll((nodes) =>
    nodes.flatMap((g) => {
      const rect = g.querySelector(':scope > rect')!.getBoundingClientRect();
      return [...g.querySelectorAll(':scope > text tspan')]
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.left < rect.left + 1 || r.right > rect.right - 1 || r.top < rect.top || r.bottom > rect.bottom + 1)
        .map(({ text }) => text);
    }),
  );
  expect(overflows, `text outside its box in ${svg}`).toEqual([]);
}
