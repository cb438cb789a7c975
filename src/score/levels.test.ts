import { describe, expect, it } from 'vitest';
import { checkLevels, floorLevel, formatFailure, type Levels, parseLevels, raiseLevels } from './levels';
import type { ClassCount, ScoreClass } from './score';

const counts = (figures: [number, number, number], roles: [number, number]): Record<ScoreClass, ClassCount> => ({
  figures: { truth: figures[0], extracted: figures[1], found: figures[2], matched: figures[2] },
  dates: { truth: 10, extracted: 10, found: 5, matched: 5 },
  people: { truth: 4, extracted: 5, found: 4, matched: 4 },
  roles: { truth: roles[0], extracted: null, found: roles[1], matched: roles[1] },
});

const LEVELS: Levels = {
  figures: { precision: 0.85, recall: 0.6 },
  dates: { precision: 0.5, recall: 0.5 },
  people: { precision: 0.8, recall: 1 },
  roles: { recall: 0.5 },
};

describe('floorLevel(rate)', () => {
  it('rounds down to two decimals without float noise', () => {
    expect(floorLevel(0.879)).toBe(0.87);
    expect(floorLevel(0.29)).toBe(0.29);
    expect(floorLevel(29 / 100)).toBe(0.29);
    expect(floorLevel(1)).toBe(1);
  });
});

describe('checkLevels(levels, totals)', () => {
  it('passes at the levels and names the class, the measure and the figures below them', () => {
    expect(checkLevels(LEVELS, counts([100, 66, 60], [10, 5]))).toEqual([]);
    const failures = checkLevels(LEVELS, counts([100, 66, 59], [10, 4]));
    expect(failures.map(formatFailure)).toEqual([
      'figures recall 0.590 is below its level 0.60 (found 59 of 100 labelled)',
      'roles recall 0.400 is below its level 0.50 (found 4 of 10 labelled)',
    ]);
  });
});

describe('raiseLevels(levels, totals)', () => {
  it('raises a level to the rate reached, rounded down, and never lowers one', () => {
    const raised = raiseLevels(LEVELS, counts([100, 80, 66], [10, 3]));
    expect(raised.figures).toEqual({ precision: 0.85, recall: 0.66 });
    expect(raised.roles).toEqual({ recall: 0.5 });
    expect(raiseLevels(null, counts([3, 3, 2], [0, 0])).figures).toEqual({ precision: 0.66, recall: 0.66 });
  });
});

describe('parseLevels(json)', () => {
  it('reads the file and says what is wrong with a bad one', () => {
    expect(parseLevels(JSON.stringify(LEVELS))).toEqual({ ok: true, levels: LEVELS });
    expect(parseLevels('{')).toMatchObject({ ok: false, message: expect.stringMatching(/^not JSON/) });
    expect(parseLevels(JSON.stringify({ ...LEVELS, roles: { recall: 2 } }))).toMatchObject({ ok: false, message: expect.stringMatching(/^roles\.recall: /) });
  });
});
