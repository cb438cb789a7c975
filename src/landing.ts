/**
 * Where the page lands for a route: the element scrolled into view, how, and the element
 * focused. The prerenderer writes it onto each deep link's page (and the boot script reads it
 * there, src/boot/landing.ts, which makes the move); the app reads it after a navigation. The
 * inline boot script never needs this function, so it is not in every page's bytes.
 */
import type { Route } from './routes';

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

