// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardClicks } from './clickGuard';

describe('guardClicks(root, {onLongWait, noticeMs})', () => {
  let root: HTMLElement;
  let clicked: string[];
  let listening: AbortController;

  beforeEach(() => {
    document.body.innerHTML = '<div id="root"><button id="a">A</button><div role="option" id="b"><span id="b-text">B</span></div><a id="link" href="#x">link</a></div><button id="outside">out</button>';
    root = document.getElementById('root') as HTMLElement;
    clicked = [];
    // What the app does with a click, once it runs: here, note it.
    listening = new AbortController();
    document.addEventListener('click', (event) => clicked.push((event.target as Element).id), { signal: listening.signal });
  });

  afterEach(() => {
    listening.abort();
    vi.useRealTimers();
  });

  const click = (id: string) => document.getElementById(id)?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

  it('holds clicks on controls, marks them busy, and clicks them again in order, once, on release', () => {
    const guard = guardClicks(root);
    click('a');
    click('b-text');
    expect(clicked).toEqual([]);
    expect(document.getElementById('a')?.getAttribute('aria-busy')).toBe('true');
    expect(document.getElementById('b')?.getAttribute('aria-busy')).toBe('true');
    guard.release();
    expect(clicked).toEqual(['a', 'b-text']);
    expect(root.querySelectorAll('[aria-busy]')).toHaveLength(0);
    // Released: the guard has stood down, a later click goes through at once and only once.
    click('a');
    guard.release();
    expect(clicked).toEqual(['a', 'b-text', 'a']);
  });

  it('lets links and anything outside the page go through', () => {
    const guard = guardClicks(root);
    click('link');
    click('outside');
    expect(clicked).toEqual(['link', 'outside']);
    guard.drop();
  });

  it('says the wait is long once a held click has waited `noticeMs`, and not before', () => {
    vi.useFakeTimers();
    const onLongWait = vi.fn();
    const guard = guardClicks(root, { onLongWait, noticeMs: 400 });
    click('a');
    vi.advanceTimersByTime(399);
    expect(onLongWait).not.toHaveBeenCalled();
    click('a');
    vi.advanceTimersByTime(1);
    expect(onLongWait).toHaveBeenCalledTimes(1);
    guard.drop();
  });

  it('forgets held clicks on drop, frees the controls and stands down', () => {
    vi.useFakeTimers();
    const onLongWait = vi.fn();
    const guard = guardClicks(root, { onLongWait });
    click('a');
    guard.drop();
    vi.advanceTimersByTime(1000);
    expect(onLongWait).not.toHaveBeenCalled();
    expect(document.getElementById('a')?.hasAttribute('aria-busy')).toBe(false);
    expect(clicked).toEqual([]);
    click('a');
    expect(clicked).toEqual(['a']);
  });

  it('does not click a control that left the page meanwhile', () => {
    const guard = guardClicks(root);
    click('a');
    document.getElementById('a')?.remove();
    guard.release();
    expect(clicked).toEqual([]);
  });
});
