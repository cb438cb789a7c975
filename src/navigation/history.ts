/** The browser's address bar (window.history and location), for the navigator. */
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
