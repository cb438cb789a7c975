/**
 * Client routing for the one-page explainer, as a store: the address, the selections and the
 * section in view are its snapshot, React reads it (useNavigation), and the address bar and
 * the page's scroll and focus are effects handed in (history.ts, page.ts; fakes in tests).
 * The first snapshot comes from the path alone (server and client agree); from `start` on:
 *  - a click that navigates (table of contents, a highlight in the source) pushes one history
 *    entry and moves the page there (scrolled to, focused);
 *  - a selection inside a widget (a card's source, a timeline event, an org view) pushes one
 *    entry and leaves focus where the reader is; selecting what is selected adds none;
 *  - scrolling only replaces the current address with the section in view, once the page has
 *    been still a moment, never during a move, and never over a newer commit;
 *  - Back/Forward and a changed fragment re-read the address and move the page.
 */
import { resolveLocation } from '../layout/locationTarget';
import { applyRoute, createPageState, type PageState, readHistoryState, samePageState, toHistoryState } from '../layout/pageState';
import { describeRoute } from '../routeMeta';
import { HOME, parseRoute, type Route, routeHref, sectionOf } from '../routes';
import type { Bundle, SectionId } from '../schema/bundle';

/** What the page shows: the address's route, a notice about it, the selections, the section in view. */
export interface Navigation {
  route: Route;
  notice: string | null;
  page: PageState;
  /** the section at the top of the screen, null at the top of the page, undefined until first seen */
  inView: SectionId | null | undefined;
  /** focus requests for the charts: bumped when the page moves to their item from elsewhere */
  focus: { timeline: number; org: number };
}

/** Where the page moves: a route's place, or an element a fragment names. */
export type MoveTarget = { route: Route } | { elementId: string };

/** The address bar (window.history and location in the page; a memory history in tests). */
export interface NavHistory {
  location(): { pathname: string; search: string; hash: string };
  state(): unknown;
  push(state: unknown, href: string): void;
  replace(state: unknown, href: string): void;
  /** calls `onChange` with the entry's state after Back/Forward or a changed fragment; returns how to stop */
  listen(onChange: (state: unknown) => void): () => void;
}

/** The page's scroll, focus and title. */
export interface PageEffects {
  /** brings the page to `target` once it shows the snapshot; resolves when the page has come to rest */
  move(target: MoveTarget, options: { instant: boolean }): Promise<void>;
  hasElement(id: string): boolean;
  setTitle(title: string): void;
  /** reports the section at the top of the screen (null: the top of the page) as it changes; returns how to stop */
  watchSections(ids: readonly SectionId[], onChange: (id: SectionId | null) => void): () => void;
}

/** The navigator: read with `getSnapshot` and `subscribe`, changed by its actions. */
export type Navigator = ReturnType<typeof createNavigator>;

export interface NavigatorOptions {
  bundle: Bundle;
  base: string;
  history: NavHistory;
  page?: PageEffects;
  /** the path of the first render (the page's prerendered path); default the history's */
  initialPath?: string;
  /** wait after the section in view last changed before the address follows it */
  spyDelayMs?: number;
}

const CHARTS: Partial<Record<Route['kind'], keyof Navigation['focus']>> = { event: 'timeline', org: 'org' };

/** A page with nothing to move: the server's render, and rules that only touch the address. */
const STILL_PAGE: PageEffects = { move: async () => {}, hasElement: () => false, setTitle: () => {}, watchSections: () => () => {} };

/** Returns the page's navigator. Nothing is read or written until `start` or an action. */
export function createNavigator({ bundle, base, history, page = STILL_PAGE, initialPath, spyDelayMs = 250 }: NavigatorOptions) {
  const first = parseRoute(bundle, initialPath ?? history.location().pathname, '', base);
  let snapshot: Navigation = { route: first.route, notice: first.notice, page: createPageState(first.route), inView: undefined, focus: { timeline: 0, org: 0 } };
  const listeners = new Set<() => void>();
  let commits = 0;
  let moves = 0;
  let moving = false;
  let spy: ReturnType<typeof setTimeout> | undefined;

  const update = (next: Partial<Navigation>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  const move = (target: MoveTarget, instant: boolean) => {
    const token = ++moves;
    moving = true;
    // Timeline events and org views are focused by their charts, once they show the selection.
    const chart = 'route' in target ? CHARTS[target.route.kind] : undefined;
    if (chart) update({ focus: { ...snapshot.focus, [chart]: snapshot.focus[chart] + 1 } });
    // Until the move is over, the sections it passes must not rewrite the address.
    void page.move(target, { instant }).finally(() => {
      if (token === moves) moving = false;
    });
  };

  /** Writes the address (pushing only for a real change), updates the snapshot, and moves the page when asked to. */
  const commit = (next: Pick<Navigation, 'route' | 'notice' | 'page'>, options: { push: boolean; moveTo?: MoveTarget | null; href?: string; instant?: boolean }) => {
    const href = options.href ?? routeHref(next.route, base);
    const { pathname, search, hash } = history.location();
    const unchanged = pathname + search + hash === href && samePageState(readHistoryState(history.state(), bundle) ?? snapshot.page, next.page);
    if (options.push && !unchanged) history.push(toHistoryState(next.page), href);
    else history.replace(toHistoryState(next.page), href);
    commits += 1;
    if (next.route !== snapshot.route) page.setTitle(describeRoute(bundle, next.route).title);
    update(next);
    if (options.moveTo) move(options.moveTo, options.instant ?? false);
  };

  /** Reads the address and the history entry's selections; moves there unless `stay`, or unless it is the top of the page and not `moveHome`. */
  const readAddress = ({ state, moveHome, stay }: { state: unknown; moveHome: boolean; stay: boolean }) => {
    const { pathname, hash } = history.location();
    const target = resolveLocation(bundle, pathname, hash, base, page.hasElement);
    const selections = applyRoute(readHistoryState(state, bundle) ?? snapshot.page, target.route);
    const moveTo: MoveTarget | null = stay ? null : target.elementId ? { elementId: target.elementId } : target.route.kind === 'home' && !moveHome ? null : { route: target.route };
    // Opened cold, the page jumps to its target as a fragment link would: gliding down from the
    // top would lay out every section on the way for nothing.
    commit({ route: target.route, notice: target.notice, page: selections }, { push: false, moveTo, href: target.canonicalHref, instant: !moveHome });
  };

  /** The address follows the section in view, a moment after it settles, unless a move is under way or the reader has committed since. */
  const sectionInView = (id: SectionId | null) => {
    update({ inView: id });
    clearTimeout(spy);
    const seen = commits;
    const check = () => {
      if (moving) {
        spy = setTimeout(check, spyDelayMs);
        return;
      }
      if (commits !== seen || sectionOf(snapshot.route) === id) return;
      commit({ ...snapshot, route: id ? { kind: 'section', section: id } : HOME }, { push: false });
    };
    spy = setTimeout(check, spyDelayMs);
  };

  return {
    getSnapshot: (): Navigation => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** reads the fragment and the history entry, moves there unless `landed` (the boot script has), and follows the reader from then on; returns how to stop */
    start({ landed }: { landed: boolean }): () => void {
      readAddress({ state: history.state(), moveHome: false, stay: landed });
      const stopHistory = history.listen((state) => readAddress({ state, moveHome: true, stay: false }));
      const stopSections = page.watchSections(bundle.story.sections.map((s) => s.id), sectionInView);
      return () => {
        stopHistory();
        stopSections();
        clearTimeout(spy);
      };
    },
    /** a link: push, move there, focus it */
    navigate(route: Route): void {
      commit({ route, notice: null, page: applyRoute(snapshot.page, route) }, { push: true, moveTo: { route } });
    },
    /** a selection inside a widget: push, keep focus; `page` overrides the selections (closing a card) */
    select(route: Route, options: { page?: PageState } = {}): void {
      commit({ route, notice: null, page: options.page ?? applyRoute(snapshot.page, route) }, { push: true });
    },
    dismissNotice(): void {
      update({ notice: null });
    },
  };
}
