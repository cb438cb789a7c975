/**
 * Client routing for the one-page explainer. The first render comes from the path alone
 * (server and client agree); after hydration the fragment and the history entry are read
 * too, and from then on:
 *  - a click that navigates (table of contents, a highlight in the source) pushes one
 *    history entry and moves the page there (scrolled to, focused);
 *  - a selection inside a widget (a card's source, a timeline event, an org view) pushes
 *    one entry and leaves focus where the reader is;
 *  - scrolling only replaces the current address with the section in view;
 *  - Back/Forward and a changed fragment re-read the address and move the page.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { landingOf } from '../landing';
import { resolveLocation } from '../layout/locationTarget';
import { applyRoute, createPageState, type PageState, readHistoryState, samePageState, toHistoryState } from '../layout/pageState';
import { HOME, parseRoute, type Route, routeHref, sectionOf } from '../routes';
import { describeRoute } from '../routeMeta';
import type { Bundle, SectionId } from '../schema/bundle';

/** What the address says and what is selected. */
export interface NavState {
  route: Route;
  notice: string | null;
  page: PageState;
}

type MoveTarget = { route: Route } | { elementId: string };

export interface PageNavigation {
  nav: NavState;
  /** focus requests for the charts: bumped when the page moves to their item from elsewhere */
  focusTokens: { timeline: number; org: number };
  /** go to a route from a link: push, scroll there, focus it */
  navigate: (route: Route) => void;
  /** select inside a widget: push, keep focus; `page` overrides the selection (closing a card) */
  select: (route: Route, page?: PageState) => void;
  dismissNotice: () => void;
}

/** Wait after the last change of the section in view before rewriting the address. */
const SPY_DELAY_MS = 250;
/** A move is over once the page has not scrolled for this many frames (about 0.2 s). */
const SETTLED_FRAMES = 12;
/** A smooth scroll may take a few frames to start: a move holds the address at least this long. */
const MOVE_MIN_MS = 300;
/** A move that never settles (a reader dragging all along) stops holding the address after this. */
const MOVE_MAX_MS = 4000;

/**
 * Returns the page's navigation state and the ways to change it. `landed`: the boot script
 * has already brought the page to its address (a deep link landed before hydration), so
 * hydration must not move it again: the reader may have gone on since.
 */
export function usePageNavigation(bundle: Bundle, base: string, initialPath: string, inView: SectionId | null | undefined, landed = false): PageNavigation {
  const [nav, setNav] = useState<NavState>(() => {
    const parsed = parseRoute(bundle, initialPath, '', base);
    return { route: parsed.route, notice: parsed.notice, page: createPageState(parsed.route) };
  });
  const [move, setMove] = useState<{ target: MoveTarget; token: number; jump: boolean } | null>(null);
  const [focusTokens, setFocusTokens] = useState({ timeline: 0, org: 0 });
  const navRef = useRef(nav);
  const lastHref = useRef('');
  // True from a move's request until its scroll has settled: the sections it passes must not rewrite the address.
  const moving = useRef(false);
  const moveCount = useRef(0);
  // Counts commits: a section-spy check that a newer commit (the reader's click) has overtaken stands down.
  const commitCount = useRef(0);

  /** Commits a new state, writes the address, and asks for the page to move. */
  const commit = useCallback(
    (next: NavState, write: 'push' | 'replace', target: MoveTarget | null, href = routeHref(next.route, base), jump = false) => {
      const state = toHistoryState(next.page);
      const current = window.location.pathname + window.location.search + window.location.hash;
      const unchanged = current === href && samePageState(readHistoryState(window.history.state, bundle) ?? navRef.current.page, next.page);
      // Clicking what is already selected adds no history entry.
      if (write === 'push' && !unchanged) window.history.pushState(state, '', href);
      else window.history.replaceState(state, '', href);
      lastHref.current = window.location.href;
      navRef.current = next;
      commitCount.current += 1;
      if (target) {
        moving.current = true;
        moveCount.current += 1;
      }
      const token = moveCount.current;
      // A transition: where the change reaches a graphic whose code is still on its way, React
      // keeps the prerendered graphic on screen until it arrives instead of blanking it.
      startTransition(() => {
        setNav(next);
        if (!target) return;
        setMove({ target, token, jump });
        if ('route' in target && target.route.kind === 'event') setFocusTokens((t) => ({ ...t, timeline: t.timeline + 1 }));
        if ('route' in target && target.route.kind === 'org') setFocusTokens((t) => ({ ...t, org: t.org + 1 }));
      });
    },
    [base, bundle],
  );

  /** Reads the address (and the history entry's selection) and moves the page there. */
  const syncFromLocation = useCallback(
    (historyState: unknown, moveHome: boolean, stay = false) => {
      const target = resolveLocation(bundle, window.location.pathname, window.location.hash, base, (id) => document.getElementById(id) !== null);
      const stored = readHistoryState(historyState, bundle);
      const page = applyRoute(stored ?? navRef.current.page, target.route);
      const moveTo: MoveTarget | null = stay
        ? null
        : target.elementId
          ? { elementId: target.elementId }
          : target.route.kind === 'home' && !moveHome
            ? null
            : { route: target.route };
      // Opened cold (not moveHome), the page jumps to its target as a fragment link would:
      // gliding down from the top would lay out every section on the way for nothing.
      commit({ route: target.route, notice: target.notice, page }, 'replace', moveTo, target.canonicalHref, !moveHome);
    },
    [base, bundle, commit],
  );

  // After hydration: the fragment and the history entry count too; a deep link opened cold moves there (unless the boot script has landed it).
  const landedRef = useRef(landed);
  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    syncFromLocation(window.history.state, false, landedRef.current);
  }, [syncFromLocation]);

  // Back/Forward, and fragments changed after load (a pasted link, an in-page anchor).
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      lastHref.current = window.location.href;
      syncFromLocation(event.state, true);
    };
    const onHashChange = () => {
      // A fragment link fires popstate and then hashchange for the same address.
      if (window.location.href === lastHref.current) return;
      lastHref.current = window.location.href;
      syncFromLocation(window.history.state, true);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [syncFromLocation]);

  // Move the page to what was asked for, once the DOM shows it (a card opened, a view switched),
  // then hold the address until the scroll is over and the page has been still for a moment
  // (so the section spy has caught up). Where the browser reports the end of a scroll
  // (scrollend), a move that scrolled waits for it too: still frames alone end a move early
  // when the main thread is busy (a graphic hydrating as the scroll passes it) and frames stall.
  useEffect(() => {
    if (!move) return;
    moving.current = true;
    const reportsEnd = 'onscrollend' in window;
    let scrolled = false;
    let ended = false;
    const onScroll = () => {
      scrolled = true;
    };
    const onScrollEnd = () => {
      ended = true;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);
    scrollAndFocus(move.target, move.jump);
    const started = performance.now();
    let lastY = window.scrollY;
    let still = 0;
    let frame = requestAnimationFrame(function watch() {
      const y = window.scrollY;
      still = y === lastY ? still + 1 : 0;
      lastY = y;
      const elapsed = performance.now() - started;
      const over = !reportsEnd || !scrolled || ended;
      if ((over && still >= SETTLED_FRAMES && elapsed > MOVE_MIN_MS) || elapsed > MOVE_MAX_MS) {
        moving.current = false;
        return;
      }
      frame = requestAnimationFrame(watch);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, [move]);

  // Scrolling rewrites the address to the section in view: replace only, a little after it
  // settles, only once the section in view is known, and only if nothing was committed since
  // (a reader who picks an event right after scrolling keeps that event's address).
  useEffect(() => {
    if (inView === undefined) return;
    const seen = commitCount.current;
    let timer = 0;
    const check = () => {
      if (moving.current) {
        timer = window.setTimeout(check, SPY_DELAY_MS);
        return;
      }
      if (commitCount.current !== seen) return;
      const current = navRef.current;
      if (sectionOf(current.route) === inView) return;
      const route: Route = inView ? { kind: 'section', section: inView } : HOME;
      commit({ ...current, route }, 'replace', null);
    };
    timer = window.setTimeout(check, SPY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [inView, commit]);

  // The tab's title follows the address.
  const title = describeRoute(bundle, nav.route).title;
  useEffect(() => {
    document.title = title;
  }, [title]);

  const navigate = useCallback(
    (route: Route) => {
      const page = applyRoute(navRef.current.page, route);
      commit({ route, notice: null, page }, 'push', { route });
    },
    [commit],
  );

  const select = useCallback(
    (route: Route, page?: PageState) => {
      commit({ route, notice: null, page: page ?? applyRoute(navRef.current.page, route) }, 'push', null);
    },
    [commit],
  );

  const dismissNotice = useCallback(() => {
    const next = { ...navRef.current, notice: null };
    navRef.current = next;
    setNav(next);
  }, []);

  return { nav, focusTokens, navigate, select, dismissNotice };
}

/** Returns true when the reader asked for less motion. */
function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the target into view and focuses it. Sections, cards and elements are focused
 * here; timeline events and org views are focused by their charts (focus tokens).
 */
function scrollAndFocus(target: MoveTarget, jump: boolean): void {
  const behavior: ScrollBehavior = jump || prefersReducedMotion() ? 'instant' : 'smooth';
  const focus = (el: HTMLElement | null) => el?.focus({ preventScroll: true });
  if ('elementId' in target) {
    const el = document.getElementById(target.elementId);
    focus(el);
    // A sentence or a person sits in the middle of the screen; a long region starts at the top.
    const tall = el ? el.getBoundingClientRect().height > window.innerHeight / 2 : false;
    el?.scrollIntoView({ behavior, block: tall ? 'start' : 'center' });
    return;
  }
  const { route } = target;
  if (route.kind === 'home') {
    focus(document.querySelector<HTMLElement>('h1'));
    window.scrollTo({ top: 0, behavior });
    return;
  }
  const landing = landingOf(route);
  if (!landing) return;
  // Timeline events and org views are focused by their charts, whose code may still be on its way.
  if (route.kind === 'section' || route.kind === 'metric') focus(document.querySelector<HTMLElement>(landing.focus));
  const el = document.getElementById(landing.scrollId) ?? (route.kind === 'event' ? document.getElementById('timeline') : null);
  el?.scrollIntoView({ behavior, block: landing.block });
}
