/**
 * What a number with no noun right after it counts, read from the words around it: a
 * partitive ("three of the 18 analysts", "2,400 of the parts", "12 of them"), a number that is
 * its clause's subject ("… and 15 had cut their forecasts"), or the subject of the clause whose
 * verb comes right before the number ("Monthly users of the app reached 180 million").
 *
 * Every reader looks at a window of a fixed size around the number, so a sentence is read in
 * time linear in its length however many numbers it holds.
 */
import { readNoun } from './counted';
import { isFunctionWord, tagsOf } from './lexicon';

// Bare numbers that refer to a part of something, not an amount: "section 5 of the act", "page 12".
const REFERENCE_BEFORE =
  /\b(?:sections?|articles?|clauses?|paragraphs?|chapters?|pages?|rules?|items?|levels?|stages?|phases?|parts?|rounds?|games?|matches|weeks?|days?|rows?|lines?|steps?|grades?|tiers?|categor(?:y|ies)|class|types?|versions?|figures?|tables?|exhibits?|notes?|schedules?|annex|appendix|volumes?|issues?|episodes?|gates?|platforms?|floors?|lots?|blocks?|routes?|highways?|exits?|districts?|wards?|zones?|rooms?|flights?|hole|holes|laps?|terminals?|numbers?|codes?|models?|series|sizes?|scores?|ranks?|ranked|rated|ratings?)\s$/i;
const PARTITIVE = /\s+of\s+/y;
const DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'these', 'those', 'this', 'that', 'all']);
const PRONOUNS = new Set(['them', 'us', 'you', 'which', 'whom', 'these', 'those']);
const NEXT_WORD = /\s+(\p{L}+)/uy;
// Where a clause may open: the sentence's start, a quotation, a comma, a colon or a dash, a conjunction.
const CLAUSE_OPENING = /(?:[,;:(\u2014\u2013"“]\s*|\b(?:and|but|while|whereas|whom|which|of those|of them)\s)$/i;
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb', 'Auxiliary', 'Infinitive']);
// Verbs the lexicon files as nouns or adjectives that news prose uses after a figure or its subject.
const VERBS_AS_OTHER = new Set(['has', 'cut', 'hit', 'set', 'rose', 'expected', 'topped', 'totalled', 'numbered', 'stood', 'plan', 'need', 'want', 'own']);
const WINDOW = 160;

// The whole a rank is out of: "the 1st of 10", "third of 12", "7 out of 10".
const RANK_OF_BEFORE = /(?:\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)|\bout)\s+of\s$/i;

/** Returns true when the words before `at` make the number a reference ("section 5", "page 12 of the report", "the 1st of 10"), not an amount. */
export function isReference(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 16), at);
  return REFERENCE_BEFORE.test(before) || RANK_OF_BEFORE.test(before);
}

/**
 * Returns what a partitive after s[end] shares out: `{ from }` where the noun phrase after its
 * determiner or number starts ("of the 18 analysts", "of the parts", "of five"), `{ pronoun }`
 * when it is a pronoun ("of them"); null when no "of" follows.
 */
export function partitiveAfter(s: string, end: number): { from: number } | { pronoun: true } | null {
  PARTITIVE.lastIndex = end;
  if (!PARTITIVE.test(s)) return null;
  const at = PARTITIVE.lastIndex;
  const word = /^\p{L}+/u.exec(s.slice(at, at + 12))?.[0].toLowerCase() ?? '';
  if (/^\p{N}/u.test(s.slice(at, at + 1))) return { from: at };
  // "of those surveyed": "those" is a determiner there, and nothing names the noun.
  if (PRONOUNS.has(word) && !(DETERMINERS.has(word) && /^\s+\p{L}/u.test(s.slice(at + word.length, at + word.length + 2)))) return { pronoun: true };
  if (DETERMINERS.has(word)) {
    return /^\s[\p{L}\p{N}]/u.test(s.slice(at + word.length, at + word.length + 2)) ? { from: at + word.length + 1 } : null;
  }
  return tagsOf(word).includes('Cardinal') ? { from: at } : null;
}

/** Returns true when a clause may open at s[at]: the sentence's start, or after a comma, a conjunction, "of whom". */
export function opensClause(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 12), at);
  if (at <= 12 && /^\s*["“‘']?\s*$/.test(before)) return true;
  return CLAUSE_OPENING.test(before);
}

/**
 * Returns true when the word right after s[end] is a verb: "15 had cut", "Twelve said", "half
 * were". With `past`, a verb in the present needs a tense the lexicon gives it ("a third party":
 * the lexicon files "party" as a verb only).
 */
export function verbFollows(s: string, end: number, past = false): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(s);
  if (m === null || !isVerb(m[1] ?? '')) return false;
  const tags = tagsOf(m[1] ?? '');
  return !past || tags.length === 0 || tags.some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal');
}

/**
 * Returns the head noun phrase of the clause whose verb comes right before the number at s[at]
 * ("Monthly users of the app reached 180 million" → "monthly users", "Revenue rose to 3.1
 * billion" → "revenue"), or null when the number follows no verb or the subject is no common noun.
 */
export function subjectOf(s: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  const before = s.slice(from, at);
  const verb = /(\p{L}+)\s+(?:(?:to|at|by|of|from|around)\s+)?$/u.exec(before);
  if (!verb || !isVerb(verb[1] ?? '')) return null;
  const clause = before.slice(0, verb.index);
  let start = -1;
  for (const mark of [',', ';', ':', '(', '\u2014', '\u2013']) start = Math.max(start, clause.lastIndexOf(mark));
  if (start === -1 && from > 0) return null; // the clause starts outside the window
  // "a net decrease of 2,600": after an indefinite article the "verb" was a noun.
  const opening = /^[\s"“‘(]*(?:(?:the|its|their|our|his|her|this|that|these|those)\s+)?(?:\p{L}+['’]s\s+)?/iu.exec(clause.slice(start + 1));
  const nounFrom = start + 1 + (opening?.[0].length ?? 0);
  const noun = readNoun(clause, nounFrom);
  if (!noun || clause.slice(nounFrom, noun.end) !== noun.text) return null;
  // The noun phrase must run on to the verb, or to a preposition's phrase before it ("users of the app").
  const rest = clause.slice(noun.end);
  if (!/^\s*$/.test(rest) && !/^\s+(?:of|in|at|on|for|from|to|with)\s/i.test(rest)) return null;
  const words = noun.text.split(/\s+/);
  // A capital after the first word is a name ("Alibaba Cloud"); a capitalised first word must be a noun the lexicon knows.
  if (words.slice(1).some((w) => /\p{Lu}/u.test(w))) return null;
  const first = words[0] ?? '';
  if (/^\p{Lu}/u.test(first) && !isCommonWord(first)) return null;
  return noun.text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

function isVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (VERBS_AS_OTHER.has(w)) return true;
  const tags = tagsOf(w);
  // A word the lexicon does not know, in the past: "abstained".
  if (tags.length === 0) return /\p{L}{3}ed$/u.test(w);
  if (isFunctionWord(w) && !tags.some((t) => t === 'Copula' || t === 'Modal')) return false;
  return tags.some((t) => VERB_TAGS.has(t));
}

const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Organization', 'Place', 'Country', 'City', 'ProperNoun']);

/** A word the lexicon knows as a common word ("Monthly", "Revenue"), or a plural it does not know ("Subscribers"); not a name. */
function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /[^s]s$/i.test(word);
  return !tags.some((t) => NAME_TAGS.has(t));
}
