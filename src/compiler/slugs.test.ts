import { describe, expect, it } from 'vitest';
import { uniqueSlug } from '../schema/slugify';
import { createSlugger } from './slugs';

describe('createSlugger()', { timeout: 60_000 }, () => {
  it('gives the ids uniqueSlug gives, in the same order', () => {
    const labels = ['A b', 'A b', 'a-b-2', 'A b', 'Zürich', 'zurich', '', '', 'A b'];
    const taken = new Set<string>();
    const slug = createSlugger();
    expect(labels.map((l) => slug(l))).toEqual(labels.map((l) => uniqueSlug(l, taken)));
  });

  it('stays fast on many repeats', () => {
    const slug = createSlugger();
    for (let i = 0; i < 50_000; i++) slug('Same label');
    expect(slug('Same label')).toBe('same-label-50001');
  });
});
