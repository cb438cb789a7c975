/**
 * The ratchet: the levels the corpus has reached per class (`seeds/corpus/levels.json`),
 * rounded down to two decimals. A score below a level fails the test; `--update` raises a
 * level to the score reached and never lowers one.
 */
import * as v from 'valibot';
import { type ClassCount, rates, type ScoreClass } from './score';

const level = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
export const LevelsSchema = v.strictObject({
  figures: v.strictObject({ precision: level, recall: level }),
  dates: v.strictObject({ precision: level, recall: level }),
  people: v.strictObject({ precision: level, recall: level }),
  roles: v.strictObject({ recall: level }),
});
export type Levels = v.InferOutput<typeof LevelsSchema>;

/** File the levels are kept in, beside the corpus. */
export const LEVELS_FILE = 'levels.json';

/** Returns the rate rounded down to two decimals (0.879 → 0.87), safe from float noise (0.29 stays 0.29). */
export function floorLevel(rate: number): number {
  return Math.floor(rate * 100 + 1e-9) / 100;
}

export interface LevelFailure {
  class: ScoreClass;
  measure: 'precision' | 'recall';
  level: number;
  reached: number;
  count: ClassCount;
}

/** Returns every class and measure that fell below its level. */
export function checkLevels(levels: Levels, totals: Record<ScoreClass, ClassCount>): LevelFailure[] {
  const failures: LevelFailure[] = [];
  for (const [cls, measures] of Object.entries(levels) as [ScoreClass, Record<string, number>][]) {
    const count = totals[cls];
    const reached = rates(count);
    for (const [measure, min] of Object.entries(measures) as ['precision' | 'recall', number][]) {
      const value = reached[measure];
      if (value !== null && floorLevel(value) < min) failures.push({ class: cls, measure, level: min, reached: value, count });
    }
  }
  return failures;
}

/** Returns the failure as one line: "figures recall 0.52 is below its level 0.56 (found 120 of 230)". */
export function formatFailure(f: LevelFailure): string {
  const detail =
    f.measure === 'recall' ? `found ${f.count.found} of ${f.count.truth} labelled` : `${f.count.matched} of ${f.count.extracted} extracted match a label`;
  return `${f.class} ${f.measure} ${f.reached.toFixed(3)} is below its level ${f.level.toFixed(2)} (${detail})`;
}

/** Returns the levels raised to what the totals reach; a level is never lowered. */
export function raiseLevels(levels: Levels | null, totals: Record<ScoreClass, ClassCount>): Levels {
  const reach = (cls: ScoreClass, measure: 'precision' | 'recall', old: number | undefined) => {
    const value = rates(totals[cls])[measure] ?? 0;
    return Math.max(old ?? 0, floorLevel(value));
  };
  return {
    figures: { precision: reach('figures', 'precision', levels?.figures.precision), recall: reach('figures', 'recall', levels?.figures.recall) },
    dates: { precision: reach('dates', 'precision', levels?.dates.precision), recall: reach('dates', 'recall', levels?.dates.recall) },
    people: { precision: reach('people', 'precision', levels?.people.precision), recall: reach('people', 'recall', levels?.people.recall) },
    roles: { recall: reach('roles', 'recall', levels?.roles.recall) },
  };
}

/** Returns the levels as they are written to the file. */
export function formatLevels(levels: Levels): string {
  return `${JSON.stringify(levels, null, 2)}\n`;
}

/** Returns the levels read from the file's text, or an error message. */
export function parseLevels(json: string): { ok: true; levels: Levels } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = v.safeParse(LevelsSchema, data);
  if (parsed.success) return { ok: true, levels: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, message: `${issue ? `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` : 'invalid'}` };
}
