/**
 * The page shell against the built site: hero and landmarks, metric cards checked against
 * the bundle, source sentences both ways, the table of contents while scrolling, share,
 * notices, accessibility at phone and desktop widths in both schemes, and no sideways
 * scrolling on a 320 px phone.
 */
import type { Page } from '@playwright/test';
import { formatCompact, formatPublished, formatSpoken } from '../src/layout/format';
import type { Bundle, Quantity } from '../src/schema/bundle';
import { checkA11y, expect, test, waitForHydration } from './fixtures';

/** Opens a path and waits until the app has hydrated. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

function quantityOf(bundle: Bundle, quantityId: string): Quantity {
  const q = bundle.facts.quantities.find((x) => x.id === quantityId);
  if (!q) throw new Error(`missing quantity ${quantityId}`);
  return q;
}

function sentenceText(bundle: Bundle, sentenceId: string): string {
  const s = bundle.article.sentences.find((x) => x.id === sentenceId);
  if (!s) throw new Error(`missing sentence ${sentenceId}`);
  return bundle.article.text.slice(s.start, s.end);
}

const hasSection = (bundle: Bundle, id: string) => bundle.story.sections.some((s) => s.id === id);

test.describe('the page shell', () => {
  test('has one h1 with the headline, the byline, the dek and all landmarks @phone', async ({ page, bundle }) => {
    await open(page, '/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(bundle.article.title);
    const byline = page.locator('.hero-byline');
    if (bundle.article.outlet) await expect(byline).toContainText(bundle.article.outlet);
    if (bundle.article.published) await expect(byline.locator('time')).toHaveText(formatPublished(bundle.article.published));
    const firstBody = bundle.article.paragraphs.find((p) => p.kind === 'body');
    if (firstBody) await expect(page.locator('.hero-dek')).toHaveText(bundle.article.text.slice(firstBody.start, firstBody.end));
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    // Sections in the bundle's order, each labelled by its own h2.
    const ids = await page.locator('main > section').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(bundle.story.sections.map((s) => s.id));
    for (const section of bundle.story.sections) {
      await expect(page.getByRole('region', { name: section.title })).toHaveAttribute('id', section.id);
    }
  });

  test('the skip link is the first stop and lands in main', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the explainer' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('the table of contents links every section by its URL', async ({ page, bundle }) => {
    await open(page, '/');
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    await expect(links).toHaveCount(bundle.story.sections.length);
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs).toEqual(bundle.story.sections.map((s) => `/${s.id}/`));
  });
});

test.describe('metric cards', () => {
  test('show each figure compact, with its exact wording for screen readers, as the bundle has it @phone', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'metrics'), 'no metrics section in this bundle');
    await open(page, '/metrics/');
    for (const metric of bundle.story.metrics) {
      const q = quantityOf(bundle, metric.quantity);
      const card = page.locator(`#metric-${metric.id}`);
      await expect(card.locator('.metric-label')).toHaveText(metric.label);
      const figure = card.locator(`.metric-figure[data-fact-id="${q.id}"]`);
      await expect(figure.locator('[aria-hidden="true"]')).toHaveText(formatCompact(q));
      await expect(figure.locator('.visually-hidden')).toHaveText(formatSpoken(q));
      // The qualifier is never dropped, in either form.
      if (q.qualifier) expect(formatSpoken(q).startsWith(q.qualifier)).toBe(true);
      if (q.qualifier) expect(formatCompact(q)).toMatch(/[+≥≤<~]/);
    }
  });

  test('open their source sentence with the figure highlighted, as a route', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'metrics'), 'no metrics section in this bundle');
    await open(page, '/');
    const metric = bundle.story.metrics.at(-1)!;
    const q = quantityOf(bundle, metric.quantity);
    const card = page.locator(`#metric-${metric.id}`);
    const before = await page.evaluate(() => history.length);
    const button = card.getByRole('button', { name: /^Source/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toBeFocused();
    await expect(page).toHaveURL(`/metrics/${metric.id}/`);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    const quote = card.locator('.source-quote blockquote');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveText(sentenceText(bundle, q.sentence));
    await expect(quote.locator(`mark[data-fact-id="${q.id}"]`)).toHaveText(q.text);
    // Opening another card closes this one; Back reopens it.
    const other = bundle.story.metrics[0]!;
    if (other.id !== metric.id) {
      await page.locator(`#metric-${other.id}`).getByRole('button', { name: /^Source/ }).click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await page.goBack();
      await expect(page).toHaveURL(`/metrics/${metric.id}/`);
      await expect(button).toHaveAttribute('aria-expanded', 'true');
    }
    // From the quote to the sentence in the full article.
    if (hasSection(bundle, 'source')) {
      await card.getByRole('link', { name: /in the article/ }).click();
      const sentence = page.locator(`#sentence-${q.sentence}`);
      await expect(sentence).toBeFocused();
      await expect(sentence).toBeInViewport();
    }
  });

  test("an open source leaves the cards of a group beside it as they were", async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'metrics'), 'no metrics section in this bundle');
    await open(page, '/');
    // A card whose group sits in the same row as the first card's group, to its right.
    const first = page.locator('.metric-card').first();
    const firstBox = await first.boundingBox();
    const neighbours = await page.locator('.metric-card').evaluateAll(
      (cards, top) =>
        cards
          .filter((c) => c.closest('.metric-group') !== cards[0]?.closest('.metric-group') && Math.abs(c.getBoundingClientRect().top - top) < 2)
          .map((c) => c.id),
      firstBox?.y ?? 0,
    );
    test.skip(neighbours.length === 0, 'no group shares the first group\'s row at this width');
    const neighbour = page.locator(`#${neighbours[0]}`);
    const gaps = () =>
      neighbour.evaluate((card) => {
        const box = (s: string) => card.querySelector(s)?.getBoundingClientRect();
        return { label: Math.round((box('.metric-label')?.top ?? 0) - (box('.metric-figure')?.bottom ?? 0)), button: Math.round((box('.metric-disclosure')?.top ?? 0) - (box('.metric-label')?.bottom ?? 0)) };
      });
    const closed = await gaps();
    await first.getByRole('button', { name: /^Source/ }).click();
    await expect(first.locator('.metric-source')).toBeVisible();
    expect(await gaps()).toEqual(closed);
  });

  test('opened cold from a deep link is selected, open and focused', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'metrics'), 'no metrics section in this bundle');
    const metric = bundle.story.metrics[Math.floor(bundle.story.metrics.length / 2)]!;
    await open(page, `/metrics/${metric.id}/`);
    const card = page.locator(`#metric-${metric.id}`);
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
    await expect(card.getByRole('button', { name: /^Source/ })).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('the source', () => {
  test('renders every sentence at its id and highlights each featured figure with a link back to its card', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'source'), 'no source section in this bundle');
    await open(page, '/source/');
    const shown = await page.locator('#source [id^="sentence-"]').evaluateAll((els) =>
      els.map((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
        return [el.id, clone.textContent ?? ''];
      }),
    );
    expect(shown).toEqual(bundle.article.sentences.map((s) => [`sentence-${s.id}`, sentenceText(bundle, s.id)]));
    if (!hasSection(bundle, 'metrics')) return;
    for (const metric of bundle.story.metrics) {
      const q = quantityOf(bundle, metric.quantity);
      const link = page.locator(`#source mark[data-fact-id="${q.id}"] a`);
      await expect(link).toHaveAttribute('href', `/metrics/${metric.id}/`);
      await expect(link).toContainText(q.text);
    }
    const metric = bundle.story.metrics[0]!;
    const q = quantityOf(bundle, metric.quantity);
    await page.locator(`#source mark[data-fact-id="${q.id}"] a`).click();
    await expect(page).toHaveURL(`/metrics/${metric.id}/`);
    const card = page.locator(`#metric-${metric.id}`);
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
    await expect(card.getByRole('button', { name: /^Source/ })).toHaveAttribute('aria-expanded', 'true');
  });

  test('never renders the article as markup: the text on screen is the text', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'source'), 'no source section in this bundle');
    await open(page, '/source/');
    const shown = await page.locator('.source-article').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
      return clone.textContent ?? '';
    });
    const squash = (s: string) => s.replace(/\s+/g, '');
    const expected = bundle.article.paragraphs.map((p) => bundle.article.text.slice(p.start, p.end)).join('');
    expect(squash(shown)).toBe(squash(expected));
  });
});

test.describe('people', () => {
  test('lists the cast in story order with roles verbatim and a source on demand @phone', async ({ page, bundle }) => {
    test.skip(!hasSection(bundle, 'people'), 'no people section in this bundle');
    await open(page, '/people/');
    const people = bundle.story.people.map((id) => bundle.facts.people.find((p) => p.id === id)!);
    const ids = await page.locator('#people li.person').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(people.map((p) => `person-${p.id}`));
    for (const person of people) {
      const entry = page.locator(`#person-${person.id}`);
      await expect(entry.locator(`.person-name[data-fact-id="${person.id}"]`)).toHaveText(person.name);
      if (person.role) await expect(entry.locator('.person-role')).toHaveText(person.role);
    }
    const first = page.locator(`#person-${people[0]!.id}`);
    await first.getByRole('button', { name: /^Source/ }).click();
    await expect(first.locator('.source-quote')).toBeVisible();
  });
});

test.describe('navigation', () => {
  test('scrolling marks the section in view and only replaces the address', async ({ page, bundle }) => {
    await open(page, '/');
    const before = await page.evaluate(() => history.length);
    const sections = bundle.story.sections;
    for (const section of [sections.at(-1)!, sections[0]!, sections[Math.floor(sections.length / 2)]!]) {
      await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant' });
      }, section.id);
      await expect(page.locator('.toc [aria-current="location"]')).toHaveAttribute('href', `/${section.id}/`);
      await expect(page).toHaveURL(`/${section.id}/`);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page).toHaveURL('/');
    await expect(page.locator('.toc [aria-current]')).toHaveCount(0);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a table-of-contents click adds one history entry and moves focus; Back returns', async ({ page, bundle }) => {
    await open(page, '/');
    const target = bundle.story.sections.at(-2) ?? bundle.story.sections[0]!;
    const before = await page.evaluate(() => history.length);
    await page.getByRole('navigation', { name: 'Sections' }).locator(`a[href="/${target.id}/"]`).click();
    await expect(page).toHaveURL(`/${target.id}/`);
    await expect(page.locator(`#${target.id}`)).toBeFocused();
    await expect(page.locator(`#${target.id}-title`)).toBeInViewport();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('an unknown link lands nearby with a polite notice that never echoes the address', async ({ page, bundle, consoleErrors }) => {
    test.skip(!hasSection(bundle, 'metrics'), 'no metrics section in this bundle');
    consoleErrors.ignore(/status of 404/);
    await open(page, '/metrics/no-such-figure-xyz/');
    const notice = page.locator('.notice');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('does not have');
    await expect(notice).not.toContainText('xyz');
    await expect(page).toHaveURL('/metrics/');
    await expect(page.locator('#metrics')).toBeFocused();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeEmpty();
  });

  test('the share control copies the section link and says so', async ({ page, context, bundle }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/');
    const section = bundle.story.sections[0]!;
    // This browser has no share sheet on the desktop, so the control copies.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.locator(`#${section.id}`).getByRole('button', { name: 'Share this section' }).click();
    await expect(page.locator(`#${section.id} .share-status`)).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`/${section.id}/`, page.url()).href);
  });
});

test.describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds nothing at ${width} px in ${colorScheme}`, async ({ page }) => {
        // axe over the whole page (graphics included) is slow on a busy machine.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await open(page, '/');
        await checkA11y(page);
      });

      test(`axe finds nothing at ${width} px in ${colorScheme} with a card open`, async ({ page, bundle }) => {
        test.skip(!hasSection(bundle, 'metrics') || bundle.story.metrics.length === 0, 'no metric cards in this bundle');
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await open(page, `/metrics/${bundle.story.metrics[0]!.id}/`);
        await checkA11y(page, { include: '#metrics' });
      });
    }
  }

  test('axe finds nothing with the notice showing', async ({ page, consoleErrors }) => {
    // An unknown address is served by 404.html with status 404, as a static host would.
    consoleErrors.ignore(/status of 404/);
    await open(page, '/no-such-page-at-all/');
    await expect(page.locator('.notice')).not.toBeEmpty();
    await checkA11y(page);
  });

  test('a 320 px phone never scrolls sideways, with cards, events and views open @phone', async ({ page, bundle }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 640 });
    // The width of the document does not depend on where it is scrolled: one load per selection state.
    const paths = ['/'];
    if (hasSection(bundle, 'metrics') && bundle.story.metrics.length) paths.push(`/metrics/${bundle.story.metrics.at(-1)!.id}/`);
    if (hasSection(bundle, 'timeline') && bundle.story.timeline.events.length) paths.push(`/timeline/${bundle.story.timeline.events.at(-1)!.id}/`);
    if (hasSection(bundle, 'org') && bundle.story.org?.views.some((v) => v.id === 'after')) paths.push('/org/after/');
    for (const path of paths) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
