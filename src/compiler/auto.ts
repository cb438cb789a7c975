/**
 * Auto mode: the story an article gets without a story file. Every figure becomes a metric,
 * grouped by what it measures (figureGroups.ts) and labelled by a headline made from its
 * clause (headline.ts); every dated body sentence a timeline event in one lane, titled the
 * same way; every person the cast. Org and strategy need an editor.
 */
import type { Metric, Person, Quantity, SectionId, Story, TimeFact, TimelineEvent } from '../schema/bundle';
import { type AnalysedSentence, analyseSentence, type FactSpan } from './clauses';
import { groupFigures, isFeatured } from './figureGroups';
import { makeHeadline } from './headline';
import { defaultSection, sectionHasContent } from './sections';
import { createSlugger } from './slugs';
import type { ParsedArticle, ParsedSentence } from './types';

const AUTO_LANE = { id: 'events', label: 'Events in the article' };
const ORDER: readonly SectionId[] = ['metrics', 'timeline', 'people', 'source'];

/** Returns the default story built from what the extractors found. */
export function buildAutoStory(article: ParsedArticle, quantities: readonly Quantity[], times: readonly TimeFact[], people: readonly Person[]): Story {
  const headlines = createHeadliner(article, quantities, times, people);
  const content: Omit<Story, 'sections'> = {
    metrics: autoMetrics(article, quantities, headlines),
    timeline: autoTimeline(article, times, headlines),
    org: null,
    strategy: null,
    people: people.map((p) => p.id),
  };
  if (content.timeline.events.length === 0) content.timeline.lanes = [];
  const sections = ORDER.filter((id) => sectionHasContent(content, id)).map(defaultSection);
  return { sections, ...content };
}

type Headliner = (fact: { start: number; sentence: string }, keepFact: boolean) => string;

/**
 * Returns a function that makes a fact's headline. Each sentence is cut into words and
 * clauses once, with every fact in it (figures, dates, names), however many facts it holds.
 */
function createHeadliner(article: ParsedArticle, quantities: readonly Quantity[], times: readonly TimeFact[], people: readonly Person[]): Headliner {
  const spans = new Map<string, FactSpan[]>();
  const add = (sentence: string, span: FactSpan) => {
    const list = spans.get(sentence);
    if (list) list.push(span);
    else spans.set(sentence, [span]);
  };
  for (const q of quantities) add(q.sentence, { start: q.start, end: q.end, kind: 'figure' });
  for (const t of times) add(t.sentence, { start: t.start, end: t.end, kind: 'date' });
  for (const p of people) for (const m of p.mentions) add(m.sentence, { start: m.start, end: m.end, kind: 'person' });
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));
  const analysed = new Map<string, AnalysedSentence>();
  return (fact, keepFact) => {
    const sentence = sentences.get(fact.sentence) as ParsedSentence;
    let analysis = analysed.get(sentence.id);
    if (!analysis) {
      analysis = analyseSentence(article.text, sentence.start, sentence.end, spans.get(sentence.id) ?? []);
      analysed.set(sentence.id, analysis);
    }
    const index = analysis.words.findIndex((w) => w.start === fact.start);
    return index === -1 ? '' : makeHeadline(analysis, index, keepFact);
  };
}

function autoMetrics(article: ParsedArticle, quantities: readonly Quantity[], headline: Headliner): Metric[] {
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));
  const groups = groupFigures(article.text, quantities, (q) => sentences.get(q.sentence) ?? q);
  const slug = createSlugger();
  const groupSlug = createSlugger();
  return groups.flatMap((group) => {
    const groupId = groupSlug(group.id);
    return group.members.map((q, index) => {
      // The figure as written, when its sentence yields no headline ("US$5bn").
      const label = headline(q, true) || q.text.replace(/\s+/g, ' ');
      return { id: slug(label), label, group: groupId, groupLabel: group.label, quantity: q.id, featured: isFeatured(index, group.members.length) };
    });
  });
}

function autoTimeline(article: ParsedArticle, times: readonly TimeFact[], headline: Headliner): Story['timeline'] {
  const slug = createSlugger();
  const events: TimelineEvent[] = [];
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  for (const t of times) {
    const sentence = byId.get(t.sentence);
    if (sentence?.kind !== 'body') continue;
    // A sentence that is all date ("In 2019.") still gets a title: the date as written.
    const title = headline(t, false) || capitalise(t.text.replace(/\s+/g, ' '));
    events.push({ id: slug(title), lane: AUTO_LANE.id, title, time: t.id, sentence: sentence.id });
  }
  return { lanes: [AUTO_LANE], events };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
