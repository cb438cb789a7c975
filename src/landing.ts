/**
 * Where the page lands for a route: the element scrolled into view, how, and the element
 * focused. One definition for the app, which moves there after a navigation, and for the
 * prerenderer, which writes it into each deep link's page so that the boot script can land
 * the link before (and without) React.
 */
import type { Route } from './routes';

export interface Landing {
  /** id of the element scrolled into view */
  scrollId: string;
  block: 'start' | 'center';
  /** CSS selector of the element focused; the scrolled element where it matches nothing */
  focus: string;
}

/** Returns the landing of a route, or null for the top of the page, which needs no move. */
export function landingOf(route: Route): Landing | null {
  switch (route.kind) {
    case 'home':
      return null;
    case 'section':
      return { scrollId: route.section, block: 'start', focus: `#${route.section}` };
    case 'metric':
      return { scrollId: `metric-${route.id}`, block: 'center', focus: `#metric-${route.id}` };
    case 'event':
      // The selected option is the timeline listbox's one tab stop.
      return { scrollId: `event-${route.id}`, block: 'center', focus: `#event-${route.id}` };
    case 'org':
      // The pressed view button: the reader can switch views from where they land.
      return { scrollId: 'org', block: 'start', focus: '#org .org-toggle-button[aria-pressed="true"]' };
  }
}

/** The data attributes on #root that carry a page's landing to the boot script. */
export const LANDING_ATTRIBUTES = { scrollId: 'data-land-scroll', block: 'data-land-block', focus: 'data-land-focus' } as const;
