/**
 * People and the roles the text gives them.
 *
 * compromise's lexicon knows given and family names ("Mira", "Murati", "Wu", "Zhou") but
 * also tags product names as people ("Claude") and misses unfamiliar names ("Yu Fan").
 * The rules that make it generalise: a person is a pair (or triple) of capitalised words
 * that either holds a known name or stands in a role context ("Alibaba Group CTO Yu Fan",
 * "X, the core leader of…", "X said"); a single word ("Lin", "Wu", "Claude") is only ever a
 * short mention of someone already found by full name. Headlines are title case, so only
 * names found in the body are looked for there.
 */
import type { Person } from '../schema/bundle';
import { createSlugger } from './slugs';
import { type AnnotatedArticle, type AnnotatedSentence, sentenceAt, tokensWithin, type WordToken } from './annotate';
import { isKnownName } from './lexicon';
import { gapBetween, isAllCaps, isCapitalised, isNameShaped } from './tokens';

const MAX_ROLE_WORDS = 12;
const SPEECH_AFTER = /^,?\s+(?:said|says|told|wrote|added|noted|stated|explained|argued|announced|posted)\b/;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|our|this|that)\s$/i;
const NOT_NAME_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay', 'Demonym', 'Currency', 'Unit']);

interface Occurrence {
  start: number;
  end: number;
  sentence: AnnotatedSentence;
}

/** Returns the people of the article in order of first mention, with roles and every mention. */
export function extractPeople(article: AnnotatedArticle): Person[] {
  const { text } = article;
  const body = article.sentences.filter((s) => s.kind === 'body');
  const names: string[] = [];
  for (const sentence of body) {
    for (const run of nameRuns(text, sentence.tokens)) {
      const name = text.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0);
      if (!names.includes(name) && isPerson(text, sentence, run)) names.push(name);
    }
  }
  // A name inside a longer one ("Lin" in "Lin Junyang") is a short form, not a second person.
  const fullNames = names.filter((n) => !names.some((other) => other !== n && other.split(' ').length > n.split(' ').length && other.includes(n)));

  const searchable = article.sentences.filter((s) => s.kind === 'body' || s.kind === 'headline');
  const slug = createSlugger();
  const people = fullNames.map((name) => {
    const full = findOccurrences(text, searchable, name);
    return { name, full };
  });
  const shortForms = indexShortForms(people.map((p) => p.name));
  const shortMentions = findShortMentions(text, searchable, shortForms, people.flatMap((p) => p.full));

  return people
    .filter((p) => p.full.length > 0)
    .map(({ name, full }) => {
      const first = full[0] as Occurrence;
      const short = shortMentions.get(name) ?? [];
      const mentions = [...full, ...short].sort((a, b) => a.start - b.start).map((o) => ({ start: o.start, end: o.end, sentence: o.sentence.id }));
      const role = findRole(text, full.filter((o) => o.sentence.kind === 'body'));
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
}

/** Returns runs of 2-3 name-shaped words joined by single spaces, leading non-name words dropped. */
function nameRuns(text: string, tokens: readonly WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const flush = () => {
    while (run.length > 0 && !couldBeNamePart(run[0] as WordToken)) run.shift();
    while (run.length > 0 && !couldBeNamePart(run[run.length - 1] as WordToken)) run.pop();
    if (run.length >= 2 && run.length <= 3 && run.every(couldBeNamePart)) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (!isNameShaped(t.word)) {
      flush();
      continue;
    }
    if (prev && (prev.possessive || gapBetween(text, prev, t) !== ' ')) flush();
    run.push(t);
  }
  flush();
  return runs;
}

function couldBeNamePart(t: WordToken): boolean {
  const w = t.word;
  if (t.orgWord || t.title) return false;
  const { tags } = t;
  if (tags.some((tag) => NOT_NAME_TAGS.has(tag))) return false;
  if (isNameWord(w)) return true;
  // Words the lexicon knows only as ordinary words ("Under", "Recently", "Sales") are not names.
  if (tags.length > 0) return false;
  return !/ly$/.test(w);
}

/** Returns true when compromise knows the word, or a part of a hyphenated one ("Jean-Luc"), as a name. */
function isNameWord(word: string): boolean {
  return isKnownName(word) || (word.includes('-') && word.split('-').some((part) => isKnownName(part)));
}

function isPerson(text: string, sentence: AnnotatedSentence, run: WordToken[]): boolean {
  const first = run[0] as WordToken;
  const last = run[run.length - 1] as WordToken;
  // "the Qwen App", "a Grace Hopper chip": names of people take no article.
  if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 6), first.start))) return false;
  if (run.some((t) => isNameWord(t.word))) return true;
  const local = { start: first.start, end: last.end };
  if (titleBefore(text, sentence, local) !== null) return true;
  if (SPEECH_AFTER.test(text.slice(last.end, Math.min(sentence.end, last.end + 20)))) return true;
  return appositiveAfter(text, sentence, local) !== null || appositiveBefore(text, sentence, local) !== null;
}

/** Returns every word-bounded occurrence of `name` inside the sentences, in text order. */
function findOccurrences(text: string, sentences: AnnotatedSentence[], name: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    const sentence = sentenceAt(sentences, i);
    if (sentence && i + name.length <= sentence.end && isWordBounded(text, i, i + name.length)) out.push({ start: i, end: i + name.length, sentence });
  }
  return out;
}

function isWordBounded(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
}

/** Returns each name part mapped to the one full name it belongs to (parts shared by two people are dropped). */
function indexShortForms(names: string[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const name of names) {
    for (const part of name.split(' ')) {
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
function findShortMentions(text: string, sentences: AnnotatedSentence[], shortForms: Map<string, string>, covered: Occurrence[]): Map<string, Occurrence[]> {
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
      if (prev && !prev.possessive && isNameShaped(prev.word) && gapBetween(text, prev, t) === ' ' && !prev.functionWord) return;
      if (next && !t.possessive && isNameShaped(next.word) && gapBetween(text, t, next) === ' ') return;
      // A sentence-initial "Will" or "Mark" is more likely the ordinary word.
      if (i === 0 && t.tags.some((tag) => !tag.endsWith('Name') && tag !== 'Person')) return;
      const list = out.get(owner) ?? [];
      list.push({ start: t.start, end: t.end, sentence });
      out.set(owner, list);
    });
  }
  return out;
}

/** Returns the span of the role the text gives at the first full mention that has one. */
function findRole(text: string, occurrences: Occurrence[]): { start: number; end: number } | null {
  for (const o of occurrences) {
    const role = titleBefore(text, o.sentence, o) ?? appositiveBefore(text, o.sentence, o) ?? appositiveAfter(text, o.sentence, o);
    if (role) return role;
  }
  return null;
}

/**
 * "Alibaba Group CEO Yongming Wu", "Chief financial officer Tomás Herrera", "Minister for
 * Housing Aoife Brennan": the chain of title words, capitalised words, title modifiers and
 * "of"/"for" right before the name, when it holds a title word.
 */
function titleBefore(text: string, sentence: AnnotatedSentence, name: { start: number }): { start: number; end: number } | null {
  const tokens = tokensWithin(sentence, sentence.start, name.start);
  const last = tokens[tokens.length - 1];
  if (!last || last.possessive || text.slice(last.end, name.start) !== ' ') return null;
  if (!(last.title || isCapitalised(last.word))) return null;
  let first = tokens.length - 1;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as WordToken;
    if (t.possessive || gapBetween(text, t, tokens[i + 1] as WordToken) !== ' ') break;
    const w = t.word.toLowerCase();
    const fits = t.title || isCapitalised(t.word) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'for';
    if (!fits) break;
    first = i;
  }
  const chain = tokens.slice(first);
  // Trim what cannot start a title: connectors and sentence-initial adverbs ("Meanwhile CEO …").
  while (chain.length > 1 && (isConnector(chain[0] as WordToken) || isLeadingNoise(chain[0] as WordToken))) chain.shift();
  if (!chain.some((t) => t.title)) return null;
  return { start: (chain[0] as WordToken).start, end: last.end };
}

const TITLE_MODIFIERS = new Set(['financial', 'operating', 'technology', 'technical', 'executive', 'managing', 'general', 'deputy', 'vice', 'senior', 'former', 'acting', 'interim', 'assistant', 'associate', 'chief', 'co-founder', 'founding', 'principal', 'head']);

function isConnector(t: WordToken): boolean {
  return t.word === 'of' || t.word === 'for';
}

function isLeadingNoise(t: WordToken): boolean {
  if (t.title || isAllCaps(t.word) || t.orgWord) return false;
  const { tags } = t;
  return t.functionWord || tags.includes('Adverb') || tags.includes('Date') || /ly$/.test(t.word);
}

/** "Alibaba Cloud CTO and head of the Tongyi Lab, Jingren Zhou, will…": a titled clause ending in a comma before the name. */
function appositiveBefore(text: string, sentence: AnnotatedSentence, name: { start: number; end: number }): { start: number; end: number } | null {
  if (text.slice(name.start - 2, name.start) !== ', ' || ![',', ';', '.'].includes(text[name.end] ?? '')) return null;
  const clauseEnd = name.start - 2;
  let clauseStart = sentence.start;
  for (let i = clauseEnd - 1; i >= sentence.start; i--) {
    if (/[,;:(—]/.test(text[i] ?? '')) {
      clauseStart = i + 1;
      break;
    }
  }
  return titledPhrase(sentence, clauseStart, clauseEnd);
}

/** "Lin Junyang, the core leader of the Qwen project": a titled phrase after a comma. */
function appositiveAfter(text: string, sentence: AnnotatedSentence, name: { start: number; end: number }): { start: number; end: number } | null {
  if (text.slice(name.end, name.end + 2) !== ', ') return null;
  const phraseStart = name.end + 2;
  let phraseEnd = sentence.end;
  for (let i = phraseStart; i < sentence.end; i++) {
    if (/[,;:)—]/.test(text[i] ?? '') || (text[i] === '.' && /\s/.test(text[i + 1] ?? ' '))) {
      phraseEnd = i;
      break;
    }
  }
  return titledPhrase(sentence, phraseStart, phraseEnd);
}

/** Returns the trimmed phrase when it names a role: short, holds a title word, starts like a noun phrase. */
function titledPhrase(sentence: AnnotatedSentence, from: number, to: number): { start: number; end: number } | null {
  const tokens = tokensWithin(sentence, from, to);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || tokens.length > MAX_ROLE_WORDS) return null;
  if (!tokens.some((t) => t.title)) return null;
  const lead = first.word.toLowerCase();
  const startsLikeNoun = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'former', 'then'].includes(lead) || first.title || (isCapitalised(first.word) && !first.functionWord && !first.tags.includes('Adverb'));
  if (!startsLikeNoun) return null;
  // A clause with a verb ("said the CEO") is not a role.
  if (tokens.some((t) => t.tags.includes('PastTense') || t.tags.includes('Modal') || t.tags.includes('Copula'))) return null;
  return { start: first.start, end: last.possessive ? last.end + 2 : last.end };
}
