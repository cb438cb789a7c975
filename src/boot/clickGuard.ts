/**
 * Holds clicks on the page's controls until the explainer runs, then clicks them again, once.
 * Before React has hydrated, a click on a button, a timeline event or a mark would do
 * nothing; links are not held, they load their prerendered page as they would without
 * JavaScript. A held control is marked `aria-busy`, and if the wait is noticeable the
 * status line says the graphics are on their way.
 */

/** The page's controls that do nothing without the explainer (links work as links). */
export const CONTROLS = 'button, [role="button"], [role="option"], [data-order]';

export interface ClickGuard {
  /** clicks again, in order, what was held, and stands down */
  release(): void;
  /** forgets what was held and stands down (the explainer failed: the status line offers Retry) */
  drop(): void;
}

export interface ClickGuardOptions {
  /** called once a held click has waited `noticeMs` */
  onLongWait?: () => void;
  noticeMs?: number;
}

/** Starts holding clicks on controls inside `root`; returns how to end it. */
export function guardClicks(root: Element, { onLongWait, noticeMs = 400 }: ClickGuardOptions = {}): ClickGuard {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const held: Element[] = [];
  let notice = 0;
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof win.Element ? event.target : null;
    const control = target?.closest(CONTROLS);
    if (!target || !control || !root.contains(control)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    control.setAttribute('aria-busy', 'true');
    held.push(target);
    if (onLongWait && !notice) notice = win.setTimeout(onLongWait, noticeMs);
  };
  doc.addEventListener('click', onClick, true);
  const end = (): Element[] => {
    doc.removeEventListener('click', onClick, true);
    win.clearTimeout(notice);
    for (const target of held) target.closest(CONTROLS)?.removeAttribute('aria-busy');
    return held.splice(0);
  };
  return {
    release() {
      for (const target of end()) {
        if (target.isConnected) target.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: win }));
      }
    },
    drop() {
      end();
    },
  };
}
