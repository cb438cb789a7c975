import { describe, expect, it } from 'vitest';
import { cleanText, describeRoute, truncateAtWord } from './routeMeta';
import { listRoutes } from './routes';
import { makeSyntheticBundle } from './schema/testing';

const bundle = makeSyntheticBundle();

describe('describeRoute(bundle, route)', () => {
  it('names the home page by the headline and its opening paragraph', () => {
    expect(describeRoute(bundle, { kind: 'home' })).toEqual({
      title: 'Headline',
      description: 'Alpha rose 5 in 2000.',
      imageAlt: 'Headline',
    });
  });

  it('puts the section title before the headline', () => {
    expect(describeRoute(bundle, { kind: 'section', section: 'timeline' }).title).toBe('T — Headline');
  });

  it('names a metric by its label and compact figure, described by its sentence', () => {
    const meta = describeRoute(bundle, { kind: 'metric', id: 'alpha' });
    expect(meta.title).toBe('Alpha: 5 — Headline');
    expect(meta.description).toBe('Alpha rose 5 in 2000.');
    expect(meta.imageAlt).toBe('Alpha: 5 units. Headline');
  });

  it('names an event by its date at the precision of the text and its title', () => {
    const meta = describeRoute(bundle, { kind: 'event', id: 'first-event' });
    expect(meta.title).toBe('2000: First — Headline');
    expect(meta.description).toBe('Alpha rose 5 in 2000.');
  });

  it('names an org view by its title and the section, described by its summary sentence', () => {
    expect(describeRoute(bundle, { kind: 'org', view: 'after' })).toMatchObject({ title: 'A: O — Headline', description: 'Alpha rose 5 in 2000.' });
  });

  it('gives every listed route its own title', () => {
    const titles = listRoutes(bundle).map((r) => describeRoute(bundle, r).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('falls back to the home page for something the bundle does not have', () => {
    expect(describeRoute(bundle, { kind: 'event', id: 'gone' })).toEqual(describeRoute(bundle, { kind: 'home' }));
    expect(describeRoute(bundle, { kind: 'section', section: 'people' })).toEqual(describeRoute(bundle, { kind: 'home' }));
  });

  it('uses the outlet in the image alt text when the article has one', () => {
    const withOutlet = { ...bundle, article: { ...bundle.article, outlet: 'Outlet' } };
    expect(describeRoute(withOutlet, { kind: 'home' }).imageAlt).toBe('Headline — Outlet');
  });
});

describe('truncateAtWord(text, limit)', () => {
  it('keeps short text whole', () => {
    expect(truncateAtWord('one two three', 20)).toBe('one two three');
  });

  it('cuts at the last word that fits and adds an ellipsis', () => {
    expect(truncateAtWord('one two three four, five', 17)).toBe('one two three…');
    expect(truncateAtWord('alpha beta gamma delta', 16).length).toBeLessThanOrEqual(16);
  });

  it('cuts inside a single word that is longer than the limit', () => {
    expect(truncateAtWord('x'.repeat(300), 160)).toBe(`${'x'.repeat(159)}…`);
  });
});

describe('cleanText(text)', () => {
  it('puts text on one line without control characters or byte-order marks', () => {
    expect(cleanText('\ufeffa\u0000b\n\n c\u200b\td ')).toBe('a b c d');
  });
});
