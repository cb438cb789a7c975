/**
 * The timeline in Chromium against the built site: mouse, keys (one tab stop, arrows,
 * Home/End, focus kept inside), the URL following the selection with Back, swipes on a
 * touch phone, what is on screen against the bundle's time facts, labels that never
 * overlap, the phone list, and axe at phone and desktop widths.
 */
import type { Page } from '@playwright/test';
import { formatTime } from '../src/layout/format';
import type { Bundle, TimeFact } from '../src/schema/bundle';
import { CHUNKS, checkA11y, eventControl, expect, openSettled as open, readBuiltBundle, recordRequests, settle, test, timelineOrder, touchSwipe, waitForHydration } from './fixtures';

const built = readBuiltBundle();
/** The events in the order the keys step through them: by time across lanes. */
const ordered = timelineOrder(built);

function timeOf(bundle: Bundle, id: string): TimeFact {
  const t = bundle.facts.times.find((x) => x.id === id);
  if (!t) throw new Error(`missing time ${id}`);
  return t;
}

const option = (page: Page, id: string) => page.locator(`#timeline [role="option"]#event-${id}`);
const listbox = (page: Page) => page.locator('#timeline [role="listbox"]');

/** Clicks an event as a reader would: its label on the chart, or the list item on a narrow screen. */
async function pick(page: Page, id: string): Promise<void> {
  await (await eventControl(page, built, id)).hit.click();
}

test.describe('the timeline', () => {
  test.skip(ordered.length < 2, 'the article has fewer than two timeline events');

  test('lists every event once, in time order, each with its date as the text gives it', async ({ page, bundle }) => {
    await open(page, '/timeline/');
    const ids = await listbox(page)
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(ordered.map((e) => `event-${e.id}`));
    for (const e of ordered) {
      const event = bundle.story.timeline.events.find((x) => x.id === e.id)!;
      const o = option(page, e.id);
      await expect(o).toHaveAttribute('data-fact-id', event.time);
      await expect(o.locator('.timeline-event-date time')).toHaveText(formatTime(timeOf(bundle, event.time), 'long'));
      await expect(o.locator('.timeline-event-title')).toHaveText(event.title);
    }
    // Nothing selected on the section's own URL, and exactly one tab stop: the first event.
    await expect(listbox(page).locator('[aria-selected="true"]')).toHaveCount(0);
    await expect(listbox(page).locator('[tabindex="0"]')).toHaveCount(1);
    await expect(listbox(page).locator('[tabindex="0"]')).toHaveId(`event-${ordered[0]!.id}`);
  });

  test('clicking an event selects it, puts it in the URL and shows its date, title and sentence', async ({ page, bundle }) => {
    test.slow();
    await open(page, '/timeline/');
    for (const e of ordered) {
      const event = bundle.story.timeline.events.find((x) => x.id === e.id)!;
      const time = timeOf(bundle, event.time);
      await pick(page, e.id);
      await expect(page).toHaveURL(`/timeline/${e.id}/`);
      await expect(option(page, e.id)).toHaveAttribute('aria-selected', 'true');
      await expect(listbox(page).locator('[aria-selected="true"]')).toHaveCount(1);
      const detail = page.locator('#timeline .timeline-detail');
      await expect(detail.locator('.timeline-detail-title')).toHaveText(event.title);
      await expect(detail.locator('.timeline-detail-date')).toHaveText(formatTime(time, 'long'));
      const sentence = bundle.article.sentences.find((s) => s.id === event.sentence)!;
      await expect(detail.locator('blockquote')).toHaveText(bundle.article.text.slice(sentence.start, sentence.end));
      if (time.sentence === event.sentence) await expect(detail.locator('blockquote mark')).toHaveText(time.text);
    }
  });

  test('its code comes once with the explainer, after load and with no gesture, and the prerendered chart then answers @phone', async ({ page }) => {
    const fetched = recordRequests(page);
    await page.goto('/');
    // No pointer, key or touch: the explainer starts at idle after load, so a first tap finds it running.
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => CHUNKS.explainer.test(path)), 'the explainer is one file, fetched once').toHaveLength(1);
    await expect(listbox(page)).toHaveCount(1);
    const target = ordered[1]!;
    await pick(page, target.id);
    await expect(page).toHaveURL(`/timeline/${target.id}/`);
    await expect(option(page, target.id)).toHaveAttribute('aria-selected', 'true');
    expect(fetched.filter((path) => CHUNKS.explainer.test(path))).toHaveLength(1);
  });

  test('arrow keys, Home and End step in time order, keep focus inside and keep one tab stop', async ({ page }) => {
    await open(page, `/timeline/${ordered[0]!.id}/`);
    const first = option(page, ordered[0]!.id);
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(option(page, ordered[1]!.id)).toBeFocused();
    await expect(option(page, ordered[1]!.id)).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(`/timeline/${ordered[1]!.id}/`);
    await page.keyboard.press('ArrowDown');
    const third = ordered[2] ?? ordered[1]!;
    await expect(option(page, third.id)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(option(page, ordered[1]!.id)).toBeFocused();
    await page.keyboard.press('End');
    const last = ordered[ordered.length - 1]!;
    await expect(option(page, last.id)).toBeFocused();
    await expect(page).toHaveURL(`/timeline/${last.id}/`);
    // Past the end nothing moves, and the page does not scroll away.
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowRight');
    await expect(option(page, last.id)).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(first).toBeFocused();
    await expect(listbox(page).locator('[tabindex="0"]')).toHaveCount(1);
    await expect(first).toHaveAttribute('tabindex', '0');
    // Tab leaves the widget in one press: the other events are not tab stops.
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => Boolean(document.activeElement?.closest('[role="listbox"]')));
    expect(inside).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();
  });

  test('keys outside the widget are left alone', async ({ page }) => {
    await open(page, '/timeline/');
    await page.locator('#timeline-title').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(listbox(page).locator('[aria-selected="true"]')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/timeline/');
  });

  test('Back returns to the previously selected event, Forward comes back', async ({ page }) => {
    const [a, b] = ordered;
    await open(page, '/timeline/');
    await pick(page, a!.id);
    await expect(page).toHaveURL(`/timeline/${a!.id}/`);
    await pick(page, b!.id);
    await expect(page).toHaveURL(`/timeline/${b!.id}/`);
    await page.goBack();
    await expect(page).toHaveURL(`/timeline/${a!.id}/`);
    await expect(option(page, a!.id)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#timeline .timeline-detail-title')).toHaveText(a!.title);
    await page.goForward();
    await expect(page).toHaveURL(`/timeline/${b!.id}/`);
    await expect(option(page, b!.id)).toHaveAttribute('aria-selected', 'true');
  });

  test('announces the selection briefly in a polite live region', async ({ page, bundle }) => {
    const [a, b] = ordered;
    await open(page, `/timeline/${a!.id}/`);
    const live = page.locator('#timeline [aria-live="polite"]');
    await expect(live).toHaveText('');
    await pick(page, b!.id);
    const time = timeOf(bundle, b!.time.id);
    await expect(live).toHaveText(`${formatTime(time, 'long')}: ${b!.title}, 2 of ${ordered.length}`);
  });

  test('the Earlier and Later buttons step too, and stop at the ends', async ({ page }) => {
    await open(page, `/timeline/${ordered[0]!.id}/`);
    const earlier = page.locator('#timeline .timeline-step').first();
    const later = page.locator('#timeline .timeline-step').last();
    await expect(earlier).toBeDisabled();
    await later.click();
    await expect(page).toHaveURL(`/timeline/${ordered[1]!.id}/`);
    await earlier.click();
    await expect(page).toHaveURL(`/timeline/${ordered[0]!.id}/`);
  });

  test('labels on the chart never overlap one another, fit their text and stay inside the column', async ({ page }) => {
    test.slow();
    for (const width of [1280, 1024, 720]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/timeline/');
      const chart = page.locator('#timeline svg.timeline-chart:visible');
      await expect(chart).toHaveCount(1);
      const labels = await chart.locator('.timeline-label').evaluateAll((groups) =>
        groups.map((g) => {
          const box = g.querySelector('.timeline-label-box')!.getBoundingClientRect();
          const text = g.querySelector('text')!.getBoundingClientRect();
          return { order: g.getAttribute('data-order'), box: box.toJSON(), text: text.toJSON() } as {
            order: string;
            box: { left: number; right: number; top: number; bottom: number };
            text: { left: number; right: number; top: number; bottom: number };
          };
        }),
      );
      expect(labels.length).toBe(ordered.length);
      const frame = await chart.evaluate((el) => el.getBoundingClientRect().toJSON() as { left: number; right: number });
      for (const a of labels) {
        const at = `label ${a.order} at ${width}px`;
        expect(a.box.left, at).toBeGreaterThanOrEqual(frame.left - 1);
        expect(a.box.right, at).toBeLessThanOrEqual(frame.right + 1);
        expect(a.text.left, `${at}: text inside its box`).toBeGreaterThanOrEqual(a.box.left);
        expect(a.text.right, `${at}: text inside its box`).toBeLessThanOrEqual(a.box.right);
        expect(a.text.bottom, `${at}: text inside its box`).toBeLessThanOrEqual(a.box.bottom + 1);
        for (const b of labels) {
          if (a === b) continue;
          const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
          expect(apart, `${at} overlaps label ${b.order}`).toBe(true);
        }
      }
      // Every title is drawn whole: no label was cut short with an ellipsis.
      const titles = await chart.locator('.timeline-label').evaluateAll((groups) => groups.map((g) => [...g.querySelectorAll('tspan:not(.timeline-label-date)')].map((t) => t.textContent).join(' ')));
      expect(titles.sort()).toEqual(ordered.map((e) => e.title.split(/\s+/).join(' ')).sort());
    }
  });

  test('clicking a label or a mark on the chart selects its event', async ({ page }) => {
    await open(page, '/timeline/');
    const chart = page.locator('#timeline svg.timeline-chart:visible');
    const last = ordered[ordered.length - 1]!;
    await chart.locator(`.timeline-label[data-order="${last.order}"] text`).click();
    await expect(page).toHaveURL(`/timeline/${last.id}/`);
    await expect(chart.locator(`.timeline-label[data-order="${last.order}"]`)).toHaveClass(/is-selected/);
    await chart.locator(`.timeline-mark[data-order="0"] .timeline-bar, .timeline-mark[data-order="0"] .timeline-point`).first().click({ force: true });
    await expect(page).toHaveURL(`/timeline/${ordered[0]!.id}/`);
  });

  test('on the chart, the focused event is drawn with a focus ring', async ({ page }) => {
    await open(page, `/timeline/${ordered[0]!.id}/`);
    await expect(option(page, ordered[0]!.id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const chart = page.locator('#timeline svg.timeline-chart:visible');
    await expect(chart.locator('.timeline-label.is-focused')).toHaveCount(1);
    await expect(chart.locator('.timeline-label.is-focused')).toHaveAttribute('data-order', '1');
  });

  test('a deep link opens on the event, selected and focused', async ({ page }) => {
    const e = ordered[ordered.length - 1]!;
    await open(page, `/timeline/${e.id}/`);
    await expect(option(page, e.id)).toHaveAttribute('aria-selected', 'true');
    await expect(option(page, e.id)).toBeFocused();
    await expect(page.locator('#timeline .timeline-detail-title')).toHaveText(e.title);
  });

  test('a selected event survives a reload', async ({ page }) => {
    const e = ordered[ordered.length - 1]!;
    await open(page, '/timeline/');
    await pick(page, e.id);
    await expect(page).toHaveURL(`/timeline/${e.id}/`);
    await page.reload();
    await waitForHydration(page);
    await settle(page);
    await expect(option(page, e.id)).toHaveAttribute('aria-selected', 'true');
  });

  test('has no axe violations, nothing selected and with an event selected', async ({ page }) => {
    test.slow();
    await open(page, '/timeline/');
    await checkA11y(page, { include: '#timeline' });
    await open(page, `/timeline/${ordered[1]!.id}/`);
    await checkA11y(page, { include: '#timeline' });
  });
});

test.describe('the timeline on a phone', () => {
  test.skip(ordered.length < 2, 'the article has fewer than two timeline events');

  test('becomes a vertical list with no sideways scroll and passes axe @phone', async ({ page }) => {
    test.slow();
    test.skip((page.viewportSize()?.width ?? 0) > 600, 'phone only');
    await open(page, `/timeline/${ordered[0]!.id}/`);
    await expect(page.locator('#timeline svg.timeline-chart:visible')).toHaveCount(0);
    const tops = await listbox(page)
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await checkA11y(page, { include: '#timeline' });
  });

  test('a swipe left steps to the next event, a swipe right back @phone', async ({ page }) => {
    test.skip((page.viewportSize()?.width ?? 0) > 600, 'phone only');
    await open(page, `/timeline/${ordered[0]!.id}/`);
    const detail = page.locator('#timeline .timeline-detail');
    await detail.scrollIntoViewIfNeeded();
    const swipe = await touchSwipe(page, detail);
    await swipe(0.8, 0.2);
    await expect(page).toHaveURL(`/timeline/${ordered[1]!.id}/`);
    await expect(option(page, ordered[1]!.id)).toHaveAttribute('aria-selected', 'true');
    await swipe(0.2, 0.8);
    await expect(page).toHaveURL(`/timeline/${ordered[0]!.id}/`);
    // A short or mostly vertical movement is a scroll or a tap, not a swipe.
    await swipe(0.5, 0.47);
    await expect(page).toHaveURL(`/timeline/${ordered[0]!.id}/`);
  });
});
