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
import { hasTag, isFunctionWord, isKnownName, isOrgWord, isTitleWord, tagsOf } from './lexicon';
import { gapBetween, isAllCaps, isCapitalised, isNameShaped, type Token, tokenize } from './tokens';
import type { ParsedArticle, ParsedSentence } from './types';

const MAX_ROLE_WORDS = 12;
const SPEECH_AFTER = /^,?\s+(?:said|says|told|wrote|added|noted|stated|explained|argued|announced|posted)\b/;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|our|this|that)\s$/i;
const NOT_NAME_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay', 'Demonym', 'Currency', 'Unit']);

interface Occurrence {
  start: number;
  end: number;
  sentence: ParsedSentence;
}

/** Returns the people of the article in order of first mention, with roles and every mention. */
export function extractPeople(article: ParsedArticle): Person[] {
  const { text } = article;
  const body = article.sentences.filter((s) => s.kind === 'body');
  const names: string[] = [];
  for (const sentence of body) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (const run of nameRuns(text, tokens)) {
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
function nameRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && !couldBeNamePart(run[0] as Token)) run.shift();
    while (run.length > 0 && !couldBeNamePart(run[run.length - 1] as Token)) run.pop();
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

function couldBeNamePart(t: Token): boolean {
  const w = t.word;
  if (isOrgWord(w) || isTitleWord(w)) return false;
  const tags = tagsOf(w);
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

function isPerson(text: string, sentence: ParsedSentence, run: Token[]): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  // "the Qwen App", "a Grace Hopper chip": names of people take no article.
  if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 6), first.start))) return false;
  if (run.some((t) => isNameWord(t.word))) return true;
  const local = { start: first.start, end: last.end };
  if (titleBefore(text, sentence, local) !== null) return true;
  if (SPEECH_AFTER.test(text.slice(last.end, Math.min(sentence.end, last.end + 20)))) return true;
  return appositiveAfter(text, sentence, local) !== null || appositiveBefore(text, sentence, local) !== null;
}

/** Returns every word-bounded occurrence of `name` inside the sentences, in text order. */
function findOccurrences(text: string, sentences: ParsedSentence[], name: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    const sentence = sentenceAt(sentences, i);
    if (sentence && i + name.length <= sentence.end && isWordBounded(text, i, i + name.length)) out.push({ start: i, end: i + name.length, sentence });
  }
  return out;
}

/** Returns the sentence (of a sorted list) that contains the offset, or null. */
export function sentenceAt<T extends { start: number; end: number }>(sentences: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as T;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
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
function findShortMentions(text: string, sentences: ParsedSentence[], shortForms: Map<string, string>, covered: Occurrence[]): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  const coveredStarts = new Set(covered.flatMap((c) => tokenize(text, c.start, c.end).map((t) => t.start)));
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    tokens.forEach((t, i) => {
      const owner = shortForms.get(t.word);
      if (owner === undefined || coveredStarts.has(t.start)) return;
      // "Lin Feng" would be someone else: a short form stands alone.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev && !prev.possessive && isNameShaped(prev.word) && gapBetween(text, prev, t) === ' ' && !isFunctionWord(prev.word)) return;
      if (next && !t.possessive && isNameShaped(next.word) && gapBetween(text, t, next) === ' ') return;
      // A sentence-initial "Will" or "Mark" is more likely the ordinary word.
      if (i === 0 && tagsOf(t.word).some((tag) => !tag.endsWith('Name') && tag !== 'Person')) return;
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
function titleBefore(text: string, sentence: ParsedSentence, name: { start: number }): { start: number; end: number } | null {
  const tokens = tokenize(text, sentence.start, name.start);
  const last = tokens[tokens.length - 1];
  if (!last || last.possessive || text.slice(last.end, name.start) !== ' ') return null;
  if (!(isTitleWord(last.word) || isCapitalised(last.word))) return null;
  let first = tokens.length - 1;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.possessive || gapBetween(text, t, tokens[i + 1] as Token) !== ' ') break;
    const w = t.word.toLowerCase();
    const fits = isTitleWord(t.word) || isCapitalised(t.word) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'for';
    if (!fits) break;
    first = i;
  }
  const chain = tokens.slice(first);
  // Trim what cannot start a title: connectors and sentence-initial adverbs ("Meanwhile CEO …").
  while (chain.length > 1 && (isConnector(chain[0] as Token) || isLeadingNoise(chain[0] as Token))) chain.shift();
  if (!chain.some((t) => isTitleWord(t.word))) return null;
  return { start: (chain[0] as Token).start, end: last.end };
}

const TITLE_MODIFIERS = new Set(['financial', 'operating', 'technology', 'technical', 'executive', 'managing', 'general', 'deputy', 'vice', 'senior', 'former', 'acting', 'interim', 'assistant', 'associate', 'chief', 'co-founder', 'founding', 'principal', 'head']);

function isConnector(t: Token): boolean {
  return t.word === 'of' || t.word === 'for';
}

function isLeadingNoise(t: Token): boolean {
  if (isTitleWord(t.word) || isAllCaps(t.word) || isOrgWord(t.word)) return false;
  const tags = tagsOf(t.word);
  return isFunctionWord(t.word) || tags.includes('Adverb') || tags.includes('Date') || /ly$/.test(t.word);
}

/** "Alibaba Cloud CTO and head of the Tongyi Lab, Jingren Zhou, will…": a titled clause ending in a comma before the name. */
function appositiveBefore(text: string, sentence: ParsedSentence, name: { start: number; end: number }): { start: number; end: number } | null {
  if (text.slice(name.start - 2, name.start) !== ', ' || ![',', ';', '.'].includes(text[name.end] ?? '')) return null;
  const clauseEnd = name.start - 2;
  let clauseStart = sentence.start;
  for (let i = clauseEnd - 1; i >= sentence.start; i--) {
    if (/[,;:(—]/.test(text[i] ?? '')) {
      clauseStart = i + 1;
      break;
    }
  }
  return titledPhrase(text, clauseStart, clauseEnd);
}

/** "Lin Junyang, the core leader of the Qwen project": a titled phrase after a comma. */
function appositiveAfter(text: string, sentence: ParsedSentence, name: { start: number; end: number }): { start: number; end: number } | null {
  if (text.slice(name.end, name.end + 2) !== ', ') return null;
  const phraseStart = name.end + 2;
  let phraseEnd = sentence.end;
  for (let i = phraseStart; i < sentence.end; i++) {
    if (/[,;:)—]/.test(text[i] ?? '') || (text[i] === '.' && /\s/.test(text[i + 1] ?? ' '))) {
      phraseEnd = i;
      break;
    }
  }
  return titledPhrase(text, phraseStart, phraseEnd);
}

/** Returns the trimmed phrase when it names a role: short, holds a title word, starts like a noun phrase. */
function titledPhrase(text: string, from: number, to: number): { start: number; end: number } | null {
  const tokens = tokenize(text, from, to);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || tokens.length > MAX_ROLE_WORDS) return null;
  if (!tokens.some((t) => isTitleWord(t.word))) return null;
  const lead = first.word.toLowerCase();
  const startsLikeNoun = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'former', 'then'].includes(lead) || isTitleWord(first.word) || (isCapitalised(first.word) && !isFunctionWord(first.word) && !hasTag(first.word, 'Adverb'));
  if (!startsLikeNoun) return null;
  // A clause with a verb ("said the CEO") is not a role.
  if (tokens.some((t) => hasTag(t.word, 'PastTense') || hasTag(t.word, 'Modal') || hasTag(t.word, 'Copula'))) return null;
  return { start: first.start, end: last.possessive ? last.end + 2 : last.end };
}
