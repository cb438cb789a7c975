/**
 * Which spans of the article the source section highlights, and where each one leads:
 * a metric's figure to its card, an event's date to the event, a cast member's name to
 * their entry. The reverse links (card → sentence) come from the facts' sentence ids.
 */
import type { Bundle, SectionId } from '../schema/bundle';
import type { TextMark } from './textMarks';

/** Where a highlighted fact leads on the page. */
export type HighlightTarget = { kind: 'metric'; id: string } | { kind: 'event'; id: string } | { kind: 'person'; id: string };

/** A featured fact's span in the article. */
export interface SourceHighlight {
  factId: string;
  sentence: string;
  target: HighlightTarget;
  /** what the target is called on the page ("Global downloads", an event's title, a name) */
  targetLabel: string;
}

/**
 * Returns the highlights of every featured fact, grouped by sentence id, each group in
 * text order. Only facts shown by a section the page has are featured; a fact used twice
 * (two events dated by one expression) leads to the first that uses it.
 */
export function collectSourceHighlights(bundle: Bundle): Map<string, TextMark<SourceHighlight>[]> {
  const present = new Set<SectionId>(bundle.story.sections.map((s) => s.id));
  const { quantities, times, people } = bundle.facts;
  const quantityById = new Map(quantities.map((q) => [q.id, q]));
  const timeById = new Map(times.map((t) => [t.id, t]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const bySentence = new Map<string, TextMark<SourceHighlight>[]>();

  const add = (fact: { id: string; start: number; end: number; sentence: string }, target: HighlightTarget, targetLabel: string) => {
    if (seen.has(fact.id)) return;
    seen.add(fact.id);
    const mark: TextMark<SourceHighlight> = { start: fact.start, end: fact.end, data: { factId: fact.id, sentence: fact.sentence, target, targetLabel } };
    const list = bySentence.get(fact.sentence);
    if (list) list.push(mark);
    else bySentence.set(fact.sentence, [mark]);
  };

  if (present.has('metrics')) {
    for (const metric of bundle.story.metrics) {
      const q = quantityById.get(metric.quantity);
      if (q) add(q, { kind: 'metric', id: metric.id }, metric.label);
    }
  }
  if (present.has('timeline')) {
    for (const event of bundle.story.timeline.events) {
      const t = timeById.get(event.time);
      if (t) add(t, { kind: 'event', id: event.id }, event.title);
    }
  }
  if (present.has('people')) {
    for (const personId of bundle.story.people) {
      const p = personById.get(personId);
      if (p) add(p, { kind: 'person', id: p.id }, p.name);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return bySentence;
}
