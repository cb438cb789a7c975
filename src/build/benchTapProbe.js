/**
 * The bench's probe for the first tap (benchTap.ts), added to the page before its own
 * scripts. Plain JavaScript, run exactly as written: a TypeScript runner would wrap named
 * functions in helpers the page does not have. It dispatches nothing and changes nothing:
 * it listens (passive, in the capture phase), observes Event Timing entries, polls
 * animation frames after a touch, and reads the DOM.
 *
 * "Answered" is decided from what is painted, as a reader sees it, so that it holds
 * whatever the layout: the tapped event's option is the selected one, an element marked
 * `data-detail-event="<event id>"` is visible and shows its source sentence, and the event's
 * title is shown there or in the selected option itself (on a phone the detail opens under
 * the option, which already shows the title). A loading notice is not an answer.
 */
(() => {
  const squeeze = (text) => text.replace(/\s+/g, '');
  const visible = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  };
  // The innermost element whose text holds `text` (spacing aside): where a reader sees it.
  const innermostWith = (root, text) => {
    const wanted = squeeze(text);
    if (!squeeze(root.textContent || '').includes(wanted)) return null;
    let found = root;
    for (;;) {
      const child = Array.from(found.children).find((c) => squeeze(c.textContent || '').includes(wanted));
      if (!child) return found;
      found = child;
    }
  };
  const detailOf = (target) => document.querySelector(`[data-detail-event="${CSS.escape(target.id)}"]`);
  const isSelected = (target) => {
    const selected = Array.from(document.querySelectorAll('[role="option"][aria-selected="true"]'));
    return selected.length > 0 && selected.every((o) => o.id === `event-${target.id}`);
  };
  const answered = (target) => {
    if (!isSelected(target)) return false;
    const detail = detailOf(target);
    if (!detail || !visible(detail)) return false;
    const sentence = innermostWith(detail, target.sentence);
    if (!sentence || !visible(sentence)) return false;
    const option = document.getElementById(`event-${target.id}`);
    return [detail, option].some((place) => {
      const title = place && innermostWith(place, target.title);
      return Boolean(title && visible(title));
    });
  };

  const entries = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        entries.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId || 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: every figure comes from the frames.
  }

  const MAX_WAIT_MS = 20000;
  let target = null;
  let record = null;
  let settle = () => {};

  const poll = (frame) => {
    if (!record) return;
    const ok = answered(target);
    record.polls.push({ at: performance.now(), frame, selected: ok || isSelected(target), answered: ok });
    if (!record.notice) {
      const text = (document.getElementById('status')?.textContent || '').trim();
      if (text) record.notice = text;
    }
    if (ok) {
      // Seen in this frame's callback, painted by the start of the next frame.
      requestAnimationFrame((next) => {
        record.paintedFrame = next;
        settle();
      });
    } else if (performance.now() - record.touchAt < MAX_WAIT_MS) requestAnimationFrame(poll);
    else settle();
  };
  const onTouch = (event) => {
    if (!record || record.touchAt != null) return;
    record.touchAt = event.timeStamp;
    requestAnimationFrame(poll);
  };
  for (const type of ['pointerdown', 'touchstart']) window.addEventListener(type, onTouch, { capture: true, passive: true });

  window.__benchTap = {
    /** The events' ids in the order the page lists them. */
    eventOrder: () => [...new Set(Array.from(document.querySelectorAll('[role="option"][id^="event-"]'), (o) => o.id.slice('event-'.length)))],
    /** Where a reader taps the event: its option if it is shown, else its label on the chart; null if neither is. */
    tapPoint: (t) => {
      const option = document.getElementById(`event-${t.id}`);
      const scope = option?.closest('section') || document.body;
      const labels = Array.from(scope.querySelectorAll('*')).filter(
        (el) => !(option && (option.contains(el) || el.contains(option))) && !el.closest('[data-detail-event]') && squeeze(el.textContent || '').includes(squeeze(t.title)),
      );
      const innermost = labels.filter((el) => !labels.some((other) => other !== el && el.contains(other)));
      for (const [via, el] of [['option', option], ...innermost.map((el) => ['label', el])]) {
        if (!el || !visible(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width < 8 || box.height < 8) continue;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const inView = x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
        const hit = inView ? document.elementFromPoint(x, y) : null;
        // A label's text and its box are siblings: a hit on either is a hit on the label.
        if (inView && !(hit && (el.contains(hit) || (via === 'label' && el.parentElement?.contains(hit))))) continue;
        return { via, x, y, inView };
      }
      return null;
    },
    /** Scrolls the event's tap target to the middle of the screen (no input event: a reader's own scroll before tapping). */
    reveal: (t) => {
      const option = document.getElementById(`event-${t.id}`);
      (option && visible(option) ? option : option?.closest('section'))?.scrollIntoView({ block: 'center', behavior: 'instant' });
    },
    /** Starts watching for the next touch, and for the answer to it. */
    arm: (t) => {
      target = t;
      record = { touchAt: null, polls: [], paintedFrame: null, events: [], notice: null };
    },
    /** Resolves once the answer is painted, or the wait is over. */
    answer: () =>
      new Promise((resolve) => {
        if (record?.paintedFrame != null || (record?.touchAt != null && performance.now() - record.touchAt >= MAX_WAIT_MS)) resolve();
        else settle = resolve;
      }),
    /** What was recorded since the last `arm`. */
    read: () => (record ? { ...record, events: entries.filter((e) => record.touchAt != null && e.startTime >= record.touchAt - 1) } : null),
    /** Where the tapped event's source sentence is on screen, or null if it is not shown. */
    landing: (t) => {
      const detail = detailOf(t);
      const sentence = detail && innermostWith(detail, t.sentence);
      if (!sentence) return null;
      const box = sentence.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight };
    },
    /** The page's scroll position, to tell when it has come to rest. */
    scroll: () => [window.scrollX, window.scrollY],
  };
})();
