/**
 * The address bar, for the navigator: the browser's (window.history and location) and one
 * kept in memory (tests and the prerenderer, which have no address bar).
 */
import type { NavHistory } from './navigator';

/** Returns the browser's address bar. */
export function createBrowserHistory(win: Window = window): NavHistory {
  const { history, location } = win;
  // The navigator moves the page itself; the browser's own restoring would fight it.
  history.scrollRestoration = 'manual';
  // The address last written or read: a fragment link fires popstate and then hashchange for the same address.
  let seen = location.href;
  return {
    location: () => ({ pathname: location.pathname, search: location.search, hash: location.hash }),
    state: () => history.state,
    push(state, href) {
      history.pushState(state, '', href);
      seen = location.href;
    },
    replace(state, href) {
      history.replaceState(state, '', href);
      seen = location.href;
    },
    listen(onChange) {
      const onPopState = (event: PopStateEvent) => {
        seen = location.href;
        onChange(event.state);
      };
      const onHashChange = () => {
        if (location.href === seen) return;
        seen = location.href;
        onChange(history.state);
      };
      win.addEventListener('popstate', onPopState);
      win.addEventListener('hashchange', onHashChange);
      return () => {
        win.removeEventListener('popstate', onPopState);
        win.removeEventListener('hashchange', onHashChange);
      };
    },
  };
}

/** An address bar in memory, with Back, Forward and a fragment typed in, as a reader would use them. */
export interface MemoryHistory extends NavHistory {
  /** the entries, oldest first, and the index of the current one */
  entries(): { href: string; state: unknown }[];
  index(): number;
  back(): void;
  forward(): void;
  /** a new fragment on the current address, as a pasted link or an in-page anchor makes */
  setHash(hash: string): void;
}

/** Returns an address bar in memory that starts at `href` (a path, with any query and fragment). */
export function createMemoryHistory(href = '/', state: unknown = null): MemoryHistory {
  const entries = [{ href, state }];
  let index = 0;
  const listeners = new Set<(state: unknown) => void>();
  const current = () => entries[index] ?? { href: '/', state: null };
  const notify = () => {
    for (const listener of listeners) listener(current().state);
  };
  const go = (step: number) => {
    const next = index + step;
    if (next < 0 || next >= entries.length) return;
    index = next;
    notify();
  };
  return {
    location() {
      const url = new URL(current().href, 'http://memory.invalid');
      return { pathname: url.pathname, search: url.search, hash: url.hash };
    },
    state: () => current().state,
    push(next, to) {
      entries.splice(index + 1, entries.length, { href: to, state: next });
      index += 1;
    },
    replace(next, to) {
      entries[index] = { href: to, state: next };
    },
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    entries: () => entries.map((e) => ({ ...e })),
    index: () => index,
    back: () => go(-1),
    forward: () => go(1),
    setHash(hash) {
      const url = new URL(current().href, 'http://memory.invalid');
      url.hash = hash;
      entries.splice(index + 1, entries.length, { href: url.pathname + url.search + url.hash, state: null });
      index += 1;
      notify();
    },
  };
}
