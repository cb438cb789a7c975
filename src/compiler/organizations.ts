/**
 * Organisations: named companies, labs and bodies. From compromise: its organisation
 * suffixes ("Group", "Academy", "Bank"…, plus "Lab" and "Cloud") and its lexicon of known
 * organisations ("Nvidia"). By rule: brand-shaped words with an inner capital ("OpenAI",
 * "SoftBank"), members of a list that holds a known organisation ("SoftBank, Amazon, and
 * Nvidia"), and the first word of a suffixed name when it also stands alone ("Alibaba" of
 * "Alibaba Group"). Product names in lists of products ("Taobao, Alipay, Fliggy") stay out.
 */
import type { Organization, Person } from '../schema/bundle';
import { slugify } from '../schema/slugify';
import { type AnnotatedArticle, type AnnotatedSentence, sentenceAt, type WordToken } from './annotate';
import { isOrgWord } from './lexicon';
import { gapBetween, isAllCaps, isCamelBrand } from './tokens';

/** Returns the organisations of the article in order of first mention; `people` keeps names of people out. */
export function extractOrganizations(article: AnnotatedArticle, people: readonly Person[] = []): Organization[] {
  const { text } = article;
  const body = article.sentences.filter((s) => s.kind === 'body');
  const personWords = new Set(people.flatMap((p) => p.name.split(' ')));
  const names = new Set<string>();
  const heads = new Set<string>();
  const standalone = new Set<string>();

  for (const sentence of body) {
    const { tokens } = sentence;
    for (const name of suffixedNames(text, tokens)) {
      names.add(name);
      const head = name.split(' ')[0] ?? '';
      if (name.includes(' ') && !isOrgWord(head) && !personWords.has(head)) heads.add(head);
    }
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const followedByCapital = next !== undefined && !t.possessive && gapBetween(text, t, next) === ' ' && next.capitalised;
      if (!followedByCapital && t.capitalised) standalone.add(t.word);
      if (personWords.has(t.word) || followedByCapital) return;
      if (isCamelBrand(t.word) || (t.knownOrg && t.capitalised)) names.add(t.word);
    });
    for (const list of capitalisedLists(text, tokens)) {
      if (list.some((w) => names.has(w))) for (const w of list) if (!personWords.has(w)) names.add(w);
    }
  }
  for (const head of heads) if (standalone.has(head)) names.add(head);

  const searchable = article.sentences.filter((s) => s.kind === 'body' || s.kind === 'headline');
  const all = [...names];
  const orgs: Organization[] = [];
  const ids = new Set<string>();
  for (const name of all) {
    const first = firstMention(text, searchable, name, all);
    if (!first) continue;
    let id = `org-${slugify(name)}`;
    for (let n = 2; ids.has(id); n++) id = `org-${slugify(name)}-${n}`;
    ids.add(id);
    orgs.push({ id, name, text: name, start: first.start, end: first.start + name.length, sentence: first.sentence.id });
  }
  return orgs.sort((a, b) => a.start - b.start);
}

/** Returns names made of capitalised words that end in an organisation word: "Alibaba Group", "Tongyi Lab". */
function suffixedNames(text: string, tokens: readonly WordToken[]): string[] {
  const names: string[] = [];
  let runStart = -1;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const joined = prev !== undefined && runStart !== -1 && !prev.possessive && gapBetween(text, prev, t) === ' ';
    const usable = t.capitalised;
    if (!usable) {
      runStart = -1;
      return;
    }
    if (!joined) runStart = i;
    const tail = t.orgWord ? ofTail(text, tokens, i) : t;
    // "Alibaba Group", or an organisation word carried on by "of": "Bank of China".
    if (t.orgWord && (i > runStart || tail !== t)) {
      let from = runStart;
      // "The Tongyi Lab" at a sentence start: the article is not part of the name.
      while (from < i && isLeadingWord(tokens[from] as WordToken)) from++;
      if (from < i || tail !== t) names.push(text.slice((tokens[from] as WordToken).start, tail.end));
      runStart = i + 1 < tokens.length ? i + 1 : -1;
      if (t.possessive) runStart = -1;
    }
    if (t.possessive) runStart = -1;
  });
  return names;
}

/** Returns the last token of "… of Customs", "… of China" after an organisation word, or the word itself. */
function ofTail(text: string, tokens: readonly WordToken[], i: number): WordToken {
  const word = tokens[i] as WordToken;
  const of = tokens[i + 1];
  let last = tokens[i + 2];
  if (word.possessive || of?.word !== 'of' || !last || gapBetween(text, word, of) !== ' ' || gapBetween(text, of, last) !== ' ' || !last.capitalised) return word;
  for (let k = i + 3; k < tokens.length; k++) {
    const next = tokens[k] as WordToken;
    if (last.possessive || gapBetween(text, last, next) !== ' ' || !next.capitalised) break;
    last = next;
  }
  return last;
}

function isLeadingWord(t: WordToken): boolean {
  if (isAllCaps(t.word)) return false;
  return t.functionWord || t.tags.includes('Adverb') || /ly$/.test(t.word);
}

/** Returns lists of single capitalised words: "SoftBank, Amazon, and Nvidia", "DeepSeek and OpenAI". */
function capitalisedLists(text: string, tokens: readonly WordToken[]): string[][] {
  const lists: string[][] = [];
  let current: string[] = [];
  let last: WordToken | null = null;
  const flush = () => {
    if (current.length >= 2) lists.push(current);
    current = [];
  };
  for (const t of tokens) {
    const word = t.word;
    if (word === 'and' || word === 'or') continue;
    const single = t.capitalised && !t.functionWord;
    if (!single) {
      flush();
      last = null;
      continue;
    }
    const gap = last ? gapBetween(text, last, t) : '';
    const separated = /^(?:,\s+|,?\s+(?:and|or)\s+)$/.test(gap);
    if (last && !separated) {
      // Two capitalised words in a row make a longer name, which ends the list.
      flush();
      current = [];
      last = t;
      continue;
    }
    current.push(word);
    last = t;
  }
  flush();
  return lists;
}

/** Returns the first mention of an organisation that is not part of a longer organisation name. */
function firstMention(text: string, sentences: AnnotatedSentence[], name: string, all: string[]): { start: number; sentence: AnnotatedSentence } | null {
  const longer = all.filter((other) => other !== name && other.includes(name));
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    const sentence = sentenceAt(sentences, i);
    if (!sentence || i + name.length > sentence.end) continue;
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i + name.length] ?? '')) continue;
    if (longer.some((other) => partOf(text, i, name, other))) continue;
    return { start: i, sentence };
  }
  return null;
}

function partOf(text: string, at: number, name: string, longer: string): boolean {
  const offset = longer.indexOf(name);
  return offset !== -1 && text.startsWith(longer, at - offset);
}
