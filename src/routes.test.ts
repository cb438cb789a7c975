import { describe, expect, it } from 'vitest';
import { listRoutes, normaliseBase, parseRoute, routeHref, routeKey, sectionOf } from './routes';
import { makeSyntheticBundle } from './schema/testing';

const bundle = makeSyntheticBundle();

describe('parseRoute(bundle, pathname, hash, base)', () => {
  it('reads every kind of route from the path', () => {
    expect(parseRoute(bundle, '/')).toEqual({ route: { kind: 'home' }, notice: null });
    expect(parseRoute(bundle, '/timeline/')).toEqual({ route: { kind: 'section', section: 'timeline' }, notice: null });
    expect(parseRoute(bundle, '/timeline')).toEqual({ route: { kind: 'section', section: 'timeline' }, notice: null });
    expect(parseRoute(bundle, '/timeline/first-event/').route).toEqual({ kind: 'event', id: 'first-event' });
    expect(parseRoute(bundle, '/metrics/alpha/').route).toEqual({ kind: 'metric', id: 'alpha' });
    expect(parseRoute(bundle, '/org/after/').route).toEqual({ kind: 'org', view: 'after' });
    expect(parseRoute(bundle, '/timeline/first-event/index.html').route).toEqual({ kind: 'event', id: 'first-event' });
  });

  it('honours a sub-path base', () => {
    expect(parseRoute(bundle, '/sub/dir/org/before/', '', '/sub/dir/').route).toEqual({ kind: 'org', view: 'before' });
    expect(parseRoute(bundle, '/sub/dir', '', '/sub/dir/')).toEqual({ route: { kind: 'home' }, notice: null });
    expect(parseRoute(bundle, '/elsewhere/', '', '/sub/dir/').notice).not.toBeNull();
  });

  it('lets a route-shaped hash win and ignores other fragments', () => {
    expect(parseRoute(bundle, '/', '#timeline/first-event').route).toEqual({ kind: 'event', id: 'first-event' });
    expect(parseRoute(bundle, '/org/', '#org/after').route).toEqual({ kind: 'org', view: 'after' });
    expect(parseRoute(bundle, '/metrics/', '#sentence-s3')).toEqual({ route: { kind: 'section', section: 'metrics' }, notice: null });
  });

  it('falls back to the section or the top with a notice, never echoing the address', () => {
    const hostile = [
      '/timeline/removed-event/',
      '/nowhere/',
      '/%3Cscript%3Ealert(1)%3C/script%3E/',
      '/timeline/%E0%A4%A/',
      `/timeline/${'a'.repeat(5000)}/`,
      '/strategy/', // a section this bundle does not have
      '/timeline/first-event/extra/',
      '/javascript:alert(1)',
    ];
    const notices = new Set<string | null>();
    for (const path of hostile) {
      const parsed = parseRoute(bundle, path);
      expect(parsed.notice, path).not.toBeNull();
      notices.add(parsed.notice);
    }
    // One fixed sentence for every bad address: nothing from the URL can reach the page.
    expect(notices.size).toBe(1);
    expect(parseRoute(bundle, '/timeline/removed-event/').route).toEqual({ kind: 'section', section: 'timeline' });
    expect(parseRoute(bundle, '/nowhere/').route).toEqual({ kind: 'home' });
  });
});

describe('routeHref(route, base) and listRoutes(bundle)', () => {
  it('round-trips every listed route through its href', () => {
    const routes = listRoutes(bundle);
    expect(routes.map(routeKey)).toEqual(['/', 'metrics/', 'metrics/alpha/', 'timeline/', 'timeline/first-event/', 'org/', 'org/before/', 'org/after/', 'source/']);
    for (const base of ['/', '/sub/', 'deep/path']) {
      for (const route of routes) {
        const href = routeHref(route, base);
        expect(parseRoute(bundle, href, '', base)).toEqual({ route, notice: null });
      }
    }
  });

  it('names the section of each route', () => {
    expect(sectionOf({ kind: 'event', id: 'x' })).toBe('timeline');
    expect(sectionOf({ kind: 'metric', id: 'x' })).toBe('metrics');
    expect(sectionOf({ kind: 'org', view: 'after' })).toBe('org');
    expect(sectionOf({ kind: 'home' })).toBeNull();
  });

  it('normalises bases', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('a/b')).toBe('/a/b/');
    expect(normaliseBase('//a//')).toBe('/a/');
  });
});
