/**
 * The URL scheme: every section, metric, timeline event and org view has a path built from
 * the bundle's content-derived ids. Pure functions shared by the app (reading and writing
 * the address bar) and the prerenderer (one HTML file per route).
 *
 *   /                      the top of the page (hero)
 *   /<section>/            metrics, timeline, org, strategy, people, source
 *   /metrics/<metric-id>/  one metric card, selected
 *   /timeline/<event-id>/  one timeline event, selected
 *   /org/before/ /org/after/  one org view
 *
 * A hash of the same form (`#timeline/<event-id>`, `#org`) is accepted too, so in-page
 * anchors and pasted fragments land in the same place.
 */
import type { Bundle, SectionId } from './schema/bundle';
import { SECTION_IDS } from './schema/bundle';

export type OrgViewId = 'before' | 'after';

export type Route =
  | { kind: 'home' }
  | { kind: 'section'; section: SectionId }
  | { kind: 'metric'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'org'; view: OrgViewId };

export interface ParsedRoute {
  route: Route;
  /** set when the address named something this page does not have; never echoes the address */
  notice: string | null;
}

export const HOME: Route = { kind: 'home' };

/** Returns the section a route belongs to, or null for the top of the page. */
export function sectionOf(route: Route): SectionId | null {
  switch (route.kind) {
    case 'home':
      return null;
    case 'section':
      return route.section;
    case 'metric':
      return 'metrics';
    case 'event':
      return 'timeline';
    case 'org':
      return 'org';
  }
}

/** Returns the path of a route below the site's base, e.g. "timeline/joins-damo/" ("" for home). */
export function routeToPath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '';
    case 'section':
      return `${route.section}/`;
    case 'metric':
      return `metrics/${route.id}/`;
    case 'event':
      return `timeline/${route.id}/`;
    case 'org':
      return `org/${route.view}/`;
  }
}

/** Returns the absolute URL path of a route under `base` ("/" or "/sub/path/"). */
export function routeHref(route: Route, base = '/'): string {
  return normaliseBase(base) + routeToPath(route);
}

/** Returns "/" or "/x/y/": a base with exactly one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Returns a stable key for comparing routes. */
export function routeKey(route: Route): string {
  return routeToPath(route) || '/';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SEGMENT = 80;

/**
 * Returns the route an address names, checked against what the bundle has. Anything
 * unknown or malformed falls back to the nearest sensible place (the section, else the
 * top) with a notice; the address itself is never rendered.
 */
export function parseRoute(bundle: Bundle, pathname: string, hash = '', base = '/'): ParsedRoute {
  const fromHash = hash.replace(/^#/, '');
  if (fromHash) {
    // A fragment that is a route wins; any other fragment (an id on the page) keeps the path's route.
    const parsed = parseSegments(bundle, splitSegments(safeDecode(fromHash)));
    if (parsed && parsed.notice === null && parsed.route.kind !== 'home') return parsed;
  }
  const b = normaliseBase(base);
  let rest = pathname;
  if (rest.startsWith(b)) rest = rest.slice(b.length);
  else if (`${rest}/` === b) rest = '';
  else return { route: HOME, notice: NOT_FOUND };
  rest = rest.replace(/(?:^|\/)index\.html$/, '');
  return parseSegments(bundle, splitSegments(safeDecode(rest))) ?? { route: HOME, notice: NOT_FOUND };
}

const NOT_FOUND = 'That link points to something this page does not have (it may have been renamed or removed), so you are at the nearest place we could find.';

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '\u0000'; // never a valid slug: reported as not found
  }
}

function splitSegments(rest: string): string[] {
  return rest.split('/').filter((s) => s !== '');
}

function parseSegments(bundle: Bundle, segments: string[]): ParsedRoute | null {
  if (segments.length === 0) return { route: HOME, notice: null };
  const [first = '', second, ...extra] = segments;
  const valid = (s: string) => s.length <= MAX_SEGMENT && SLUG.test(s);
  if (!valid(first)) return null;
  const sections = new Set(bundle.story.sections.map((s) => s.id));
  const section = (SECTION_IDS as readonly string[]).includes(first) ? (first as SectionId) : null;
  if (!section || !sections.has(section)) return null;
  const sectionRoute: Route = { kind: 'section', section };
  if (second === undefined) return { route: sectionRoute, notice: null };
  const fallback = { route: sectionRoute, notice: NOT_FOUND };
  if (extra.length > 0 || !valid(second)) return fallback;
  if (section === 'metrics' && bundle.story.metrics.some((m) => m.id === second)) return { route: { kind: 'metric', id: second }, notice: null };
  if (section === 'timeline' && bundle.story.timeline.events.some((e) => e.id === second)) return { route: { kind: 'event', id: second }, notice: null };
  if (section === 'org' && (second === 'before' || second === 'after') && bundle.story.org?.views.some((v) => v.id === second)) {
    return { route: { kind: 'org', view: second }, notice: null };
  }
  return fallback;
}

/** Returns every route the bundle has, in page order: the list the prerenderer writes. */
export function listRoutes(bundle: Bundle): Route[] {
  const routes: Route[] = [HOME];
  for (const section of bundle.story.sections) {
    routes.push({ kind: 'section', section: section.id });
    if (section.id === 'metrics') for (const m of bundle.story.metrics) routes.push({ kind: 'metric', id: m.id });
    if (section.id === 'timeline') for (const e of bundle.story.timeline.events) routes.push({ kind: 'event', id: e.id });
    if (section.id === 'org') for (const v of bundle.story.org?.views ?? []) routes.push({ kind: 'org', view: v.id });
  }
  return routes;
}
