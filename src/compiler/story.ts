/**
 * The story file: the editorial layer (section heads, featured figures, timeline lanes and
 * events, the org views, the strategy comparison, the cast), every entry pointing into the
 * article by a quote. Resolving binds each entry to the facts the extractors found; figures,
 * dates and names never come from the file itself. Every problem is collected with its
 * line and column; nothing stops at the first.
 */
import type { Metric, OrgNode, OrgView, Person, Quantity, Section, SectionId, Span, Story, Strategy, StrategySide, TimeFact, TimelineEvent } from '../schema/bundle';
import { SECTION_IDS } from '../schema/bundle';
import { createSlugger } from './slugs';
import { positionOf } from './diagnostics';
import { locateQuote, type Range } from './locate';
import { defaultSection, sectionHasContent } from './sections';
import type { ParsedArticle } from './types';
import { isYamlMap, type YamlNode, YamlReader, type YamlSource } from './yamlReader';

export interface StoryContext {
  article: ParsedArticle;
  quantities: readonly Quantity[];
  times: readonly TimeFact[];
  people: readonly Person[];
  /** id of the dateline's time fact, for `when: published` */
  publishedTime: string | null;
  articlePath: string;
}

const TOP_KEYS = ['published_year', 'sections', 'metric_groups', 'metrics', 'timeline', 'org', 'strategy', 'people'] as const;
const ORG_KINDS = ['company', 'lab', 'team', 'group'] as const;
const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns the `published_year` of a parsed story file, or null when it has none. */
export function readPublishedYear(source: YamlSource, path: string): { year: number | null; reader: YamlReader } {
  const reader = new YamlReader(path, source);
  const top = reader.map(source.root, 'the story file', TOP_KEYS);
  const node = top?.get('published_year');
  const year = node ? reader.integer(node.value, 'published_year') : null;
  if (year !== null && (year < 1000 || year > 2999)) {
    reader.error(node?.value, `published_year must be a four-digit year, not ${year}`);
    return { year: null, reader };
  }
  return { year, reader };
}

/** Returns the story resolved against the extracted facts; problems go to `reader.diagnostics`. */
export function resolveStory(source: YamlSource, reader: YamlReader, ctx: StoryContext): Story {
  const r = new Resolver(reader, ctx);
  // Unknown top-level keys were reported by readPublishedYear; read quietly here.
  const quiet = new YamlReader(reader.path, source);
  const top = quiet.map(source.root, 'the story file', TOP_KEYS) ?? new Map();
  if (top.size === 0 && source.diagnostics.length === 0 && reader.diagnostics.length === 0) {
    reader.warn(null, 'the story file is empty: only the cast and the article are shown');
  }
  const metrics = r.metrics(top.get('metric_groups')?.value, top.get('metrics')?.value, top.get('metrics')?.key);
  const timeline = r.timeline(top.get('timeline')?.value, top.get('timeline')?.key);
  const org = r.org(top.get('org')?.value, top.get('org')?.key);
  const strategy = r.strategy(top.get('strategy')?.value, top.get('strategy')?.key);
  const peopleEntry = top.get('people');
  const people = peopleEntry ? r.people(peopleEntry.value, peopleEntry.key) : ctx.people.map((p) => p.id);
  const content = { metrics, timeline, org, strategy, people };
  const sections = r.sections(top.get('sections')?.value, top.get('sections')?.key, content);
  return { sections, ...content };
}

class Resolver {
  constructor(
    private readonly y: YamlReader,
    private readonly ctx: StoryContext,
  ) {}

  // ── quotes ──────────────────────────────────────────────────────────────

  /**
   * Returns the span a quote entry points at. The entry is text, or `{ quote, occurrence }`;
   * `occurrence` may also sit beside it (`siblingOccurrence`).
   */
  quote(node: YamlNode, what: string, fallback: YamlNode, scopes: readonly Range[] = [], siblingOccurrence: YamlNode = null): Span | null {
    let quoteNode = node;
    let occurrenceNode = siblingOccurrence;
    const asMap = isYamlMap(node) ? this.y.map(node, what, ['quote', 'occurrence'], fallback) : null;
    if (asMap) {
      quoteNode = asMap.get('quote')?.value;
      occurrenceNode = asMap.get('occurrence')?.value ?? siblingOccurrence;
    }
    const quote = this.y.required(quoteNode, `${what} quote`, quoteNode ?? node ?? fallback);
    if (quote === null) return null;
    const occurrence = this.y.integer(occurrenceNode, 'occurrence');
    const at = quoteNode ?? node;
    const result = locateQuote(this.ctx.article, quote, { scopes, occurrence });
    if (result.ok) return result.span;
    const shown = shorten(quote);
    const file = this.ctx.articlePath;
    switch (result.reason) {
      case 'empty':
        this.y.error(at, `${what}: the quote is empty`, fallback);
        break;
      case 'not-found':
        this.y.error(at, `quote "${shown}" not found in ${file}`, fallback);
        break;
      case 'boilerplate':
        this.y.error(at, `quote "${shown}" is only in the boilerplate of ${file} (disclaimer, comments), which is never part of the story`, fallback);
        break;
      case 'ambiguous': {
        const places = result.offsets.slice(0, 4).map((o) => this.place(o));
        this.y.error(at, `quote "${shown}" is ambiguous: found ${result.offsets.length} times in ${file} (at ${places.join(' and ')}); quote more words or add "occurrence: N"`, fallback);
        break;
      }
      case 'occurrence':
        this.y.error(occurrenceNode ?? at, `occurrence ${occurrence} of quote "${shown}" does not exist: it is found ${result.count} time${result.count === 1 ? '' : 's'} in ${file}`, fallback);
        break;
    }
    return null;
  }

  private place(offset: number): string {
    const { line, col } = positionOf(this.ctx.article.text, offset);
    return `${line}:${col}`;
  }

  private sentenceRange(id: string | undefined): Range[] {
    const s = this.ctx.article.sentences.find((x) => x.id === id);
    return s ? [{ start: s.start, end: s.end }] : [];
  }

  private sentenceText(id: string | undefined): string {
    const s = this.ctx.article.sentences.find((x) => x.id === id);
    return s ? this.ctx.article.text.slice(s.start, s.end) : '';
  }

  /** Reports a label's digits that its sentence does not have: labels may not smuggle figures. */
  private checkDigits(node: YamlNode, what: string, label: string, sentenceIds: readonly (string | undefined)[]): void {
    const digits = label.match(/\d+/g);
    if (!digits) return;
    const source = sentenceIds.map((id) => this.sentenceText(id)).join('\n');
    for (const d of digits) {
      if (!source.includes(d)) {
        const where = sentenceIds.length ? 'the quoted sentence' : 'an entry without a quote';
        this.y.error(node, `${what} "${shorten(label)}" has the figure "${d}", which is not in ${where}: figures come from the article`);
        return;
      }
    }
  }

  // ── sections ────────────────────────────────────────────────────────────

  sections(node: YamlNode, key: YamlNode, content: Omit<Story, 'sections'>): Section[] {
    const sections: Section[] = [];
    const seen = new Set<SectionId>();
    for (const item of this.y.list(node, 'sections', key)) {
      const entry = this.y.map(item, 'a section', ['id', 'title', 'dek'], key);
      if (!entry) continue;
      const idNode = entry.get('id')?.value;
      const id = this.y.required(idNode, 'section id', item);
      if (id === null) continue;
      if (!(SECTION_IDS as readonly string[]).includes(id)) {
        this.y.error(idNode, `unknown section "${id}" (sections: ${SECTION_IDS.join(', ')})`);
        continue;
      }
      const sectionId = id as SectionId;
      if (seen.has(sectionId)) {
        this.y.error(idNode, `section "${id}" is listed twice`);
        continue;
      }
      seen.add(sectionId);
      const titleNode = entry.get('title')?.value;
      const title = this.y.string(titleNode, 'section title') ?? defaultSection(sectionId).title;
      const dekNode = entry.get('dek')?.value;
      const dek = this.y.string(dekNode, 'section dek');
      this.checkDigits(titleNode, 'section title', title, []);
      if (dek !== null) this.checkDigits(dekNode, 'section dek', dek, []);
      if (!sectionHasContent(content, sectionId)) {
        this.y.warn(idNode, `section "${id}" has nothing to show and is left out`);
        continue;
      }
      sections.push({ id: sectionId, title, dek: dek ?? (titleNode ? null : defaultSection(sectionId).dek) });
    }
    // Content the story defines but forgot to list is still shown, after the listed sections.
    for (const id of SECTION_IDS) {
      if (seen.has(id) || !sectionHasContent(content, id)) continue;
      if (id !== 'source' && node !== undefined && node !== null) this.y.warn(key, `section "${id}" has content but is not listed in sections: added at the end with a default title`);
      sections.push(defaultSection(id));
    }
    const source = sections.findIndex((s) => s.id === 'source');
    if (source !== -1 && source !== sections.length - 1) sections.push(...sections.splice(source, 1));
    return sections;
  }

  // ── metrics ─────────────────────────────────────────────────────────────

  metrics(groupsNode: YamlNode, node: YamlNode, key: YamlNode): Metric[] {
    const groups = new Map<string, string>();
    for (const item of this.y.list(groupsNode, 'metric_groups')) {
      const entry = this.y.map(item, 'a metric group', ['id', 'label']);
      if (!entry) continue;
      const id = this.y.required(entry.get('id')?.value, 'metric group id', item);
      const labelNode = entry.get('label')?.value;
      const label = this.y.required(labelNode, 'metric group label', item);
      if (id === null || label === null) continue;
      if (groups.has(id)) this.y.error(entry.get('id')?.value, `metric group "${id}" is defined twice`);
      this.checkDigits(labelNode, 'metric group label', label, []);
      groups.set(id, label);
    }
    const metrics: Metric[] = [];
    const slug = createSlugger();
    for (const item of this.y.list(node, 'metrics', key)) {
      const entry = this.y.map(item, 'a metric', ['label', 'group', 'quote', 'occurrence'], key);
      if (!entry) continue;
      const labelNode = entry.get('label')?.value;
      const label = this.y.required(labelNode, 'metric label', item);
      const groupNode = entry.get('group')?.value;
      const group = this.y.required(groupNode, 'metric group', item);
      const span = this.quote(entry.get('quote')?.value, 'metric', item, [], entry.get('occurrence')?.value);
      if (group !== null && !groups.has(group)) {
        this.y.error(groupNode, `unknown metric group "${group}" (groups: ${[...groups.keys()].join(', ') || 'none defined in metric_groups'})`);
      }
      if (!span || label === null || group === null) continue;
      this.checkDigits(labelNode, 'metric label', label, [span.sentence]);
      const quantity = this.factIn(span, this.ctx.quantities, entry.get('quote')?.value ?? item, 'figure');
      if (!quantity) continue;
      metrics.push({ id: slug(label), label, group, groupLabel: groups.get(group) ?? group, quantity: quantity.id });
    }
    return metrics;
  }

  /** Returns the one fact inside the span, reporting none or several. */
  private factIn<T extends { id: string; text: string; start: number; end: number; sentence: string }>(span: Span, facts: readonly T[], node: YamlNode, noun: 'figure' | 'date'): T | null {
    const inside = facts.filter((f) => f.start >= span.start && f.end <= span.end);
    if (inside.length === 1) return inside[0] as T;
    const shown = shorten(span.text);
    if (inside.length > 1) {
      this.y.error(node, `quote "${shown}" holds ${inside.length} ${noun}s (${inside.map((f) => `"${f.text}"`).join(', ')}): quote just the one to feature`);
      return null;
    }
    const nearby = facts.filter((f) => f.sentence === span.sentence).map((f) => `"${f.text}"`);
    const hint = nearby.length ? `${noun}s found in that sentence: ${nearby.join(', ')}` : `the compiler found no ${noun} in that sentence`;
    this.y.error(node, `quote "${shown}" holds no ${noun} the compiler extracted (${hint})`);
    return null;
  }

  // ── timeline ────────────────────────────────────────────────────────────

  timeline(node: YamlNode, key: YamlNode): Story['timeline'] {
    const entry = this.y.map(node, 'timeline', ['lanes', 'events'], key);
    if (!entry) return { lanes: [], events: [] };
    const lanes: Story['timeline']['lanes'] = [];
    for (const item of this.y.list(entry.get('lanes')?.value, 'timeline lanes', entry.get('lanes')?.key)) {
      const lane = this.y.map(item, 'a lane', ['id', 'label']);
      if (!lane) continue;
      const idNode = lane.get('id')?.value;
      const id = this.y.required(idNode, 'lane id', item);
      const labelNode = lane.get('label')?.value;
      const label = this.y.required(labelNode, 'lane label', item);
      if (id === null || label === null) continue;
      if (lanes.some((l) => l.id === id)) this.y.error(idNode, `lane "${id}" is defined twice`);
      else if (!NODE_ID.test(id)) this.y.error(idNode, `lane id "${id}" must be lower-case letters, digits and hyphens`);
      else lanes.push({ id, label });
      this.checkDigits(labelNode, 'lane label', label, []);
    }
    const events: TimelineEvent[] = [];
    const slug = createSlugger();
    for (const item of this.y.list(entry.get('events')?.value, 'timeline events', entry.get('events')?.key)) {
      const ev = this.y.map(item, 'an event', ['title', 'lane', 'quote', 'occurrence', 'when']);
      if (!ev) continue;
      const titleNode = ev.get('title')?.value;
      const title = this.y.required(titleNode, 'event title', item);
      const laneNode = ev.get('lane')?.value;
      const lane = this.y.required(laneNode, 'event lane', item);
      if (lane !== null && !lanes.some((l) => l.id === lane)) this.y.error(laneNode, `unknown lane "${lane}" (lanes: ${lanes.map((l) => l.id).join(', ') || 'none'})`);
      const whenNode = ev.get('when')?.value;
      const when = this.y.string(whenNode, 'when');
      const quoteNode = ev.get('quote')?.value;
      let time: string | null = null;
      let sentence: string | null = null;
      const sentencesForDigits: string[] = [];
      if (when !== null) {
        if (when !== 'published') {
          this.y.error(whenNode, `when must be "published" (the dateline), not "${when}"; other events are dated by their quote`);
          continue;
        }
        const dateline = this.ctx.article.dateline;
        if (!this.ctx.publishedTime || !dateline) {
          this.y.error(whenNode, `when: published needs a dated dateline, and ${this.ctx.articlePath} has none`);
          continue;
        }
        time = this.ctx.publishedTime;
        sentencesForDigits.push(dateline.sentence);
        const span = quoteNode ? this.quote(quoteNode, 'event', item, [], ev.get('occurrence')?.value) : null;
        if (quoteNode && !span) continue;
        sentence = span?.sentence ?? dateline.sentence;
        sentencesForDigits.push(sentence);
      } else {
        const span = this.quote(quoteNode, 'event', item, [], ev.get('occurrence')?.value);
        if (!span) continue;
        const fact = this.factIn(span, this.ctx.times, quoteNode ?? item, 'date');
        if (!fact) continue;
        time = fact.id;
        sentence = span.sentence;
        sentencesForDigits.push(sentence);
      }
      if (title === null || lane === null || time === null || sentence === null) continue;
      this.checkDigits(titleNode, 'event title', title, sentencesForDigits);
      events.push({ id: slug(title), lane, title, time, sentence });
    }
    return { lanes, events };
  }

  // ── org ─────────────────────────────────────────────────────────────────

  org(node: YamlNode, key: YamlNode): Story['org'] {
    const entry = this.y.map(node, 'org', ['before', 'after'], key);
    if (!entry) return null;
    const views: OrgView[] = [];
    for (const id of ['before', 'after'] as const) {
      const v = entry.get(id);
      if (!v) continue;
      const view = this.orgView(id, v.value, v.key);
      if (view) views.push(view);
    }
    if (views.length === 0) {
      this.y.error(key, 'org needs a before and/or an after view');
      return null;
    }
    return { views };
  }

  private orgView(id: 'before' | 'after', node: YamlNode, key: YamlNode): OrgView | null {
    const entry = this.y.map(node, `org ${id}`, ['title', 'summary', 'nodes'], key);
    if (!entry) {
      this.y.error(key, `org ${id} is empty`);
      return null;
    }
    const titleNode = entry.get('title')?.value;
    const title = this.y.required(titleNode, `org ${id} title`, key);
    const summary = this.quote(entry.get('summary')?.value, `org ${id} summary`, key);
    if (title !== null) this.checkDigits(titleNode, `org ${id} title`, title, summary ? [summary.sentence] : []);
    const nodes: OrgNode[] = [];
    const parents: Array<{ node: OrgNode; at: YamlNode; parent: string }> = [];
    const summaryScope = summary ? this.sentenceRange(summary.sentence) : [];
    for (const item of this.y.list(entry.get('nodes')?.value, `org ${id} nodes`, entry.get('nodes')?.key)) {
      const n = this.y.map(item, 'an org node', ['id', 'label', 'kind', 'parent', 'leads', 'note']);
      if (!n) continue;
      const idNode = n.get('id')?.value;
      const nodeId = this.y.required(idNode, 'node id', item);
      if (nodeId !== null && !NODE_ID.test(nodeId)) this.y.error(idNode, `node id "${nodeId}" must be lower-case letters, digits and hyphens (it is part of links)`);
      if (nodeId !== null && nodes.some((x) => x.id === nodeId)) this.y.error(idNode, `node "${nodeId}" is defined twice in org ${id}`);
      const note = n.get('note') ? this.quote(n.get('note')?.value, 'node note', item) : null;
      // A short label ("Tongyi Lab") is looked for in the node's note sentence, then the view's summary.
      const label = this.quote(n.get('label')?.value, 'node label', item, [...(note ? this.sentenceRange(note.sentence) : []), ...summaryScope]);
      const kindNode = n.get('kind')?.value;
      const kind = this.y.required(kindNode, 'node kind', item);
      if (kind !== null && !(ORG_KINDS as readonly string[]).includes(kind)) this.y.error(kindNode, `unknown node kind "${kind}" (kinds: ${ORG_KINDS.join(', ')})`);
      const leads = this.leads(n.get('leads')?.value, n.get('leads')?.key);
      const parent = this.y.string(n.get('parent')?.value, 'parent');
      if (nodeId === null || label === null || kind === null || !(ORG_KINDS as readonly string[]).includes(kind)) continue;
      const orgNode: OrgNode = { id: nodeId, label, kind: kind as OrgNode['kind'], parent: null, leads, note };
      if (parent !== null) parents.push({ node: orgNode, at: n.get('parent')?.value, parent });
      nodes.push(orgNode);
    }
    for (const { node: orgNode, at, parent } of parents) {
      if (!nodes.some((x) => x.id === parent)) this.y.error(at, `unknown node "${parent}" in org ${id} (nodes: ${nodes.map((x) => x.id).join(', ')})`);
      else if (parent === orgNode.id) this.y.error(at, `node "${parent}" cannot be its own parent`);
      else orgNode.parent = parent;
    }
    this.checkCycles(nodes, id, entry.get('nodes')?.key);
    if (!summary || title === null) return null;
    return { id, title, summary, nodes };
  }

  private checkCycles(nodes: OrgNode[], view: string, at: YamlNode): void {
    for (const start of nodes) {
      const seen = new Set<string>();
      let cur: OrgNode | undefined = start;
      while (cur?.parent) {
        if (seen.has(cur.id)) {
          this.y.error(at, `the parents in org ${view} form a loop through "${cur.id}"`);
          for (const n of nodes) if (seen.has(n.id)) n.parent = null;
          return;
        }
        seen.add(cur.id);
        const parentId: string = cur.parent;
        cur = nodes.find((n) => n.id === parentId);
      }
    }
  }

  private leads(node: YamlNode, key: YamlNode): string[] {
    const ids: string[] = [];
    for (const item of this.y.list(node, 'leads', key)) {
      const name = this.y.required(item, 'lead', key);
      if (name === null) continue;
      const person = this.person(name, item);
      if (person && !ids.includes(person.id)) ids.push(person.id);
    }
    return ids;
  }

  /** Returns the person a name refers to: a full name, or a short form only one person has. */
  private person(name: string, node: YamlNode): Person | null {
    const { people, article } = this.ctx;
    const exact = people.find((p) => p.name === name);
    if (exact) return exact;
    const byMention = people.filter((p) => p.mentions.some((m) => article.text.slice(m.start, m.end) === name));
    if (byMention.length === 1) return byMention[0] as Person;
    const known = people.map((p) => p.name).join(', ') || 'none';
    this.y.error(node, `unknown person "${shorten(name)}": no person of that name was found in ${this.ctx.articlePath} (people: ${known})`);
    return null;
  }

  // ── strategy ────────────────────────────────────────────────────────────

  strategy(node: YamlNode, key: YamlNode): Story['strategy'] {
    const entry = this.y.map(node, 'strategy', ['before', 'after', 'stages', 'current'], key);
    if (!entry) return null;
    const before = this.strategySide(entry.get('before')?.value, 'before', entry.get('before')?.key ?? key);
    const after = this.strategySide(entry.get('after')?.value, 'after', entry.get('after')?.key ?? key);
    const stages: Strategy['stages'] = [];
    let previous: Span | null = null;
    const slug = createSlugger();
    for (const item of this.y.list(entry.get('stages')?.value, 'stages', entry.get('stages')?.key)) {
      // Stages are listed together in the text: look next to the previous one first.
      const label = this.quote(item, 'stage', entry.get('stages')?.key, previous ? this.sentenceRange(previous.sentence) : []);
      if (!label) continue;
      previous = label;
      stages.push({ id: slug(label.text), label, current: false });
    }
    const currentNode = entry.get('current')?.value;
    const currentNote = currentNode ? this.quote(currentNode, 'current stage', entry.get('current')?.key) : null;
    if (currentNote) {
      const named = stages.filter((s) => currentNote.text.includes(s.label.text));
      if (named.length === 1) (named[0] as { current: boolean }).current = true;
      else this.y.error(currentNode, named.length === 0 ? `the current quote "${shorten(currentNote.text)}" names none of the stages` : `the current quote "${shorten(currentNote.text)}" names ${named.length} stages: quote the part that names one`);
    }
    if (!before || !after) {
      if (!entry.get('before') || !entry.get('after')) this.y.error(key, 'strategy needs both before and after');
      return null;
    }
    return { before, after, stages, currentNote };
  }

  private strategySide(node: YamlNode, side: string, key: YamlNode): StrategySide | null {
    const entry = this.y.map(node, `strategy ${side}`, ['title', 'focus', 'kpis'], key);
    if (!entry) return null;
    const titleNode = entry.get('title')?.value;
    const title = this.y.required(titleNode, `strategy ${side} title`, key);
    const focus = this.quote(entry.get('focus')?.value, `strategy ${side} focus`, key);
    const kpis: Span[] = [];
    let previous: Span | null = focus;
    for (const item of this.y.list(entry.get('kpis')?.value, 'kpis', entry.get('kpis')?.key)) {
      const kpi = this.quote(item, 'kpi', entry.get('kpis')?.key, previous ? this.sentenceRange(previous.sentence) : []);
      if (!kpi) continue;
      kpis.push(kpi);
      previous = kpi;
    }
    if (title !== null) this.checkDigits(titleNode, `strategy ${side} title`, title, focus ? [focus.sentence] : []);
    if (title === null || !focus) return null;
    return { title, focus, kpis };
  }

  // ── people ──────────────────────────────────────────────────────────────

  people(node: YamlNode, key: YamlNode): string[] {
    const ids: string[] = [];
    for (const item of this.y.list(node, 'people', key)) {
      const name = this.y.required(item, 'person', key);
      if (name === null) continue;
      const person = this.person(name, item);
      if (!person) continue;
      if (ids.includes(person.id)) this.y.warn(item, `"${name}" is listed twice in people`);
      else ids.push(person.id);
    }
    return ids;
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
