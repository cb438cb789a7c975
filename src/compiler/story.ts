/**
 * The story file resolved: the editorial layer (section heads, featured figures, timeline
 * lanes and events, the org views, the strategy comparison, the cast) bound to the facts the
 * extractors found, each entry through its quote. Figures, dates and names never come from
 * the file itself. The schema (storyFile.ts) has checked the shape; this checks what points
 * into the article or at another entry, and reports every problem, in file order.
 */
import type { Metric, OrgNode, OrgView, Person, Quantity, Section, SectionId, Span, Story, StrategySide, TimeFact, TimelineEvent } from '../schema/bundle';
import { SECTION_IDS } from '../schema/bundle';
import { type Diagnostic, errorAt, positionOf, warningAt } from './diagnostics';
import { locateQuote, type Range } from './locate';
import { defaultSection, sectionHasContent } from './sections';
import { createSlugger } from './slugs';
import { type QuoteRef, type StoryData, type StoryFile, type StoryPath, shorten } from './storyFile';
import { closestMatch, didYouMean } from './suggest';
import type { ParsedArticle } from './types';

export interface StoryContext {
  article: ParsedArticle;
  quantities: readonly Quantity[];
  times: readonly TimeFact[];
  people: readonly Person[];
  /** id of the dateline's time fact, for `when: published` */
  publishedTime: string | null;
  articlePath: string;
}

/** Returns the story resolved against the extracted facts, and every problem of the story file (its schema's too), in file order. */
export function resolveStory(file: StoryFile, ctx: StoryContext): { story: Story; diagnostics: Diagnostic[] } {
  const resolver = new Resolver(file, ctx);
  const story = resolver.story(file.data);
  const diagnostics = [...file.diagnostics, ...resolver.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return { story, diagnostics };
}

type Entry<T> = [value: T, at: StoryPath];

class Resolver {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: StoryFile,
    private readonly ctx: StoryContext,
  ) {}

  private error(at: StoryPath, message: string, onKey = false): void {
    this.diagnostics.push(errorAt(this.file.path, message, this.file.locate(at, onKey)));
  }

  private warn(at: StoryPath, message: string, onKey = false): void {
    this.diagnostics.push(warningAt(this.file.path, message, this.file.locate(at, onKey)));
  }

  /** Returns the entries of a list that the schema accepted, each with its path. */
  private entries<T>(list: readonly T[] | null | undefined, at: StoryPath): Entry<T>[] {
    return (list ?? []).flatMap((value, i): Entry<T>[] => (this.file.accepts([...at, i]) ? [[value, [...at, i]]] : []));
  }

  story(data: StoryData): Story {
    if (data.published_year != null && !this.ctx.article.dateline) this.error(['published_year'], `published_year is set but ${this.ctx.articlePath} has no dateline to date`);
    const content = {
      metrics: this.metrics(data),
      timeline: this.timeline(data.timeline),
      org: this.org(data.org),
      strategy: this.strategy(data.strategy),
      people: data.people ? this.people(data.people) : this.ctx.people.map((p) => p.id),
    };
    return { sections: this.sections(data.sections, content), ...content };
  }

  // ── quotes ──────────────────────────────────────────────────────────────

  /** Returns the span a quote points at; `occurrence` sits in the quote (`{ quote, occurrence }`) or beside it, at `entry`. */
  private quote(ref: QuoteRef, at: StoryPath, scopes: readonly Range[] = [], entry?: { occurrence?: number | null; at: StoryPath }): Span | null {
    const occurrence = ref.occurrence ?? entry?.occurrence ?? null;
    const occurrenceAt = ref.occurrence != null ? [...at, 'occurrence'] : [...(entry?.at ?? at), 'occurrence'];
    const quoteAt = [...at, 'quote'];
    const result = locateQuote(this.ctx.article, ref.quote, { scopes, occurrence });
    if (result.ok) return result.span;
    const shown = shorten(ref.quote);
    const file = this.ctx.articlePath;
    switch (result.reason) {
      case 'empty':
        this.error(quoteAt, 'the quote is empty');
        break;
      case 'not-found':
        this.error(quoteAt, `quote "${shown}" not found in ${file}`);
        break;
      case 'boilerplate':
        this.error(quoteAt, `quote "${shown}" is only in the boilerplate of ${file} (disclaimer, comments), which is never part of the story`);
        break;
      case 'ambiguous': {
        const places = result.offsets.slice(0, 4).map((o) => {
          const { line, col } = positionOf(this.ctx.article.text, o);
          return `${line}:${col}`;
        });
        this.error(quoteAt, `quote "${shown}" is ambiguous: found ${result.offsets.length} times in ${file} (at ${places.join(' and ')}); quote more words or add "occurrence: N"`);
        break;
      }
      case 'occurrence':
        this.error(occurrenceAt, `occurrence ${occurrence} of quote "${shown}" does not exist: it is found ${result.count} time${result.count === 1 ? '' : 's'} in ${file}`);
        break;
    }
    return null;
  }

  private sentence(id: string | undefined) {
    return this.ctx.article.sentences.find((s) => s.id === id);
  }

  private sentenceRange(id: string | undefined): Range[] {
    const s = this.sentence(id);
    return s ? [{ start: s.start, end: s.end }] : [];
  }

  /** Reports a label's digits that its sentences do not have: labels may not smuggle figures. */
  private checkDigits(at: StoryPath, what: string, label: string, sentenceIds: readonly (string | undefined)[]): void {
    const source = sentenceIds.map((id) => {
      const s = this.sentence(id);
      return s ? this.ctx.article.text.slice(s.start, s.end) : '';
    });
    const missing = label.match(/\d+/g)?.find((d) => !source.some((text) => text.includes(d)));
    if (missing === undefined) return;
    const where = sentenceIds.length ? 'the quoted sentence' : 'an entry without a quote';
    this.error(at, `${what} "${shorten(label)}" has the figure "${missing}", which is not in ${where}: figures come from the article`);
  }

  /** Returns the one fact inside the span, reporting none or several. */
  private factIn<T extends { id: string; text: string; start: number; end: number; sentence: string }>(span: Span, facts: readonly T[], at: StoryPath, noun: 'figure' | 'date'): T | null {
    const inside = facts.filter((f) => f.start >= span.start && f.end <= span.end);
    if (inside.length === 1) return inside[0] as T;
    const shown = shorten(span.text);
    if (inside.length > 1) {
      this.error(at, `quote "${shown}" holds ${inside.length} ${noun}s (${inside.map((f) => `"${f.text}"`).join(', ')}): quote just the one to feature`);
      return null;
    }
    const nearby = facts.filter((f) => f.sentence === span.sentence).map((f) => `"${f.text}"`);
    const hint = nearby.length ? `${noun}s found in that sentence: ${nearby.join(', ')}` : `the compiler found no ${noun} in that sentence`;
    this.error(at, `quote "${shown}" holds no ${noun} the compiler extracted (${hint})`);
    return null;
  }

  /** Reports an id that is not among the defined ones ("unknown lane"), naming them and the closest; returns whether it is known. */
  private known(id: string, ids: readonly string[], at: StoryPath, what: { noun: string; in?: string; list: string; none?: string }): boolean {
    if (ids.includes(id)) return true;
    const where = what.in ? ` in ${what.in}` : '';
    this.error(at, `unknown ${what.noun} "${shorten(id)}"${where}${didYouMean(id, ids)} (${what.list}: ${ids.join(', ') || (what.none ?? 'none')})`);
    return false;
  }

  // ── sections ────────────────────────────────────────────────────────────

  private sections(list: StoryData['sections'], content: Omit<Story, 'sections'>): Section[] {
    const sections: Section[] = [];
    const listed = new Set<SectionId>();
    for (const [section, at] of this.entries(list, ['sections'])) {
      listed.add(section.id);
      if (section.title != null) this.checkDigits([...at, 'title'], 'section title', section.title, []);
      if (section.dek != null) this.checkDigits([...at, 'dek'], 'section dek', section.dek, []);
      if (!sectionHasContent(content, section.id)) {
        this.warn([...at, 'id'], `section "${section.id}" has nothing to show and is left out`);
        continue;
      }
      const fallback = defaultSection(section.id);
      sections.push({ id: section.id, title: section.title ?? fallback.title, dek: section.dek ?? (section.title != null ? null : fallback.dek) });
    }
    // Content the story defines but forgot to list is still shown, after the listed sections.
    for (const id of SECTION_IDS) {
      if (listed.has(id) || !sectionHasContent(content, id)) continue;
      if (id !== 'source' && list) this.warn(['sections'], `section "${id}" has content but is not listed in sections: added at the end with a default title`, true);
      sections.push(defaultSection(id));
    }
    const source = sections.findIndex((s) => s.id === 'source');
    if (source !== -1 && source !== sections.length - 1) sections.push(...sections.splice(source, 1));
    return sections;
  }

  // ── metrics ─────────────────────────────────────────────────────────────

  private metrics(data: StoryData): Metric[] {
    const groups = new Map<string, string>();
    for (const [group, at] of this.entries(data.metric_groups, ['metric_groups'])) {
      this.checkDigits([...at, 'label'], 'metric group label', group.label, []);
      groups.set(group.id, group.label);
    }
    const metrics: Metric[] = [];
    const slug = createSlugger();
    for (const [metric, at] of this.entries(data.metrics, ['metrics'])) {
      this.known(metric.group, [...groups.keys()], [...at, 'group'], { noun: 'metric group', list: 'groups', none: 'none defined in metric_groups' });
      const span = this.quote(metric.quote, [...at, 'quote'], [], { occurrence: metric.occurrence, at });
      if (!span) continue;
      this.checkDigits([...at, 'label'], 'metric label', metric.label, [span.sentence]);
      const quantity = this.factIn(span, this.ctx.quantities, [...at, 'quote'], 'figure');
      if (quantity) metrics.push({ id: slug(metric.label), label: metric.label, group: metric.group, groupLabel: groups.get(metric.group) ?? metric.group, quantity: quantity.id });
    }
    return metrics;
  }

  // ── timeline ────────────────────────────────────────────────────────────

  private timeline(timeline: StoryData['timeline']): Story['timeline'] {
    const lanes: Story['timeline']['lanes'] = [];
    for (const [lane, at] of this.entries(timeline?.lanes, ['timeline', 'lanes'])) {
      this.checkDigits([...at, 'label'], 'lane label', lane.label, []);
      lanes.push({ id: lane.id, label: lane.label });
    }
    const events: TimelineEvent[] = [];
    const slug = createSlugger();
    for (const [event, at] of this.entries(timeline?.events, ['timeline', 'events'])) {
      this.known(event.lane, lanes.map((l) => l.id), [...at, 'lane'], { noun: 'lane', list: 'lanes' });
      const span = event.quote ? this.quote(event.quote, [...at, 'quote'], [], { occurrence: event.occurrence, at }) : null;
      if (event.quote && !span) continue;
      let time: string | null = null;
      const sentences: string[] = [];
      if (event.when === 'published') {
        const dateline = this.ctx.article.dateline;
        if (!this.ctx.publishedTime || !dateline) {
          this.error([...at, 'when'], `when: published needs a dated dateline, and ${this.ctx.articlePath} has none`);
          continue;
        }
        time = this.ctx.publishedTime;
        sentences.push(dateline.sentence, span?.sentence ?? dateline.sentence);
      } else if (span) {
        time = this.factIn(span, this.ctx.times, [...at, 'quote'], 'date')?.id ?? null;
        sentences.push(span.sentence);
      }
      if (time === null) continue;
      this.checkDigits([...at, 'title'], 'event title', event.title, sentences);
      events.push({ id: slug(event.title), lane: event.lane, title: event.title, time, sentence: sentences.at(-1) as string });
    }
    return { lanes, events };
  }

  // ── org ─────────────────────────────────────────────────────────────────

  private org(org: StoryData['org']): Story['org'] {
    if (!org) return null;
    const views: OrgView[] = [];
    for (const id of ['before', 'after'] as const) {
      const view = org[id];
      const resolved = view ? this.orgView(id, view) : null;
      if (resolved) views.push(resolved);
    }
    return views.length ? { views } : null;
  }

  private orgView(id: 'before' | 'after', view: NonNullable<NonNullable<StoryData['org']>['before']>): OrgView | null {
    const at = ['org', id];
    const summary = this.quote(view.summary, [...at, 'summary']);
    this.checkDigits([...at, 'title'], `org ${id} title`, view.title, summary ? [summary.sentence] : []);
    const summaryScope = summary ? this.sentenceRange(summary.sentence) : [];
    const nodes: OrgNode[] = [];
    const parents: Array<{ node: OrgNode; at: StoryPath; parent: string }> = [];
    for (const [n, nodeAt] of this.entries(view.nodes, [...at, 'nodes'])) {
      const note = n.note ? this.quote(n.note, [...nodeAt, 'note']) : null;
      // A short label ("Tongyi Lab") is looked for in the node's note sentence, then the view's summary.
      const label = this.quote(n.label, [...nodeAt, 'label'], [...(note ? this.sentenceRange(note.sentence) : []), ...summaryScope]);
      const leads = this.names(n.leads, [...nodeAt, 'leads']);
      if (!label) continue;
      const node: OrgNode = { id: n.id, label, kind: n.kind, parent: null, leads: [...new Set(leads)], note };
      if (n.parent != null) parents.push({ node, at: [...nodeAt, 'parent'], parent: n.parent });
      nodes.push(node);
    }
    for (const { node, at: parentAt, parent } of parents) {
      if (parent === node.id) this.error(parentAt, `node "${parent}" cannot be its own parent`);
      else if (this.known(parent, nodes.map((x) => x.id), parentAt, { noun: 'node', in: `org ${id}`, list: 'nodes' })) node.parent = parent;
    }
    this.checkCycles(nodes, id);
    return summary ? { id, title: view.title, summary, nodes } : null;
  }

  private checkCycles(nodes: OrgNode[], view: 'before' | 'after'): void {
    for (const start of nodes) {
      const seen = new Set<string>();
      for (let cur: OrgNode | undefined = start; cur?.parent; cur = nodes.find((n) => n.id === cur?.parent)) {
        if (seen.has(cur.id)) {
          this.error(['org', view, 'nodes'], `the parents in org ${view} form a loop through "${cur.id}"`, true);
          for (const n of nodes) if (seen.has(n.id)) n.parent = null;
          return;
        }
        seen.add(cur.id);
      }
    }
  }

  /** Returns the person ids the names refer to, reporting unknown names. */
  private names(list: readonly string[] | null | undefined, at: StoryPath): string[] {
    return this.entries(list, at).flatMap(([name, nameAt]) => this.person(name, nameAt)?.id ?? []);
  }

  /** Returns the person a name refers to: a full name, or a short form only one person has. */
  private person(name: string, at: StoryPath): Person | null {
    const { people, article } = this.ctx;
    const exact = people.find((p) => p.name === name);
    if (exact) return exact;
    const byMention = people.filter((p) => p.mentions.some((m) => article.text.slice(m.start, m.end) === name));
    if (byMention.length === 1) return byMention[0] as Person;
    const known = people.map((p) => p.name);
    const close = closestMatch(name, known);
    const hint = close === null ? '' : `; did you mean "${close}"?`;
    this.error(at, `unknown person "${shorten(name)}": no person of that name was found in ${this.ctx.articlePath}${hint} (people: ${known.join(', ') || 'none'})`);
    return null;
  }

  // ── strategy ────────────────────────────────────────────────────────────

  private strategy(strategy: StoryData['strategy']): Story['strategy'] {
    if (!strategy) return null;
    const before = this.strategySide('before', strategy.before);
    const after = this.strategySide('after', strategy.after);
    const stages: NonNullable<Story['strategy']>['stages'] = [];
    const slug = createSlugger();
    for (const [stage, at] of this.entries(strategy.stages, ['strategy', 'stages'])) {
      // Stages are listed together in the text: look next to the previous one first.
      const label = this.quote(stage, at, this.sentenceRange(stages.at(-1)?.label.sentence));
      if (label) stages.push({ id: slug(label.text), label, current: false });
    }
    const currentNote = strategy.current ? this.quote(strategy.current, ['strategy', 'current']) : null;
    if (currentNote) {
      const named = stages.filter((s) => currentNote.text.includes(s.label.text));
      const shown = shorten(currentNote.text);
      if (named.length === 1) (named[0] as { current: boolean }).current = true;
      else this.error(['strategy', 'current'], named.length === 0 ? `the current quote "${shown}" names none of the stages` : `the current quote "${shown}" names ${named.length} stages: quote the part that names one`);
    }
    return before && after ? { before, after, stages, currentNote } : null;
  }

  private strategySide(side: 'before' | 'after', entry: NonNullable<StoryData['strategy']>['before']): StrategySide | null {
    const at = ['strategy', side];
    const focus = this.quote(entry.focus, [...at, 'focus']);
    const kpis: Span[] = [];
    for (const [kpi, kpiAt] of this.entries(entry.kpis, [...at, 'kpis'])) {
      const span = this.quote(kpi, kpiAt, this.sentenceRange((kpis.at(-1) ?? focus)?.sentence));
      if (span) kpis.push(span);
    }
    this.checkDigits([...at, 'title'], `strategy ${side} title`, entry.title, focus ? [focus.sentence] : []);
    return focus ? { title: entry.title, focus, kpis } : null;
  }

  // ── people ──────────────────────────────────────────────────────────────

  private people(list: readonly string[]): string[] {
    const ids: string[] = [];
    for (const [name, at] of this.entries(list, ['people'])) {
      const person = this.person(name, at);
      if (!person) continue;
      if (ids.includes(person.id)) this.warn(at, `"${name}" is listed twice in people`);
      else ids.push(person.id);
    }
    return ids;
  }
}
