/**
 * The timeline's drawing for wide columns: year grid and axis, one track per lane, each
 * event's mark, the leader line, and its label. It is a picture of the event list, so it is
 * hidden from assistive technology; the list (visually hidden here) stays the widget that
 * takes focus, and its keyboard focus is drawn on the matching label.
 *
 * Everything is placed by SVG attributes, which the page's content policy allows (inline
 * styles it does not): x in percent of the column, so marks and labels follow its width
 * with no measuring, y in px. Each layout is made for the narrowest column it is shown in,
 * so at any wider column gaps only grow and labels never collide.
 */
import { memo, useMemo, useRef } from 'react';
import type { PositionedEvent, TimelineLayout } from '../layout/timelineScale';
import { useDrawOnScreen } from './TimelineGestures';

/**
 * Widths the chart is laid out for: each layout is shown from its width up to the next
 * (the CSS container queries use the same numbers in rem); below the first, the list. One
 * layout serves every wider column: each layout costs every page about 0.9 KB gzipped, and
 * a page over TCP's first window waits a round trip more on a host that gzips on the fly.
 */
export const TIMELINE_LAYOUT_WIDTHS = [640] as const;

export interface TimelineChartProps {
  layout: TimelineLayout;
  /** which of TIMELINE_LAYOUT_WIDTHS this is: the CSS shows one at a time */
  index: number;
  selectedId: string | null;
  /** the event whose option has keyboard focus */
  focusedId: string | null;
  /** a click on an event's mark or label, by its time order */
  onPick: (order: number) => void;
}

/** Baseline of a line of text below the top of its line box. */
const BASELINE = 13;

/**
 * Returns the chart's SVG. The grid, marks and labels are memoised on what they show, so a
 * pick re-renders the two marks and labels whose selection changed, not the whole drawing.
 */
export const TimelineChart = memo(function TimelineChart({ layout, index, selectedId, focusedId, onPick }: TimelineChartProps) {
  const ref = useRef<SVGSVGElement>(null);
  const draw = useDrawOnScreen(ref);
  // Hundredths of a percent are a tenth of a px at the widest column: finer only costs page bytes.
  const pct = useMemo(() => (x: number) => `${Math.round((x / layout.width) * 1e4) / 1e2}%`, [layout.width]);
  // Year lines run from under the first lane's name down to the axis.
  const gridTop = (layout.lanes[0]?.top ?? 0) + layout.metrics.laneLabelHeight - 6;
  return (
    <svg
      ref={ref}
      className={`timeline-chart timeline-chart-${index} is-${draw}`}
      width="100%"
      height={layout.height}
      aria-hidden="true"
      focusable="false"
      onClick={(e) => {
        const order = (e.target as Element).closest('[data-order]')?.getAttribute('data-order');
        if (order != null) onPick(Number(order));
      }}
    >
      <g className="timeline-grid">
        {layout.ticks.map((tick) => (
          <line key={tick.label} x1={pct(tick.x)} x2={pct(tick.x)} y1={gridTop} y2={layout.axisY + 6} />
        ))}
        <line className="timeline-axis" x1="0" x2="100%" y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((tick) => (
          <text key={tick.label} className="timeline-year" x={pct(tick.x)} dx={4} y={layout.axisY + 18}>
            {tick.label}
          </text>
        ))}
      </g>
      {layout.lanes.map((lane, i) => (
        <g key={lane.id} data-lane={i === 0 ? 'first' : 'other'}>
          <text className="timeline-lane-label" x="0" y={lane.top + 18}>
            {lane.label}
          </text>
          <line className="timeline-track" x1="0" x2="100%" y1={lane.trackY} y2={lane.trackY} />
        </g>
      ))}
      <g className="timeline-marks">
        {layout.events.map((event) => {
          const laneIndex = layout.lanes.findIndex((l) => l.id === event.lane);
          return (
            <TimelineMark
              key={event.id}
              event={event}
              lane={laneIndex === 0 ? 'first' : 'other'}
              selected={event.id === selectedId}
              pct={pct}
            />
          );
        })}
      </g>
      <g className="timeline-labels">
        {layout.events.map((event) => (
          <TimelineLabel
            key={event.id}
            event={event}
            metrics={layout.metrics}
            selected={event.id === selectedId}
            focused={event.id === focusedId}
            pct={pct}
          />
        ))}
      </g>
    </svg>
  );
});

interface MarkProps {
  event: PositionedEvent;
  lane: 'first' | 'other';
  selected: boolean;
  pct: (x: number) => string;
}

const TimelineMark = memo(function TimelineMark({ event, lane, selected, pct }: MarkProps) {
  const approximate = event.time.modifier === 'recent';
  return (
    <g className={`timeline-mark${selected ? ' is-selected' : ''}${approximate ? ' is-approximate' : ''}`} data-lane={lane} data-order={event.order}>
      <TimelineLeader leader={event.leader} pct={pct} />
      {event.point ? (
        <circle className="timeline-point" cx={pct(event.x0)} cy={event.markY} r={6} />
      ) : (
        // A hair of space at each end keeps a year's bar apart from the next year's.
        <line className="timeline-bar" x1={pct(event.x0 + 1)} x2={pct(Math.max(event.x0 + 1, event.x1 - 1))} y1={event.markY} y2={event.markY} />
      )}
      {approximate && !event.point ? <circle className="timeline-point timeline-end" cx={pct(event.x1)} cy={event.markY} r={5} /> : null}
    </g>
  );
});

/** The line from a mark to its label: straight, or with an elbow where the label slid aside. */
function TimelineLeader({ leader, pct }: { leader: PositionedEvent['leader']; pct: (x: number) => string }) {
  const { from, to, startY, kneeY, endY } = leader;
  if (from === to) return <line className="timeline-leader" x1={pct(from)} x2={pct(from)} y1={startY} y2={endY} />;
  return (
    <>
      <line className="timeline-leader" x1={pct(from)} x2={pct(from)} y1={startY} y2={kneeY} />
      <line className="timeline-leader" x1={pct(from)} x2={pct(to)} y1={kneeY} y2={kneeY} />
      <line className="timeline-leader" x1={pct(to)} x2={pct(to)} y1={kneeY} y2={endY} />
    </>
  );
}

interface LabelProps {
  event: PositionedEvent;
  metrics: TimelineLayout['metrics'];
  selected: boolean;
  focused: boolean;
  pct: (x: number) => string;
}

const TimelineLabel = memo(function TimelineLabel({ event, metrics, selected, focused, pct }: LabelProps) {
  const start = event.anchor === 'start';
  // The box hangs right of the leader (start) or left of it (end), a hair past it.
  const boxX = event.labelLeft - event.attachX;
  const textX = start ? boxX + metrics.labelPadding : boxX + event.labelWidth - metrics.labelPadding;
  const lines = [
    ...event.dateLines.map((text, i) => ({ kind: 'date', text, y: i * metrics.dateHeight + BASELINE })),
    ...event.lines.map((text, i) => ({ kind: 'title', text, y: event.dateLines.length * metrics.dateHeight + i * metrics.lineHeight + BASELINE })),
  ];
  // A nested viewport placed at the leader's percentage lets the label keep its px size at any
  // column width. Its attributes are as few as can be: every page carries every label.
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: inside the chart's own aria-hidden svg, which the event list stands for
    <svg x={pct(event.attachX)} y={event.labelTop}>
      <g className={`timeline-label${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`} data-order={event.order}>
        <rect className="timeline-label-box" x={boxX} y={-2} width={event.labelWidth} height={event.labelHeight + 4} />
        <text textAnchor={start ? undefined : 'end'}>
          {lines.map((l) => (
            // Title lines take the label's own style; only date lines are marked.
            <tspan key={`${l.kind}:${l.y}`} className={l.kind === 'date' ? 'timeline-label-date' : undefined} x={textX} y={l.y}>
              {l.text}
            </tspan>
          ))}
        </text>
      </g>
    </svg>
  );
});
