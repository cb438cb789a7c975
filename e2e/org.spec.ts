/**
 * The org diagram and the strategy section in Chromium against the built site: switching
 * views (URL, Back, focus on a deep link), the table against the bundle, the animated
 * change and none under reduced motion, the phone drawing, and axe at both widths.
 */
import type { Page } from '@playwright/test';
import type { Bundle, OrgView } from '../src/schema/bundle';
import { checkA11y, expect, openSettled as open, readBuiltBundle, test } from './fixtures';

const built = readBuiltBundle();
const views = built.story.org?.views ?? [];

/** The toggle's button for a view: it says which side of the change it is, then the view's title. */
const toggleName = (view: Pick<OrgView, 'id' | 'title'>) => `${view.id === 'before' ? 'Before' : 'After'}: ${view.title}`;
const toggle = (page: Page, view: OrgView) => page.locator('#org .org-toggle').getByRole('button', { name: toggleName(view), exact: true });

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
    // Each button says, visibly, which side of the change it shows.
    for (const view of views) await expect(toggle(page, view).locator('.org-toggle-when')).toBeVisible();
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

  test('the change is animated: halfway through, units are fading and growing, and it ends at rest', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await installVirtualClock(page);
    await open(page, '/org/');
    await page.locator('#org').scrollIntoViewIfNeeded();
    const [mid, end] = await switchAndSample(page, views[1]!, [225, 5000]);
    expect(
      mid!.some((n) => n.opacity > 0.05 && n.opacity < 0.95),
      'halfway, some unit is partly there',
    ).toBe(true);
    expect(end!.every((n) => n.opacity === 1)).toBe(true);
    expect(end!.length).toBe(views[1]!.nodes.length);
  });

  test('under reduced motion the view changes at once, with no in-between frame', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await installVirtualClock(page);
    await open(page, '/org/');
    await page.locator('#org').scrollIntoViewIfNeeded();
    const [first] = await switchAndSample(page, views[1]!, [0]);
    expect(first!.every((n) => n.opacity === 1)).toBe(true);
    expect(first!.length).toBe(views[1]!.nodes.length);
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

  test('a wide screen draws the tree, a tablet the indented drawing, each label inside its box', async ({ page }) => {
    test.slow();
    // The tree from where its widest level fits (55rem of column); the indented drawing below.
    for (const [width, drawing] of [
      [1280, '.org-svg-wide'],
      [800, '.org-svg-narrow'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of views) {
        await open(page, `/org/${view.id}/`);
        await expect(page.locator('#org svg.org-svg:visible')).toHaveCount(1);
        await expect(page.locator(`#org ${drawing}`)).toBeVisible();
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

/**
 * Lets the test set the time that requestAnimationFrame and performance.now report, so a
 * frame of the transition can be looked at whatever the machine's load. Until set, time is real.
 */
async function installVirtualClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __virtualNow: number | null };
    w.__virtualNow = null;
    const realNow = performance.now.bind(performance);
    performance.now = () => w.__virtualNow ?? realNow();
    const realRaf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => realRaf((t) => cb(w.__virtualNow ?? t));
  });
}

/** Clicks the toggle for `title` at virtual time 0, then returns every visible box's opacity at each of the given times (ms). */
async function switchAndSample(page: Page, view: OrgView, times: number[]): Promise<{ opacity: number }[][]> {
  const button = toggle(page, view);
  return button.evaluate(async (el, at) => {
    const w = window as unknown as { __virtualNow: number | null };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const read = () =>
      [...document.querySelectorAll('#org .org-svg .org-node')]
        .filter((g) => (g.closest('svg') as SVGSVGElement).getClientRects().length > 0)
        .map((g) => ({ opacity: Number(g.getAttribute('opacity') ?? '1') }));
    w.__virtualNow = 10_000;
    const before = JSON.stringify(read());
    (el as HTMLButtonElement).click();
    // The switch renders when React gets to it: wait until the drawing has changed at all.
    for (let i = 0; i < 120 && JSON.stringify(read()) === before; i++) await frame();
    const out: { opacity: number }[][] = [];
    for (const ms of at) {
      w.__virtualNow = 10_000 + ms;
      // One frame to run the animation's tick at that time, one for React to commit it.
      await frame();
      await frame();
      await frame();
      out.push(read());
    }
    w.__virtualNow = null;
    return out;
  }, times);
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
