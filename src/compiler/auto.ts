/**
 * Auto mode: the story an article gets without a story file. Every figure becomes a metric
 * (labelled by what it counts, grouped by unit or currency), every dated body sentence a
 * timeline event in one lane, every person the cast; org and strategy need an editor.
 */
import { DURATION_UNITS, type Metric, PERCENT_UNIT, type Person, type SectionId, type Story, TIMES_UNIT, type TimeFact, type TimelineEvent } from '../schema/bundle';
import { slugify } from '../schema/slugify';
import { createSlugger } from './slugs';
import { isFunctionWord } from './lexicon';
import type { ExtractedQuantity } from './quantities';
import { defaultSection, sectionHasContent } from './sections';
import type { ParsedArticle } from './types';

const AUTO_LANE = { id: 'events', label: 'Events in the article' };
const MAX_TITLE_WORDS = 10;
const ORDER: readonly SectionId[] = ['metrics', 'timeline', 'people', 'source'];
const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);
const LEADING_IN = new Set(['of', 'between', 'from', 'to', 'and', 'the', 'a', 'an', 'next', 'past', 'last', 'coming', 'over', 'for', 'within', 'in', 'during']);

/** Returns the default story built from what the extractors found. */
export function buildAutoStory(article: ParsedArticle, quantities: readonly ExtractedQuantity[], times: readonly TimeFact[], people: readonly Person[]): Story {
  const content: Omit<Story, 'sections'> = {
    metrics: autoMetrics(article, quantities),
    timeline: autoTimeline(article, times),
    org: null,
    strategy: null,
    people: people.map((p) => p.id),
  };
  if (content.timeline.events.length === 0) content.timeline.lanes = [];
  const sections = ORDER.filter((id) => sectionHasContent(content, id)).map(defaultSection);
  return { sections, ...content };
}

function autoMetrics(article: ParsedArticle, quantities: readonly ExtractedQuantity[]): Metric[] {
  const labels = quantities.map((q) => {
    // Money, shares, multiples and spans of time say what they are in the words before them
    // ("revenue of $1.2 billion", "up 18%", "sales tripled", "talks lasted six months").
    const described = q.currency || q.unit === PERCENT_UNIT || (q.noun === null && (q.unit === TIMES_UNIT || DURATIONS.has(q.unit))) ? wordsBefore(article.text, q) : null;
    return capitalise((q.noun ?? described ?? q.unit).replace(/\s+/g, ' '));
  });
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const slug = createSlugger();
  return quantities.map((q, i) => {
    const base = labels[i] ?? q.unit;
    // Several figures of one kind ("Parameters" ×4) are told apart by their own wording.
    const label = (counts.get(base) ?? 0) > 1 ? `${base}: ${q.text.replace(/\s+/g, ' ')}` : base;
    const group = q.currency ?? q.unit;
    return {
      id: slug(label),
      label,
      group: slugify(group),
      groupLabel: q.currency ? `Money (${q.currency})` : capitalise(q.unit),
      quantity: q.id,
    };
  });
}

/** Returns up to three words before a money figure ("valued at", "raised") to say what the money is. */
function wordsBefore(text: string, q: ExtractedQuantity): string | null {
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  // A decimal point or a thousands comma ("2.05", "61,880") does not end a clause.
  const clause = before.split(/[;:!?()"“”]|[,.](?!\d)/).pop() ?? '';
  let all = clause.trim().split(/\s+/).filter(Boolean);
  const lastNumber = all.findLastIndex((w) => /\d/.test(w));
  if (lastNumber !== -1 && all.slice(lastNumber + 1).every(isFiller)) {
    // The second end of a range ("margin of between 2.05 and", "grew 8-") is described before the first.
    all = all.slice(0, lastNumber);
    while (all.length > 0 && isFunctionWord(all[all.length - 1] ?? '')) all.pop();
  }
  const words = all.slice(-3);
  // "margin of between", "over the next": words that lead to a figure do not name it.
  while (words.length > 0 && LEADING_IN.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  // "and recently raised" → "raised": the verb says what the money is.
  while (words.length > 1 && isFiller(words[0] ?? '')) words.shift();
  return words.length ? words.join(' ') : null;
}

function autoTimeline(article: ParsedArticle, times: readonly TimeFact[]): Story['timeline'] {
  const slug = createSlugger();
  const events: TimelineEvent[] = [];
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  for (const t of times) {
    const sentence = byId.get(t.sentence);
    if (sentence?.kind !== 'body') continue;
    const title = excerpt(article.text, sentence, t);
    events.push({ id: slug(title), lane: AUTO_LANE.id, title, time: t.id, sentence: sentence.id });
  }
  return { lanes: [AUTO_LANE], events };
}

/** Returns a short excerpt of the clause that holds the time expression. */
function excerpt(text: string, sentence: { start: number; end: number }, t: TimeFact): string {
  let from = sentence.start;
  for (let i = t.start - 1; i > sentence.start; i--) {
    // A comma inside "61,880" does not end a clause.
    if (/[,;:]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? '')) {
      from = i + 1;
      break;
    }
  }
  let clause = text.slice(from, sentence.end).trim().replace(/^(?:and|but|or|then)\s+/i, '');
  if (clause.split(/\s+/).length < 4) clause = text.slice(sentence.start, sentence.end).trim();
  const words = clause.split(/\s+/);
  const cut = capitalise(words.slice(0, MAX_TITLE_WORDS).join(' ').replace(/[,;:]$/, ''));
  return words.length > MAX_TITLE_WORDS ? `${cut}…` : cut.replace(/[.!?]$/, '');
}

function isFiller(word: string): boolean {
  return isFunctionWord(word) || /ly$/i.test(word) || /^(?:now|then|also|just|still)$/i.test(word);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
