// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whenToStart } from './start';

/** Returns whether `promise` has settled, after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/** A window whose load, frames and idle moments the test hands out one by one. */
function fakeWindow() {
  const events = new EventTarget();
  const frames: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const win = Object.assign(events, {
    document: { readyState: 'loading' },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    requestIdleCallback: (callback: () => void) => idle.push(callback),
  });
  return {
    win: win as unknown as Window,
    load() {
      win.document.readyState = 'complete';
      events.dispatchEvent(new Event('load'));
    },
    frame: () => {
      for (const f of frames.splice(0)) f();
    },
    idle: () => {
      for (const f of idle.splice(0)) f();
    },
  };
}

describe('whenToStart(win)', () => {
  it('waits for the load event and the frame painted after it, then for the first idle moment', async () => {
    const page = fakeWindow();
    const start = whenToStart(page.win);
    page.idle();
    expect(await settled(start)).toBe(false);
    page.load();
    page.frame();
    expect(await settled(start)).toBe(false);
    page.frame();
    expect(await settled(start)).toBe(false);
    page.idle();
    expect(await settled(start)).toBe(true);
  });

});
