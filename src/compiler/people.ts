/**
 * People and the roles the text gives them: the names found in the body (names.ts), every
 * mention of each (the full name, and the surname or given name alone when only one person
 * has it: "Huang", "Mr. Huang", "Lin's"), and the role read at the first mention that has
 * one (roles.ts). Headlines are title case, so only names found in the body are looked for
 * there.
 */
import type { Person } from '../schema/bundle';
import { type AnnotatedArticle, type AnnotatedSentence, tokensWithin } from './annotate';
import { findPersonNames } from './names';
import { isGivenName } from './lexicon';
import { predicateRoleAt, roleAt, type Span } from './roles';
import { createSlugger } from './slugs';
import { gapBetween, isNameShaped } from './tokens';

interface Occurrence {
  start: number;
  end: number;
  sentence: AnnotatedSentence;
}

/** Returns the people of the article in order of first mention, with roles and every mention. */
export function extractPeople(article: AnnotatedArticle): Person[] {
  const { text } = article;
  const credit = (s: AnnotatedSentence) => s.paragraph === article.byline || isCredit(text, s);
  const body = article.sentences.filter((s) => s.kind === 'body' && !credit(s));
  const names = findPersonNames(text, body);
  // A name inside a longer one ("Lin" in "Lin Junyang") is a short form, not a second person.
  const inner = new Set(names.flatMap(innerNames));
  const fullNames = names.filter((n) => !inner.has(n));

  const searchable = article.sentences.filter((s) => (s.kind === 'body' && !credit(s)) || s.kind === 'headline');
  const occurrences = findOccurrences(text, searchable, fullNames);
  const people = fullNames.map((name) => ({ name, full: occurrences.get(name) ?? [] }));
  const shortForms = indexShortForms(fullNames);
  const shortMentions = findShortMentions(text, searchable, shortForms, people.flatMap((p) => p.full));

  const slug = createSlugger();
  const found = people
    .filter((p) => p.full.length > 0)
    .map(({ name, full }) => {
      const first = full[0] as Occurrence;
      const short = shortMentions.get(name) ?? [];
      const mentions = [...full, ...short].sort((a, b) => a.start - b.start).map((o) => ({ start: o.start, end: o.end, sentence: o.sentence.id }));
      const role = findRole(text, full.filter(isInBody), short.filter(isInBody));
      return {
        id: slug(name),
        text: text.slice(first.start, first.end),
        start: first.start,
        end: first.end,
        sentence: first.sentence.id,
        name,
        role: role ? text.slice(role.start, role.end) : null,
        roleSpan: role,
        mentions,
      };
    })
    .sort((a, b) => a.start - b.start);
  return found.filter((p) => !isNamedAfter(p, found));
}

/**
 * Returns true for a firm named after a person of the story: "Velo Marsh", founded by Helen
 * Marsh. It shares her surname, its first word is no given name, and the text gives it no role.
 */
function isNamedAfter(p: Person, people: readonly Person[]): boolean {
  const words = p.name.split(' ');
  if (p.role !== null || words.length < 2 || isGivenName(words[0] ?? '')) return false;
  const surname = words[words.length - 1];
  return people.some((q) => q !== p && q.name.endsWith(` ${surname}`) && isGivenName(q.name.split(' ')[0] ?? ''));
}


/** Returns the shorter names inside a name: "Jerome Powell" and "H. Powell" of "Jerome H. Powell". */
function innerNames(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) if (to - from < words.length) out.push(words.slice(from, to).join(' '));
  }
  return out;
}

// Credits name the reporters, not people in the story: "By Sarah Mensah, Business reporter",
// "Associated Press writer Mike Stone in Dallas contributed to this report."
const BYLINE = /^by\s+\p{Lu}[^.]{0,100}$/iu;
const CREDIT = /\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b|^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i;

function isCredit(text: string, s: AnnotatedSentence): boolean {
  const sentence = text.slice(s.start, s.end);
  return BYLINE.test(sentence) || CREDIT.test(sentence);
}

function isInBody(o: Occurrence): boolean {
  return o.sentence.kind === 'body';
}

/** Returns the span of the role the text gives: beside a full mention, then beside a short one, then in a predicate ("X was named CEO"). */
function findRole(text: string, full: readonly Occurrence[], short: readonly Occurrence[]): Span | null {
  // Every mention here is of someone found to be a person, so "owner" or "developer" is a role.
  const readers = [(o: Occurrence) => roleAt(text, o.sentence, o, true), (o: Occurrence) => predicateRoleAt(text, o.sentence, o)];
  for (const read of readers) {
    for (const o of [...full, ...short]) {
      const role = read(o);
      if (role) return role;
    }
  }
  return null;
}

/** Returns every word-bounded occurrence of each name inside the sentences, in text order, from one pass over their tokens. */
function findOccurrences(text: string, sentences: readonly AnnotatedSentence[], names: readonly string[]): Map<string, Occurrence[]> {
  const byFirstWord = new Map<string, string[]>();
  for (const name of names) {
    const word = name.split(' ')[0] ?? name;
    const list = byFirstWord.get(word) ?? [];
    list.push(name);
    byFirstWord.set(word, list);
  }
  const out = new Map<string, Occurrence[]>();
  for (const sentence of sentences) {
    for (const t of sentence.tokens) {
      for (const name of byFirstWord.get(t.word) ?? []) {
        const end = t.start + name.length;
        if (end > sentence.end || !text.startsWith(name, t.start) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        const list = out.get(name) ?? [];
        list.push({ start: t.start, end, sentence });
        out.set(name, list);
      }
    }
  }
  return out;
}

/** Returns each name part mapped to the one full name it belongs to (parts shared by two people are dropped). */
function indexShortForms(names: string[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const name of names) {
    for (const part of name.split(' ').filter(isNameShaped)) {
      const set = owners.get(part) ?? new Set<string>();
      set.add(name);
      owners.set(part, set);
    }
  }
  const index = new Map<string, string>();
  for (const [part, set] of owners) if (set.size === 1) index.set(part, [...set][0] as string);
  return index;
}

/** Returns the short mentions ("Wu", "Lin's") of each full name, keyed by name. */
function findShortMentions(text: string, sentences: readonly AnnotatedSentence[], shortForms: Map<string, string>, covered: Occurrence[]): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  const coveredStarts = new Set(covered.flatMap((c) => tokensWithin(c.sentence, c.start, c.end).map((t) => t.start)));
  for (const sentence of sentences) {
    const { tokens } = sentence;
    tokens.forEach((t, i) => {
      const owner = shortForms.get(t.word);
      if (owner === undefined || coveredStarts.has(t.start)) return;
      // "Lin Feng" would be someone else: a short form stands alone.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev && !prev.possessive && prev.nameShaped && gapBetween(text, prev, t) === ' ' && !prev.functionWord && !prev.honorific) return;
      if (next && !t.possessive && next.nameShaped && gapBetween(text, t, next) === ' ') return;
      // A sentence-initial "Will" or "Mark" is more likely the ordinary word.
      if (i === 0 && t.tags.some((tag) => !tag.endsWith('Name') && tag !== 'Person')) return;
      const list = out.get(owner) ?? [];
      list.push({ start: t.start, end: t.end, sentence });
      out.set(owner, list);
    });
  }
  return out;
}
