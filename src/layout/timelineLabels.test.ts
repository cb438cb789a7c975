import { describe, expect, it } from 'vitest';
import { placeLabels } from './timelineLabels';

const opts = { labelWidth: 100, labelGap: 10 };
const bar = (x0: number, x1: number) => ({ x0, x1, point: false });
const point = (x: number) => ({ x0: x, x1: x, point: true });

describe('placeLabels(marks, width, {labelWidth, labelGap})', () => {
  it('puts labels that fit side by side in one row', () => {
    const placed = placeLabels([point(0), point(200), point(400)], 600, opts);
    expect(placed.map((p) => p.row)).toEqual([0, 0, 0]);
    expect(placed.map((p) => p.anchor)).toEqual(['start', 'start', 'start']);
  });

  it('sends a label below the label of a mark its box would sit across', () => {
    const [a, b] = placeLabels([bar(0, 50), point(50)], 600, opts);
    // b's leader is at 50, inside a's box [0, 100]: b's label goes above a's.
    expect(b!.row).toBe(0);
    expect(a!.row).toBe(1);
  });

  it('turns labels around at the right edge, and the one just left of them too', () => {
    const placed = placeLabels([bar(400, 460), point(480)], 520, opts);
    expect(placed.map((p) => p.anchor)).toEqual(['end', 'end']);
    expect(placed[0]!.leaderX).toBe(460);
    expect(placed[0]!.left).toBe(360);
    expect(placed[1]!.left).toBe(380);
    // the right one's box covers the left one's leader, so it hangs lower
    expect(placed[1]!.row).toBeGreaterThan(placed[0]!.row);
  });

  it('stacks marks at one x without looping', () => {
    const placed = placeLabels([point(10), point(10), point(10)], 600, opts);
    expect(new Set(placed.map((p) => p.row)).size).toBe(3);
  });
});
