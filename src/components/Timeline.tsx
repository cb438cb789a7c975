/**
 * The career timeline: the story's lanes on one d3 time axis, every event a mark the
 * length of what its date really covers, labelled on the mark. The events themselves are
 * one listbox (a single tab stop; arrows, Home and End step in time order across lanes;
 * swipe on touch), which is also the chart's text: on a narrow column the same list is
 * shown as a vertical list and the drawing steps aside.
 */
import './Timeline.css';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTimeAttribute, formatTime } from '../layout/format';
import { createTimelineScale, type PositionedEvent } from '../layout/timelineScale';
import type { Bundle } from '../schema/bundle';
import { TIMELINE_LAYOUT_WIDTHS, TimelineChart } from './TimelineChart';
import { TimelineDetail } from './TimelineDetail';
import { useSwipe } from './TimelineGestures';

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
  const events = layout.events;
  const laneLabel = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l.label])), [layout]);
  const selectedIndex = events.findIndex((e) => e.id === selectedId);
  const selected = selectedIndex >= 0 ? events[selectedIndex]! : null;
  // With nothing selected, the first event is where Tab lands.
  const targetId = selected?.id ?? events[0]?.id ?? null;

  const optionRefs = useRef(new Map<string, HTMLDivElement>());
  const selectedRef = useRef(targetId);
  selectedRef.current = targetId;

  // The App scrolls to the event (smoothly, or not under reduced motion); focus must not jump ahead of it.
  useEffect(() => {
    if (focusToken <= 0 || !selectedRef.current) return;
    optionRefs.current.get(selectedRef.current)?.focus({ preventScroll: true });
  }, [focusToken]);

  const announcement = useAnnouncement(selected, events.length);
  // The keyboard's place, drawn on the chart: on wide columns the list itself is out of sight.
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const selectAt = (index: number, focus: boolean) => {
    const event = events[Math.max(0, Math.min(events.length - 1, index))];
    if (!event) return;
    if (focus) optionRefs.current.get(event.id)?.focus();
    if (event.id !== selectedId) onSelect(event.id);
  };
  const current = Math.max(selectedIndex, 0);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const focusedIndex = events.findIndex((ev) => optionRefs.current.get(ev.id) === e.target);
    const from = focusedIndex >= 0 ? focusedIndex : current;
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
    selectAt(next, true);
  };

  const swipe = useSwipe((step) => selectAt(current + (selected ? step : 0), false));

  if (events.length === 0) return <p className="timeline-empty">The article gives no dated events to show.</p>;

  return (
    <div className="timeline" {...swipe}>
      <p className="timeline-hint" aria-hidden="true">
        <span className="timeline-hint-pointer">Select an event to read where it comes from.</span>{' '}
        <span className="timeline-hint-keys">Arrow keys step through time.</span>
        <span className="timeline-hint-touch">Swipe sideways to step through time.</span>
      </p>
      <div className="timeline-frame">
        {layouts.map((l, i) => (
          <TimelineChart key={l.width} layout={l} index={i} selectedId={selected?.id ?? null} focusedId={focusedId} onPick={(order) => selectAt(order, false)} />
        ))}
        <div className="timeline-events" role="listbox" aria-label="Events in time order" aria-orientation="horizontal" onKeyDown={onKeyDown}>
          {events.map((event) => (
            <TimelineOption
              key={event.id}
              event={event}
              laneLabel={laneLabel.get(event.lane) ?? event.lane}
              laneIndex={layout.lanes.findIndex((l) => l.id === event.lane)}
              selected={event.id === selected?.id}
              tabbable={event.id === targetId}
              onSelect={() => selectAt(event.order, false)}
              onFocusChange={(focused) => setFocusedId((id) => (focused ? event.id : id === event.id ? null : id))}
              refCallback={(el) => {
                if (el) optionRefs.current.set(event.id, el);
                else optionRefs.current.delete(event.id);
              }}
            />
          ))}
        </div>
      </div>
      <TimelineDetail
        bundle={bundle}
        base={base}
        event={selected}
        laneLabel={selected ? (laneLabel.get(selected.lane) ?? selected.lane) : ''}
        lane={selected && layout.lanes[0]?.id !== selected.lane ? 'other' : 'first'}
        position={selected ? { index: selectedIndex, total: events.length } : null}
        onStep={(step) => selectAt(current + step, false)}
      />
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
  tabbable: boolean;
  onSelect: () => void;
  /** true when the option takes keyboard focus, false when it loses it */
  onFocusChange: (focused: boolean) => void;
  refCallback: (el: HTMLDivElement | null) => void;
}

function TimelineOption({ event, laneLabel, laneIndex, selected, tabbable, onSelect, onFocusChange, refCallback }: TimelineOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for all its options
    <div
      ref={refCallback}
      id={`event-${event.id}`}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className="timeline-event"
      data-lane={laneIndex === 0 ? 'first' : 'other'}
      data-fact-id={event.time.id}
      onClick={onSelect}
      onFocus={(e) => onFocusChange(e.currentTarget.matches(':focus-visible'))}
      onBlur={() => onFocusChange(false)}
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
}

/** Returns a short sentence for the live region when the selection changes after the first render. */
function useAnnouncement(selected: PositionedEvent | null, total: number): string {
  const [text, setText] = useState('');
  const previous = useRef<string | null | undefined>(undefined);
  const id = selected?.id ?? null;
  useEffect(() => {
    const first = previous.current === undefined;
    const changed = previous.current !== id;
    previous.current = id;
    if (first || !changed || !selected) return;
    setText(`${formatTime(selected.time, 'long')}: ${selected.title}, ${selected.order + 1} of ${total}`);
  }, [id, selected, total]);
  return text;
}
