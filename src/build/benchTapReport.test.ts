import { describe, expect, it } from 'vitest';
import type { TapRun, TapSample } from './benchTap';
import { formatTaps, summariseTaps, tapVerdict } from './benchTapReport';

const sample = (ms: number | null, method: 'event timing' | 'frame', inView = false, notice: string | null = null): TapSample => ({
  eventId: 'x',
  via: 'option',
  timing: { ms, method: ms == null ? 'no answer' : method, interactionMs: ms == null ? null : Math.min(ms, 136), frameMs: ms, selectedMs: ms },
  notice,
  landing: ms == null ? null : { inView, bottomPx: inView ? 700 : 1209 },
});

describe('summariseTaps(samples)', () => {
  it('summarises the answered taps, how they were measured and where they landed', () => {
    const s = summariseTaps([sample(1250, 'frame', false, 'Loading…'), sample(1200, 'frame'), sample(1530, 'frame', true), null]);
    expect(s).toMatchObject({ taps: 3, ms: { median: 1250, min: 1200, max: 1530, count: 3 }, byFrame: 3, inView: 1, notices: 1, notice: 'Loading…' });
  });
});

describe('tapVerdict(summary, target)', () => {
  it('is met only when every tap was answered and the median is within the target', () => {
    expect(tapVerdict(summariseTaps([sample(90, 'event timing'), sample(120, 'frame'), sample(80, 'event timing')]), 100)).toBe('met');
    expect(tapVerdict(summariseTaps([sample(90, 'event timing'), sample(null, 'frame')]), 100)).toContain('1 of 2 not answered');
    expect(tapVerdict(summariseTaps([sample(250, 'frame')]), 200)).toBe('**NOT met**');
  });
});

describe('formatTaps(runs)', () => {
  it('prints one row for the cold tap and one for the running tap, with the notice seen', () => {
    const runs: TapRun[] = [
      { cold: sample(1250, 'frame', false, 'Loading…'), running: sample(80, 'event timing', true), error: null },
      { cold: sample(1300, 'frame'), running: sample(90, 'event timing', true), error: null },
      { cold: null, running: null, error: 'page.goto: Timeout' },
    ];
    const table = formatTaps(runs, 823);
    expect(table).toContain('| cold: first touch, 2 s after `load` | 1275 ms (1250–1300) | ≤ 200 ms: **NOT met** | frame | 136 ms | 1275 ms (1250–1300) | 0 of 2 | 1209 px |');
    expect(table).toContain('| running: the next tap | 85 ms (80–90) | ≤ 100 ms: met | Event Timing | 85 ms (80–90) | 85 ms (80–90) | 2 of 2 | 700 px |');
    expect(table).toContain('"Loading…" (1 of 2 runs)');
    expect(table).toContain('page.goto: Timeout');
  });
});
