/**
 * The story file, read once: YAML parsed with every scalar kept as written ("0.80" and
 * "2019" stay text), then checked by one valibot schema. Each problem is placed at its line
 * and column by the YAML document's ranges and names what is allowed there. What a schema
 * cannot know (quotes, figures, names, ids that point at each other) is resolved in story.ts.
 */
import * as v from 'valibot';
import { type Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, type Node, parseDocument, type Tags } from 'yaml';
import { SECTION_IDS } from '../schema/bundle';
import { type Diagnostic, errorAt, warningAt } from './diagnostics';
import { didYouMean } from './suggest';

/** Where a value sits in the story file: keys and list indexes from the top. */
export type StoryPath = readonly (string | number)[];

type Field<S extends v.GenericSchema = v.GenericSchema> = (what: string) => S;

const ORG_KINDS = ['company', 'lab', 'team', 'group'] as const;
const MAPPING = 'a mapping of keys to values';

/** Returns how a message shows a value of the wrong kind. */
function shown(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return `"${shorten(String(input))}"`;
}

/** Returns the text cut to 80 characters, on one line, for messages. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (what: string) =>
  v.pipe(
    v.string((issue) => (issue.input == null ? `${what} is missing` : `${what} must be text, not ${shown(issue.input)}`)),
    v.check((s) => s.trim() !== '', `${what} is empty`),
  );

const slug = (why: string) => (what: string) =>
  v.pipe(
    text(what),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) => `${what} "${shorten(String(issue.input))}" must be lower-case letters, digits and hyphens${why}`),
  );

/** A number written as digits: the YAML keeps it as text, so "0.80" in a quote is never 0.8. */
const digits = (pattern: RegExp, expected: string) => (what: string) => {
  const message = (issue: v.BaseIssue<unknown>) => `${what} must be ${expected}, not ${shown(issue.input)}`;
  return v.pipe(v.string(message), v.regex(pattern, message), v.transform(Number));
};
const year = digits(/^[12][0-9]{3}$/, 'a four-digit year');
const count = digits(/^[1-9][0-9]{0,5}$/, 'a whole number from 1 (the first match)');

const oneOf = <const T extends readonly [string, ...string[]]>(options: T, noun: string, listName: string) => (what: string) =>
  v.picklist(options, (issue) =>
    typeof issue.input === 'string'
      ? `unknown ${noun} "${shorten(issue.input)}"${didYouMean(issue.input, options)} (${listName}: ${options.join(', ')})`
      : `${what} ${issue.input == null ? 'is missing' : `must be one of ${options.join(', ')}, not ${shown(issue.input)}`}`,
  );

const optional =
  <S extends v.GenericSchema>(field: Field<S>) =>
  (what: string) =>
    v.nullish(field(what));

/** A list; with `duplicate`, entries must have distinct ids, and a repeated one is reported at its id. */
const list =
  <S extends v.GenericSchema>(item: S, duplicate?: (id: string) => string) =>
  (what: string) =>
    v.pipe(
      v.array(item, (issue) => `${what} must be a list, not ${shown(issue.input)}`),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!duplicate || !Array.isArray(dataset.value)) return;
        const seen = new Set<string>();
        const input: unknown[] = dataset.value;
        input.forEach((value, key) => {
          if (!isRecord(value) || typeof value.id !== 'string') return;
          if (!seen.has(value.id)) seen.add(value.id);
          else addIssue({ message: duplicate(value.id), path: [{ type: 'array', origin: 'value', input, key, value }, { type: 'object', origin: 'value', input: value, key: 'id', value: value.id }] });
        });
      }),
    );

interface EntryNames {
  /** how the messages name the mapping: "a metric", "org before" */
  name: string;
  /** the name of a field: "metric quote" for the key "quote" of a metric */
  field: (key: string) => string;
  /** what the value must be, for a value of the wrong kind */
  expected: string;
}

/**
 * A mapping with the given keys: each field is made with its name ("metric quote"), a
 * missing one says so, and an unknown key names the allowed ones and the closest of them.
 */
function entry<const F extends Record<string, Field>>(names: string | EntryNames, fields: F) {
  const { name, field, expected } = typeof names === 'string' ? { name: names, field: (key: string) => `${names.replace(/^an? /, '')} ${key}`, expected: MAPPING } : names;
  const keys = Object.keys(fields);
  const entries = Object.fromEntries(keys.map((key) => [key, (fields[key] as Field)(field(key))])) as { [K in keyof F]: ReturnType<F[K]> };
  const wrongKind = (issue: v.BaseIssue<unknown>) => (issue.input == null ? `${name} is missing` : `${name} must be ${expected}, not ${shown(issue.input)}`);
  return v.pipe(
    v.unknown(),
    // valibot takes a list for an object with keys "0", "1"…
    v.check((input) => !Array.isArray(input), wrongKind),
    v.looseObject(entries, (issue) =>
      // valibot reports a missing key with an undefined input at the key's path.
      issue.input === undefined && issue.path ? `${field(String(issue.path.at(-1)?.key))} is missing` : wrongKind(issue),
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      const input = dataset.value;
      if (!isRecord(input)) return;
      for (const key of Object.keys(input)) {
        if (Object.hasOwn(entries, key)) continue;
        const message = `unknown key "${shorten(key)}" in ${name}${didYouMean(key, keys)} (expected ${keys.join(', ')})`;
        addIssue({ message, path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
      }
    }),
  );
}

/** A quote into the article: its text, or `{ quote, occurrence }` when the text is found more than once. */
const quote = (what: string) =>
  v.pipe(
    v.unknown(),
    v.transform((input) => (typeof input === 'string' ? { quote: input } : input)),
    entry({ name: what, field: (key) => (key === 'quote' ? what : `${what} ${key}`), expected: 'text, or { quote, occurrence }' }, { quote: text, occurrence: optional(count) }),
  );

const Section = entry('a section', { id: oneOf(SECTION_IDS, 'section', 'sections'), title: optional(text), dek: optional(text) });

const MetricGroup = entry('a metric group', { id: text, label: text });

const Metric = entry('a metric', { label: text, group: text, quote, occurrence: optional(count) });

const Lane = entry('a lane', { id: slug(''), label: text });

const when = () => v.picklist(['published'], (issue) => `when must be "published" (the dateline), not ${shown(issue.input)}; other events are dated by their quote`);

const Event = v.pipe(
  entry('an event', { title: text, lane: text, quote: optional(quote), occurrence: optional(count), when: optional(when) }),
  v.check((event) => event.quote != null || event.when != null, 'event quote is missing'),
);

const Timeline = entry('timeline', {
  lanes: optional(list(Lane, (id) => `lane "${id}" is defined twice`)),
  events: optional(list(Event)),
});

const OrgNode = entry('an org node', {
  id: slug(' (it is part of links)'),
  label: quote,
  kind: oneOf(ORG_KINDS, 'node kind', 'kinds'),
  parent: optional(text),
  leads: optional(list(text('lead'))),
  note: optional(quote),
});

const orgView = (view: 'before' | 'after') =>
  entry(`org ${view}`, { title: text, summary: quote, nodes: optional(list(OrgNode, (id) => `node "${id}" is defined twice in org ${view}`)) });

const Org = v.pipe(
  entry('org', { before: optional(() => orgView('before')), after: optional(() => orgView('after')) }),
  v.check((org) => org.before != null || org.after != null, 'org needs a before and/or an after view'),
);

const strategySide = (side: 'before' | 'after') => entry(`strategy ${side}`, { title: text, focus: quote, kpis: optional(list(quote('kpi'))) });

const Strategy = entry('strategy', {
  before: () => strategySide('before'),
  after: () => strategySide('after'),
  stages: optional(list(quote('stage'))),
  current: optional(quote),
});

/** The story file's schema: the editorial layer, with every fact given by a quote. */
const StoryFileSchema = entry(
  { name: 'the story file', field: (key) => key, expected: MAPPING },
  {
    published_year: optional(year),
    sections: optional(list(Section, (id) => `section "${id}" is listed twice`)),
    metric_groups: optional(list(MetricGroup, (id) => `metric group "${id}" is defined twice`)),
    metrics: optional(list(Metric)),
    timeline: optional(() => Timeline),
    org: optional(() => Org),
    strategy: optional(() => Strategy),
    people: optional(list(text('person'))),
  },
);

export type StoryData = v.InferOutput<typeof StoryFileSchema>;
export type QuoteRef = v.InferOutput<ReturnType<typeof quote>>;

export interface StoryFile {
  /** how diagnostics name the file */
  path: string;
  /** false when the YAML is malformed and nothing could be read */
  readable: boolean;
  /** what the schema accepted: a top-level key with a problem is left out */
  data: StoryData;
  /** problems of the YAML and of the schema */
  diagnostics: Diagnostic[];
  /** Returns false for a list entry the schema rejected: its problem is reported, and resolving skips it. */
  accepts(path: StoryPath): boolean;
  /** Returns the 1-based line and column of the value at the path (its key, with `onKey`), or of the nearest entry around it. */
  locate(path: StoryPath, onKey?: boolean): { line: number; col: number } | undefined;
}

// Only null is read as a non-text scalar: numbers and booleans stay as written, and the schema reads digits where it wants them.
const TEXT_TAGS = new Set(['tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq', 'tag:yaml.org,2002:str', 'tag:yaml.org,2002:null']);
const keepScalarsAsWritten = (tags: Tags) => tags.filter((tag) => typeof tag !== 'string' && TEXT_TAGS.has(tag.tag));

/** Returns the story file parsed and checked; every problem is a diagnostic with its position. */
export function readStoryFile(text: string, path: string): StoryFile {
  const lineCounter = new LineCounter();
  // prettyErrors would add source excerpts to the message; positions come from the offsets instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: keepScalarsAsWritten });
  const locate = (at: StoryPath, onKey = false) => {
    const node = nodeAt(doc, at, onKey);
    return node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  };
  const yamlPosition = (pos: [number, number]) => lineCounter.linePos(Math.min(pos[0], text.length));
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => errorAt(path, `malformed YAML: ${firstLine(e.message)}`, yamlPosition(e.pos))),
    ...doc.warnings.map((w) => warningAt(path, firstLine(w.message), yamlPosition(w.pos))),
  ];
  const rejected = new Set<string>();
  const file: StoryFile = { path, readable: doc.errors.length === 0, data: {}, diagnostics, accepts: (at) => !rejected.has(JSON.stringify(at)), locate };
  if (!file.readable) return file;
  let input: unknown;
  try {
    input = doc.toJS() ?? {};
  } catch (e) {
    // yaml refuses aliases that expand without bound ("billion laughs").
    diagnostics.push(errorAt(path, `malformed YAML: ${e instanceof Error ? e.message : String(e)}`));
    file.readable = false;
    return file;
  }
  const parsed = v.safeParse(StoryFileSchema, input);
  for (const issue of parsed.issues ?? []) {
    const at = issue.path?.map((item) => item.key as string | number) ?? [];
    diagnostics.push(errorAt(path, issue.message, locate(at, issue.path?.at(-1)?.origin === 'key')));
    rejected.add(JSON.stringify(unitOf(at)));
  }
  if (parsed.success) file.data = parsed.output;
  else if (isRecord(parsed.output) && !rejected.has('[]')) {
    // Keep what is sound, so the rest of the file is still resolved and its problems reported too.
    file.data = Object.fromEntries(Object.entries(parsed.output).filter(([key]) => !rejected.has(JSON.stringify([key])))) as StoryData;
  }
  if (isRecord(input) && Object.keys(input).length === 0 && diagnostics.length === 0) {
    diagnostics.push(warningAt(path, 'the story file is empty: only the cast and the article are shown'));
  }
  return file;
}

/** Returns what a problem at the path takes out of resolving: its list entry, else its top-level key. */
function unitOf(path: StoryPath): StoryPath {
  const lastIndex = path.findLastIndex((key) => typeof key === 'number');
  return path.slice(0, lastIndex === -1 ? 1 : lastIndex + 1);
}

/** Returns the deepest node on the path: a missing key is reported where its mapping starts. */
function nodeAt(doc: Document, path: StoryPath, onKey: boolean): Node | null {
  let node: unknown = doc.contents;
  let found: Node | null = isNode(node) ? node : null;
  for (const [i, key] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (!pair) break;
      if (onKey && i === path.length - 1 && isNode(pair.key)) return pair.key;
      next = pair.value;
    } else if (isSeq(node) && typeof key === 'number') next = node.items[key];
    if (!isNode(next)) break;
    node = found = next;
  }
  return found;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
