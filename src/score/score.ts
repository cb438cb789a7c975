/**
 * Scoring extracted facts against hand labels, as scoring.md (issue 13) fixes it: a truth
 * figure or date is found by an extracted fact whose span overlaps the truth text's place in
 * the article and whose value agrees; people by name (or alias); roles by the text's own
 * words, one containing the other. Each extracted fact matches at most one truth entry.
 * Pure: the corpus reader and the CLI do the I/O.
 */
import type { Person, Quantity, TimeFact } from '../schema/bundle';
import { locateText, type Span } from './locateText';
import type { Truth, TruthDate, TruthFigure, TruthPerson } from './truth';

export const CLASSES = ['figures', 'dates', 'people', 'roles'] as const;
export type ScoreClass = (typeof CLASSES)[number];

/** Relative difference within which a figure's value counts as equal (0.5%). */
export const VALUE_TOLERANCE = 0.005;

export interface Extracted {
  quantities: readonly Quantity[];
  times: readonly TimeFact[];
  people: readonly Person[];
}

/** Counts of one class: `extracted` is null for roles, which are scored for recall only. */
export interface ClassCount {
  truth: number;
  extracted: number | null;
  /** truth entries found */
  found: number;
  /** extracted facts that matched a truth entry (equal to `found`, as matching is one-to-one) */
  matched: number;
}

export interface Miss<T> {
  truth: T;
  /** extracted facts whose span overlaps the truth text (for figures and dates), or the person found (roles) */
  near: string[];
}

export interface ArticleScore {
  counts: Record<ScoreClass, ClassCount>;
  misses: {
    figures: Miss<TruthFigure>[];
    dates: Miss<TruthDate>[];
    people: Miss<TruthPerson>[];
    roles: Miss<TruthPerson>[];
  };
  /** extracted facts that match nothing in the truth */
  extra: { figures: Quantity[]; dates: TimeFact[]; people: Person[] };
}

/** Returns true when two values agree within the tolerance. */
export function valuesAgree(truth: number, extracted: number): boolean {
  if (truth === 0) return extracted === 0;
  return Math.abs(extracted - truth) <= VALUE_TOLERANCE * Math.abs(truth);
}

/** Returns a name for comparison: lowercase, single spaces, straight apostrophes. */
export function normaliseName(name: string): string {
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Returns a role for comparison: lowercase, no leading "the/a/an", no surrounding punctuation. */
export function normaliseRole(role: string): string {
  return normaliseName(role)
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
}

/** Returns true when the roles are equal or one contains the other, once normalised. */
export function rolesAgree(truth: string, extracted: string): boolean {
  const t = normaliseRole(truth);
  const e = normaliseRole(extracted);
  if (t === '' || e === '') return false;
  return t === e || t.includes(e) || e.includes(t);
}

/**
 * Returns a one-to-one matching of truth entries to extracted ones (maximum bipartite, so the
 * order of either list never costs a match): `result[t]` is the extracted index or -1.
 */
export function matchOneToOne(truthCount: number, extractedCount: number, edge: (t: number, e: number) => boolean): number[] {
  const candidates: number[][] = [];
  for (let t = 0; t < truthCount; t++) {
    const list: number[] = [];
    for (let e = 0; e < extractedCount; e++) if (edge(t, e)) list.push(e);
    candidates.push(list);
  }
  const owner = new Array<number>(extractedCount).fill(-1);
  const assign = (t: number, visited: boolean[]): boolean => {
    for (const e of candidates[t] ?? []) {
      if (visited[e]) continue;
      visited[e] = true;
      if (owner[e] === -1 || assign(owner[e] as number, visited)) {
        owner[e] = t;
        return true;
      }
    }
    return false;
  };
  for (let t = 0; t < truthCount; t++) assign(t, new Array<boolean>(extractedCount).fill(false));
  const result = new Array<number>(truthCount).fill(-1);
  owner.forEach((t, e) => {
    if (t !== -1) result[t] = e;
  });
  return result;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Returns the score of one article: `text` is the compiled article text (bundle.article.text). */
export function scoreArticle(text: string, truth: Truth, extracted: Extracted): ArticleScore {
  const { quantities, times, people } = extracted;

  const figureSpans = truth.figures.map((f) => locateText(text, f.text, f.occurrence ?? 1));
  const figureMatch = matchOneToOne(truth.figures.length, quantities.length, (t, e) => {
    const span = figureSpans[t];
    const figure = truth.figures[t] as TruthFigure;
    const q = quantities[e] as Quantity;
    if (!span || !overlaps(span, q) || !valuesAgree(figure.value, q.value)) return false;
    return figure.currency === null || figure.currency === q.currency;
  });

  const dateSpans = truth.dates.map((d) => locateText(text, d.text, d.occurrence ?? 1));
  const dateMatch = matchOneToOne(truth.dates.length, times.length, (t, e) => {
    const span = dateSpans[t];
    const time = times[e] as TimeFact;
    return span !== null && span !== undefined && overlaps(span, time) && time.resolved === (truth.dates[t] as TruthDate).resolved;
  });

  const namesOf = (p: TruthPerson) => new Set([p.name, ...p.aliases].map(normaliseName));
  const truthNames = truth.people.map(namesOf);
  // An extracted person whose role also agrees is preferred, so a short mention found as a
  // second person never takes the role away from the full one.
  const roleAgrees = (t: number, e: number) => {
    const role = (truth.people[t] as TruthPerson).role;
    const found = (people[e] as Person).role;
    return role !== null && found !== null && rolesAgree(role, found);
  };
  const nameAgrees = (t: number, e: number) => (truthNames[t] as Set<string>).has(normaliseName((people[e] as Person).name));
  const peopleMatch = matchOneToOne(truth.people.length, people.length, (t, e) => nameAgrees(t, e) && roleAgrees(t, e));
  const rest = matchOneToOne(truth.people.length, people.length, (t, e) => peopleMatch[t] === -1 && !peopleMatch.includes(e) && nameAgrees(t, e));
  rest.forEach((e, t) => {
    if (e !== -1) peopleMatch[t] = e;
  });

  const nearFigures = (span: Span | null | undefined) =>
    span ? quantities.filter((q) => overlaps(span, q)).map((q) => describeQuantity(q)) : ['(text not found in the article)'];
  const nearDates = (span: Span | null | undefined) =>
    span ? times.filter((t) => overlaps(span, t)).map((t) => `"${t.text}" → ${t.resolved}`) : ['(text not found in the article)'];

  const withRole = truth.people.map((p, t) => ({ p, t })).filter(({ p }) => p.role !== null);
  const roleMisses = withRole.filter(({ t }) => {
    const e = peopleMatch[t] as number;
    return e === -1 || !roleAgrees(t, e);
  });

  const count = (truthCount: number, extractedCount: number | null, match: number[]): ClassCount => {
    const found = match.filter((e) => e !== -1).length;
    return { truth: truthCount, extracted: extractedCount, found, matched: found };
  };
  const rolesFound = withRole.length - roleMisses.length;

  return {
    counts: {
      figures: count(truth.figures.length, quantities.length, figureMatch),
      dates: count(truth.dates.length, times.length, dateMatch),
      people: count(truth.people.length, people.length, peopleMatch),
      roles: { truth: withRole.length, extracted: null, found: rolesFound, matched: rolesFound },
    },
    misses: {
      figures: truth.figures.flatMap((f, t) => (figureMatch[t] === -1 ? [{ truth: f, near: nearFigures(figureSpans[t]) }] : [])),
      dates: truth.dates.flatMap((d, t) => (dateMatch[t] === -1 ? [{ truth: d, near: nearDates(dateSpans[t]) }] : [])),
      people: truth.people.flatMap((p, t) => (peopleMatch[t] === -1 ? [{ truth: p, near: [] }] : [])),
      roles: roleMisses.map(({ p, t }) => {
        const e = peopleMatch[t] as number;
        const found = e === -1 ? null : (people[e] as Person);
        return { truth: p, near: found ? [`${found.name}: ${found.role === null ? 'no role' : `"${found.role}"`}`] : ['(person not found)'] };
      }),
    },
    extra: {
      figures: quantities.filter((_, e) => !figureMatch.includes(e)),
      dates: times.filter((_, e) => !dateMatch.includes(e)),
      people: people.filter((_, e) => !peopleMatch.includes(e)),
    },
  };
}

/** Returns a quantity as a miss report shows it: `"SGD 4.35" = 4.35 SGD`. */
export function describeQuantity(q: Pick<Quantity, 'text' | 'value' | 'unit' | 'currency'>): string {
  return `"${q.text}" = ${q.value} ${q.currency ?? q.unit}`;
}

/** Returns the counts of several articles added up, class by class. */
export function sumCounts(all: readonly Record<ScoreClass, ClassCount>[]): Record<ScoreClass, ClassCount> {
  const zero = (): ClassCount => ({ truth: 0, extracted: 0, found: 0, matched: 0 });
  const total: Record<ScoreClass, ClassCount> = { figures: zero(), dates: zero(), people: zero(), roles: { ...zero(), extracted: null } };
  for (const counts of all) {
    for (const c of CLASSES) {
      const t = total[c];
      const a = counts[c];
      t.truth += a.truth;
      t.found += a.found;
      t.matched += a.matched;
      if (t.extracted !== null && a.extracted !== null) t.extracted += a.extracted;
    }
  }
  return total;
}

/** Returns precision (matched / extracted; null for roles) and recall (found / truth); 1 when there is nothing to find or nothing extracted. */
export function rates(c: ClassCount): { precision: number | null; recall: number } {
  return {
    precision: c.extracted === null ? null : c.extracted === 0 ? 1 : c.matched / c.extracted,
    recall: c.truth === 0 ? 1 : c.found / c.truth,
  };
}
