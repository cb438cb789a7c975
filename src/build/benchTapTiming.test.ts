import { describe, expect, it } from 'vitest';
import { type ProbeEventEntry, type ProbeRecord, readTapTiming } from './benchTapTiming';

const entry = (name: string, startTime: number, duration: number, processingEnd: number, interactionId = 7): ProbeEventEntry => ({
  name,
  startTime,
  duration,
  processingStart: startTime + 1,
  processingEnd,
  interactionId,
});

/** Polls every 16 ms from the touch at 1000: selected from the frame at `selectedFrom` on, answered from `answeredFrom` on. */
function record(answeredFrom: number, events: ProbeEventEntry[], touchAt: number | null = 1000, selectedFrom = answeredFrom): ProbeRecord {
  const polls = [];
  for (let frame = 1008; frame <= answeredFrom; frame += 16) polls.push({ at: frame + 2, frame, selected: frame >= selectedFrom, answered: frame >= answeredFrom });
  return { touchAt, polls, paintedFrame: answeredFrom + 16, events, notice: null };
}

describe('readTapTiming(record)', () => {
  it('takes the interaction’s Event Timing duration when the first frame after the handlers shows the answer', () => {
    const events = [entry('pointerdown', 1000, 24, 1004), entry('pointerup', 1003, 40, 1006), entry('click', 1003, 40, 1020)];
    // Handlers done at 1020; the next frame (1024, polled at 1026) already shows the answer.
    expect(readTapTiming(record(1024, events))).toEqual({ ms: 40, method: 'event timing', interactionMs: 40, frameMs: 40, selectedMs: 40 });
  });

  it('takes the frame the answer first shows when the paint after the handlers showed something else', () => {
    // A click held while the code loads: its handlers end at once, the answer comes 1.2 s later.
    const events = [entry('pointerdown', 1000, 16, 1004), entry('click', 1003, 24, 1010)];
    expect(readTapTiming(record(2192, events))).toEqual({ ms: 1208, method: 'frame', interactionMs: 24, frameMs: 1208, selectedMs: 1208 });
  });

  it('ignores interactions from before the touch and takes the frames when Event Timing reported none', () => {
    const earlier = [entry('click', 400, 80, 470, 3)];
    expect(readTapTiming(record(1040, earlier))).toMatchObject({ ms: 56, method: 'frame', interactionMs: null });
  });

  it('tells when the selection showed, apart from the answer that came later', () => {
    // Selected in the frame at 1040 (painted by 1056), its detail only from 1200 (painted by 1216).
    expect(readTapTiming(record(1200, [], 1000, 1040))).toMatchObject({ ms: 216, method: 'frame', selectedMs: 56 });
  });

  it('reports no answer when the page never showed it, or no touch arrived', () => {
    const never = { touchAt: 1000, polls: [{ at: 1010, frame: 1008, selected: false, answered: false }], paintedFrame: null, events: [], notice: 'Loading…' };
    expect(readTapTiming(never)).toEqual({ ms: null, method: 'no answer', interactionMs: null, frameMs: null, selectedMs: null });
    expect(readTapTiming(record(1040, [], null)).method).toBe('no answer');
  });
});
