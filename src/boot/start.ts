/**
 * When the boot script starts the explainer: once the page has loaded and painted, at the
 * browser's first idle moment (half a second at most). The explainer's code then arrives and
 * runs well before a reader's first tap, and nothing of it competes with the page's own first
 * paints. It no longer waits for a sign of the reader's intent as well: idle comes within
 * half a second of load anyway, a click before then is held (clickGuard.ts), and the
 * listeners cost every page's inline script bytes.
 */

/**
 * Resolves after the load event, once the frame after it has been painted: the page's own
 * paints come first, also in Lighthouse's simulation, which counts every request that starts
 * before the largest paint.
 */
export function whenLoaded(win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    // A callback in the next frame runs before that frame paints; one frame later it has.
    const painted = () => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve()));
    if (win.document.readyState === 'complete') painted();
    else win.addEventListener('load', painted, { once: true });
  });
}

/** Resolves when the main thread is next idle, or after `timeoutMs` at the latest. */
export function whenIdle(win: Window = window, timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else win.setTimeout(resolve, 0);
  });
}

/** Resolves when the explainer should start: after load has painted, at the next idle moment. */
export async function whenToStart(win: Window = window): Promise<void> {
  await whenLoaded(win);
  await whenIdle(win);
}
