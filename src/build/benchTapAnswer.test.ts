import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBundle } from '../schema/validate';
import { readLanding, tapTarget } from './benchTapAnswer';

const bundle = assertBundle(JSON.parse(readFileSync(join(import.meta.dirname, '../compiler/__golden__/qwen-lead-resigns.json'), 'utf8')));

describe('tapTarget(bundle, id)', () => {
  it('gives the event’s title and the full text of the sentence it is told in', () => {
    const event = bundle.story.timeline.events[0]!;
    const target = tapTarget(bundle, event.id);
    const sentence = bundle.article.sentences.find((s) => s.id === event.sentence)!;
    expect(target).toEqual({ id: event.id, title: event.title, sentence: bundle.article.text.slice(sentence.start, sentence.end) });
    // The sentence is the one that dates the event: the date the reader looks for is in it.
    const time = bundle.facts.times.find((t) => t.id === bundle.story.timeline.events[0]!.time)!;
    if (time.sentence === event.sentence) expect(target.sentence).toContain(time.text);
  });

  it('names an id the bundle does not have', () => {
    expect(() => tapTarget(bundle, 'no-such-event')).toThrow(/no-such-event/);
  });
});

describe('readLanding(box)', () => {
  const screen = { left: 16, right: 396, viewportWidth: 412, viewportHeight: 823 };
  it('is in view only when the whole sentence is inside the screen', () => {
    expect(readLanding({ ...screen, top: 600, bottom: 700.4 })).toEqual({ inView: true, bottomPx: 700 });
    expect(readLanding({ ...screen, top: 760, bottom: 880 })).toEqual({ inView: false, bottomPx: 880 });
    expect(readLanding({ ...screen, top: -20, bottom: 90 })).toEqual({ inView: false, bottomPx: 90 });
  });

  it('is null when the sentence is not shown', () => {
    expect(readLanding(null)).toBeNull();
  });
});
