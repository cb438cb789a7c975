/**
 * The first tap's figures summarised over the runs, and written as the bench's table: the
 * median and range, the targets, how each figure was taken, and where the answer landed.
 */
import type { TapRun, TapSample } from './benchTap';
import { formatSpread, type Spread, spread } from './benchStats';

/** The issue's targets: the "good" threshold of Interaction to Next Paint cold, half of it once running. */
export const TAP_TARGETS = { cold: 200, running: 100 } as const;

export interface TapSummary {
  /** runs that got this far (a tap was made) */
  taps: number;
  /** the answered taps' times */
  ms: Spread;
  /** when the option showed selected, detail or not */
  selectedMs: Spread;
  /** the interactions' Event Timing durations (what INP reports), whatever their paint showed */
  interactionMs: Spread;
  /** how many figures came from Event Timing and how many from the frames */
  byEventTiming: number;
  byFrame: number;
  /** taps whose source sentence was entirely on screen once the page came to rest */
  inView: number;
  bottomPx: Spread;
  /** taps during which the status line showed a notice (e.g. "Loading…"), and the first one seen */
  notices: number;
  notice: string | null;
}

/** Returns the summary of one kind of tap (cold or running) over the runs. */
export function summariseTaps(samples: readonly (TapSample | null)[]): TapSummary {
  const taps = samples.filter((s): s is TapSample => s != null);
  const answered = taps.filter((s) => s.timing.ms != null);
  const landed = answered.map((s) => s.landing).filter((l) => l != null);
  return {
    taps: taps.length,
    ms: spread(answered.map((s) => s.timing.ms!)),
    selectedMs: spread(answered.flatMap((s) => (s.timing.selectedMs == null ? [] : [s.timing.selectedMs]))),
    interactionMs: spread(answered.flatMap((s) => (s.timing.interactionMs == null ? [] : [s.timing.interactionMs]))),
    byEventTiming: answered.filter((s) => s.timing.method === 'event timing').length,
    byFrame: answered.filter((s) => s.timing.method === 'frame').length,
    inView: landed.filter((l) => l.inView).length,
    bottomPx: spread(landed.map((l) => l.bottomPx)),
    notices: taps.filter((s) => s.notice).length,
    notice: taps.find((s) => s.notice)?.notice ?? null,
  };
}

/** Returns the cold and running summaries of the runs. */
export function summariseRuns(runs: readonly TapRun[]): { cold: TapSummary; running: TapSummary } {
  return { cold: summariseTaps(runs.map((r) => r.cold)), running: summariseTaps(runs.map((r) => r.running)) };
}

/** Returns the verdict on a summary: met when every tap was answered and the median is within the target. */
export function tapVerdict(s: TapSummary, targetMs: number): string {
  if (s.taps === 0) return 'not measured';
  const unanswered = s.taps - s.ms.count;
  if (unanswered > 0) return `**NOT met** (${unanswered} of ${s.taps} not answered)`;
  return s.ms.median <= targetMs ? 'met' : '**NOT met**';
}

function methods(s: TapSummary): string {
  if (s.ms.count === 0) return '–';
  if (s.byFrame === 0) return 'Event Timing';
  if (s.byEventTiming === 0) return 'frame';
  return `Event Timing ${s.byEventTiming}, frame ${s.byFrame}`;
}

/** Returns the first tap's table, with a line on the notices seen and on failed runs. */
export function formatTaps(runs: readonly TapRun[], viewportHeight: number): string {
  const { cold, running } = summariseRuns(runs);
  const row = (label: string, s: TapSummary, target: number) =>
    `| ${label} | ${formatSpread(s.ms, 'ms')} | ≤ ${target} ms: ${tapVerdict(s, target)} | ${methods(s)} | ${formatSpread(s.interactionMs, 'ms')} | ${formatSpread(s.selectedMs, 'ms')} | ${s.ms.count ? `${s.inView} of ${s.ms.count}` : '–'} | ${formatSpread(s.bottomPx, 'px')} |`;
  const errors = runs.filter((r) => r.error).map((r) => r.error);
  return [
    `| first tap (median of ${runs.length}, range) | touch → answer painted | target | measured by | Event Timing (what INP reports) | option selected (frames) | source sentence on screen after | its bottom edge (screen ${viewportHeight} px) |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('cold: first touch, 2 s after `load`', cold, TAP_TARGETS.cold),
    row('running: the next tap', running, TAP_TARGETS.running),
    ...(cold.notices ? ['', `While the cold tap waited, the page said "${cold.notice}" (${cold.notices} of ${cold.taps} runs).`] : []),
    ...(errors.length ? ['', `Runs cut short: ${errors.join('; ')}.`] : []),
  ].join('\n');
}
