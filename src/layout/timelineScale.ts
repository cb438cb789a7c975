/**
 * The timeline's geometry as plain data: one d3 time scale (UTC) shared by every lane, year
 * ticks, each event's interval as an extent on that scale, and where each label goes: in
 * rows below and above its lane's track, slid sideways where its neighbours crowd it, and
 * joined to its mark by a leader line (elbowed where the label had to move).
 *
 * Positions are computed for the narrowest width the horizontal chart is shown at. The
 * component places marks and labels in percentages of that width, so at any wider width
 * every horizontal gap only grows while labels keep their size: nothing overlaps, and the
 * prerendered HTML needs no measuring before it paints.
 */
import { scaleLinear, utcMonth, utcYear } from 'd3';
import type { Lane, TimeFact, TimelineEvent } from '../schema/bundle';
import { formatTime } from './format';
import { placeLabels, rowSide } from './timelineLabels';
import { timeInterval } from './timelineInterval';

export { RECENT_MONTHS, type TimeLike, timeInterval } from './timelineInterval';

export interface TimelineMetrics {
  /** widest a label box may be, in px; a crowded lane narrows its labels before it adds a row */
  labelWidth: number;
  /** narrowest a label box may be before the lane takes another row instead */
  minLabelWidth: number;
  /** average width of one character of a title, a little generous so the estimate never runs short */
  charWidth: number;
  /** horizontal padding inside a label box (between the leader line and the text) */
  labelPadding: number;
  /** height of one line of a title */
  lineHeight: number;
  /** height of one line of the date above a title */
  dateHeight: number;
  /** average width of one character of a date (bold, smaller) */
  dateCharWidth: number;
  /** most title lines a label may take before it is cut with an ellipsis (the detail has it whole) */
  maxLines: number;
  /** vertical room between two label rows */
  rowGap: number;
  /** minimum horizontal room between two labels in one row */
  labelGap: number;
  /** room for the lane's own label above its track */
  laneLabelHeight: number;
  /** from the track (or the deepest mark) to the nearest row of labels */
  trackGap: number;
  /** vertical room between the elbows of two slid labels' leaders */
  elbowStep: number;
  /** room between two lanes */
  laneGap: number;
  /** room for the year labels under the last lane */
  axisHeight: number;
  /** an interval narrower than this many px is drawn as a point */
  minBar: number;
  /** vertical step between marks stacked because their intervals overlap */
  markStep: number;
}

export const DEFAULT_METRICS: TimelineMetrics = {
  labelWidth: 184,
  minLabelWidth: 136,
  charWidth: 7.9,
  labelPadding: 8,
  lineHeight: 18,
  dateHeight: 18,
  dateCharWidth: 7.4,
  maxLines: 4,
  rowGap: 10,
  labelGap: 10,
  laneLabelHeight: 26,
  trackGap: 12,
  elbowStep: 5,
  laneGap: 14,
  axisHeight: 30,
  minBar: 5,
  markStep: 10,
};

export interface PositionedEvent {
  id: string;
  lane: string;
  title: string;
  time: TimeFact;
  /** index in time order across every lane: the keyboard's order */
  order: number;
  interval: [Date, Date];
  /** left and right end of the mark in px (equal for a point) */
  x0: number;
  x1: number;
  /** true when the interval is too short to draw as a bar */
  point: boolean;
  /** where the leader meets the label, in px; the label hangs right of it (start) or left of it (end) */
  attachX: number;
  anchor: 'start' | 'end';
  /** label box in px at the layout's width: its left edge, top, width and height */
  labelLeft: number;
  labelTop: number;
  labelWidth: number;
  labelHeight: number;
  /** below or above the lane's track */
  side: 'below' | 'above';
  /**
   * The leader line: up or down from the mark at x `from` to the height `kneeY`, across to
   * x `to` (attachX), and on to the label's edge at `endY`. Where the label did not have
   * to slide, `from` and `to` are one x and the line is straight.
   */
  leader: { from: number; to: number; startY: number; kneeY: number; endY: number };
  /** title broken into lines the way the label box will show it (an estimate) */
  lines: string[];
  /** the date as shown, broken the same way */
  dateLines: string[];
  /** 0 the row below the track, 1 the row above it */
  row: number;
  /** y of the lane's track */
  trackY: number;
  /** y of the mark: on the track, or stacked under it when it would cover another mark */
  markY: number;
}

export interface PositionedLane {
  id: string;
  label: string;
  top: number;
  trackY: number;
  height: number;
  /** rows of labels, above and below the track together */
  rows: number;
}

export interface TimelineTick {
  date: Date;
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  /** false when a lane is too crowded for its labels to stand apart at this width: show the list instead */
  fits: boolean;
  height: number;
  domain: [Date, Date];
  ticks: TimelineTick[];
  lanes: PositionedLane[];
  /** in time order (start, then end, then the bundle's order) */
  events: PositionedEvent[];
  /** y of the year axis */
  axisY: number;
  metrics: TimelineMetrics;
}

/**
 * Returns the timeline's layout: a d3 time scale over every event's interval, padded to
 * whole years on the left, with year ticks, lanes stacked top to bottom in `lanes` order
 * (lanes no event uses are left out), and each event's mark and label placed without
 * collisions. Events whose time fact is missing are skipped.
 */
export function createTimelineScale(
  events: readonly TimelineEvent[],
  times: readonly TimeFact[],
  width: number,
  options: { lanes?: readonly Lane[]; metrics?: Partial<TimelineMetrics> } = {},
): TimelineLayout {
  const metrics = { ...DEFAULT_METRICS, ...options.metrics };
  const timeById = new Map(times.map((t) => [t.id, t]));
  const dated = events
    .map((event, index) => {
      const time = timeById.get(event.time);
      return time ? { event, time, index, interval: timeInterval(time) } : null;
    })
    .filter((x) => x !== null)
    .sort((a, b) => compareDates(a.interval[0], b.interval[0]) || compareDates(a.interval[1], b.interval[1]) || a.index - b.index);

  const domain = padDomain(dated.map((d) => d.interval));
  // A linear scale over UTC milliseconds is what scaleUtc is, without the tick formatting
  // this chart never uses (year ticks come from utcYear): ~5 KB less on first load.
  const linear = scaleLinear().domain([domain[0].getTime(), domain[1].getTime()]).range([0, width]);
  const x = (date: Date) => linear(date.getTime());

  const ticks: TimelineTick[] = utcYear
    .range(utcYear.ceil(domain[0]), utcMonth.offset(domain[1], 1))
    .filter((date) => date <= domain[1])
    .map((date) => ({ date, x: x(date), label: String(date.getUTCFullYear()) }));

  const laneOrder = orderLanes(options.lanes ?? [], dated.map((d) => d.event.lane));
  const lanes: PositionedLane[] = [];
  const positioned: PositionedEvent[] = [];
  let fits = true;
  let top = 0;
  for (const lane of laneOrder) {
    const inLane = dated.filter((d) => d.event.lane === lane.id);
    const marks = inLane.map((d) => {
      const x0 = x(d.interval[0]);
      const x1 = Math.max(x0, x(d.interval[1]));
      return { x0, x1, point: x1 - x0 < metrics.minBar };
    });
    const cutAt = (labelWidth: number) => inLane.filter((d) => wrapTitle(d.event.title, { ...metrics, labelWidth, maxLines: Number.POSITIVE_INFINITY }).length > metrics.maxLines).length;
    const labels = placeLabels(marks, width, { maxLabelWidth: metrics.labelWidth, minLabelWidth: metrics.minLabelWidth, labelGap: metrics.labelGap, cutAt });
    fits &&= labels.fits;
    const markRows = stackMarks(marks, metrics.minBar);
    const markDepth = Math.max(0, ...markRows) * metrics.markStep;
    const labelMetrics = { ...metrics, labelWidth: labels.labelWidth };
    const texts = inLane.map((d) => {
      const lines = wrapTitle(d.event.title, labelMetrics);
      // The date is written as the reader sees it; a long one ("Recently (as of …)") takes two lines.
      const dateLines = wrapTitle(formatTime(d.time, 'long'), { ...labelMetrics, charWidth: metrics.dateCharWidth, maxLines: 2 });
      return { lines, dateLines, height: dateLines.length * metrics.dateHeight + lines.length * metrics.lineHeight };
    });
    // Every row is as tall as its tallest label; rows stack outwards from the track on each side.
    const rowHeight = (r: number) => Math.max(0, ...texts.filter((_, i) => labels.placements[i]!.row === r).map((t) => t.height));
    const sideRows = (side: 'below' | 'above') => Array.from({ length: labels.rows }, (_, r) => r).filter((r) => rowSide(r) === side);
    const aboveRows = sideRows('above');
    const aboveDepth = aboveRows.reduce((sum, r) => sum + rowHeight(r) + metrics.rowGap, 0);
    // Elbows bend between the track and the nearest rows, each at its own height.
    const trackGap = metrics.trackGap + Math.max(0, labels.elbows - 1) * metrics.elbowStep;
    const trackY = top + metrics.laneLabelHeight + (aboveRows.length ? aboveDepth - metrics.rowGap + trackGap : 0);
    const rowTop = new Map<number, number>();
    let up = trackY - trackGap;
    for (const r of aboveRows) {
      up -= rowHeight(r);
      rowTop.set(r, up);
      up -= metrics.rowGap;
    }
    let down = trackY + markDepth + trackGap;
    for (const r of sideRows('below')) {
      rowTop.set(r, down);
      down += rowHeight(r) + metrics.rowGap;
    }
    const bottom = sideRows('below').length ? down - metrics.rowGap : trackY + markDepth + trackGap;
    inLane.forEach((d, i) => {
      const mark = marks[i]!;
      const place = labels.placements[i]!;
      const text = texts[i]!;
      const side = rowSide(place.row);
      const labelTop = rowTop.get(place.row) ?? bottom;
      const markY = trackY + markRows[i]! * metrics.markStep;
      const elbowAt = metrics.trackGap / 2 + Math.max(0, place.elbow) * metrics.elbowStep;
      positioned.push({
        id: d.event.id,
        lane: lane.id,
        title: d.event.title,
        time: d.time,
        order: 0,
        interval: d.interval,
        x0: mark.x0,
        x1: mark.point ? mark.x0 : mark.x1,
        point: mark.point,
        attachX: place.attachX,
        anchor: place.anchor,
        labelLeft: place.left,
        labelTop,
        labelWidth: labels.labelWidth,
        labelHeight: text.height,
        side,
        leader: {
          from: place.markX,
          to: place.attachX,
          startY: markY,
          kneeY: side === 'below' ? trackY + markDepth + elbowAt : trackY - elbowAt,
          endY: side === 'below' ? labelTop : labelTop + text.height,
        },
        lines: text.lines,
        dateLines: text.dateLines,
        row: place.row,
        trackY,
        markY,
      });
    });
    lanes.push({ id: lane.id, label: lane.label, top, trackY, height: bottom - top, rows: labels.rows });
    top = bottom + metrics.laneGap;
  }

  const byTime = dated.map((d) => d.event.id);
  positioned.sort((a, b) => byTime.indexOf(a.id) - byTime.indexOf(b.id));
  positioned.forEach((p, i) => {
    p.order = i;
  });
  const axisY = lanes.length ? top - metrics.laneGap + metrics.trackGap : 0;
  return { width, fits, height: axisY + metrics.axisHeight, domain, ticks, lanes, events: positioned, axisY, metrics };
}

/** Returns a stack level per mark: 0 on the track, 1 just under it, … so that overlapping marks stay visible. */
function stackMarks(marks: readonly { x0: number; x1: number; point: boolean }[], pointRadius: number): number[] {
  const levels: { left: number; right: number }[][] = [];
  return marks.map((m) => {
    // Bars that only touch (one year, then the next) share the track; a point needs its dot's room.
    const box = m.point ? { left: m.x0 - pointRadius, right: m.x0 + pointRadius } : { left: m.x0 + 0.5, right: m.x1 - 0.5 };
    let level = 0;
    while ((levels[level] ?? []).some((b) => b.left < box.right && box.left < b.right)) level++;
    levels[level] = [...(levels[level] ?? []), box];
    return level;
  });
}

/** Returns [start, end] covering every interval: from the first whole year to a little past the last end. */
function padDomain(intervals: [Date, Date][]): [Date, Date] {
  if (intervals.length === 0) {
    const now = new Date(Date.UTC(2000, 0, 1));
    return [now, utcYear.offset(now, 1)];
  }
  const start = new Date(Math.min(...intervals.map((i) => i[0].getTime())));
  const end = new Date(Math.max(...intervals.map((i) => i[1].getTime())));
  const left = utcYear.floor(start);
  // A little air after the last mark, so it does not touch the edge.
  const right = utcMonth.offset(utcMonth.ceil(end), 1);
  return [left, right > left ? right : utcYear.offset(left, 1)];
}

function orderLanes(lanes: readonly Lane[], used: string[]): Lane[] {
  const usedSet = new Set(used);
  const known = lanes.filter((l) => usedSet.has(l.id));
  const knownIds = new Set(known.map((l) => l.id));
  // An event on a lane the story did not declare still gets a lane, named by its id.
  const extra = [...new Set(used)].filter((id) => !knownIds.has(id)).map((id) => ({ id, label: id }));
  return [...known, ...extra];
}

/** Returns the title broken into at most `maxLines` lines of the label's width, the last one ellipsed if cut. */
export function wrapTitle(title: string, metrics: Pick<TimelineMetrics, 'labelWidth' | 'labelPadding' | 'charWidth' | 'maxLines'>): string[] {
  const perLine = Math.max(4, Math.floor((metrics.labelWidth - 2 * metrics.labelPadding) / metrics.charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= metrics.maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, metrics.maxLines);
  kept[kept.length - 1] = `${kept[kept.length - 1]!.slice(0, perLine - 1).trimEnd()}…`;
  return kept;
}

function compareDates(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}

