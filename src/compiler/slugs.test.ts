import { describe, expect, it } from 'vitest';
import { slugify } from '../schema/slugify';
import { createSlugger } from './slugs';

/** The plain definition the slugger must agree with: the first free of "x", "x-2", "x-3", … */
function referenceSlug(label: string, taken: Set<string>): string {
  const base = slugify(label);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

describe('createSlugger()', { timeout: 60_000 }, () => {
  it('numbers repeats in call order', () => {
    const slug = createSlugger();
    expect([slug('A b'), slug('a-b'), slug('A  B')]).toEqual(['a-b', 'a-b-2', 'a-b-3']);
  });

  it('gives the ids of the plain definition, in the same order', () => {
    const labels = ['A b', 'A b', 'a-b-2', 'A b', 'Zürich', 'zurich', '', '', 'A b'];
    const taken = new Set<string>();
    const slug = createSlugger();
    expect(labels.map((l) => slug(l))).toEqual(labels.map((l) => referenceSlug(l, taken)));
  });

  it('stays fast on many repeats', () => {
    const slug = createSlugger();
    for (let i = 0; i < 50_000; i++) slug('Same label');
    expect(slug('Same label')).toBe('same-label-50001');
  });
});
