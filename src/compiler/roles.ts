/**
 * Roles: the words the text itself uses for what a person is or does, as a span, read at
 * one mention of the person. Titles before the name ("Alibaba Group CEO Yongming Wu",
 * "former chief executive X"), appositives on either side ("X, the chief financial officer
 * of Y's cloud unit", "Y's chief scientist, X", "X, 54, the bank's chief executive"), a
 * relative clause ("X, who chairs the board") and, failing those, a predicate ("X was named
 * chief executive in 2014").
 */
import type { AnnotatedSentence, WordToken } from './annotate';
import { tokenIndexAt, tokensWithin } from './annotate';
import { gapBetween, isAllCaps } from './tokens';

export interface Span {
  start: number;
  end: number;
}

/** Which words make a phrase a role: offices alone, or, for someone already known to be a person, what firms are called too ("owner", "developer"). */
type IsTitle = (t: WordToken) => boolean;
const OFFICE: IsTitle = (t) => t.title;
const ANY_ROLE: IsTitle = (t) => t.title || t.firmRole;

const MAX_ROLE_WORDS = 16;
// Honorifics that are courtesy, not office: "Mr", "Ms".
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'madam', 'mme', 'mlle', 'messrs', 'mssrs']);
const TITLE_MODIFIERS = new Set(['financial', 'operating', 'technology', 'technical', 'executive', 'managing', 'general', 'deputy', 'vice', 'senior', 'former', 'acting', 'interim', 'assistant', 'associate', 'chief', 'co-founder', 'founding', 'principal', 'head']);
const NOUN_PHRASE_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'former', 'then', 'now', 'longtime', 'veteran']);
// "a 54-year-old", "aged 33", "54": an age between commas says nothing of the role.
const AGE = /^(?:aged\s+)?\d{1,3}$/;
// Verbs that say what someone leads or does for a living ("who chairs the board", "who led the chip unit").
const ROLE_VERBS = new Set([
  'chairs', 'chaired', 'leads', 'led', 'heads', 'headed', 'runs', 'ran', 'oversees', 'oversaw', 'manages', 'managed', 'directs', 'directed',
  'founded', 'co-founded', 'cofounded', 'coaches', 'coached', 'teaches', 'taught', 'edits', 'edited', 'represents', 'represented', 'advises', 'advised', 'owns', 'owned', 'studies',
  'covers', 'covered', 'analyses', 'analyzes', 'tracks', 'supervises', 'supervised', 'co-leads', 'co-led', 'co-chairs', 'co-chaired', 'specialises', 'specializes',
]);
// Verbs after which the text names the role itself ("was named chief executive", "became CFO").
// "took over as", "stepped down as", "joined the bank as": a change of office names the office.
const ROLE_PREDICATE =
  /^(?:,\s+who)?\s+(?:(?:is|was)\s+(?:now|also|still)\s+|has\s+been\s+|had\s+been\s+|will\s+)?(?:(?:was\s+|been\s+|be\s+)?(?:named|appointed|elected|promoted\s+to|made)|is|was|be|became|becomes|become|remains|remained|serves\s+as|served\s+as|(?:took|takes|take|taking)\s+over\s+as|(?:stepped|steps|step|stepping)\s+(?:down|aside|in|up)\s+as|(?:resigned|resigns|resign|retired|retires|retire|returned|returns|return|stays|stayed|stay|continues|continued|continue)\s+(?:on\s+)?as|(?:joined|joins|join|rejoined)\s+(?:[\p{L}\p{N}&.'’-]+\s+){1,4}as|as)\s+/iu;
// Verbs whose object is followed by the office it is given: "Kestrel named Jane Okoro chief executive".
export const APPOINTING_VERBS = new Set(['named', 'names', 'appointed', 'appoints', 'elected', 'elects', 'made', 'makes', 'nominated', 'nominates', 'tapped', 'taps']);
const NOT_NOUN_LEAD_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Copula', 'Modal', 'Verb', 'Participle', 'Pronoun', 'Cardinal']);
const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'where']);
// What opens an appositive after a name: a comma, a bracket, a spaced dash.
const APPOSITIVE_OPENING = /^(?:, | \(| — | – )/;
// Words that end a role phrase: what follows is when, why or what else happened.
const ROLE_ENDS = new Set(['in', 'on', 'since', 'until', 'when', 'after', 'before', 'while', 'who', 'which', 'that', 'but', 'because', 'last', 'this', 'next', 'earlier', 'later', 'from']);

/**
 * Returns the role the text gives at one mention: a title before it, an appositive or
 * relative clause beside it, or else an abbreviated title ("Gov. Tony Evers"). An honorific
 * between a role and the name ("Outgoing owner Sir Nigel Pryce", "Calder's chief medical
 * officer, Dr. Peter Osei") is skipped. Words that name firms as well as people ("owner",
 * "developer") make a role only when `known` says the name is a person's already: they
 * are no sign that it is one ("Lattice Peak, a designer of chips").
 */
export function roleAt(text: string, sentence: AnnotatedSentence, name: Span, known = false): Span | null {
  const isTitle = known ? ANY_ROLE : OFFICE;
  const honorific = honorificBefore(text, sentence, name);
  const lead = honorific ? { start: honorific.start, end: name.end } : name;
  return (
    titleBefore(text, sentence, lead, isTitle) ??
    appositiveBefore(text, sentence, lead, isTitle) ??
    appositiveAfter(text, sentence, name, isTitle) ??
    relativeClause(text, sentence, name) ??
    officeGiven(text, sentence, name, isTitle) ??
    (honorific && !COURTESY_TITLES.has(honorific.word.toLowerCase()) ? { start: honorific.start, end: text[honorific.end] === '.' ? honorific.end + 1 : honorific.end } : null)
  );
}

/** Returns the honorific right before the name ("Dr." of "Dr. Peter Osei", "Gov" of "Gov. Tony Evers"), or null. */
function honorificBefore(text: string, sentence: AnnotatedSentence, name: Span): WordToken | null {
  const t = sentence.tokens[tokenIndexAt(sentence, name.start) - 1];
  return t?.honorific && /^\.? $/.test(text.slice(t.end, name.start)) ? t : null;
}

/** Returns the role a predicate gives after the mention of a person: "X was named chief executive", "X, who became CFO of Y", "X became the club's owner". */
export function predicateRoleAt(text: string, sentence: AnnotatedSentence, name: Span): Span | null {
  const m = ROLE_PREDICATE.exec(text.slice(name.end, Math.min(sentence.end, name.end + 60)));
  return m ? rolePhrase(text, sentence, name.end + m[0].length, ANY_ROLE) : null;
}

/**
 * "Alibaba Group CEO Yongming Wu", "Chief financial officer Tomás Herrera", "Minister for
 * Housing Aoife Brennan": the chain of title words, capitalised words, title modifiers and
 * "of"/"for" right before the name, when it holds a title word.
 */
export function titleBefore(text: string, sentence: AnnotatedSentence, name: { start: number }, isTitle: IsTitle = OFFICE): Span | null {
  const { tokens } = sentence;
  const end = tokenIndexAt(sentence, name.start);
  const last = tokens[end - 1];
  if (!last || last.possessive || text.slice(last.end, name.start) !== ' ') return null;
  if (!(isTitle(last) || last.capitalised)) return null;
  let first = end - 1;
  for (let i = end - 2; i >= 0; i--) {
    const t = tokens[i] as WordToken;
    if (t.possessive || gapBetween(text, t, tokens[i + 1] as WordToken) !== ' ') break;
    const w = t.word.toLowerCase();
    const fits = isTitle(t) || t.capitalised || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'for';
    if (!fits) break;
    first = i;
  }
  const chain = tokens.slice(first, end);
  // Trim what cannot start a title: connectors and sentence-initial adverbs ("Meanwhile CEO …").
  while (chain.length > 1 && (isConnector(chain[0] as WordToken) || isLeadingNoise(chain[0] as WordToken, isTitle))) chain.shift();
  if (!chain.some(isTitle)) return null;
  return { start: (chain[0] as WordToken).start, end: last.end };
}

function isConnector(t: WordToken): boolean {
  return t.word === 'of' || t.word === 'for';
}

function isLeadingNoise(t: WordToken, isTitle: IsTitle): boolean {
  if (isTitle(t) || isAllCaps(t.word) || t.orgWord) return false;
  return t.functionWord || t.tags.includes('Adverb') || t.tags.includes('Date') || /ly$/.test(t.word);
}

const SAYING_VERBS = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'explained', 'noted', 'warned']);

/** "Alibaba Cloud CTO and head of the Tongyi Lab, Jingren Zhou, will…": a titled clause ending in a comma before the name. */
function appositiveBefore(text: string, sentence: AnnotatedSentence, name: Span, isTitle: IsTitle): Span | null {
  // "one governor, Austria's Robert Holzmann, voted against": a possessive may stand before the name.
  const owner = /, (\p{Lu}[\p{L}.-]*['’]s )$/u.exec(text.slice(Math.max(sentence.start, name.start - 40), name.start));
  const nameStart = owner ? name.start - (owner[1] ?? '').length : name.start;
  if (text.slice(nameStart - 2, nameStart) !== ', ' || ![',', ';', '.'].includes(text[name.end] ?? '')) return null;
  const clauseEnd = nameStart - 2;
  let clauseStart = sentence.start;
  for (let i = clauseEnd - 1; i >= sentence.start; i--) {
    if (/[,;:(—]/.test(text[i] ?? '')) {
      clauseStart = i + 1;
      break;
    }
  }
  // "has sent his top trade negotiator, Ryosei Akazawa,": the noun phrase that ends the clause.
  const clause = tokensWithin(sentence, clauseStart, clauseEnd);
  // "one governor, X": what follows "one" is the phrase.
  const counted = clause.findLastIndex((t) => t.word.toLowerCase() === 'one' || t.word.toLowerCase() === 'another');
  const lead = Math.max(clause.findLastIndex((t) => NOUN_PHRASE_LEADS.has(t.word.toLowerCase())), counted >= 0 && counted + 1 < clause.length ? counted + 1 : -1);
  // '"…," said Pixelwave's chief product officer, Lena Vogt.': the phrase after the verb of saying.
  const said = clause.findLastIndex((t) => SAYING_VERBS.has(t.word.toLowerCase()));
  const afterSaid = said >= 0 ? clause[said + 1] : undefined;
  return (
    titledPhrase(sentence, clauseStart, clauseEnd, isTitle) ??
    (lead > 0 ? titledPhrase(sentence, (clause[lead] as WordToken).start, clauseEnd, isTitle) : null) ??
    (afterSaid ? titledPhrase(sentence, afterSaid.start, clauseEnd, isTitle) : null)
  );
}

/** "Kestrel named Jane Okoro chief executive": the office after the object of a verb of appointing. */
function officeGiven(text: string, sentence: AnnotatedSentence, name: Span, isTitle: IsTitle): Span | null {
  const verb = sentence.tokens[tokenIndexAt(sentence, name.start) - 1];
  if (!verb || !APPOINTING_VERBS.has(verb.word.toLowerCase()) || text.slice(verb.end, name.start) !== ' ' || text[name.end] !== ' ') return null;
  return rolePhrase(text, sentence, name.end + 1, isTitle);
}

/**
 * "Lin Junyang, the core leader of the Qwen project", "X, 54, the bank's chief executive",
 * "Jane Okoro (CEO)", "Jane Okoro — Kestrel's chief executive —": a titled phrase after a
 * comma, a bracket or a dash.
 */
function appositiveAfter(text: string, sentence: AnnotatedSentence, name: Span, isTitle: IsTitle): Span | null {
  const opening = APPOSITIVE_OPENING.exec(text.slice(name.end, name.end + 3))?.[0];
  if (opening === undefined) return null;
  let from = name.end + opening.length;
  let to = phraseEnd(text, sentence, from);
  if (AGE.test(text.slice(from, to)) && text.slice(to, to + 2) === ', ') {
    from = to + 2;
    to = phraseEnd(text, sentence, from);
  }
  // "a materials chemist at Leeds who led the study", "an analyst at a fund owned by the state":
  // a relative clause, or a participle that opens one, is not the role.
  const tokens = tokensWithin(sentence, from, to);
  const clause = tokens.find((t, i) => RELATIVE_WORDS.has(t.word) || isReducedRelative(tokens, i, isTitle));
  return titledPhrase(sentence, from, clause ? clause.start : to, isTitle);
}

// Verbs of saying, which after a title are the verb of a clause ("X, the minister said on Tuesday"), not a participle.
const SAYING = new Set(['said', 'told', 'wrote', 'added', 'noted', 'argued', 'warned', 'explained', 'announced', 'confirmed', 'insisted', 'stressed', 'replied']);

/** Returns true for a participle after a titled noun phrase that opens a clause of its own: "owned by", "founded in". */
function isReducedRelative(tokens: readonly WordToken[], i: number, isTitle: IsTitle): boolean {
  const t = tokens[i] as WordToken;
  const next = tokens[i + 1];
  if (!isVerb(t) || SAYING.has(t.word) || next === undefined || !next.tags.includes('Preposition')) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && !prev.functionWord && !prev.possessive && tokens.slice(0, i).some(isTitle);
}

/** "X, who chairs the board": the clause without "who", when its verb says what the person leads or does. */
function relativeClause(text: string, sentence: AnnotatedSentence, name: Span): Span | null {
  // "X, who led the study", "Prof. X of the University of Cambridge, who led the study".
  const m = /^(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and)\b)?\s*){1,6})?,\s+who\s+(?:(?:also|now|currently|previously)\s+)?(?:(?:has|had)\s+)?/u.exec(text.slice(name.end, name.end + 100));
  if (!m) return null;
  const from = name.end + m[0].length;
  const tokens = tokensWithin(sentence, from, phraseEnd(text, sentence, from));
  const verb = tokens[0];
  if (!verb || !ROLE_VERBS.has(verb.word.toLowerCase()) || tokens.length < 2 || tokens.length > MAX_ROLE_WORDS) return null;
  const kept = tokens.slice(0, endOfRole(tokens, 1));
  const last = kept[kept.length - 1] as WordToken;
  return { start: verb.start, end: last.end };
}

/** Returns the end of the clause that starts at `from`: the next comma, semicolon, colon, dash or bracket, or the sentence's end (a full stop inside a sentence ends an abbreviation: "chief U.S. economist"). */
function phraseEnd(text: string, sentence: AnnotatedSentence, from: number): number {
  for (let i = from; i < sentence.end; i++) {
    const c = text[i] ?? '';
    // A bracket opens a ticker or an aside ("Kestrel (KSTR.O)"); a spaced en dash an aside ("Kestrel – a boutique").
    if (/[,;:()—]/.test(c) || (c === '–' && text[i - 1] === ' ')) return i;
  }
  return sentence.end;
}

/** Returns the role phrase that starts at `from`, cut before words that say when or what else ("chief executive" of "chief executive in 2014"). */
function rolePhrase(text: string, sentence: AnnotatedSentence, from: number, isTitle: IsTitle): Span | null {
  const tokens = tokensWithin(sentence, from, phraseEnd(text, sentence, from));
  const kept = tokens.slice(0, endOfRole(tokens, 0));
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return null;
  return titledPhrase(sentence, first.start, last.possessive ? last.end + 2 : last.end, isTitle);
}

/** Returns how many tokens make the role: up to a word that starts another clause or a time. */
function endOfRole(tokens: readonly WordToken[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (ROLE_ENDS.has(t.word.toLowerCase())) return i;
    // A number ends it ("chief executive 2014-2020") unless a determiner opens it as a modifier ("runs the $4bn fund").
    if (/^\d/.test(t.word) && !NOUN_PHRASE_LEADS.has(tokens[i - 1]?.word.toLowerCase() ?? '')) return i;
  }
  return tokens.length;
}

/** Returns the trimmed phrase when it names a role: short, holds a title word, starts like a noun phrase. */
function titledPhrase(sentence: AnnotatedSentence, from: number, to: number, isTitle: IsTitle): Span | null {
  const tokens = tokensWithin(sentence, from, to);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || tokens.length > MAX_ROLE_WORDS) return null;
  if (!tokens.some(isTitle)) return null;
  if (!startsLikeNoun(first, isTitle)) return null;
  // A clause with a verb ("the CEO said") is not a role; a participle before a title is ("the newly appointed CFO").
  const verbAt = tokens.findIndex((t, i) => isVerb(t) && !isTitleAhead(tokens, i, isTitle));
  if (verbAt !== -1) return null;
  return { start: first.start, end: last.possessive ? last.end + 2 : last.end };
}

/** Returns true for a word a noun phrase starts with: a determiner or possessive, a title, a capitalised word, an adjective or a noun ("senior", "retail"). */
function startsLikeNoun(t: WordToken, isTitle: IsTitle): boolean {
  if (NOUN_PHRASE_LEADS.has(t.word.toLowerCase()) || isTitle(t) || TITLE_MODIFIERS.has(t.word.toLowerCase())) return true;
  if (t.functionWord || t.tags.some((tag) => tag === 'Adverb' || tag === 'Conjunction' || tag === 'Preposition')) return false;
  if (t.capitalised) return true;
  return !t.tags.some((tag) => NOT_NOUN_LEAD_TAGS.has(tag));
}

function isVerb(t: WordToken): boolean {
  // A capitalised word inside a role is a name ("Sun Hung Kai Financial"), not a verb.
  if (t.capitalised) return false;
  return t.tags.includes('PastTense') || t.tags.includes('Modal') || t.tags.includes('Copula');
}

/** Returns true for a participle used as an adjective of a title: "the newly appointed CFO" (not "Huang told reporters"). */
function isTitleAhead(tokens: readonly WordToken[], i: number, isTitle: IsTitle): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next === undefined || prev === undefined || tokens[i]?.tags.includes('Copula')) return false;
  const modifies = prev.possessive || prev.tags.includes('Adverb') || NOUN_PHRASE_LEADS.has(prev.word.toLowerCase());
  return modifies && (isTitle(next) || TITLE_MODIFIERS.has(next.word.toLowerCase()));
}
