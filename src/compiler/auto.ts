/**
 * Auto mode: the story an article gets without a story file. Every figure becomes a metric,
 * grouped by what it measures (figureGroups.ts) and labelled by a headline made from its
 * clause (headline.ts); every dated clause of the body a timeline event in one lane, titled the
 * same way (not the other side of a comparison, "from ₹5,080 crore a year earlier"); every person the cast. Org and strategy need an editor.
 */
import type { Metric, Person, Quantity, SectionId, Story, TimeFact, TimelineEvent } from '../schema/bundle';
import { type AnalysedSentence, analyseSentence, type FactSpan } from './clauses';
import { groupFigures, isFeatured } from './figureGroups';
import { makeHeadline } from './headline';
import { defaultSection, sectionHasContent } from './sections';
import { createSlugger } from './slugs';
import { PRECISION_RANK } from './times';
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
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  // One event a clause: "Sahyadri Finance on Tuesday reported a 34 per cent jump in profit for the
  // July-September quarter of FY26" is one event on Tuesday, not four with one title; "promoted in
  // 2022, led the open-sourcing in 2024" stays two. The most precise time of the clause dates it.
  const chosen = new Map<string, { time: TimeFact; title: string }>();
  for (const t of times) {
    const sentence = byId.get(t.sentence);
    if (sentence?.kind !== 'body' || isComparisonBase(article.text, t, times)) continue;
    // A sentence that is all date ("In 2019.") still gets a title: the date as written.
    const title = headline(t, false) || capitalise(t.text.replace(/\s+/g, ' '));
    const key = `${t.sentence}\u0000${title}`;
    const kept = chosen.get(key);
    if (!kept || PRECISION_RANK[t.precision] > PRECISION_RANK[kept.time.precision]) chosen.set(key, { time: t, title });
  }
  const events: TimelineEvent[] = [...chosen.values()]
    .sort((a, b) => a.time.start - b.time.start)
    .map(({ time, title }) => ({ id: slug(title), lane: AUTO_LANE.id, title, time: time.id, sentence: time.sentence }));
  return { lanes: [AUTO_LANE], events };
}

// What stands before the other side of a comparison: a figure after "from" ("from ₹5,080 crore",
// "up from about 400,000 in"), or "than", "compared with", "versus". "From 2019 to 2021" is no comparison.
const IN_CLAUSE = String.raw`(?:[^,;.]|(?<=\d)[,.](?=\d))`;
const COMPARED_BEFORE = new RegExp(String.raw`(?:\b(?:from|compared\s+with|versus|vs\.?|against)\s+${IN_CLAUSE}{0,40}\d${IN_CLAUSE}{0,30}\s+(?:in\s+)?|\bthan\s+(?:in\s+)?)$`, 'i');
// A time that is a year back from another: "a year earlier", "the year-ago period", "the same period of 2024".
const YEAR_BACK = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+(?:year[-\s](?:earlier|ago)|same\s+(?:period|quarter|month|half)|(?:prior|previous)[-\s]year)\b.*)$/i;

/**
 * Returns true when a time only dates the other side of a comparison ("rose to ₹6,452 crore
 * from ₹5,080 crore a year earlier", "up from about 400,000 in 2023"): its sentence tells of
 * something else, and a timeline event titled from it would put today's news in the past.
 */
function isComparisonBase(text: string, t: TimeFact, times: readonly TimeFact[]): boolean {
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start))) return true;
  return YEAR_BACK.test(t.text.replace(/\s+/g, ' ')) && times.some((o) => o !== t && o.sentence === t.sentence);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
