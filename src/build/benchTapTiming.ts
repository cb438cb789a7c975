/**
 * From what the in-page probe recorded around one tap (benchTapProbe.ts) to one honest
 * figure: how long after the touch the answer was painted, and how that was measured.
 *
 * - Where the answer is already there in the first frame after the tap's handlers, the
 *   Event Timing API's duration of the interaction is the figure, as Interaction to Next
 *   Paint measures it: from the event's timestamp to the paint after it, the longest of the
 *   interaction's events.
 * - Otherwise (a held click replayed later, code still loading, a commit in a later task)
 *   that paint shows something else, and the figure is the frame in which the answer first
 *   shows: the probe polls each animation frame from the touch, and the answer seen in one
 *   frame's callback is painted by the start of the next one.
 */

/** One animation frame the probe polled: when its callback ran, the frame's time, and what was there. */
export interface ProbePoll {
  at: number;
  frame: number;
  /** the tapped event's option was the selected one */
  selected: boolean;
  /** …and its detail showed its title and source sentence */
  answered: boolean;
}

/** An Event Timing entry, as plain data. */
export interface ProbeEventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

/** What the probe saw from the touch to the answer. */
export interface ProbeRecord {
  /** the touch's `event.timeStamp` (pointerdown or touchstart), null if no touch came */
  touchAt: number | null;
  polls: ProbePoll[];
  /** frame time of the frame after the one whose callback first saw the answer */
  paintedFrame: number | null;
  /** Event Timing entries from the touch on (those of 16 ms and longer: the API reports no shorter ones) */
  events: ProbeEventEntry[];
  /** the first text the page's status line showed while the reader waited, if any */
  notice: string | null;
}

export type TapMethod = 'event timing' | 'frame' | 'no answer';

export interface TapTiming {
  /** from the touch to the paint that shows the answer, in ms; null when no answer came */
  ms: number | null;
  method: TapMethod;
  /** the interaction's Event Timing duration, whatever that paint showed */
  interactionMs: number | null;
  /** the frame-polling figure, whatever the method */
  frameMs: number | null;
  /** when the frames first showed the option selected (with or without its detail), by the same polling */
  selectedMs: number | null;
}

/** Returns the Event Timing entries of the tap's interaction: the first interaction that starts at or after the touch. */
export function interactionEntries(record: ProbeRecord): ProbeEventEntry[] {
  if (record.touchAt == null) return [];
  const touchAt = record.touchAt;
  // Timestamps are rounded (to 1 ms or coarser); allow for it either side of the touch.
  const ofTap = record.events.filter((e) => e.interactionId > 0 && e.startTime >= touchAt - 1).sort((a, b) => a.startTime - b.startTime);
  const id = ofTap[0]?.interactionId;
  return id == null ? [] : ofTap.filter((e) => e.interactionId === id);
}

/** Returns the figure for one tap and the way it was taken. */
export function readTapTiming(record: ProbeRecord): TapTiming {
  const answeredPoll = record.polls.find((p) => p.answered);
  if (record.touchAt == null || !answeredPoll || record.paintedFrame == null) return { ms: null, method: 'no answer', interactionMs: null, frameMs: null, selectedMs: null };
  const frameMs = Math.round(record.paintedFrame - record.touchAt);
  // Painted by the start of the frame after the one whose callback saw it.
  const selectedIndex = record.polls.findIndex((p) => p.selected);
  const paintedAfter = record.polls[selectedIndex + 1]?.frame ?? record.paintedFrame;
  const selectedMs = selectedIndex < 0 ? null : Math.round(paintedAfter - record.touchAt);
  const entries = interactionEntries(record);
  if (entries.length === 0) return { ms: frameMs, method: 'frame', interactionMs: null, frameMs, selectedMs };
  const interactionMs = Math.max(...entries.map((e) => e.duration));
  const handlersEnd = Math.max(...entries.map((e) => e.processingEnd));
  const firstFrameAfter = record.polls.find((p) => p.at >= handlersEnd);
  const inFirstFrame = firstFrameAfter?.answered === true;
  return inFirstFrame ? { ms: interactionMs, method: 'event timing', interactionMs, frameMs, selectedMs } : { ms: frameMs, method: 'frame', interactionMs, frameMs, selectedMs };
}
