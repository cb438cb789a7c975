import { describe, expect, it } from 'vitest';
import type { Bundle } from '../schema/bundle';
import { applyRoute, createPageState, readHistoryState, samePageState, toHistoryState } from './pageState';

// Only the story's ids matter here; made-up ones.
const bundle = {
  story: {
    metrics: [{ id: 'm-one' }, { id: 'm-two' }],
    timeline: { events: [{ id: 'e-one' }] },
  },
} as unknown as Bundle;

describe('createPageState(route)', () => {
  it('selects the item the route names and leaves the rest at rest', () => {
    expect(createPageState({ kind: 'home' })).toEqual({ metric: null, event: null, orgView: 'before' });
    expect(createPageState({ kind: 'metric', id: 'm-one' })).toEqual({ metric: 'm-one', event: null, orgView: 'before' });
    expect(createPageState({ kind: 'event', id: 'e-one' })).toEqual({ metric: null, event: 'e-one', orgView: 'before' });
    expect(createPageState({ kind: 'org', view: 'after' })).toEqual({ metric: null, event: null, orgView: 'after' });
  });
});

describe('applyRoute(state, route)', () => {
  const state = { metric: 'm-one', event: 'e-one', orgView: 'after' } as const;

  it('keeps every selection when the route is a section or the top', () => {
    expect(applyRoute(state, { kind: 'section', section: 'people' })).toBe(state);
    expect(applyRoute(state, { kind: 'home' })).toBe(state);
  });

  it('changes only the selection of the route’s kind', () => {
    expect(applyRoute(state, { kind: 'metric', id: 'm-two' })).toEqual({ ...state, metric: 'm-two' });
    expect(applyRoute(state, { kind: 'org', view: 'before' })).toEqual({ ...state, orgView: 'before' });
  });

  it('returns the same object when nothing changes', () => {
    expect(applyRoute(state, { kind: 'event', id: 'e-one' })).toBe(state);
  });
});

describe('readHistoryState(historyState, bundle)', () => {
  it('reads back what toHistoryState stored', () => {
    const state = { metric: 'm-two', event: null, orgView: 'after' } as const;
    expect(readHistoryState(toHistoryState(state), bundle)).toEqual(state);
  });

  it('ignores foreign, empty and stale entries', () => {
    expect(readHistoryState(null, bundle)).toBeNull();
    expect(readHistoryState('x', bundle)).toBeNull();
    expect(readHistoryState({ other: 1 }, bundle)).toBeNull();
    expect(readHistoryState(toHistoryState({ metric: 'gone', event: null, orgView: 'before' }), bundle)).toBeNull();
    expect(readHistoryState({ explainerPage: { metric: null, event: null, orgView: 'sideways' } }, bundle)).toBeNull();
    expect(readHistoryState({ explainerPage: { metric: 5, event: null, orgView: 'before' } }, bundle)).toBeNull();
  });
});

describe('samePageState(a, b)', () => {
  it('compares every selection', () => {
    const a = { metric: null, event: 'e-one', orgView: 'before' } as const;
    expect(samePageState(a, { ...a })).toBe(true);
    expect(samePageState(a, { ...a, orgView: 'after' })).toBe(false);
  });
});
