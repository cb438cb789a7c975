import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify(label)', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Promoted to Technical Lead')).toBe('promoted-to-technical-lead');
    expect(slugify('Zürich — café & co.')).toBe('zurich-cafe-co');
    expect(slugify('  --  ')).toBe('item');
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
  });
  it('caps the length without a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
