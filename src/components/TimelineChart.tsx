/**
 * The drawing behind the timeline's labels: year grid and axis, one track per lane, each
 * event's mark and the leader line to its label. Purely visual (the event list carries the
 * same content), so it is hidden from assistive technology.
 *
 * The SVG's viewBox is the layout's own width and is stretched to the column
 * (preserveAspectRatio none) while strokes keep their pixel width: x positions follow the
 * column like the labels' percentages do, and heights follow the root font size like the
 * labels' rem offsets do. Nothing is measured, so the prerendered chart never shifts.
 */
import { type CSSProperties, useRef } from 'react';
import type { TimelineLayout } from '../layout/timelineScale';
import { useDrawOnScreen } from './TimelineGestures';

/**
 * Widths the chart is laid out for: each layout is shown from its width up to the next
 * (the CSS container queries use the same numbers in rem); below the first, a list.
 */
export const TIMELINE_LAYOUT_WIDTHS = [640, 960] as const;

const ROOT_PX = 16;

/** Returns a px length of the layout as rem, so the chart grows with the reader's font size. */
export function toRem(px: number): string {
  return `${Math.round((px / ROOT_PX) * 1000) / 1000}rem`;
}

export interface TimelineChartProps {
  layout: TimelineLayout;
  /** which of TIMELINE_LAYOUT_WIDTHS this is: the CSS shows one at a time */
  index: number;
  selectedId: string | null;
}

/** Returns the chart's SVG with its lane and year labels. */
export function TimelineChart({ layout, index, selectedId }: TimelineChartProps) {
  const ref = useRef<SVGSVGElement>(null);
  const draw = useDrawOnScreen(ref);
  const pct = (x: number) => `${(x / layout.width) * 100}%`;
  const firstTrack = layout.lanes[0]?.trackY ?? 0;
  return (
    <div className={`timeline-chart timeline-chart-${index}`} aria-hidden="true" style={{ height: toRem(layout.height) }}>
      <svg ref={ref} className={`timeline-svg is-${draw}`} viewBox={`0 0 ${layout.width} ${layout.height}`} preserveAspectRatio="none" focusable="false" aria-hidden="true">
        <g className="timeline-grid">
          {layout.ticks.map((tick) => (
            <line key={tick.label} x1={tick.x} x2={tick.x} y1={firstTrack - 10} y2={layout.axisY + 6} vectorEffect="non-scaling-stroke" />
          ))}
          <line className="timeline-axis" x1={0} x2={layout.width} y1={layout.axisY} y2={layout.axisY} vectorEffect="non-scaling-stroke" />
        </g>
        {layout.lanes.map((lane, i) => (
          <line
            key={lane.id}
            className="timeline-track"
            data-lane={i === 0 ? 'first' : 'other'}
            x1={0}
            x2={layout.width}
            y1={lane.trackY}
            y2={lane.trackY}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {layout.events.map((event) => {
          const laneIndex = layout.lanes.findIndex((l) => l.id === event.lane);
          const selected = event.id === selectedId;
          const approximate = event.time.modifier === 'recent';
          return (
            <g
              key={event.id}
              className={`timeline-mark${selected ? ' is-selected' : ''}${approximate ? ' is-approximate' : ''}`}
              data-lane={laneIndex === 0 ? 'first' : 'other'}
              style={{ '--i': event.order } as CSSProperties}
            >
              <line className="timeline-leader" x1={event.leaderX} x2={event.leaderX} y1={event.markY} y2={event.labelTop + event.labelHeight} vectorEffect="non-scaling-stroke" />
              {event.point ? (
                <line className="timeline-point" x1={event.x0} x2={event.x0} y1={event.markY} y2={event.markY} vectorEffect="non-scaling-stroke" />
              ) : (
                // A hair of space at each end keeps a year's bar apart from the next year's.
                <line className="timeline-bar" x1={event.x0 + 1} x2={Math.max(event.x0 + 1, event.x1 - 1)} y1={event.markY} y2={event.markY} vectorEffect="non-scaling-stroke" />
              )}
              {approximate && !event.point ? (
                <line className="timeline-point timeline-end" x1={event.x1} x2={event.x1} y1={event.markY} y2={event.markY} vectorEffect="non-scaling-stroke" />
              ) : null}
            </g>
          );
        })}
      </svg>
      {layout.lanes.map((lane, i) => (
        <p key={lane.id} className="timeline-lane-label" data-lane={i === 0 ? 'first' : 'other'} style={{ top: toRem(lane.top) }}>
          {lane.label}
        </p>
      ))}
      {layout.ticks.map((tick) => (
        <span key={tick.label} className="timeline-year" style={{ left: pct(tick.x), top: toRem(layout.axisY) }}>
          {tick.label}
        </span>
      ))}
    </div>
  );
}
