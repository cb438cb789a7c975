/**
 * What the answer to a tap on a timeline event is, from the built bundle (its title and its
 * source sentence, which the page must show), and where it landed on the screen.
 */
import type { Bundle } from '../schema/bundle';

/** The event a tap asks about and the text that answers it. */
export interface TapTarget {
  id: string;
  title: string;
  /** the full text of the sentence the event is told in */
  sentence: string;
}

/** Returns the event's title and source sentence as the bundle gives them; throws for an unknown id. */
export function tapTarget(bundle: Bundle, id: string): TapTarget {
  const event = bundle.story.timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`bench: no timeline event "${id}" in the bundle`);
  const sentence = bundle.article.sentences.find((s) => s.id === event.sentence);
  if (!sentence) throw new Error(`bench: event "${id}" names sentence "${event.sentence}", which the bundle does not have`);
  return { id, title: event.title, sentence: bundle.article.text.slice(sentence.start, sentence.end) };
}

/** The source sentence's box on screen after the tap, with the viewport's size. */
export interface LandingBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportWidth: number;
  viewportHeight: number;
}

export interface Landing {
  /** the whole sentence is inside the viewport */
  inView: boolean;
  /** its bottom edge, in px from the top of the viewport (more than the viewport's height: below the fold) */
  bottomPx: number;
}

/** Returns whether the sentence is entirely on screen, and where its bottom edge is; null when it is not shown. */
export function readLanding(box: LandingBox | null): Landing | null {
  if (!box) return null;
  // Half a pixel of slack: boxes are fractional, the screen is not.
  const inView = box.top >= -0.5 && box.left >= -0.5 && box.bottom <= box.viewportHeight + 0.5 && box.right <= box.viewportWidth + 0.5;
  return { inView, bottomPx: Math.round(box.bottom) };
}
