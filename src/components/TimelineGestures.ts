/**
 * Small hooks of the timeline: swipe to step on touch screens, and a first draw of the
 * marks that waits until the chart is on screen.
 */
import { type PointerEvent as ReactPointerEvent, type RefObject, useEffect, useRef, useState } from 'react';

/** A swipe must travel this far sideways, and clearly more sideways than down. */
const SWIPE_MIN_PX = 40;
const SWIPE_RATIO = 1.4;

/** Returns pointer handlers that call `onSwipe(+1)` for a swipe to the left (next) and `onSwipe(-1)` to the right. */
export function useSwipe(onSwipe: (step: 1 | -1) => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown(e: ReactPointerEvent) {
      // Mice click; only fingers and pens swipe.
      if (e.pointerType === 'mouse' || !e.isPrimary) return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    },
    onPointerUp(e: ReactPointerEvent) {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > SWIPE_RATIO * Math.abs(dy)) onSwipe(dx < 0 ? 1 : -1);
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}

/**
 * Returns "static" (drawn, no animation), "waiting" (off screen, marks not yet drawn) or
 * "drawn" (drawing in). The server and the first client render are "static", so nothing
 * shifts on hydration; only a chart that is still off screen waits to draw in.
 */
export function useDrawOnScreen(ref: RefObject<Element | null>): 'static' | 'waiting' | 'drawn' {
  const [state, setState] = useState<'static' | 'waiting' | 'drawn'>('static');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches || window.matchMedia('print').matches) return;
    const rect = el.getBoundingClientRect();
    if (rect.top < window.innerHeight && rect.bottom > 0) return;
    setState('waiting');
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setState('drawn');
          observer.disconnect();
        }
      },
      { threshold: 0.2 },
    );
    observer.observe(el);
    // Printing must never catch the marks undrawn.
    const print = () => setState('drawn');
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref]);
  return state;
}
