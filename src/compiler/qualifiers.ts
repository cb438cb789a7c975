/**
 * Qualifiers written before a figure ("more than 200,000", "up to 10", "about $5.5 billion"),
 * mapped to the bundle's words.
 */
import type { Qualifier } from '../schema/bundle';

const QUALIFIERS: Array<[RegExp, Exclude<Qualifier, null>]> = [
  [/\b(?:more than|in excess of|upwards of|north of)\s$/i, 'more than'],
  [/\b(?:just over|well over|over|above|well above)\s$/i, 'over'],
  [/\b(?:up to|as many as|as much as|at most)\s$/i, 'up to'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated|circa)\s$/i, 'about'],
  [/\b(?:at least|no fewer than|no less than)\s$/i, 'at least'],
  [/\b(?:less than|fewer than|just under|under|below|just below)\s$/i, 'less than'],
  [/\b(?:nearly|almost|close to|just shy of)\s$/i, 'nearly'],
];

/** Returns the qualifier that ends right before s[at] and where it starts, or null. */
export function qualifierBefore(s: string, at: number): { start: number; qualifier: Exclude<Qualifier, null> } | null {
  const before = s.slice(Math.max(0, at - 24), at);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const m = pattern.exec(before);
    if (m) return { start: at - (before.length - m.index), qualifier };
  }
  return null;
}
