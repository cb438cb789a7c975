/**
 * The answer to a pick is on screen with what was picked, at the four sizes readers use
 * most: a phone (375×740, touch), a tablet (800×1000), a laptop (1280×800) and a desktop
 * (1440×900). For the timeline, every way of selecting an event (a click or a tap, the
 * arrow keys, Home and End, the Earlier and Later buttons, a swipe on the phone) must leave
 * the event's source sentence entirely in view, below the sticky section bar, together with
 * the event's own mark: its chart label, or its list item where the list is shown. For the
 * org diagram, a switch must leave the toggle and the redrawn diagram in view.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openSettled as open, readBuiltBundle, test, timelineOrder, touchSwipe } from './fixtures';

const built = readBuiltBundle();
const ordered = timelineOrder(built);

const SIZES = [
  { name: 'phone', viewport: { width: 375, height: 740 }, touch: true },
  { name: 'tablet', viewport: { width: 800, height: 1000 }, touch: false },
  { name: 'laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, touch: false },
] as const;

/** The top and bottom of what the reader sees: under the sticky bar, down to the bottom edge. */
async function visibleBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => ({ top: document.querySelector('.page-bar')?.getBoundingClientRect().bottom ?? 0, bottom: window.innerHeight }));
}

/** Fails unless `locator` lies wholly inside the visible band. */
async function expectWhollyInView(page: Page, locator: Locator, what: string): Promise<void> {
  const band = await visibleBand(page);
  const box = await locator.evaluate((el) => el.getBoundingClientRect().toJSON() as { top: number; bottom: number; height: number });
  expect(box.height, `${what} is drawn`).toBeGreaterThan(0);
  expect(box.top, `${what}: top at ${Math.round(box.top)} is under the bar (${Math.round(band.top)})`).toBeGreaterThanOrEqual(band.top - 1);
  expect(box.bottom, `${what}: bottom at ${Math.round(box.bottom)} is past the screen (${band.bottom})`).toBeLessThanOrEqual(band.bottom + 1);
}

/** What the reader picked the event by: its label on the chart, or its list item where the list is shown. */
async function markOf(page: Page, order: number, id: string): Promise<Locator> {
  const chart = page.locator('#timeline svg.timeline-chart:visible');
  if ((await chart.count()) > 0) return chart.locator(`.timeline-label[data-order="${order}"]`);
  return page.locator(`#timeline #event-${id}`);
}

/** Fails unless event `index` is selected and its source sentence and its mark are wholly in view. */
async function expectAnswerInView(page: Page, index: number, how: string): Promise<void> {
  const event = ordered[index]!;
  await expect(page.locator(`#timeline #event-${event.id}`)).toHaveAttribute('aria-selected', 'true');
  const detail = page.locator(`#timeline [data-detail-event="${event.id}"]`);
  await expect(detail).toBeVisible();
  // Let a scroll that the pick started come to rest (it is instant; a frame or two at most).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expectWhollyInView(page, detail.locator('blockquote'), `${how}: the source sentence of "${event.title}"`);
  await expectWhollyInView(page, await markOf(page, event.order, event.id), `${how}: the mark of "${event.title}"`);
}

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}×${size.viewport.height} (${size.name})`, () => {
    test.use({ viewport: size.viewport, isMobile: size.touch, hasTouch: size.touch });
    test.skip(ordered.length < 3, 'the article has fewer than three timeline events');

    test('every way of picking a timeline event leaves its answer in view with the event', async ({ page }) => {
      test.slow();
      await open(page, '/timeline/');
      // A reader arrives at the section's top, as the table of contents leaves it.
      const pickBy = async (index: number) => {
        const event = ordered[index]!;
        const mark = await markOf(page, event.order, event.id);
        if (size.touch) await mark.tap();
        else await mark.click();
      };
      const middle = Math.floor(ordered.length / 2);
      const last = ordered.length - 1;
      for (const index of [middle, 0, last, 1]) {
        await pickBy(index);
        await expectAnswerInView(page, index, `a ${size.touch ? 'tap' : 'click'} on event ${index + 1}`);
      }
      // The keys step on from the event just picked.
      await page.keyboard.press('ArrowRight');
      await expectAnswerInView(page, 2, 'ArrowRight after a pick');
      await page.keyboard.press('End');
      await expectAnswerInView(page, last, 'End');
      await page.keyboard.press('ArrowLeft');
      await expectAnswerInView(page, last - 1, 'ArrowLeft');
      await page.keyboard.press('Home');
      await expectAnswerInView(page, 0, 'Home');
      // The detail's own buttons step too.
      await page.locator('#timeline .timeline-step', { hasText: 'Later' }).click();
      await expectAnswerInView(page, 1, 'the Later button');
      await page.locator('#timeline .timeline-step', { hasText: 'Earlier' }).click();
      await expectAnswerInView(page, 0, 'the Earlier button');
    });

    if (size.touch) {
      test('a swipe leaves the answer in view with the event', async ({ page }) => {
        await open(page, `/timeline/${ordered[0]!.id}/`);
        const swipe = await touchSwipe(page, page.locator('#timeline .timeline-detail'));
        await swipe(0.8, 0.2);
        await expectAnswerInView(page, 1, 'a swipe left');
        await swipe(0.2, 0.8);
        await expectAnswerInView(page, 0, 'a swipe right');
      });
    }

    test('switching the org view leaves the toggle and the redrawn diagram in view', async ({ page }) => {
      test.skip((built.story.org?.views.length ?? 0) < 2, 'the story has no before and after to switch between');
      await open(page, '/org/');
      // The reader scrolled on until the toggle sits near the bottom of the screen.
      await page.evaluate(() => {
        const toggle = document.querySelector('#org .org-toggle')!.getBoundingClientRect();
        window.scrollBy({ top: toggle.bottom - window.innerHeight + 20, behavior: 'instant' });
      });
      const index = await page.locator('#org .org-toggle-button').evaluateAll((buttons) => buttons.findIndex((b) => b.getAttribute('aria-pressed') === 'false'));
      const other = page.locator('#org .org-toggle-button').nth(index);
      if (size.touch) await other.tap();
      else await other.click();
      await expect(page.locator('#org .org-toggle-button[aria-pressed="true"]')).toHaveCount(1);
      await expect(other).toHaveAttribute('aria-pressed', 'true');
      await expectWhollyInView(page, page.locator('#org .org-toggle'), 'the toggle');
      const diagram = page.locator('#org .org-figure svg:visible');
      const band = await visibleBand(page);
      const box = await diagram.evaluate((el) => el.getBoundingClientRect().toJSON() as { top: number; bottom: number; height: number });
      // The diagram starts on screen, and shows whole or fills the rest of the screen.
      expect(box.top).toBeGreaterThanOrEqual(band.top);
      expect(Math.min(box.bottom, band.bottom) - box.top).toBeGreaterThanOrEqual(Math.min(box.height, (band.bottom - band.top) / 2));
    });
  });
}
