/**
 * Where the page lands for a route: the element scrolled into view, how, and the element
 * focused. One definition for the app, which moves there after a navigation, and for the
 * prerenderer, which writes it into each deep link's page so that the page lands before
 * (and without) React: by the HTML's own `autofocus` where the browser's focus scroll does
 * exactly this landing, and by the boot script elsewhere.
 */
import type { Route } from './routes';

export interface Landing {
  /** id of the element scrolled into view */
  scrollId: string;
  block: 'start' | 'center';
  /** CSS selector of the element focused; the scrolled element where it matches nothing */
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
