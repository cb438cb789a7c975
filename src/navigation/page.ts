/**
 * The page's side of navigation, for the navigator: moving to a place (with the landing moves
 * the boot script hands over, so a deep link and a click land alike), knowing when the move
 * is over, the tab's title, and which section is at the top of the screen.
 */
import type { LandingMoves } from '../boot/landing';
import { landingOf } from '../landing';
import { afterPaint } from './afterPaint';
import type { SectionId } from '../schema/bundle';
import type { MoveTarget, PageEffects } from './navigator';

/** A move is over once the page has not scrolled for this many frames (about 0.2 s). */
const SETTLED_FRAMES = 12;
/** A smooth scroll may take a few frames to start: a move holds the address at least this long. */
const MOVE_MIN_MS = 300;
/** A move that never settles (a reader dragging all along) stops holding the address after this. */
const MOVE_MAX_MS = 4000;
/** Top of the viewport, as a share of its height, where a section counts as "in view". */
const BAND = '0px 0px -80% 0px';

/** Returns the page's effects in `win`, moving with the boot script's landing moves. */
export function createPage(win: Window, { moveTo }: LandingMoves): PageEffects {
  const doc = win.document;
  // The title waiting for the next paint (afterPaint), or null when none is.
  let title: string | null = null;

  /** Scrolls the target into view and focuses it; timeline events and org views are focused by their charts (focus tokens). */
  const bring = (target: MoveTarget, behavior: ScrollBehavior) => {
    // A sentence or a person a fragment names sits in the middle of the screen; a long region starts at the top.
    const tall = (id: string) => (doc.getElementById(id)?.getBoundingClientRect().height ?? 0) > win.innerHeight / 2;
    const landing = 'route' in target ? landingOf(target.route) : { scrollId: target.elementId, block: tall(target.elementId) ? 'start' : 'center', focus: '', autofocus: false } as const;
    if (landing) moveTo(doc, landing, { behavior, focus: !('route' in target) || target.route.kind === 'section' || target.route.kind === 'metric' });
    else {
      doc.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      win.scrollTo({ top: 0, behavior });
    }
  };

  return {
    move(target, { instant }) {
      return new Promise((resolve) => {
        // A frame later React has committed the snapshot that shows the target (a card opened, a view switched).
        win.requestAnimationFrame(() => {
          const listening = new AbortController();
          let scrolled = false;
          let ended = false;
          win.addEventListener('scroll', () => (scrolled = true), { passive: true, signal: listening.signal });
          win.addEventListener('scrollend', () => (ended = true), { signal: listening.signal });
          bring(target, instant || win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth');
          const started = win.performance.now();
          let lastY = win.scrollY;
          let still = 0;
          // Still frames alone end a move early when the main thread is busy and frames stall:
          // where the browser reports the end of a scroll, a move that scrolled waits for it too.
          const watch = () => {
            still = win.scrollY === lastY ? still + 1 : 0;
            lastY = win.scrollY;
            const elapsed = win.performance.now() - started;
            const over = !('onscrollend' in win) || !scrolled || ended;
            if ((over && still >= SETTLED_FRAMES && elapsed > MOVE_MIN_MS) || elapsed > MOVE_MAX_MS) {
              listening.abort();
              resolve();
            } else win.requestAnimationFrame(watch);
          };
          win.requestAnimationFrame(watch);
        });
      });
    },
    hasElement: (id) => doc.getElementById(id) !== null,
    setTitle(next) {
      if (title === null)
        afterPaint(win, () => {
          doc.title = title ?? doc.title;
          title = null;
        });
      title = next;
    },
    watchSections(ids, onChange) {
      // The hero, then the sections: the last one crossing a thin band at the top of the screen is in view.
      const order = ['top', ...ids];
      const elements = order.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
      if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
      const inBand = new Set<string>();
      const observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) inBand.add(entry.target.id);
            else inBand.delete(entry.target.id);
          }
          // Between sections (in a margin) nothing is in the band: keep the last answer.
          const current = order.filter((id) => inBand.has(id)).at(-1);
          if (current !== undefined) onChange(current === 'top' ? null : (current as SectionId));
        },
        { rootMargin: BAND, threshold: 0 },
      );
      for (const el of elements) observer.observe(el);
      return () => observer.disconnect();
    },
  };
}
