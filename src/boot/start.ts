/**
 * When the boot script starts the explainer: once the page has loaded and painted, at the
 * browser's first idle moment or the reader's first sign of intent, whichever comes first.
 * The explainer's code then arrives and runs well before a reader's first tap, and nothing
 * of it competes with the page's own first paints.
 */

/**
 * What a reader does before using the page. Not `scroll`: landing a deep link scrolls too; a
 * reader's own scrolling starts with a touch, the wheel, a key or the scrollbar's pointer.
 */
export const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

/** Resolves at the reader's first sign of intent on `target`. */
export function whenIntent(target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    const options = { capture: true, passive: true } as const;
    const done = () => {
      for (const type of INTENT_EVENTS) target.removeEventListener(type, done, options);
      resolve();
    };
    for (const type of INTENT_EVENTS) target.addEventListener(type, done, options);
  });
}

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

/** Resolves when the explainer should start: after load, at idle or at the first intent, whichever comes first. */
export async function whenToStart(win: Window = window): Promise<void> {
  const intent = whenIntent(win);
  await whenLoaded(win);
  await Promise.race([intent, whenIdle(win)]);
}
