/**
 * Which section the reader is looking at, for the table of contents and the address bar.
 * An IntersectionObserver watches a thin band near the top of the viewport; the section
 * crossing it is "in view". No scroll listeners, no layout reads per frame.
 */
import { useEffect, useState } from 'react';

/** Top of the viewport, as a share of its height, where a section counts as "in view". */
const BAND = '0px 0px -80% 0px';

/**
 * Returns the id of the last element (in `ids` order) overlapping the top fifth of the
 * viewport, or null while the element `topId` (the hero) is there instead. Undefined until
 * the first observation (also on the server and the first client render, so hydration
 * matches): the explainer may start with the reader anywhere on the page, and "not known
 * yet" must not read as "at the top".
 */
export function useSectionInView<T extends string>(ids: readonly T[], topId: string): T | null | undefined {
  const [active, setActive] = useState<T | null | undefined>(undefined);
  const key = ids.join(' ');

  useEffect(() => {
    const order = [topId, ...key.split(' ').filter(Boolean)];
    const elements = order.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const inBand = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inBand.add(entry.target.id);
          else inBand.delete(entry.target.id);
        }
        // Between sections (in a margin) nothing is in the band: keep the last answer.
        const current = order.filter((id) => inBand.has(id)).at(-1);
        if (current !== undefined) setActive(current === topId ? null : (current as T));
      },
      { rootMargin: BAND, threshold: 0 },
    );
    for (const el of elements) observer.observe(el);
    return () => observer.disconnect();
  }, [key, topId]);

  return active;
}
