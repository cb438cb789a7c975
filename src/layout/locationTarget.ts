/**
 * Where an address sends the reader once the page runs: a route (from the path, or from a
 * fragment written as a route, "#timeline/<id>"), or an element on the page ("#sentence-…",
 * "#person-…"), and the canonical address to show for it. The address itself is only ever
 * compared, never shown: anything we cannot place gets a fixed notice.
 */
import { normaliseBase, parseRoute, type Route, routeHref, routeKey } from '../routes';
import type { Bundle } from '../schema/bundle';

export interface LocationTarget {
  route: Route;
  notice: string | null;
  /** id of an element the fragment names, when it names one rather than a route */
  elementId: string | null;
  /** the address to put in the bar: the route's URL, plus the fragment of an element */
  canonicalHref: string;
}

function decodeFragment(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

/**
 * Returns the target of `pathname` + `hash` under `base`; `hasElement` says whether the
 * page has an element with a given id (the DOM in the app, a set in tests).
 */
export function resolveLocation(bundle: Bundle, pathname: string, hash: string, base: string, hasElement: (id: string) => boolean): LocationTarget {
  const fromPath = parseRoute(bundle, pathname, '', base);
  const withHash = parseRoute(bundle, pathname, hash, base);
  const plain = (route: Route, notice: string | null): LocationTarget => ({ route, notice, elementId: null, canonicalHref: routeHref(route, base) });
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return plain(fromPath.route, fromPath.notice);
  // parseRoute lets a fragment that is a route win over the path.
  if (routeKey(withHash.route) !== routeKey(fromPath.route)) return plain(withHash.route, withHash.notice);
  const decoded = decodeFragment(fragment);
  if (decoded !== null && decoded !== '' && hasElement(decoded)) {
    return { route: fromPath.route, notice: fromPath.notice, elementId: decoded, canonicalHref: `${routeHref(fromPath.route, base)}#${fragment}` };
  }
  // A fragment we cannot place: read it as a path to land as near as it names ("#timeline/gone" → the timeline).
  const asPath = parseRoute(bundle, normaliseBase(base) + (decoded ?? '\u0000').replace(/^\/+/, ''), '', base);
  const notice = asPath.notice ?? fromPath.notice;
  return plain(asPath.route.kind === 'home' ? fromPath.route : asPath.route, notice ?? NOWHERE);
}

/** Shown for a fragment that names nothing at all, e.g. "#" followed by markup. */
const NOWHERE = 'That link points to a place this page does not have, so you are at the nearest place we could find.';
