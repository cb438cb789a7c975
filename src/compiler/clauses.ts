/**
 * A sentence cut into words and clauses, for the headlines of auto mode (headline.ts).
 *
 * Words get a coarse part of speech from compromise's lexicon (a map hit per word, see
 * lexicon.ts), closed lists of function words, word shape and a few context rules; the
 * facts the extractors found (figures, dates) are single words. Clauses are cut at
 * punctuation, relative and subordinate conjunctions, coordinated clauses and the "that"
 * after a verb of saying. Linear in the sentence: every rule looks at a bounded
 * neighbourhood.
 */
import { isAbbreviation, tagsOf } from './lexicon';

/** A coarse part of speech: enough to find a clause's subject, verb and object. */
export type WordTag =
  | 'fact' // the figure or date the headline is about
  | 'figure' // another figure, or a numeral the extractors did not take
  | 'date' // a time expression
  | 'det' // the, a, this, its, their
  | 'pron' // he, it, they
  | 'rel' // which, who, whose
  | 'sub' // while, although, because, if, when, as (starting a clause)
  | 'conj' // and, or, but
  | 'that'
  | 'to'
  | 'prep'
  | 'modal'
  | 'aux' // forms of be, have, do
  | 'neg' // not, never
  | 'verb' // a finite or bare verb
  | 'ed' // past tense or past participle
  | 'ing'
  | 'adv'
  | 'adj'
  | 'num' // seven, million
  | 'noun'
  | 'name' // a capitalised word inside the sentence
  | 'clitic' // the possessive 's
  | 'punct'
  | 'quote';

export interface Word {
  text: string;
  start: number;
  end: number;
  tag: WordTag;
  /** part of a person's name the extractors found */
  person?: boolean;
}

/** What a clause does in its sentence. */
export type ClauseRole =
  | 'main'
  | 'relative' // "which owns 51% of …": its subject is the noun before it
  | 'adverbial' // "while inventories have fallen …": a clause of its own, minus the conjunction
  | 'coordinate' // "and joined the lab": the verb of the clause before, without a subject
  | 'resumed' // the main clause again after a relative clause inside it: its subject is the sentence's
  | 'content' // what was said: "… said that production would fall"
  | 'attribution'; // "the company said", "said Li Wen", "according to Redfern"

export interface Clause {
  /** index of its first and one past its last word in `words` */
  from: number;
  to: number;
  role: ClauseRole;
  /** true when it has a verb that can carry a sentence */
  finite: boolean;
  /** true when inside quotation marks */
  quoted: boolean;
}

export interface AnalysedSentence {
  text: string;
  words: Word[];
  clauses: Clause[];
}

/** A fact inside the sentence: it becomes one word. */
export interface FactSpan {
  start: number;
  end: number;
  /** a person's name is not one word: its words are marked as a person's */
  kind: 'figure' | 'date' | 'person';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'each', 'every', 'some', 'any', 'another', 'both', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'one']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'if', 'whether', 'when', 'once']);
// Prepositions that also start clauses ("before the levy took effect", "as ore grades declined").
const CLAUSE_PREPOSITIONS = new Set(['as', 'after', 'before', 'since', 'until']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did']);
const NEGATIONS = new Set(['not', "n't", 'never']);
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'over', 'under', 'about', 'above', 'below', 'after', 'before', 'since',
  'until', 'till', 'during', 'through', 'across', 'against', 'among', 'amid', 'between', 'within', 'without', 'per', 'via', 'than', 'like',
  'despite', 'toward', 'towards', 'upon', 'up', 'down', 'off', 'out', 'around', 'beyond', 'near', 'as', 'including', 'versus', 'outside', 'inside',
]);
/** Verbs of saying or thinking: the clause they frame is what happened. */
export const SPEECH_VERBS = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'note', 'notes', 'noted', 'write', 'writes', 'wrote', 'state', 'states',
  'stated', 'announce', 'announces', 'announced', 'report', 'reports', 'reported', 'estimate', 'estimates', 'estimated', 'expect', 'expects',
  'expected', 'believe', 'believes', 'believed', 'warn', 'warns', 'warned', 'argue', 'argues', 'argued', 'predict', 'predicts', 'predicted',
  'show', 'shows', 'showed', 'find', 'finds', 'found', 'confirm', 'confirms', 'confirmed', 'claim', 'claims', 'claimed', 'explain', 'explains',
  'explained', 'insist', 'insists', 'insisted', 'think', 'thinks', 'thought', 'comment', 'comments', 'commented', 'acknowledge', 'acknowledged',
  'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'forecast', 'forecasts', 'forecasted', 'point', 'points', 'pointed',
]);
// Verbs of news prose that compromise's lexicon files as nouns ("cut", "pay", "rise"), with
// their "-s" forms: read as verbs where a clause has no other.
const VERB_OR_NOUN = new Set([
  'cut', 'set', 'put', 'hit', 'cost', 'rose', 'spread', 'plan', 'aim', 'hold', 'share', 'raise', 'top', 'lead', 'see', 'value', 'report',
  'forecast', 'expect', 'own', 'run', 'head', 'chair', 'target', 'estimate', 'record', 'fell', 'pay', 'rise', 'fall', 'show', 'drop', 'jump',
  'slip', 'gain', 'climb', 'surge', 'plunge', 'rebound', 'return', 'increase', 'decrease', 'decline', 'grow', 'need', 'use', 'face', 'push',
  'pull', 'move', 'change', 'trade', 'close', 'open', 'end', 'start', 'fund', 'bid', 'offer', 'deal', 'near', 'double', 'triple', 'halve',
  'rush', 'stop', 'list', 'price', 'post', 'book', 'sell', 'buy', 'hire', 'name', 'back', 'step', 'sign', 'win', 'lose', 'beat', 'merge',
])
// Verbs that stay verbs before a preposition ("rose to", "fell by"): never plural nouns.
const PREFERS_VERB = new Set(['rose', 'fell', 'grew', 'rises', 'falls', 'grows', 'jumps', 'slips', 'climbs', 'drops', 'gains', 'surges', 'plunges', 'declines', 'increases', 'decreases', 'doubles', 'triples', 'returns', 'stands', 'remains', 'comes', 'goes', 'says', 'told', 'took', 'met', 'began', 'became', 'left', 'held', 'led', 'made', 'won']);
const NOUN_TAGS = ['Singular', 'Plural', 'Noun', 'Actor', 'Unit', 'Uncountable'];
const NAME_TAGS = ['ProperNoun', 'Place', 'City', 'Country', 'Organization', 'Person', 'FirstName', 'LastName'];
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']', '.', '!', '?']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', '«', '»']);
const WORD = /[$€£¥₹]?\p{N}+(?:[.,]\p{N}+)*%?(?:['’]s)?(?![\p{L}\p{N}]|[.,]\p{N})|[\p{L}\p{M}\p{N}$€£¥₹%]+(?:['’&.\-/][\p{L}\p{M}\p{N}$€£¥₹%]+)*/uy;
/** Farthest a context rule looks for the verb of a clause that may start here. */
const LOOKAHEAD = 6;

/** Returns the sentence text[start, end) as tagged words and clauses; facts are single words. */
export function analyseSentence(text: string, start: number, end: number, facts: readonly FactSpan[]): AnalysedSentence {
  const words = tagWords(splitWords(text, start, end, facts.filter((f) => f.kind !== 'person')));
  markPeople(words, facts);
  return { text, words, clauses: splitClauses(words) };
}

/** Marks the words inside people's names (the spans are in text order, like the words). */
function markPeople(words: Word[], facts: readonly FactSpan[]): void {
  const people = facts.filter((f) => f.kind === 'person').sort((a, b) => a.start - b.start);
  let p = 0;
  for (const w of words) {
    while (p < people.length && (people[p] as FactSpan).end <= w.start) p++;
    const span = people[p];
    if (span && w.start >= span.start && w.end <= span.end) {
      w.person = true;
      if (w.tag === 'noun' || w.tag === 'adj') w.tag = 'name';
    }
  }
}

function splitWords(text: string, start: number, end: number, facts: readonly FactSpan[]): Word[] {
  const spans = [...facts].filter((f) => f.start >= start && f.end <= end && f.end > f.start).sort((a, b) => a.start - b.start);
  const words: Word[] = [];
  let next = 0;
  let i = start;
  while (i < end) {
    while (next < spans.length && (spans[next] as FactSpan).start < i) next++;
    const fact = spans[next];
    if (fact && fact.start === i) {
      words.push({ text: text.slice(fact.start, fact.end), start: fact.start, end: fact.end, tag: fact.kind === 'date' ? 'date' : 'figure' });
      i = fact.end;
      next++;
      continue;
    }
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    // A word never runs into a fact that starts inside it ("Qwen3.5-0.8B/2B": the "2B").
    const stop = Math.min(end, fact ? fact.start : end);
    if (m && m.index === i) {
      let wordEnd = Math.min(i + m[0].length, stop);
      // "U.S.", "Dec.", "Inc.": an abbreviation keeps its full stop, which then ends no clause.
      const word = text.slice(i, wordEnd);
      if (text[wordEnd] === '.' && wordEnd < stop && (/\.\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || isAbbreviation(word)) && /\s\p{Ll}|^\s*$/u.test(text.slice(wordEnd + 1, wordEnd + 3))) wordEnd++;
      // "Academy's" is "Academy" and its "'s"; "We've" is "We" and "'ve", "don't" is "do" and "n't".
      // "Policymakers'": a plural's possessive is its apostrophe.
      if (/s$/.test(text.slice(i, wordEnd)) && /['’]/.test(text[wordEnd] ?? '') && !/[\p{L}\p{N}]/u.test(text[wordEnd + 1] ?? '') && wordEnd < stop) {
        words.push({ text: text.slice(i, wordEnd), start: i, end: wordEnd, tag: 'noun' }, { text: text[wordEnd] as string, start: wordEnd, end: wordEnd + 1, tag: 'clitic' });
        i = wordEnd + 1;
        continue;
      }
      const suffix = /(?:['’](?:s|ve|re|ll|d|m)|n['’]t)$/iu.exec(text.slice(i, wordEnd));
      const cut = suffix && wordEnd - i > suffix[0].length ? suffix[0].length : 0;
      words.push({ text: text.slice(i, wordEnd - cut), start: i, end: wordEnd - cut, tag: 'noun' });
      if (cut) {
        const tail = text.slice(wordEnd - cut, wordEnd);
        words.push({ text: tail, start: wordEnd - cut, end: wordEnd, tag: /^['’]s$/i.test(tail) ? 'clitic' : /t$/i.test(tail) ? 'neg' : 'aux' });
      }
      i = wordEnd;
      continue;
    }
    words.push({ text: ch, start: i, end: i + 1, tag: QUOTES.has(ch) ? 'quote' : 'punct' });
    i++;
  }
  return words;
}

/** Returns the words with their tags: first by the word alone, then by its neighbours. */
function tagWords(words: Word[]): Word[] {
  words.forEach((w, i) => {
    if (w.tag !== 'noun') return;
    w.tag = tagOfWord(w.text, i === 0 || isSentenceStart(words, i), words[i + 1]);
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1];
    const lower = w.text.toLowerCase();
    // "its shares", "the expected deficit", "a record": after a determiner it is a noun or an adjective.
    if ((w.tag === 'verb' || w.tag === 'ed' || w.tag === 'ing') && prev && (prev.tag === 'det' || prev.tag === 'clitic')) w.tag = w.tag === 'ed' ? 'adj' : 'noun';
    // "to merge", "could rise", "will not pay": a verb.
    const before = prev?.tag === 'neg' ? words[i - 2] : prev;
    if (w.tag === 'noun' && (before?.tag === 'to' || before?.tag === 'modal') && hasVerbReading(lower)) w.tag = 'verb';
    // "to rebuild the pier": after "to", a word with an object after it is a verb.
    if (w.tag === 'noun' && prev?.tag === 'to' && ['det', 'figure', 'fact'].includes(words[i + 1]?.tag ?? '')) w.tag = 'verb';
    // "which employs 4,100 people": right after "which" or "who" comes the verb.
    if (w.tag === 'noun' && prev?.tag === 'rel' && (hasVerbReading(lower) || /(?:[^s]s|ed)$/.test(lower))) w.tag = 'verb';
    // "agreed to merge", "willing to wait": "to" after a verb or an adjective takes a verb.
    const beforeTo = words[i - 2];
    if (w.tag === 'noun' && prev?.tag === 'to' && beforeTo && (beforeTo.tag === 'verb' || beforeTo.tag === 'ed' || beforeTo.tag === 'adj') && !/s$/.test(lower) && hasVerbReading(lower)) w.tag = 'verb';
  }
  // "the index rose 0.4%", "the shot costs $495": a news verb right before a figure.
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] as Word;
    const next = (words[i + 1] as Word).tag;
    const subject = isNominal(words[i - 1]) || (i === 1 && words[0]?.tag === 'adj');
    if (w.tag === 'noun' && (next === 'figure' || next === 'fact') && subject && strongVerb(w.text.toLowerCase())) w.tag = 'verb';
  }
  // A news sentence opens with its subject: "Shares of the shipbuilder …", "Sales rose …".
  const opening = words[0];
  if (opening?.tag === 'verb' && !['det', 'pron'].includes(words[1]?.tag ?? '')) opening.tag = 'noun';
  for (const [from, to] of stretches(words)) settleVerbs(words, from, to);
  return words;
}

/** Returns the [from, to) ranges of words between clause-breaking punctuation. */
function stretches(words: readonly Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    if (w && !(w.tag === 'punct' && CLAUSE_BREAKS.has(w.text)) && w.tag !== 'quote') continue;
    if (i > from) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

/**
 * Decides between the noun and the verb reading of words in one stretch. A present-tense
 * form between a noun and a preposition is a plural noun ("fastest-growing mines in", "mud
 * rush on"); a participle before "by" with a verb after it modifies its noun ("stocks tracked
 * by the CME have …"); a stretch left with no verb takes the first word after its subject that
 * reads as one ("a seismic event in May cut production", "exchange data show").
 */
function settleVerbs(words: Word[], from: number, to: number): void {
  const laterFinite = (i: number) => {
    for (let j = i + 1; j < to; j++) if (isFiniteStart(words[j]) && words[j]?.tag !== 'ed') return true;
    return false;
  };
  for (let i = from + 1; i < to; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1] as Word;
    const next = words[i + 1];
    const nominalBefore = prev.tag === 'noun' || prev.tag === 'adj' || prev.tag === 'name' || prev.tag === 'figure' || prev.tag === 'num' || prev.tag === 'date';
    // "a net long position", "with models like": after an adjective or a preposition a word is a noun.
    const beforeFigure = next?.tag === 'figure' || next?.tag === 'fact';
    if (w.tag === 'verb' && (prev.tag === 'adj' || prev.tag === 'prep') && !beforeFigure && !tagsOf(w.text.toLowerCase()).includes('PastTense')) w.tag = 'noun';
    // Before "to" only where the stretch has its verb already ("hired 300 engineers to rebuild"),
    // not in "utilities plan to spend", whose verb it is.
    const verbBefore = words.slice(from, i).some((x) => isFiniteStart(x));
    const nounAfter = next === undefined || i + 1 >= to || next.tag === 'prep' || next.tag === 'ed' || next.tag === 'punct' || (next.tag === 'to' && verbBefore);
    if (w.tag === 'verb' && nominalBefore && nounAfter && !tagsOf(w.text.toLowerCase()).includes('PastTense') && !PREFERS_VERB.has(w.text.toLowerCase())) w.tag = 'noun';
    if (w.tag === 'ed' && next?.text.toLowerCase() === 'by' && isNominal(prev) && laterFinite(i + 1)) w.tag = 'adj';
  }
  // "said demand could rise": a word right before a modal or an auxiliary is its subject.
  for (let i = from; i < to - 1; i++) {
    const w = words[i] as Word;
    const next = words[i + 1] as Word;
    if (w.tag === 'verb' && (next.tag === 'modal' || (next.tag === 'aux' && !/^(?:be|been|being)$/i.test(next.text))) && !tagsOf(w.text.toLowerCase()).includes('PastTense')) w.tag = 'noun';
  }
  // ", led by Gulf investor Al Noor Capital,": a participle set off by commas.
  const head = words[from];
  if (head && (head.tag === 'ed' || head.tag === 'verb') && words[from + 1]?.text.toLowerCase() === 'by' && from > 0 && words[from - 1]?.text === ',') head.tag = 'adj';
  // "that refined metal could …", "exempting refined metal": a participle before its noun, no subject before it.
  for (let i = from; i < to; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1];
    const subjectBefore = prev !== undefined && i > from && (isNominal(prev) || prev.tag === 'aux' || prev.tag === 'modal' || prev.tag === 'neg' || prev.tag === 'adv' || prev.tag === 'to');
    if (w.tag === 'ed' && !subjectBefore && (words[i + 1]?.tag === 'noun' || words[i + 1]?.tag === 'name') && i + 1 < to) w.tag = 'adj';
  }
  // An appositive ("the national network operator", "a German cable maker") has no verb.
  const enclosed = from > 1 && words[from - 1]?.text === ',' && words[to]?.text === ',' && (words[from - 2]?.tag === 'name' || words[from - 2]?.tag === 'noun');
  const appositive = /^(?:the|a|an)$/i.test(words[from]?.text ?? '') && enclosed && to - from <= 6;
  if (appositive && !words.slice(from, to).some((w) => w.tag === 'aux' || w.tag === 'modal' || w.tag === 'ed')) {
    for (let i = from; i < to; i++) if ((words[i] as Word).tag === 'verb') (words[i] as Word).tag = 'noun';
    return;
  }
  for (let i = from; i < to; i++) if (isFiniteStart(words[i])) return;
  // ", costs about $495 a dose": a verb whose subject sits before the commas.
  const opening = words[from];
  if (opening?.tag === 'noun' && from > 0 && words[from - 1]?.text === ',' && strongVerb(opening.text.toLowerCase()) && ['figure', 'fact', 'det'].includes(words[from + 1]?.tag ?? '')) {
    opening.tag = 'verb';
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const w = words[i] as Word;
    // At the end of a stretch only the sentence's last word ("exchange data show.") is a verb.
    const next = words[i + 1];
    const atEnd = i + 1 >= to && !(next === undefined || /^[.!?]$/.test(next.text));
    if ((w.tag === 'noun' || w.tag === 'name') && !atEnd && next?.text.toLowerCase() !== 'of' && isNominal(words[i - 1]) && words[i - 1]?.tag !== 'num' && hasVerbReading(w.text.toLowerCase())) {
      w.tag = 'verb';
      return;
    }
  }
}

function isSentenceStart(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && ((prev.tag === 'quote' && i === 1) || (prev.tag === 'punct' && /[.!?]/.test(prev.text)));
}

function tagOfWord(text: string, sentenceStart: boolean, next: Word | undefined): WordTag {
  const lower = text.toLowerCase();
  if (/^[$€£¥₹]?\p{N}/u.test(text)) return 'figure';
  if (lower === 'that') return 'that';
  if (lower === 'to') return 'to';
  if (DETERMINERS.has(lower)) return 'det';
  if (PRONOUNS.has(lower)) return 'pron';
  if (RELATIVES.has(lower)) return 'rel';
  if (SUBORDINATORS.has(lower)) return 'sub';
  if (CONJUNCTIONS.has(lower)) return 'conj';
  if (MODALS.has(lower)) return 'modal';
  if (AUXILIARIES.has(lower)) return 'aux';
  if (NEGATIONS.has(lower)) return 'neg';
  if (PREPOSITIONS.has(lower)) return 'prep';
  // Inside a sentence a capital marks a name ("Metal Exchange", "Study Group"), whatever the lexicon says.
  if (!sentenceStart && /^\p{Lu}/u.test(text) && lower !== 'i') return 'name';
  // "State Grid", "Southern Cross": a capital at the start, and the next word a name too.
  if (sentenceStart && /^\p{Lu}/u.test(text) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.tag === 'noun') return 'name';
  const tags = tagsOf(lower);
  if (tags.length === 0) {
    if (/^\p{Lu}/u.test(text) && sentenceStart && !/(?:ed|ing|ly)$/.test(lower)) return 'name';
    if (/ed$/.test(lower) && lower.length > 3) return 'ed';
    if (/ing$/.test(lower) && lower.length > 5) return 'ing';
    if (/ly$/.test(lower) && lower.length > 4) return 'adv';
    return 'noun';
  }
  if (tags.includes('Negative')) return 'neg';
  if (tags.includes('Copula') || tags.includes('Auxiliary')) return 'aux';
  if (tags.includes('Gerund')) return 'ing';
  if (tags.includes('Participle')) return 'ed';
  if (tags.includes('PastTense')) return /ed$/.test(lower) ? 'ed' : 'verb';
  if (tags.includes('PresentTense') || tags.includes('Infinitive') || tags.includes('Verb')) return 'verb';
  if (tags.includes('Cardinal') || tags.includes('Multiple')) return 'num';
  if (tags.includes('Adverb')) return 'adv';
  // compromise files many past forms as adjectives ("produced", "touched", "joined").
  if (tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative') || tags.includes('Ordinal')) return /ed$/.test(lower) && lower.length > 3 ? 'ed' : 'adj';
  // "now", "yet", "then": compromise files them as conjunctions.
  if (tags.includes('Conjunction')) return 'adv';
  if (tags.some((t) => NAME_TAGS.includes(t))) return 'name';
  if (tags.some((t) => NOUN_TAGS.includes(t))) return 'noun';
  return 'noun';
}

/** Returns true when the word can be read as a verb: the lexicon says so, or its stem is a verb. */
const verbReadings = new Map<string, boolean>();

function hasVerbReading(lower: string): boolean {
  let known = verbReadings.get(lower);
  if (known === undefined) {
    known = readsAsVerb(lower);
    // Bounded: a hostile text of made-up words must not grow it without end.
    if (verbReadings.size > 20_000) verbReadings.clear();
    verbReadings.set(lower, known);
  }
  return known;
}

function readsAsVerb(lower: string): boolean {
  if (VERB_OR_NOUN.has(lower) || VERB_OR_NOUN.has(lower.replace(/e?s$/, '')) || VERB_OR_NOUN.has(lower.replace(/s$/, ''))) return true;
  const tags = tagsOf(lower);
  if (tags.some((t) => t === 'Infinitive' || t === 'PresentTense' || t === 'PastTense')) return true;
  return /s$/.test(lower) && tagsOf(lower.slice(0, -1)).includes('Infinitive');
}

/** True for the verbs of news prose that the lexicon files as nouns ("costs", "cut"). */
function strongVerb(lower: string): boolean {
  return VERB_OR_NOUN.has(lower) || VERB_OR_NOUN.has(lower.replace(/e?s$/, '')) || VERB_OR_NOUN.has(lower.replace(/s$/, ''));
}

/** True for words that can end a subject: "copper", "Southern Cross", "it", "2%". */
function isNominal(w: Word | undefined): boolean {
  return w !== undefined && (w.tag === 'noun' || w.tag === 'name' || w.tag === 'pron' || w.tag === 'figure' || w.tag === 'fact' || w.tag === 'date' || w.tag === 'num');
}

/** True for words that can start a verb group. */
export function isFiniteStart(w: Word | undefined): boolean {
  return w !== undefined && (w.tag === 'verb' || w.tag === 'ed' || w.tag === 'aux' || w.tag === 'modal');
}

/** Returns the index of the first word of a verb group in words[from, to), or -1. */
export function findVerb(words: readonly Word[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isFiniteStart(words[i])) return i;
  return -1;
}

/** True when a clause could start at word i: a subject and a verb within reach, or a verb at once. */
function clauseFollows(words: readonly Word[], start: number): 'verb' | 'clause' | null {
  const i = words[start]?.tag === 'adv' ? start + 1 : start;
  const first = words[i];
  if (!first) return null;
  if (isFiniteStart(first) && first.tag !== 'ed') return 'verb';
  if (first.tag === 'ed' && words[i + 1] && words[i + 1]?.tag !== 'prep') return 'verb';
  for (let j = i; j < Math.min(words.length, i + LOOKAHEAD); j++) {
    const w = words[j] as Word;
    if (w.tag === 'punct' || w.tag === 'quote' || w.tag === 'conj' || w.tag === 'rel' || w.tag === 'sub') return null;
    if (isFiniteStart(w)) {
      let k = j - 1;
      while (k > i && words[k]?.tag === 'adv') k--;
      return k >= i && isNominal(words[k]) ? 'clause' : null;
    }
  }
  return null;
}

function splitClauses(words: Word[]): Clause[] {
  const starts: Array<{ at: number; role: ClauseRole }> = [{ at: 0, role: 'main' }];
  let quoted = false;
  const quotedAt: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const lower = w.text.toLowerCase();
    if (w.tag === 'quote') {
      if (w.text === '“' || w.text === '‘') quoted = true;
      else if (w.text === '”' || (w.text === '’' && quoted)) quoted = false;
      else if (w.text === '"') quoted = !quoted;
      // A quotation inside a clause ("were \"one of the risks\"") does not end it.
      const inside = isWordy(words[i - 1]) && words[i - 1]?.tag !== 'punct' && isWordy(words[i + 1]);
      if (!inside) starts.push({ at: i + 1, role: 'main' });
    } else if (w.tag === 'punct' && CLAUSE_BREAKS.has(w.text)) {
      starts.push({ at: i + 1, role: 'main' });
    } else if (w.tag === 'rel' && i > 0) {
      starts.push({ at: i, role: 'relative' });
    } else if (w.tag === 'sub' || (CLAUSE_PREPOSITIONS.has(lower) && i > 0 && (words[i + 1]?.tag === 'ing' || clauseFollows(words, i + 1) === 'clause'))) {
      starts.push({ at: i, role: 'adverbial' });
    } else if (w.tag === 'conj' && hasVerbBefore(words, i)) {
      const next = clauseFollows(words, i + 1);
      if (next === 'verb') starts.push({ at: i, role: 'coordinate' });
      else if (next === 'clause') starts.push({ at: i, role: 'main' });
    } else if (w.tag === 'that') {
      const prev = words[i - 1];
      // "said in October that …", "are betting that …": what follows is what was said or thought.
      if (followsSpeech(words, i) || (prev && (prev.tag === 'verb' || prev.tag === 'ed' || prev.tag === 'ing'))) starts.push({ at: i, role: 'content' });
      // "the premium that buyers pay …": a relative clause with its own subject.
      else if (prev && (prev.tag === 'noun' || prev.tag === 'name' || prev.tag === 'adj') && (isNominal(words[i + 1]) || words[i + 1]?.tag === 'det')) {
        starts.push({ at: i, role: 'relative' });
        settleRelativeVerb(words, i + 1);
      }
    } else if ((w.tag === 'verb' || w.tag === 'ed') && SPEECH_VERBS.has(lower)) {
      // "said it would invest …", "said in January it was …": what follows is what was said.
      let j = i + 1;
      if (words[j]?.tag === 'prep' && words[j + 1]?.tag === 'date') j += 2;
      else if (words[j]?.tag === 'date') j += 1;
      if (clauseFollows(words, j) === 'clause') starts.push({ at: j, role: 'content' });
    }
    quotedAt[i] = quoted || w.tag === 'quote';
  }
  addResumptions(words, starts);
  const clauses: Clause[] = [];
  const sorted = starts.sort((a, b) => a.at - b.at);
  for (let k = 0; k < sorted.length; k++) {
    const { at, role } = sorted[k] as { at: number; role: ClauseRole };
    const to = k + 1 < sorted.length ? (sorted[k + 1] as { at: number }).at : words.length;
    if (to <= at) continue;
    const body = words.slice(at, to).filter((w) => w.tag !== 'punct' && w.tag !== 'quote');
    if (body.length === 0) continue;
    clauses.push({ from: at, to, role, finite: findVerb(words, at, to) !== -1, quoted: quotedAt[at] === true && words[at]?.tag !== 'quote' });
  }
  markAttributions(words, clauses);
  return clauses;
}

const isWordy = (w: Word | undefined) => w !== undefined && w.tag !== 'punct' && w.tag !== 'quote';

/** True when the clause that runs up to word i has a verb already. */
function hasVerbBefore(words: readonly Word[], i: number): boolean {
  // Anywhere before it in the sentence: ", about 2% below its record, and has gained …" joins a
  // second verb to the first; a participle counts ("competing with …, and became …").
  return findVerb(words, 0, i) !== -1 || words.slice(0, i).some((w) => w.tag === 'ing' || /ing$/.test(w.text));
}

/** In "that buyers in Rotterdam pay …", the word after the relative clause's subject is its verb. */
function settleRelativeVerb(words: Word[], i: number): void {
  for (let j = i + 1; j < Math.min(words.length, i + LOOKAHEAD + 2); j++) {
    const w = words[j] as Word;
    if (isFiniteStart(w) || isBreak(w)) return;
    const next = words[j + 1];
    const objectNext = next === undefined || ['prep', 'det', 'figure', 'fact', 'punct', 'to', 'adv'].includes(next.tag);
    if (w.tag === 'noun' && isNominal(words[j - 1]) && objectNext && hasVerbReading(w.text.toLowerCase())) {
      w.tag = 'verb';
      return;
    }
  }
}

/**
 * Adds where the main clause resumes after a relative clause inside it: in "the premium that
 * buyers pay over the LME price has doubled", "has doubled" is the main clause's verb, after
 * the relative clause's own verb ("pay") and its object.
 */
function addResumptions(words: readonly Word[], starts: Array<{ at: number; role: ClauseRole }>): void {
  for (const start of [...starts]) {
    if (start.role !== 'relative') continue;
    let i = start.at + 1;
    while (i < words.length && !isFiniteStart(words[i]) && !isBreak(words[i])) i++;
    while (i < words.length && (isFiniteStart(words[i]) || words[i]?.tag === 'neg' || words[i]?.tag === 'adv')) i++;
    for (let j = i + 1; j < Math.min(words.length, i + 4 * LOOKAHEAD); j++) {
      const w = words[j] as Word;
      if (isBreak(w) || w.tag === 'conj' || w.tag === 'rel' || w.tag === 'sub' || w.tag === 'that') break;
      if (isFiniteStart(w) && w.tag !== 'ed' && isNominal(words[j - 1])) {
        starts.push({ at: j, role: 'resumed' });
        break;
      }
    }
  }
}

function isBreak(w: Word | undefined): boolean {
  return w === undefined || w.tag === 'quote' || (w.tag === 'punct' && CLAUSE_BREAKS.has(w.text));
}

/** True when "that" at i follows a verb of saying in its clause ("said in October that …"). */
function followsSpeech(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 2 * LOOKAHEAD); j--) {
    const w = words[j] as Word;
    if (w.tag === 'punct' || w.tag === 'quote') return false;
    if (SPEECH_VERBS.has(w.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Marks the clauses that only say who said something: one whose verb is a verb of saying
 * and which has nothing after it ("…," said Li Wen), frames a content clause, or reads
 * "according to". The noun phrases after a trailing attribution ("general manager of …") are
 * attribution too.
 */
function markAttributions(words: readonly Word[], clauses: Clause[]): void {
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as Clause;
    const next = clauses[k + 1];
    const verb = findVerb(words, c.from, c.to);
    const verbWord = verb === -1 ? null : (words[verb] as Word);
    const body = words.slice(c.from, c.to).filter((w) => w.tag !== 'punct' && w.tag !== 'quote');
    // Not "due to report": an infinitive says what is to happen, not who said something.
    const speech = body.find((w, j) => SPEECH_VERBS.has(w.text.toLowerCase()) && (w.tag === 'verb' || w.tag === 'ed') && body[j - 1]?.tag !== 'to');
    const according = body[0]?.text.toLowerCase() === 'according' && body[1]?.tag === 'to';
    const frames = next?.role === 'content' && speech !== undefined;
    // "…," said Li Wen / the company said / exchange data show: saying, and no object.
    const bare = speech !== undefined && verbWord !== null && body.indexOf(speech) >= body.length - 1 - trailingNominals(body, body.indexOf(speech));
    if (according || frames || (bare && !c.quoted && c.role !== 'content')) c.role = 'attribution';
  }
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k] as Clause;
    const prev = clauses[k - 1] as Clause;
    if (prev.role === 'attribution' && !c.finite && c.role === 'main' && !c.quoted && prev.to <= c.from) {
      const last = clauses.findIndex((x) => x.from > prev.from && x.finite);
      if (last === -1 || last > k) c.role = 'attribution';
    }
  }
}

/** Returns how many of body's words after index i are a name or noun phrase only. */
function trailingNominals(body: readonly Word[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < body.length; j++) {
    const t = (body[j] as Word).tag;
    if (t === 'name' || t === 'noun' || t === 'det' || t === 'adj' || t === 'clitic' || t === 'date' || t === 'prep' || t === 'pron') n++;
    else return -1;
  }
  return n;
}
