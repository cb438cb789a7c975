import { describe, expect, it } from 'vitest';
import { revealScroll } from './revealScroll';

const view = { viewTop: 50, viewBottom: 800, margin: 10 };

describe('revealScroll({keepTop, bottom, viewTop, viewBottom, margin})', () => {
  it('leaves the page alone when the picked event and its answer are both in view', () => {
    expect(revealScroll({ ...view, keepTop: 100, bottom: 700 })).toBe(0);
  });

  it('scrolls down just far enough to show the end of the answer', () => {
    expect(revealScroll({ ...view, keepTop: 300, bottom: 900 })).toBe(110);
  });

  it('never scrolls the picked event under the sticky bar to show a long answer', () => {
    // The span is 900 px tall on a 750 px screen: the top stays, the rest is cut.
    expect(revealScroll({ ...view, keepTop: 200, bottom: 1100 })).toBe(140);
    const afterwards = 200 - revealScroll({ ...view, keepTop: 200, bottom: 1100 });
    expect(afterwards).toBe(view.viewTop + view.margin);
  });

  it('scrolls up to a picked event that sits under the sticky bar or above the screen', () => {
    expect(revealScroll({ ...view, keepTop: -120, bottom: 200 })).toBe(-180);
    expect(revealScroll({ ...view, keepTop: 20, bottom: 200 })).toBe(-40);
  });
});
