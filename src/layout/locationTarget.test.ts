import { describe, expect, it } from 'vitest';
import type { Bundle } from '../schema/bundle';
import { resolveLocation } from './locationTarget';

// Only the story's ids matter to routing; made-up ones.
const bundle = {
  story: {
    sections: [{ id: 'metrics' }, { id: 'timeline' }, { id: 'source' }],
    metrics: [{ id: 'm-one' }],
    timeline: { events: [{ id: 'e-one' }] },
    org: null,
  },
} as unknown as Bundle;

const elements = new Set(['sentence-s3', 'person-ann', 'top', 'metrics']);
const resolve = (pathname: string, hash = '', base = '/') => resolveLocation(bundle, pathname, hash, base, (id) => elements.has(id));

describe('resolveLocation(bundle, pathname, hash, base, hasElement)', () => {
  it('reads a route from the path', () => {
    expect(resolve('/timeline/e-one/')).toEqual({ route: { kind: 'event', id: 'e-one' }, notice: null, elementId: null, canonicalHref: '/timeline/e-one/' });
  });

  it('lets a fragment written as a route win, with the route’s own URL as canonical', () => {
    const target = resolve('/', '#timeline/e-one');
    expect(target.route).toEqual({ kind: 'event', id: 'e-one' });
    expect(target.canonicalHref).toBe('/timeline/e-one/');
  });

  it('keeps the path’s route and the fragment when the fragment names an element', () => {
    expect(resolve('/metrics/m-one/', '#sentence-s3')).toEqual({
      route: { kind: 'metric', id: 'm-one' },
      notice: null,
      elementId: 'sentence-s3',
      canonicalHref: '/metrics/m-one/#sentence-s3',
    });
  });

  it('lands a fragment naming a missing item in its section, with a notice', () => {
    const target = resolve('/', '#timeline/gone');
    expect(target.route).toEqual({ kind: 'section', section: 'timeline' });
    expect(target.notice).toBeTruthy();
    expect(target.elementId).toBeNull();
  });

  it('gives markup in the fragment a fixed notice and never echoes it', () => {
    const hash = `#${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
    const target = resolve('/metrics/', hash);
    expect(target.route).toEqual({ kind: 'section', section: 'metrics' });
    expect(target.notice).toBeTruthy();
    expect(target.notice).not.toMatch(/img|onerror|alert/);
    expect(target.canonicalHref).toBe('/metrics/');
  });

  it('survives a fragment that is not valid percent-encoding', () => {
    const target = resolve('/', '#%E0%A4%A');
    expect(target.route).toEqual({ kind: 'home' });
    expect(target.notice).toBeTruthy();
  });

  it('reports an unknown path with the nearest place, under a sub-path base', () => {
    const target = resolve('/sub/metrics/nope/', '', '/sub/');
    expect(target.route).toEqual({ kind: 'section', section: 'metrics' });
    expect(target.notice).toBeTruthy();
    expect(target.canonicalHref).toBe('/sub/metrics/');
  });

  it('treats an empty fragment as none', () => {
    expect(resolve('/metrics/', '#')).toEqual({ route: { kind: 'section', section: 'metrics' }, notice: null, elementId: null, canonicalHref: '/metrics/' });
  });
});
