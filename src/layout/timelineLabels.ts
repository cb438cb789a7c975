/**
 * Where the labels of one timeline lane go. Each label hangs below the lane's track in a
 * row, attached to its mark by a vertical leader line that runs from the track down to the
 * label. Two rules keep it readable: labels in one row never overlap, and a leader line
 * never passes through another label on its way down.
 */

export interface LabelMark {
  /** left and right end of the mark in px */
  x0: number;
  x1: number;
  /** the mark is drawn as a point at x0 */
  point: boolean;
}

export interface LabelPlacement {
  anchor: 'start' | 'end';
  leaderX: number;
  left: number;
  row: number;
}

/** Keeps a leader this far from a label's edge before it counts as passing through it. */
const EDGE = 2;

/**
 * Returns a placement per mark (same order). A label runs right from the start of its mark
 * unless it would leave the width, then it runs left from the mark's end. Rows are found so
 * that a label that would sit across another mark's leader goes below that mark's label.
 */
export function placeLabels(marks: readonly LabelMark[], width: number, opts: { labelWidth: number; labelGap: number }): LabelPlacement[] {
  const w = opts.labelWidth;
  const leaderOf = (m: LabelMark, anchor: 'start' | 'end') => (anchor === 'start' || m.point ? m.x0 : m.x1);
  const placed = marks.map((m) => {
    const anchor: 'start' | 'end' = m.x0 + w <= width || m.x1 - w < 0 ? 'start' : 'end';
    return { mark: m, anchor, leaderX: leaderOf(m, anchor), left: 0, row: -1 };
  });
  const boxOf = (p: (typeof placed)[number]) => (p.anchor === 'start' ? p.leaderX : p.leaderX - w);

  // A start-anchored label just left of an end-anchored one would cross its leader while its
  // own leader is crossed back: no row order can fix that, so the left one turns around too.
  const byLeaderDesc = [...placed].sort((a, b) => b.leaderX - a.leaderX);
  for (const a of byLeaderDesc) {
    if (a.anchor !== 'start') continue;
    const turned = placed.some((b) => b.anchor === 'end' && b.leaderX > a.leaderX + EDGE && b.leaderX < a.leaderX + w - EDGE && b.leaderX - w < a.leaderX - EDGE);
    const endLeader = leaderOf(a.mark, 'end');
    if (turned && endLeader - w >= 0) {
      a.anchor = 'end';
      a.leaderX = endLeader;
    }
  }
  for (const p of placed) p.left = boxOf(p);

  // covers[i] lists the marks whose leaders pass through label i's box: their labels go above it.
  const covers = placed.map((a, i) => placed.map((b, j) => (i !== j && b.leaderX > a.left + EDGE && b.leaderX < a.left + w - EDGE ? j : -1)).filter((j) => j >= 0));

  const done = new Set<number>();
  const rows: { left: number; right: number }[][] = [];
  const overlaps = (l: number, r: number, box: { left: number; right: number }) => l < box.right + opts.labelGap && box.left < r + opts.labelGap;
  while (done.size < placed.length) {
    // The first mark (in the given order) whose leader-crossers are all placed; in a cycle, just the first left.
    const pending = placed.map((_, i) => i).filter((i) => !done.has(i));
    const next = pending.find((i) => covers[i]!.every((j) => done.has(j))) ?? pending[0]!;
    const p = placed[next]!;
    let row = Math.max(0, ...covers[next]!.filter((j) => done.has(j)).map((j) => placed[j]!.row + 1));
    while ((rows[row] ?? []).some((box) => overlaps(p.left, p.left + w, box))) row++;
    rows[row] = [...(rows[row] ?? []), { left: p.left, right: p.left + w }];
    p.row = row;
    done.add(next);
  }
  return placed.map(({ anchor, leaderX, left, row }) => ({ anchor, leaderX, left, row }));
}
