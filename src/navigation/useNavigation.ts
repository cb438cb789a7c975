import { useSyncExternalStore } from 'react';
import type { Navigation, Navigator } from './navigator';

/**
 * Returns the part of the navigator's snapshot that `select` picks, and re-renders only when
 * that part changes: a scroll that moves the section in view re-renders the table of
 * contents, not the timeline. `select` must return a primitive or a part of the snapshot.
 */
export function useNavigation<T>(navigator: Navigator, select: (navigation: Navigation) => T): T {
  const read = () => select(navigator.getSnapshot());
  return useSyncExternalStore(navigator.subscribe, read, read);
}
