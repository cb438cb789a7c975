/**
 * Truth files: the hand labels of a corpus article (`seeds/corpus/<slug>.truth.yaml`), read
 * by a valibot schema. Every problem names the file, the line and column of the entry (from
 * the YAML document's ranges) and what was expected, so a typo in a label points at itself.
 */
import * as v from 'valibot';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { type Diagnostic, errorAt } from '../compiler/diagnostics';
import { countText, locateText } from './locateText';

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `YYYY-Qn` or `YYYY-Hn`. */
export const RESOLVED_PATTERN = /^\d{4}(?:-(?:Q[1-4]|H[12]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?))?$/;
const RESOLVED_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm, YYYY-Qn or YYYY-Hn';

// YAML reads `2025` as a number and `2025-11` as a string: both are dates here.
const resolved = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))], `expected a date (${RESOLVED_FORMS})`),
  v.regex(RESOLVED_PATTERN, `expected a date (${RESOLVED_FORMS})`),
);
const text = v.pipe(v.string('expected the text as it stands in the article'), v.minLength(1, 'expected the text as it stands in the article'));
const occurrence = v.optional(
  v.pipe(v.number('expected a whole number from 1'), v.integer('expected a whole number from 1'), v.minValue(1, 'expected a whole number from 1')),
);

const FigureSchema = v.strictObject({
  text,
  /** fully scaled: "EUR2.1 billion" is 2100000000 */
  value: v.number('expected a number, fully scaled ("EUR2.1 billion" is 2.1e9)'),
  unit: v.pipe(v.string('expected what the figure counts ("percent", "months", a currency code)'), v.minLength(1)),
  /** ISO 4217 code for money, else null */
  currency: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD, or null'))), null),
  qualifier: v.optional(v.nullable(v.string()), null),
  occurrence,
});

const DateSchema = v.strictObject({ text, resolved, occurrence });

const PersonSchema = v.strictObject({
  name: v.pipe(v.string('expected the full name'), v.minLength(1, 'expected the full name')),
  /** the role in the text's own words, or null when the text gives none */
  role: v.nullable(v.pipe(v.string('expected the role in the text\'s words, or null'), v.minLength(1))),
  aliases: v.optional(v.array(v.string('expected a name')), []),
});

export const TruthSchema = v.strictObject({
  published: v.nullable(resolved),
  figures: v.array(FigureSchema, 'expected a list of figures'),
  dates: v.array(DateSchema, 'expected a list of dates'),
  people: v.array(PersonSchema, 'expected a list of people'),
});

export type Truth = v.InferOutput<typeof TruthSchema>;
export type TruthFigure = Truth['figures'][number];
export type TruthDate = Truth['dates'][number];
export type TruthPerson = Truth['people'][number];

/** A path into the truth file: `['figures', 3, 'text']`. */
export type TruthPath = readonly (string | number)[];

export type TruthResult =
  | { truth: Truth; diagnostics: []; positionOf: (path: TruthPath) => { line: number; col: number } | undefined }
  | { truth: null; diagnostics: Diagnostic[] };

/** Returns the truth file's labels, or every problem in it with its line and column. */
export function readTruth(yamlText: string, path: string): TruthResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(Math.min(offset, yamlText.length));
  if (doc.errors.length > 0) {
    return { truth: null, diagnostics: doc.errors.map((e) => errorAt(path, `malformed YAML: ${firstLine(e.message)}`, at(e.pos[0]))) };
  }
  const positionOf = (keys: TruthPath) => {
    const offset = offsetOf(doc, keys);
    return offset === null ? undefined : at(offset);
  };
  const parsed = v.safeParse(TruthSchema, doc.toJS());
  if (parsed.success) return { truth: parsed.output, diagnostics: [], positionOf };
  const diagnostics = parsed.issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    return errorAt(path, `${truthPathText(keys)}${messageOf(issue)}`, positionOf(keys));
  });
  return { truth: null, diagnostics };
}

/** Returns where the deepest node on the path starts: a missing key points at its entry. */
function offsetOf(doc: Document, keys: TruthPath): number | null {
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return null;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') {
    return issue.expected === 'never' ? `unknown key ${issue.received}` : `missing key ${issue.expected}`;
  }
  // valibot's own wording ("Invalid type: Expected number but received "x"") is kept for
  // schemas without a message of ours; ours already say what is expected.
  return issue.message.startsWith('Invalid ') ? issue.message : `${issue.message}, got ${issue.received}`;
}

/** Returns the path as a message prefix: `figures[3].text: `, or nothing for the root. */
export function truthPathText(keys: TruthPath): string {
  if (keys.length === 0) return '';
  return `${keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')}: `;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

export interface TruthProblem {
  path: TruthPath;
  message: string;
}

/**
 * Returns every label that does not stand in the article as written, so truth files cannot
 * rot when an article is edited: each figure's and date's text at its occurrence (in the
 * body, not the headline), each person's name (or an alias) and role, and the publication
 * date among the dates.
 */
export function checkTruth(articleText: string, truth: Truth): TruthProblem[] {
  const problems: TruthProblem[] = [];
  // The headline repeats the body: a label there points at the wrong appearance.
  const headlineEnd = articleText.trimStart().indexOf('\n') + (articleText.length - articleText.trimStart().length);
  const checkTexts = (kind: 'figures' | 'dates', entries: readonly { text: string; occurrence?: number | undefined }[]) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const occurrence = entry.occurrence ?? 1;
      const count = countText(articleText, entry.text);
      if (count < occurrence) {
        const times = count === 1 ? 'once' : `${count} times`;
        problems.push({ path: [kind, i, 'text'], message: `"${entry.text}" is not in the article${count ? ` ${occurrence} times (only ${times})` : ''}` });
      } else if ((locateText(articleText, entry.text, occurrence)?.start ?? 0) < headlineEnd) {
        problems.push({ path: [kind, i, 'text'], message: `"${entry.text}" (occurrence ${occurrence}) is in the headline: label the body's, with occurrence ${occurrence + 1}` });
      }
      const key = `${entry.text}\u0000${occurrence}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push({ path: [kind, i], message: `"${entry.text}" (occurrence ${occurrence}) is labelled twice: also ${kind}[${earlier}]` });
      else seen.set(key, i);
    });
  };
  checkTexts('figures', truth.figures);
  checkTexts('dates', truth.dates);
  const folded = articleText.replace(/\s+/g, ' ').toLowerCase();
  truth.people.forEach((person, i) => {
    if (![person.name, ...person.aliases].some((n) => countText(articleText, n) > 0)) {
      problems.push({ path: ['people', i, 'name'], message: `"${person.name}" is not in the article` });
    }
    person.aliases.forEach((alias, j) => {
      if (countText(articleText, alias) === 0) problems.push({ path: ['people', i, 'aliases', j], message: `"${alias}" is not in the article` });
    });
    if (person.role !== null && !folded.includes(person.role.replace(/\s+/g, ' ').toLowerCase())) {
      problems.push({ path: ['people', i, 'role'], message: `"${person.role}" is not the text's own words: it is not in the article` });
    }
  });
  if (truth.published !== null && !truth.dates.some((d) => d.resolved === truth.published)) {
    problems.push({ path: ['published'], message: `no date resolves to ${truth.published}: label the dateline's date among the dates` });
  }
  return problems;
}
