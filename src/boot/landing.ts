/**
 * Where the page lands for a route, and the move that lands it: the element scrolled into
 * view, how, and the control focused. Written once for three users:
 *  - the prerenderer writes each deep link's landing onto #root (`data-land-*`) and marks a
 *    centred card or event `autofocus`, which the browser lands before the first paint;
 *  - the boot script lands a section or the org view from those attributes, before React;
 *  - the app moves with the same functions after a navigation. The boot script hands them to
 *    it when it starts it (hydrate.tsx): the inline boot script shares no module with the
 *    explainer (build/inlineBoot.ts), so the explainer imports only this file's types.
 */
import type { Route } from '../routes';

export interface Landing {
  /** id of the element scrolled into view */
  scrollId: string;
  block: 'start' | 'center';
  /** CSS selector of the element focused; the scrolled element where it is empty or matches nothing */
  focus: string;
  /**
   * True where the scrolled element is the focused one and sits centred, which is where the
   * browser's focus scroll puts an element out of view: the page's HTML marks it `autofocus`,
   * and the browser lands it before the first paint, with JavaScript off too. A section or
   * the org view lands at the top, which focusing alone does not do: the boot script moves those.
   */
  autofocus: boolean;
}

/** Returns the landing of a route, or null for the top of the page, which needs no move. */
export function landingOf(route: Route): Landing | null {
  switch (route.kind) {
    case 'home':
      return null;
    case 'section':
      return { scrollId: route.section, block: 'start', focus: `#${route.section}`, autofocus: false };
    case 'metric':
      return { scrollId: `metric-${route.id}`, block: 'center', focus: `#metric-${route.id}`, autofocus: true };
    case 'event':
      // The selected option is the timeline listbox's one tab stop.
      return { scrollId: `event-${route.id}`, block: 'center', focus: `#event-${route.id}`, autofocus: true };
    case 'org':
      // The pressed view button: the reader can switch views from where they land.
      return { scrollId: 'org', block: 'start', focus: '#org .org-toggle-button[aria-pressed="true"]', autofocus: false };
  }
}

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

/** The landing functions the boot script hands to the app. */
export interface LandingMoves {
  landingOf: typeof landingOf;
  moveTo: typeof moveTo;
}
