/**
 * Where the labels of one timeline lane go. Marks stay where their dates are; labels are
 * laid out in one row below the lane's track, or two (below and above it), and slide
 * sideways just enough not to overlap, so a crowded month keeps every label whole and
 * clickable. A label that had to slide is joined to its mark by an elbowed leader line, each
 * elbow at its own height so that no two leaders cross. With one row on each side, no leader
 * ever passes through another label; a lane too crowded for two rows is not drawn (`fits`),
 * and the timeline shows its list instead.
 *
 * Each label hangs from its attachment point, a point of its box's edge: the chart places
 * attachment points in percent of the column and label boxes in px from them, so at any
 * wider column the gaps between labels only grow.
 */

export interface LabelMark {
  /** left and right end of the mark in px */
  x0: number;
  x1: number;
  /** the mark is drawn as a point at x0 */
  point: boolean;
}

export interface LabelOptions {
  /** widest a label may be; labels take this width unless narrower ones spare a row or a long slide */
  maxLabelWidth: number;
  /** narrowest a label may be */
  minLabelWidth: number;
  /** horizontal room between two labels in one row */
  labelGap: number;
  /** how many labels would have their titles cut at a given label width (none when not given) */
  cutAt?: (labelWidth: number) => number;
}

export interface LabelPlacement {
  /** where the leader line leaves the mark */
  markX: number;
  /** where the leader line meets the label's edge, in px of the layout width: inside the box, at the mark where it can */
  attachX: number;
  /** the label's text runs from its left edge (start) or ends at its right edge (end), on the side its leader comes in */
  anchor: 'start' | 'end';
  /** the label box's left edge at the layout width; the chart keeps it this many px from attachX at any width */
  left: number;
  /** 0 is the row below the track, 1 the row above it */
  row: number;
  /** which of the row's elbow heights the leader takes, 0 nearest the track; −1 for a straight leader */
  elbow: number;
}

export interface LaneLabels {
  /** false when the labels overlap even in two rows at the narrowest width: too crowded to draw */
  fits: boolean;
  labelWidth: number;
  /** how many rows the lane's labels take */
  rows: number;
  /** most elbows in any one row: the rows keep that much more room from the track */
  elbows: number;
  placements: LabelPlacement[];
}

/** Where on a bar its leader starts: just inside its start, so a year's bar is read from its beginning. */
const BAR_INSET = 3;
/** The leader meets the label this far inside its edge. */
export const LEADER_INSET = 2;
/** What a row more costs, in px of sliding: rows make the chart taller, and it must fit a screen with its detail. */
const ROW_COST = 360;
/** What each px narrower costs per label: narrow labels wrap to more lines. */
const NARROW_COST = 0.5;
/** What a title cut short costs: the chart should name every event whole. */
const CUT_COST = 300;
/** Label widths tried between the widest and the narrowest. */
const WIDTH_STEP = 8;

/** Most rows of labels a lane takes: one each side of its track. */
const MAX_ROWS = 2;

/** Returns the side of the track a row of labels is on. */
export function rowSide(row: number): 'below' | 'above' {
  return row === 0 ? 'below' : 'above';
}

/**
 * Returns a placement per mark (same order, which must be time order). Of every number of
 * rows and label width that fit, it takes the one that slides labels least from their
 * marks, counting each row more, each px of narrowing and each title cut short as sliding too.
 */
export function placeLabels(marks: readonly LabelMark[], width: number, opts: LabelOptions): LaneLabels {
  const markX = marks.map((m) => (m.point ? m.x0 : Math.min(m.x0 + BAR_INSET, (m.x0 + m.x1) / 2)));
  const n = markX.length;
  if (n === 0) return { fits: true, labelWidth: opts.maxLabelWidth, rows: 0, elbows: 0, placements: [] };
  let best: { cost: number; labelWidth: number; rows: number; placements: LabelPlacement[] } | null = null;
  const maxRows = Math.min(n, MAX_ROWS);
  for (let rows = 1; rows <= maxRows; rows++) {
    const perRow = Math.ceil(n / rows);
    const widest = Math.min(opts.maxLabelWidth, Math.floor((width - (perRow - 1) * opts.labelGap) / perRow));
    if (widest < opts.minLabelWidth) continue;
    for (let w = widest; w >= opts.minLabelWidth; w -= WIDTH_STEP) {
      const placements = placeInRows(markX, rows, w, width, opts.labelGap);
      const slide = placements.reduce((sum, p) => sum + Math.abs(p.attachX - p.markX), 0);
      const cut = opts.cutAt ? opts.cutAt(w) : 0;
      const cost = slide + ROW_COST * (rows - 1) + NARROW_COST * (opts.maxLabelWidth - w) * n + CUT_COST * cut;
      if (!best || cost < best.cost) best = { cost, labelWidth: w, rows, placements };
    }
    // More rows only cost more once nothing slides.
    if (best?.placements.every((p) => p.attachX === p.markX)) break;
  }
  // Too crowded to draw: still a placement (the narrowest labels, overlapping), marked as not fitting.
  const chosen = best ?? { labelWidth: opts.minLabelWidth, rows: maxRows, placements: placeInRows(markX, maxRows, opts.minLabelWidth, width, opts.labelGap) };
  const elbows = assignElbows(chosen.placements, chosen.rows);
  return { fits: best !== null, labelWidth: chosen.labelWidth, rows: chosen.rows, elbows, placements: chosen.placements };
}

/**
 * Returns placements with neighbours in time sent to different rows, each row spread to fit.
 * A label that slid still takes its leader straight down where its box still spans its mark;
 * only one slid clear of its mark needs an elbow, to the nearer end of its box.
 */
function placeInRows(markX: readonly number[], rows: number, w: number, width: number, gap: number): LabelPlacement[] {
  const placements: LabelPlacement[] = markX.map((x, i) => {
    // A label reads on from its mark unless that would run past the right edge.
    const anchor: 'start' | 'end' = x - LEADER_INSET + w <= width || x + LEADER_INSET - w < 0 ? 'start' : 'end';
    const left = anchor === 'start' ? x - LEADER_INSET : x - w + LEADER_INSET;
    return { markX: x, attachX: x, anchor, left, row: i % rows, elbow: -1 };
  });
  for (let r = 0; r < rows; r++) {
    const members = placements.filter((p) => p.row === r);
    const lefts = spreadInRow(
      members.map((p) => p.left),
      w + gap,
      Math.max(0, width - w),
    );
    members.forEach((p, j) => {
      const left = lefts[j]!;
      p.left = left;
      p.attachX = p.markX >= left && p.markX <= left + w ? p.markX : Math.min(Math.max(p.markX, left + LEADER_INSET), left + w - LEADER_INSET);
      // Text lines up with the side its leader comes in on.
      p.anchor = p.attachX > left + w / 2 ? 'end' : 'start';
    });
  }
  return placements;
}

/**
 * Gives each slid label's leader its own elbow height in its row, so that no leader runs
 * across another: of labels slid left of their marks, the one whose mark is further right
 * bends nearer the labels; of labels slid right, the one whose mark is further left does.
 * Returns the most elbows in one row.
 */
function assignElbows(placements: LabelPlacement[], rows: number): number {
  let most = 0;
  for (let r = 0; r < rows; r++) {
    const slid = placements.filter((p) => p.row === r && p.attachX !== p.markX);
    const left = slid.filter((p) => p.attachX < p.markX).sort((a, b) => a.markX - b.markX);
    const right = slid.filter((p) => p.attachX > p.markX).sort((a, b) => b.markX - a.markX);
    left.forEach((p, i) => {
      p.elbow = i;
    });
    right.forEach((p, i) => {
      p.elbow = i;
    });
    most = Math.max(most, left.length, right.length);
  }
  return most;
}

/**
 * Returns left edges as close as possible (least squares) to `wanted`, in the same order,
 * each at least `step` after the one before, all within [0, max]. Shifting the i-th by i·step
 * turns the spacing into plain ordering, which pool-adjacent-violators solves exactly.
 */
export function spreadInRow(wanted: readonly number[], step: number, max: number): number[] {
  const blocks: { sum: number; count: number }[] = [];
  wanted.forEach((w, i) => {
    blocks.push({ sum: w - i * step, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.sum / prev.count <= last.sum / last.count) break;
      blocks.pop();
      prev.sum += last.sum;
      prev.count += last.count;
    }
  });
  // Bounds of the shifted values: the first label starts at 0 or later, the last ends by max.
  const hi = Math.max(0, max - (wanted.length - 1) * step);
  const out: number[] = [];
  for (const b of blocks) {
    const mean = Math.min(hi, Math.max(0, b.sum / b.count));
    for (let k = 0; k < b.count; k++) out.push(mean + out.length * step);
  }
  // Unmoved labels keep their exact wanted position (no float drift), so their leaders stay straight.
  return out.map((x, i) => (Math.abs(x - wanted[i]!) < 1e-6 ? wanted[i]! : x));
}
