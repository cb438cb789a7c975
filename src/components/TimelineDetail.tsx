/**
 * The selected event, told in full under the chart (or, on a narrow column, under the event
 * itself): its lane and date at the precision the text gives, its title, the sentence it
 * comes from with the date highlighted, steps to the neighbouring events, and a share
 * control for the event's own URL. `data-detail-event` names the event it tells.
 */
import { formatDateTimeAttribute, formatTime } from '../layout/format';
import type { PositionedEvent } from '../layout/timelineScale';
import { routeHref } from '../routes';
import type { Bundle } from '../schema/bundle';
import { ShareButton } from './ShareButton';
import { SourceSentence } from './SourceSentence';

export interface TimelineDetailProps {
  bundle: Bundle;
  base: string;
  event: PositionedEvent | null;
  laneLabel: string;
  /** the first lane and the others are told apart by colour (and by name) */
  lane: 'first' | 'other';
  position: { index: number; total: number } | null;
  onStep: (step: 1 | -1) => void;
}

/** Returns the detail panel of the selected event, or a short prompt when none is selected. */
export function TimelineDetail({ bundle, base, event, laneLabel, lane, position, onStep }: TimelineDetailProps) {
  if (!event || !position) {
    return (
      <div className="timeline-detail timeline-detail-empty">
        <p>Choose an event on the chart to see the sentence of the article it comes from.</p>
      </div>
    );
  }
  const eventSentence = bundle.story.timeline.events.find((e) => e.id === event.id)?.sentence ?? event.time.sentence;
  // The date is highlighted where it is written; an event told in another sentence shows that one plainly.
  const highlight = event.time.sentence === eventSentence ? { start: event.time.start, end: event.time.end } : undefined;
  const titleId = `event-${event.id}-detail-title`;
  return (
    <article className="timeline-detail" aria-labelledby={titleId} data-lane={lane} data-detail-event={event.id}>
      <p className="timeline-detail-meta">
        <span className="timeline-detail-lane">{laneLabel}</span>
        <span aria-hidden="true"> · </span>
        <time className="timeline-detail-date" dateTime={formatDateTimeAttribute(event.time.resolved)} data-fact-id={event.time.id}>
          {formatTime(event.time, 'long')}
        </time>
        <span className="timeline-detail-count">
          {' '}
          · {position.index + 1} of {position.total}
        </span>
      </p>
      <h3 id={titleId} className="timeline-detail-title">
        {event.title}
      </h3>
      <SourceSentence bundle={bundle} sentenceId={eventSentence} highlight={highlight} factId={event.time.id} />
      <div className="timeline-detail-actions">
        <button type="button" className="timeline-step" onClick={() => onStep(-1)} disabled={position.index === 0}>
          <span aria-hidden="true">← </span>Earlier
        </button>
        <button type="button" className="timeline-step" onClick={() => onStep(1)} disabled={position.index === position.total - 1}>
          Later<span aria-hidden="true"> →</span>
        </button>
        <ShareButton href={routeHref({ kind: 'event', id: event.id }, base)} title={event.title} label="Share this event" />
      </div>
    </article>
  );
}
