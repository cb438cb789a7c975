/**
 * How far to scroll so that the answer to a reader's pick is on screen with what they
 * picked: pure arithmetic on screen coordinates (px from the top of the viewport), so the
 * rule is unit-tested apart from the DOM.
 */

export interface RevealInput {
  /** the top of what must stay in view: the picked event (or the whole chart, where it fits) */
  keepTop: number;
  /** the bottom of the answer: the detail's bottom edge */
  bottom: number;
  /** the first px not covered by what sticks to the top of the screen */
  viewTop: number;
  viewBottom: number;
  /** air kept between the span and the screen's edges */
  margin?: number;
}

/**
 * Returns the scroll (px, positive is down) that brings [keepTop, bottom] into view, moving
 * as little as possible. Where the span is taller than the screen, its top wins: the picked
 * event is never scrolled away to show the end of its detail.
 */
export function revealScroll({ keepTop, bottom, viewTop, viewBottom, margin = 8 }: RevealInput): number {
  const top = viewTop + margin;
  const end = viewBottom - margin;
  if (keepTop < top) return Math.round(keepTop - top);
  if (bottom > end) return Math.round(Math.min(bottom - end, keepTop - top));
  return 0;
}
