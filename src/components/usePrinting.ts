/**
 * Whether the page is being printed: content that a reader opens on screen (a card's source
 * sentence) is left out of the page's HTML until it is opened, and printing opens all of it.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Returns true from `beforeprint` to `afterprint`; the print layout is taken after the state has rendered. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the browser lays out the print right after beforeprint returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
