import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTextByMarks, type TextMark } from './textMarks';

const mark = (start: number, end: number, data = `${start}-${end}`): TextMark<string> => ({ start, end, data });
const shape = (pieces: ReturnType<typeof splitTextByMarks<string>>) => pieces.map((p) => [p.start, p.end, p.mark?.data ?? null]);

describe('splitTextByMarks(start, end, marks)', () => {
  it('returns one plain piece without marks', () => {
    expect(shape(splitTextByMarks(5, 12, []))).toEqual([[5, 12, null]]);
  });

  it('returns nothing for an empty range', () => {
    expect(splitTextByMarks(4, 4, [mark(4, 6)])).toEqual([]);
  });

  it('cuts plain text around marks given in any order', () => {
    expect(shape(splitTextByMarks(0, 20, [mark(12, 15), mark(2, 4)]))).toEqual([
      [0, 2, null],
      [2, 4, '2-4'],
      [4, 12, null],
      [12, 15, '12-15'],
      [15, 20, null],
    ]);
  });

  it('clips marks to the range and drops those outside it', () => {
    expect(shape(splitTextByMarks(10, 20, [mark(8, 12, 'a'), mark(18, 25, 'b'), mark(30, 40, 'c'), mark(1, 9, 'd')]))).toEqual([
      [10, 12, 'a'],
      [12, 18, null],
      [18, 20, 'b'],
    ]);
  });

  it('keeps the first of overlapping marks, the longer on a tie', () => {
    expect(shape(splitTextByMarks(0, 10, [mark(2, 4, 'short'), mark(2, 6, 'long'), mark(5, 8, 'late')]))).toEqual([
      [0, 2, null],
      [2, 6, 'long'],
      [6, 10, null],
    ]);
  });

  it('always tiles the range exactly, whatever the marks', () => {
    const range = fc.tuple(fc.nat(200), fc.nat(200)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const marks = fc.array(
      fc.tuple(fc.nat(220), fc.nat(30)).map(([s, len]) => mark(s, s + len)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(range, marks, ([start, end], ms) => {
        const pieces = splitTextByMarks(start, end, ms);
        let cursor = start;
        for (const p of pieces) {
          expect(p.start).toBe(cursor);
          expect(p.end).toBeGreaterThan(p.start);
          cursor = p.end;
        }
        expect(cursor).toBe(pieces.length ? end : start);
        if (start === end) expect(pieces).toEqual([]);
      }),
    );
  });
});
