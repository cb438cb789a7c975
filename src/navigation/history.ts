/** The browser's address bar (window.history and location), for the navigator. */
import { afterPaint } from './afterPaint';
import type { NavHistory } from './navigator';

interface Write {
  push: boolean;
  state: unknown;
  href: string;
}

/**
 * Returns the browser's address bar. Writes reach it once the next frame has been painted:
 * pushState costs a few milliseconds, which a click's answer should not wait for. Until then
 * the navigator reads back what it wrote.
 */
export function createBrowserHistory(win: Window = window): NavHistory {
  const { history, location } = win;
  // The navigator moves the page itself; the browser's own restoring would fight it.
  history.scrollRestoration = 'manual';
  let pending: Write[] = [];
  // The address last written or read: a fragment link fires popstate and then hashchange for the same address.
  let seen = location.href;
  const flush = () => {
    for (const { push, state, href } of pending) {
      if (push) history.pushState(state, '', href);
      else history.replaceState(state, '', href);
    }
    pending = [];
    seen = location.href;
  };
  const write = (next: Write) => {
    if (pending.length === 0) afterPaint(win, flush);
    pending.push(next);
  };
  return {
    location() {
      const written = pending.at(-1);
      const url = written ? new URL(written.href, location.href) : location;
      return { pathname: url.pathname, search: url.search, hash: url.hash };
    },
    state: () => (pending.length ? pending.at(-1)?.state : history.state),
    push: (state, href) => write({ push: true, state, href }),
    replace: (state, href) => write({ push: false, state, href }),
    listen(onChange) {
      const onPopState = (event: PopStateEvent) => {
        // The reader went back from where the address bar was: writes not made yet are overtaken.
        pending = [];
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
