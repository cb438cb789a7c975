// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHistory } from './history';

describe('createBrowserHistory(win)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/timeline/');
  });
  afterEach(() => vi.useRealTimers());

  it('writes the address after the next frame, in order, and reads back what it wrote meanwhile', () => {
    const history = createBrowserHistory(window);
    const before = window.history.length;
    history.push({ at: 1 }, '/timeline/a/');
    history.replace({ at: 2 }, '/timeline/b/#x');
    expect(window.location.pathname).toBe('/timeline/');
    expect(history.location()).toEqual({ pathname: '/timeline/b/', search: '', hash: '#x' });
    expect(history.state()).toEqual({ at: 2 });
    vi.runAllTimers();
    expect(window.location.pathname + window.location.hash).toBe('/timeline/b/#x');
    expect(window.history.state).toEqual({ at: 2 });
    expect(window.history.length).toBe(before + 1);
  });
});
