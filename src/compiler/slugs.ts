/**
 * Unique slugs in constant time per label. Counting up from "-2" on every call would be
 * quadratic when thousands of labels repeat (a hostile article with one figure written
 * 20,000 times); remembering the next suffix per slug gives the same ids.
 */
import { slugify } from '../schema/slugify';

/** Returns a function that slugs labels uniquely: "x", "x-2", "x-3", … in call order. */
export function createSlugger(): (label: string) => string {
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (label) => {
    const base = slugify(label);
    let n = nextSuffix.get(base) ?? 1;
    let slug = n === 1 ? base : `${base}-${n}`;
    while (taken.has(slug)) {
      n++;
      slug = `${base}-${n}`;
    }
    nextSuffix.set(base, n + 1);
    taken.add(slug);
    return slug;
  };
}
