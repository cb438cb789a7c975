/**
 * The career timeline: the story's lanes on one d3 time axis, every event a mark the
 * length of what its date really covers, labelled on the mark. The events themselves are
 * one listbox (a single tab stop; arrows, Home and End step in time order across lanes;
 * swipe on touch), which is also the chart's text: on a narrow column the same list is
 * shown as a vertical list and the drawing steps aside.
 *
 * The answer to a selection is always in view with what was picked: on a narrow column the
 * detail opens in place under the chosen event; on a wide one it sits under a compact chart.
 * After a reader's pick the page keeps the picked event where it was and scrolls only as far
 * as the detail needs (revealScroll).
 */
import './Timeline.css';
import { type KeyboardEvent, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatDateTimeAttribute, formatTime } from '../layout/format';
import { revealScroll } from '../layout/revealScroll';
import { createTimelineScale, type PositionedEvent } from '../layout/timelineScale';
import type { Bundle } from '../schema/bundle';
import { TIMELINE_LAYOUT_WIDTHS, TimelineChart } from './TimelineChart';
import { TimelineDetail } from './TimelineDetail';
import { useSwipe } from './TimelineGestures';

/** Tallest chart drawn, in px: with the detail under it, it must fit a laptop's screen. */
const MAX_CHART_HEIGHT = 480;

export interface TimelineProps {
  bundle: Bundle;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** changes (above 0) when the App wants the selected event focused: a deep link, Back or Forward */
  focusToken: number;
  base: string;
}

/** Returns the timeline section's body: chart, event list, the selected event's details and an announcer. */
export function Timeline({ bundle, selectedId, onSelect, focusToken, base }: TimelineProps) {
  const { timeline } = bundle.story;
  const layouts = useMemo(() => TIMELINE_LAYOUT_WIDTHS.map((width) => createTimelineScale(timeline.events, bundle.facts.times, width, { lanes: timeline.lanes })), [timeline, bundle.facts.times]);
  const layout = layouts[0]!;
  // A chart too crowded or too tall to sit on one screen with its detail is not drawn: the list (with the detail in place) reads better.
  const drawn = layouts.every((l) => l.fits && l.height <= MAX_CHART_HEIGHT);
  const events = layout.events;
  const laneLabel = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l.label])), [layout]);
  const selectedIndex = events.findIndex((e) => e.id === selectedId);
  const selected = selectedIndex >= 0 ? events[selectedIndex]! : null;
  // With nothing selected, the first event is where Tab lands.
  const targetId = selected?.id ?? events[0]?.id ?? null;

  const optionRefs = useRef(new Map<string, HTMLDivElement>());
  const selectedRef = useRef(targetId);
  selectedRef.current = targetId;

  // The one tab stop moves with the selection. React renders it once (the server's markup);
  // after that it is moved here, by hand, because a tabindex written by React's commit lands
  // on the focused option while the page's layout is dirty, and Chromium then lays the page
  // out on the spot (about 10 ms of a tap on a slow phone). Moved before the commit, while the
  // layout is clean, it costs nothing.
  const [firstTarget] = useState(targetId);
  const moveTabStop = useCallback((id: string | null) => {
    for (const [optionId, el] of optionRefs.current) {
      const tabIndex = optionId === id ? 0 : -1;
      if (el.tabIndex !== tabIndex) el.tabIndex = tabIndex;
    }
  }, []);
  // A selection from elsewhere (Back, a link) moves it too; after a pick there is nothing left to move.
  useLayoutEffect(() => moveTabStop(targetId), [targetId, moveTabStop]);

  // The App scrolls to the event (smoothly, or not under reduced motion); focus must not jump ahead of it.
  useEffect(() => {
    if (focusToken <= 0 || !selectedRef.current) return;
    optionRefs.current.get(selectedRef.current)?.focus({ preventScroll: true });
  }, [focusToken]);

  const announcement = useAnnouncement(selected, events.length);
  // The keyboard's place, drawn on the chart: on wide columns the list itself is out of sight.
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const frameRef = useRef<HTMLDivElement>(null);
  // Where the picked event was on screen when the reader picked it: the page keeps it there.
  const pick = useRef<{ id: string; via: 'event' | 'step'; top: number } | null>(null);
  // What the reader asked for that has not rendered yet. On a busy phone a selection can render
  // after the next swipe or press arrives, which must step on from it, not from the screen.
  const pending = useRef<string[]>([]);
  useLayoutEffect(() => {
    // Ours arrived: drop it and what came before it. Anything else (Back, a link) clears them all.
    const at = selectedId === null ? -1 : pending.current.indexOf(selectedId);
    pending.current = at >= 0 ? pending.current.slice(at + 1) : [];
  }, [selectedId]);
  const latestId = () => pending.current.at(-1) ?? selectedId;
  const latestIndex = () => Math.max(
    events.findIndex((e) => e.id === latestId()),
    0,
  );

  /**
   * Selects the event at `index` for the reader. A pick on the event itself (a click, a tap,
   * a key) focuses its option, so the keys step on from there, and keeps the event where it
   * is on screen. A step (a swipe, the Earlier and Later buttons) keeps the detail where it
   * is instead, under the reader's finger, and the buttons keep focus to be pressed again.
   */
  const selectAt = (index: number, { via = 'event' }: { via?: 'event' | 'step' } = {}) => {
    const event = events[Math.max(0, Math.min(events.length - 1, index))];
    const frame = frameRef.current;
    if (!event || !frame) return;
    const again = event.id === latestId();
    // Measured before focus moves: a focus change dirties styles, and reading a box would then lay the page out twice.
    const held = again ? null : via === 'event' ? pickedBox(frame, event)?.top : detailBox(frame)?.top;
    if (!again) moveTabStop(event.id);
    // The chart draws the focus; the browser must not scroll to the option, which covers it.
    if (via === 'event') optionRefs.current.get(event.id)?.focus({ preventScroll: true });
    if (again) return;
    pending.current.push(event.id);
    pick.current = { id: event.id, via, top: held ?? 0 };
    onSelect(event.id);
  };
  // Stable handles on the latest selectAt, so the memoised marks, labels and options re-render only when their own look changes.
  const selectAtRef = useRef(selectAt);
  useLayoutEffect(() => {
    selectAtRef.current = selectAt;
  });
  const pickOrder = useCallback((order: number) => selectAtRef.current(order), []);
  const setOption = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) optionRefs.current.set(id, el);
    else optionRefs.current.delete(id);
  }, []);
  const focusChange = useCallback((id: string, focused: boolean) => setFocusedId((current) => (focused ? id : current === id ? null : current)), []);

  // Once the pick has rendered: keep what the reader held where it was, then bring the detail and the event into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes, reading the pick it was made with
  useLayoutEffect(() => {
    const picked = pick.current;
    const frame = frameRef.current;
    if (!picked || !frame || !selected || picked.id !== selected.id) return;
    pick.current = null;
    const box = pickedBox(frame, selected);
    const detail = detailBox(frame);
    if (!box || !detail) return;
    const shift = (picked.via === 'event' ? box.top : detail.top) - picked.top;
    const delta = revealScroll({
      keepTop: box.keepTop - shift,
      bottom: detail.bottom - shift,
      viewTop: stickyBottom(),
      viewBottom: window.innerHeight,
    });
    if (shift + delta !== 0) window.scrollBy({ top: shift + delta, behavior: 'instant' });
  }, [selected?.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const focusedIndex = events.findIndex((ev) => optionRefs.current.get(ev.id) === e.target);
    const from = focusedIndex >= 0 ? focusedIndex : latestIndex();
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = from + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = from - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = events.length - 1;
        break;
      case 'Enter':
      case ' ':
        next = from;
        break;
      default:
        return;
    }
    e.preventDefault();
    selectAt(next);
  };

  const swipe = useSwipe((step) => selectAt(latestIndex() + (latestId() ? step : 0), { via: 'step' }));

  if (events.length === 0) return <p className="timeline-empty">The article gives no dated events to show.</p>;

  return (
    <div className="timeline" data-chart={drawn ? undefined : 'off'} {...swipe}>
      <p className="timeline-hint" aria-hidden="true">
        <span className="timeline-hint-pointer">Select an event to read where it comes from.</span>{' '}
        <span className="timeline-hint-keys">Arrow keys step through time.</span>
        <span className="timeline-hint-touch">Swipe sideways to step through time.</span>
      </p>
      <div className="timeline-frame" ref={frameRef}>
        {drawn
          ? layouts.map((l, i) => (
          <TimelineChart key={l.width} layout={l} index={i} selectedId={selected?.id ?? null} focusedId={focusedId} onPick={pickOrder} />
            ))
          : null}
        <div className="timeline-events" role="listbox" aria-label="Events in time order" aria-orientation="horizontal" onKeyDown={onKeyDown}>
          {events.map((event) => (
            <TimelineOption
              key={event.id}
              event={event}
              laneLabel={laneLabel.get(event.lane) ?? event.lane}
              laneIndex={layout.lanes.findIndex((l) => l.id === event.lane)}
              selected={event.id === selected?.id}
              tabbable={event.id === firstTarget}
              onPick={pickOrder}
              after={selectedIndex >= 0 && event.order > selectedIndex}
              onFocusChange={focusChange}
              setElement={setOption}
            />
          ))}
        </div>
        <TimelineDetail
          bundle={bundle}
          base={base}
          event={selected}
          laneLabel={selected ? (laneLabel.get(selected.lane) ?? selected.lane) : ''}
          lane={selected && layout.lanes[0]?.id !== selected.lane ? 'other' : 'first'}
          position={selected ? { index: selectedIndex, total: events.length } : null}
          onStep={(step) => selectAt(latestIndex() + step, { via: 'step' })}
        />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

interface TimelineOptionProps {
  event: PositionedEvent;
  laneLabel: string;
  laneIndex: number;
  selected: boolean;
  /** later than the selected event: on a narrow column it comes after the selected event's detail */
  after: boolean;
  /** the tab stop of the first render; moveTabStop moves it after that */
  tabbable: boolean;
  /** picks an event by its time order */
  onPick: (order: number) => void;
  /** the option's id, and true when it takes keyboard focus, false when it loses it */
  onFocusChange: (id: string, focused: boolean) => void;
  setElement: (id: string, el: HTMLDivElement | null) => void;
}

/** One event of the list; memoised, so a pick re-renders only the options whose look changes. */
const TimelineOption = memo(function TimelineOption({ event, laneLabel, laneIndex, selected, after, tabbable, onPick, onFocusChange, setElement }: TimelineOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for all its options
    <div
      ref={(el) => setElement(event.id, el)}
      id={`event-${event.id}`}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className="timeline-event"
      data-lane={laneIndex === 0 ? 'first' : 'other'}
      data-fact-id={event.time.id}
      data-after={after ? 'true' : undefined}
      onClick={() => onPick(event.order)}
      onFocus={(e) => onFocusChange(event.id, e.currentTarget.matches(':focus-visible'))}
      onBlur={() => onFocusChange(event.id, false)}
    >
      <span className="timeline-event-date">
        <time dateTime={formatDateTimeAttribute(event.time.resolved)}>{formatTime(event.time, 'long')}</time>
        <span className="visually-hidden">: </span>
      </span>
      <span className="timeline-event-title">{event.title}</span>
      <span className="timeline-event-lane">
        <span className="visually-hidden">, </span>
        {laneLabel}
      </span>
    </div>
  );
});

/**
 * Returns a short sentence for the live region once the selection has changed after the
 * first render (a deep link is not announced). Derived while rendering, so a pick renders
 * once: a state set in an effect would render the whole timeline a second time.
 */
function useAnnouncement(selected: PositionedEvent | null, total: number): string {
  const first = useRef(selected?.id ?? null);
  const changed = useRef(false);
  // Once the selection has moved off the first one, every selection is news, even a return to it.
  if ((selected?.id ?? null) !== first.current) changed.current = true;
  if (!changed.current || !selected) return '';
  return `${formatTime(selected.time, 'long')}: ${selected.title}, ${selected.order + 1} of ${total}`;
}

/**
 * Returns where the picked event is drawn: its chart label where the chart is shown, else its
 * list item, and the top of what should stay in view with the detail (the whole chart when
 * it fits on screen with the detail, else the label).
 */
function pickedBox(frame: HTMLElement, event: PositionedEvent): { top: number; keepTop: number } | null {
  const chart = [...frame.querySelectorAll<SVGSVGElement>('svg.timeline-chart')].find((svg) => svg.getBoundingClientRect().height > 0);
  if (!chart) {
    const option = frame.querySelector(`#event-${CSS.escape(event.id)}`)?.getBoundingClientRect();
    return option ? { top: option.top, keepTop: option.top } : null;
  }
  const label = chart.querySelector(`.timeline-label[data-order="${event.order}"]`)?.getBoundingClientRect();
  if (!label) return null;
  const whole = chart.getBoundingClientRect();
  const detail = detailBox(frame);
  const fits = detail ? detail.bottom - whole.top <= window.innerHeight - stickyBottom() : false;
  return { top: label.top, keepTop: fits ? whole.top : label.top };
}

/** Returns where the detail is on screen. */
function detailBox(frame: HTMLElement): DOMRect | undefined {
  return frame.querySelector('.timeline-detail')?.getBoundingClientRect();
}

/** Returns the bottom edge of what sticks to the top of the screen (the section bar), or 0. */
function stickyBottom(): number {
  return Math.max(0, document.querySelector('.page-bar')?.getBoundingClientRect().bottom ?? 0);
}
