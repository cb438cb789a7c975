/** An address bar kept in memory, for the navigator where there is none: unit tests and the prerenderer. */
import type { NavHistory } from './navigator';

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
