/**
 * Runs `fn` once the next frame has been painted. A callback in the next frame runs before that
 * frame paints; a task queued from it runs after. Writes the reader does not look at (the
 * address bar, the tab's title) cost a few ms each on a slow phone, which a click's answer
 * should not wait for.
 */
export function afterPaint(win: Window, fn: () => void): void {
  win.requestAnimationFrame(() => win.setTimeout(fn));
}
