import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeHref } from '../routes';
import type { Bundle, SectionId } from '../schema/bundle';
import { makeSyntheticBundle } from '../schema/testing';
import { createMemoryHistory, type MemoryHistory } from './memoryHistory';
import { createNavigator, type MoveTarget, type PageEffects } from './navigator';

function twoEventBundle(): Bundle {
  const bundle = makeSyntheticBundle();
  const first = bundle.story.timeline.events[0];
  if (!first) throw new Error('the synthetic bundle has an event');
  bundle.story.timeline.events.push({ ...first, id: 'second-event', title: 'Second' });
  return bundle;
}

/** A page that records what the navigator asks of it; a move lasts until the test ends it. */
function fakePage(elements: string[] = []) {
  const moves: { target: MoveTarget; instant: boolean; end: () => void }[] = [];
  const titles: string[] = [];
  let report: (id: SectionId | null) => void = () => {};
  const page: PageEffects = {
    move: (target, { instant }) => new Promise<void>((end) => moves.push({ target, instant, end })),
    hasElement: (id) => elements.includes(id),
    setTitle: (title) => titles.push(title),
    watchSections: (_ids, onChange) => {
      report = onChange;
      return () => {
        report = () => {};
      };
    },
  };
  return { page, moves, titles, scrollTo: (id: SectionId | null) => report(id), endMoves: () => {
      for (const m of moves) m.end();
    },
  };
}

const SPY = 250;

describe('createNavigator({bundle, base, history, page})', () => {
  let bundle: Bundle;
  beforeEach(() => {
    vi.useFakeTimers();
    bundle = twoEventBundle();
  });
  afterEach(() => vi.useRealTimers());

  const setUp = (href: string, options: { state?: unknown; elements?: string[]; initialPath?: string } = {}) => {
    const history: MemoryHistory = createMemoryHistory(href, options.state ?? null);
    const fake = fakePage(options.elements);
    const navigator = createNavigator({ bundle, base: '/', history, page: fake.page, initialPath: options.initialPath, spyDelayMs: SPY });
    return { history, navigator, ...fake, at: () => history.entries()[history.index()]?.href };
  };

  it('renders first from the path alone, touching neither the address nor the page', () => {
    const { navigator, history, moves } = setUp('/timeline/first-event/#sentence-s2');
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'event', id: 'first-event' }, page: { event: 'first-event' }, inView: undefined, notice: null });
    expect(history.entries()).toHaveLength(1);
    expect(moves).toHaveLength(0);
  });

  it('leaves a deep link that the boot script has landed where it is', () => {
    const { navigator, history, moves, at } = setUp('/timeline/first-event/');
    navigator.start({ landed: true });
    expect(moves).toHaveLength(0);
    expect(history.entries()).toHaveLength(1);
    expect(at()).toBe('/timeline/first-event/');
  });

  it('honours a fragment written as a route: jumps there at once, under its own address, and asks the chart for focus', () => {
    const { navigator, history, moves, at } = setUp('/#timeline/second-event');
    navigator.start({ landed: false });
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'event', id: 'second-event' }, page: { event: 'second-event' }, focus: { timeline: 1, org: 0 } });
    expect(moves.map((m) => [m.target, m.instant])).toEqual([[{ route: { kind: 'event', id: 'second-event' } }, true]]);
    expect(at()).toBe('/timeline/second-event/');
    expect(history.entries()).toHaveLength(1);
  });

  it('honours a fragment naming an element on the page, and keeps it in the address', () => {
    const { navigator, moves, at } = setUp('/metrics/#sentence-s2', { elements: ['sentence-s2'] });
    navigator.start({ landed: false });
    expect(moves[0]?.target).toEqual({ elementId: 'sentence-s2' });
    expect(at()).toBe('/metrics/#sentence-s2');
  });

  it('restores the selections of a history entry (a reload, or a page restored by Back)', () => {
    const { navigator } = setUp('/timeline/', { state: { explainerPage: { metric: 'alpha', event: 'second-event', orgView: 'after' } } });
    navigator.start({ landed: false });
    expect(navigator.getSnapshot().page).toEqual({ metric: 'alpha', event: 'second-event', orgView: 'after' });
  });

  it('lands an unknown address at the nearest place with a notice, which the reader can dismiss', () => {
    const { navigator, at } = setUp('/timeline/no-such-event/', { initialPath: '/404.html' });
    expect(navigator.getSnapshot().route).toEqual({ kind: 'home' });
    navigator.start({ landed: false });
    expect(navigator.getSnapshot().route).toEqual({ kind: 'section', section: 'timeline' });
    expect(navigator.getSnapshot().notice).toMatch(/does not have/);
    expect(at()).toBe('/timeline/');
    navigator.dismissNotice();
    expect(navigator.getSnapshot().notice).toBeNull();
  });

  it('adds one history entry for a click on a link and moves there, gliding', () => {
    const { navigator, history, moves, at } = setUp('/');
    navigator.start({ landed: true });
    navigator.navigate({ kind: 'section', section: 'source' });
    expect(history.entries()).toHaveLength(2);
    expect(at()).toBe('/source/');
    expect(moves.map((m) => [m.target, m.instant])).toEqual([[{ route: { kind: 'section', section: 'source' } }, false]]);
  });

  it('adds one history entry for a selection in a widget and leaves the page where it is; selecting it again adds none', () => {
    const { navigator, history, moves, at } = setUp('/timeline/');
    navigator.start({ landed: true });
    navigator.select({ kind: 'event', id: 'second-event' });
    navigator.select({ kind: 'event', id: 'second-event' });
    expect(history.entries().map((e) => e.href)).toEqual(['/timeline/', '/timeline/second-event/']);
    expect(at()).toBe('/timeline/second-event/');
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'event', id: 'second-event' }, page: { event: 'second-event' }, focus: { timeline: 0 } });
    expect(moves).toHaveLength(0);
  });

  it('closes a card by a selection that says so, keeping the others', () => {
    const { navigator } = setUp('/metrics/alpha/');
    navigator.start({ landed: true });
    navigator.select({ kind: 'event', id: 'second-event' });
    navigator.select({ kind: 'section', section: 'metrics' }, { page: { ...navigator.getSnapshot().page, metric: null } });
    expect(navigator.getSnapshot().page).toEqual({ metric: null, event: 'second-event', orgView: 'before' });
  });

  it('replaces the address with the section in view once scrolling has settled, and adds no entry', () => {
    const { navigator, history, scrollTo, at } = setUp('/');
    navigator.start({ landed: true });
    scrollTo('timeline');
    expect(navigator.getSnapshot().inView).toBe('timeline');
    vi.advanceTimersByTime(SPY - 1);
    expect(at()).toBe('/');
    scrollTo('org');
    vi.advanceTimersByTime(SPY);
    expect(at()).toBe('/org/');
    scrollTo(null);
    vi.advanceTimersByTime(SPY);
    expect(at()).toBe('/');
    expect(history.entries()).toHaveLength(1);
  });

  it('keeps the selection when scrolling rewrites the address', () => {
    const { navigator, scrollTo } = setUp('/timeline/first-event/');
    navigator.start({ landed: true });
    scrollTo('source');
    vi.advanceTimersByTime(SPY);
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'section', section: 'source' }, page: { event: 'first-event' } });
  });

  it('lets a click made right after scrolling keep its own address: the overtaken spy check stands down', () => {
    const { navigator, scrollTo, at } = setUp('/timeline/');
    navigator.start({ landed: true });
    scrollTo('metrics');
    navigator.select({ kind: 'event', id: 'first-event' });
    vi.advanceTimersByTime(SPY * 4);
    expect(at()).toBe('/timeline/first-event/');
  });

  it('does not let the sections a move passes rewrite the address, and follows the reader again after it', async () => {
    const { navigator, scrollTo, endMoves, at } = setUp('/');
    navigator.start({ landed: true });
    navigator.navigate({ kind: 'section', section: 'source' });
    scrollTo('timeline');
    vi.advanceTimersByTime(SPY * 4);
    expect(at()).toBe('/source/');
    scrollTo('source');
    endMoves();
    await vi.advanceTimersByTimeAsync(SPY * 2);
    expect(at()).toBe('/source/');
    scrollTo('org');
    vi.advanceTimersByTime(SPY);
    expect(at()).toBe('/org/');
  });

  it('re-reads the address on Back and Forward: the selection of each entry comes back, and the page moves there', () => {
    const { navigator, history, moves } = setUp('/timeline/');
    navigator.start({ landed: true });
    navigator.select({ kind: 'event', id: 'first-event' });
    navigator.select({ kind: 'event', id: 'second-event' });
    history.back();
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'event', id: 'first-event' }, page: { event: 'first-event' }, focus: { timeline: 1 } });
    expect(moves.at(-1)).toMatchObject({ target: { route: { kind: 'event', id: 'first-event' } }, instant: false });
    history.back();
    expect(navigator.getSnapshot().route).toEqual({ kind: 'section', section: 'timeline' });
    history.forward();
    expect(navigator.getSnapshot().page.event).toBe('first-event');
    expect(history.entries()).toHaveLength(3);
  });

  it('moves to a fragment pasted after load', () => {
    const { navigator, history, moves } = setUp('/');
    navigator.start({ landed: true });
    history.setHash('#org/after');
    expect(navigator.getSnapshot()).toMatchObject({ route: { kind: 'org', view: 'after' }, page: { orgView: 'after' }, focus: { org: 1 } });
    expect(moves.at(-1)?.instant).toBe(false);
  });

  it('keeps the tab title on the address', () => {
    const { navigator, titles } = setUp('/');
    navigator.start({ landed: true });
    navigator.select({ kind: 'event', id: 'second-event' });
    expect(titles.at(-1)).toContain('Second');
  });

  it('stops following the address and the sections once stopped', () => {
    const { navigator, history, scrollTo, at } = setUp('/');
    const stop = navigator.start({ landed: true });
    navigator.select({ kind: 'event', id: 'first-event' });
    stop();
    scrollTo('org');
    vi.advanceTimersByTime(SPY);
    history.back();
    expect(at()).toBe(routeHref({ kind: 'home' }));
    expect(navigator.getSnapshot().route).toEqual({ kind: 'event', id: 'first-event' });
  });
});
