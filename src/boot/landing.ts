/**
 * The move that lands the page: the element scrolled into view, how, and the control
 * focused. Where a route lands is `landingOf` (src/landing.ts); this is written once for
 * three users:
 *  - the prerenderer writes each deep link's landing onto #root (`data-land-*`) and marks a
 *    centred card or event `autofocus`, which the browser lands before the first paint;
 *  - the boot script lands a section or the org view from those attributes, before React;
 *  - the app moves with the same function after a navigation. The boot script hands it over
 *    when it starts the app (hydrate.tsx): the inline boot script shares no module with the
 *    explainer (build/inlineBoot.ts), so the explainer imports only this file's types.
 */
import type { Landing } from '../landing';

/** The attributes on #root that carry a deep link's landing from the prerenderer to the boot script. */
export const LANDING_ATTRIBUTES = { scrollId: 'data-land-scroll', block: 'data-land-block', focus: 'data-land-focus' } as const satisfies Partial<Record<keyof Landing, string>>;

/** Returns the landing the prerenderer wrote on `root`, or null where it wrote none (the top of the page). */
export function readLanding(root: Element): Landing | null {
  const scrollId = root.getAttribute(LANDING_ATTRIBUTES.scrollId);
  if (!scrollId) return null;
  const block = root.getAttribute(LANDING_ATTRIBUTES.block) === 'center' ? 'center' : 'start';
  return { scrollId, block, focus: root.getAttribute(LANDING_ATTRIBUTES.focus) ?? `#${scrollId}`, autofocus: false };
}

/** Returns the element a landing focuses: its control, else the scrolled element; null when the page has neither. */
export function focusTargetOf(doc: Document, landing: Landing): HTMLElement | null {
  return (landing.focus ? doc.querySelector<HTMLElement>(landing.focus) : null) ?? doc.getElementById(landing.scrollId);
}

/**
 * Brings the page to a landing: its element scrolled into view, and with `focus` its control
 * focused (without a scroll of its own). Returns false when the page lacks the element.
 */
export function moveTo(doc: Document, landing: Landing, { behavior, focus }: { behavior: ScrollBehavior; focus: boolean }): boolean {
  const element = doc.getElementById(landing.scrollId);
  if (!element) return false;
  if (focus) focusTargetOf(doc, landing)?.focus({ preventScroll: true });
  element.scrollIntoView({ behavior, block: landing.block });
  return true;
}

/** The landing move the boot script hands to the app. */
export interface LandingMoves {
  moveTo: typeof moveTo;
}
