import { describe, expect, it } from 'vitest';
import { type LabelPlacement, LEADER_INSET, placeLabels, rowSide, spreadInRow } from './timelineLabels';

const opts = { maxLabelWidth: 100, minLabelWidth: 80, labelGap: 10 };
const bar = (x0: number, x1: number) => ({ x0, x1, point: false });
const point = (x: number) => ({ x0: x, x1: x, point: true });

/** True when no two labels of one row overlap (with the gap between them). */
function apart(placements: LabelPlacement[], w: number, gap: number): boolean {
  return placements.every((a, i) => placements.every((b, j) => i === j || a.row !== b.row || a.left + w + gap <= b.left + 1e-9 || b.left + w + gap <= a.left + 1e-9));
}

describe('spreadInRow(wanted, step, max)', () => {
  it('leaves boxes that already fit where they want to be', () => {
    expect(spreadInRow([0, 200, 400], 110, 500)).toEqual([0, 200, 400]);
  });

  it('moves a crowded pair apart symmetrically, as little as it can', () => {
    expect(spreadInRow([100, 120], 110, 500)).toEqual([55, 165]);
  });

  it('keeps every box inside [0, max], sliding a crowd at an edge inwards', () => {
    const lefts = spreadInRow([480, 490, 500], 110, 500);
    expect(lefts[2]).toBe(500);
    expect(lefts).toEqual([280, 390, 500]);
    expect(spreadInRow([-50, -40], 110, 500)).toEqual([0, 110]);
  });
});

describe('placeLabels(marks, width, {maxLabelWidth, minLabelWidth, labelGap})', () => {
  it('puts labels that fit side by side in one row below the track, each at its mark', () => {
    const { rows, placements, labelWidth } = placeLabels([point(0), point(200), point(400)], 600, opts);
    expect(rows).toBe(1);
    expect(labelWidth).toBe(100);
    expect(placements.map((p) => rowSide(p.row))).toEqual(['below', 'below', 'below']);
    expect(placements.map((p) => p.attachX)).toEqual([0, 200, 400]);
    expect(placements.every((p) => p.elbow === -1)).toBe(true);
  });

  it('hangs a label left of its mark at the right edge, text ending at the leader', () => {
    const { placements } = placeLabels([point(10), point(590)], 600, opts);
    expect(placements[1]!.anchor).toBe('end');
    expect(placements[1]!.left + 100).toBeLessThanOrEqual(600);
    expect(placements[1]!.attachX).toBe(590);
  });

  it('spreads events of one date sideways, never on top of each other, every label inside the width', () => {
    const marks = [point(300), point(300), point(300)];
    const { placements, labelWidth } = placeLabels(marks, 600, opts);
    expect(apart(placements, labelWidth, opts.labelGap)).toBe(true);
    for (const p of placements) {
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.left + labelWidth).toBeLessThanOrEqual(600 + 1e-9);
      // The leader meets the label inside its box.
      expect(p.attachX).toBeGreaterThanOrEqual(p.left);
      expect(p.attachX).toBeLessThanOrEqual(p.left + labelWidth);
    }
  });

  it('gives slid labels elbows at different heights, the one slid from the furthest-right mark nearest the labels', () => {
    const { placements } = placeLabels([point(500), point(560), point(590)], 600, { ...opts, minLabelWidth: 100 });
    const slidLeft = placements.filter((p) => p.attachX < p.markX);
    expect(slidLeft.length).toBeGreaterThan(1);
    const byMark = [...slidLeft].sort((a, b) => a.markX - b.markX).map((p) => p.elbow);
    expect(byMark).toEqual([...byMark].sort((a, b) => a - b));
    expect(new Set(byMark).size).toBe(byMark.length);
  });

  it('takes a second row, above the track, rather than slide labels far from their marks', () => {
    // Six marks 60 px apart in 400 px: one row would slide most labels by hundreds of px.
    const marks = Array.from({ length: 6 }, (_, i) => point(20 + 60 * i));
    const { rows, placements, labelWidth } = placeLabels(marks, 400, { ...opts, minLabelWidth: 60 });
    expect(rows).toBeGreaterThan(1);
    expect(placements.some((p) => rowSide(p.row) === 'above')).toBe(true);
    expect(apart(placements, labelWidth, opts.labelGap)).toBe(true);
    // Neighbours in time go to different rows.
    expect(placements[0]!.row).not.toBe(placements[1]!.row);
  });

  it('narrows labels before it cuts a title, when told what a width would cut', () => {
    const cutAt = (w: number) => (w < 90 ? 2 : 0);
    const { labelWidth } = placeLabels([point(0), point(95), point(190)], 290, { ...opts, minLabelWidth: 60, cutAt });
    expect(labelWidth).toBeGreaterThanOrEqual(90);
  });

  it('starts a bar’s leader just inside its start, and handles no marks at all', () => {
    const { placements } = placeLabels([bar(100, 300)], 600, opts);
    expect(placements[0]!.markX).toBeGreaterThan(100);
    expect(placements[0]!.markX).toBeLessThan(110);
    expect(placements[0]!.left).toBe(placements[0]!.markX - LEADER_INSET);
    expect(placeLabels([], 600, opts).placements).toEqual([]);
  });
});
