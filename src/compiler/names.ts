/**
 * Which runs of capitalised words in the body name people.
 *
 * A candidate is two or three name-shaped words in a row ("Jensen Huang", "Lin Junyang"),
 * with inner initials and particles ("Jerome H. Powell", "Ursula von der Leyen"); an
 * honorific before it is not part of the name. A candidate is a person when compromise's
 * lexicon knows one of its words as a name, or when the text treats it as one: a role
 * beside it, a verb only people do after it ("said", "met", "resigned"), an honorific, an
 * age or "who" after it, its surname used alone the same way elsewhere ("Nadella said"),
 * or a person beside it in a list. Then the guards for precision: what a determiner, a
 * place preposition or an organisation list stands before, what a title, a version number
 * or a common noun follows ("Morgan Stanley analyst", "Claude Sonnet 4.5", "a Grace Hopper
 * chip"), what the lexicon knows as a place or an organisation ("Goldman Sachs", "Hong
 * Kong") and what takes "its" is not a person. A single word ("Claude", "Siri") never is.
 */
import type { AnnotatedSentence, WordToken } from './annotate';
import { GIVEN_NAME_TAGS, isKnownName, tagsOf } from './lexicon';
import { APPOINTING_VERBS, roleAt, titleBefore } from './roles';
import { gapBetween, isCamelBrand } from './tokens';

interface NameRun {
  tokens: readonly WordToken[];
  sentence: AnnotatedSentence;
  start: number;
  end: number;
  name: string;
}

const MAX_NAME_PARTS = 3;
const MAX_LIST_ROUNDS = 3;
const NOT_NAME_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Month', 'WeekDay', 'Demonym', 'Currency', 'Unit']);
const DATE_TAGS = new Set(['Date', 'Month', 'WeekDay']);
const PLACE_TAGS = new Set(['Place', 'City', 'Region']);
const SURNAME_LIKE_TAGS = new Set(['Singular', 'Noun', 'Infinitive', 'Uncountable', 'Actor', 'LastName']);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'ben']);
// Not "that", which mostly opens a clause: "said that Lu Weibing would…".
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'these', 'those']);
// Adjectives between a determiner and a name that still mean "a person": "the late Steve Jobs".
const PERSON_ADJECTIVES = new Set(['late', 'former', 'then', 'elder', 'younger', 'young', 'old', 'famed', 'legendary', 'billionaire']);
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'inside', 'outside', 'across', 'throughout']);
const NOUN_TAGS = new Set(['Singular', 'Uncountable', 'Noun']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Gerund', 'Participle', 'Modal', 'Copula', 'Adverb', 'Adjective', 'Pronoun', 'Reflexive', 'Preposition', 'Conjunction', 'Determiner']);
// Words after a name that only people take: verbs of thought and of a career, and "himself".
const PERSON_WORDS_AFTER = new Set([
  'told', 'tells', 'wrote', 'writes', 'argued', 'argues', 'recalled', 'recalls', 'insisted', 'acknowledged', 'conceded', 'emphasized', 'emphasised',
  'stressed', 'asked', 'asks', 'believes', 'believed', 'thinks', 'thought', 'hopes', 'hoped', 'wants', 'wanted', 'joked', 'testified', 'pledged',
  'vowed', 'admitted', 'spoke', 'speaks', 'praised', 'criticised', 'criticized', 'met', 'meets', 'joined', 'joins', 'founded', 'co-founded', 'cofounded',
  'resigned', 'resigns', 'stepped', 'steps', 'retired', 'retires', 'visited', 'graduated', 'studied', 'married', 'replied', 'answered', 'sat', 'smiled',
  'laughed', 'died', 'grew', 'learned', 'learnt', 'earned', 'personally', 'himself', 'herself', 'step', 'resign', 'retire', 'testify',
]);
// Verbs of speech organisations take as well ("Meridian Semiconductor said"): a person's only when they attribute a quotation.
const SPEECH_WORDS_AFTER = new Set([
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'stated', 'explained', 'explains', 'announced', 'posted', 'tweeted', 'commented',
  'declared', 'warned', 'warns', 'urged', 'urges', 'predicted', 'cautioned', 'declined', 'confirmed', 'denied', 'promised', 'described', 'responded',
]);
// How a share price moves: "X added 2.1%", "X fell 3%".
const MARKET_MOVES = new Set(['rose', 'rises', 'fell', 'falls', 'gained', 'gains', 'added', 'adds', 'climbed', 'climbs', 'jumped', 'jumps', 'surged', 'surges', 'slipped', 'slips', 'dropped', 'drops', 'declined', 'declines', 'lost', 'loses', 'slumped', 'tumbled', 'advanced', 'eased', 'edged', 'rallied', 'sank', 'soared', 'plunged', 'retreated']);
// Verbs that take a clause, whose "its" belongs to someone else: "Huang said its chips…".
const CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'noted', 'wrote', 'argued', 'warned', 'believes', 'thinks', 'expects', 'predicted', 'confirmed']);
// Words before a name that only people follow: "met Satya Nadella", "said Colette Kress".
const PERSON_WORDS_BEFORE = new Set(['met', 'meets', 'hired', 'hires', 'appointed', 'appoints', 'interviewed', 'succeeded', 'succeeds', 'fired', 'ousted', 'thanked', 'said', 'says', 'told']);
// Verbs whose object is a product, not a person: "Anthropic launched Claude Code", "developers use Devin Pro".
const PRODUCT_VERBS = new Set([
  'launched', 'launches', 'launch', 'launching', 'released', 'releases', 'releasing', 'unveiled', 'unveils', 'unveiling', 'shipped', 'ships', 'shipping',
  'deployed', 'deploys', 'deploying', 'trained', 'using', 'uses', 'use', 'upgraded', 'integrated', 'integrates', 'installed', 'downloaded', 'licensed',
]);
// Words that end product names ("Claude Code", "Devin Pro", "Jasper Chat"): such a name needs the text to make it a person.
const PRODUCT_WORDS = new Set(['pro', 'plus', 'max', 'ultra', 'mini', 'lite', 'flash', 'turbo', 'studio', 'code', 'chat', 'assistant', 'edition', 'premium']);
// Verbs of an attribution inverted after a quotation: `"…," added Maya Lindqvist`, `"…?" asked X`.
const SPEECH_WORDS_BEFORE = new Set(['added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'asked', 'asks', 'explained', 'explains', 'warned', 'warns', 'cautioned', 'replied', 'argued', 'argues', 'insisted', 'continued', 'recalled', 'recalls', 'observed', 'conceded', 'acknowledged']);
const QUOTE_BEFORE_VERB = /[,.!?…]?["”]\s+$|[,.!?…]’\s+$/;
// "… by X" after verbs only people are the agent of: "founded by", "led by"; and "met with", "according to".
const PERSON_PAIRS_BEFORE = new Map([
  ['by', new Set(['founded', 'co-founded', 'cofounded', 'led', 'chaired', 'headed', 'run', 'coordinated', 'signed', 'authored'])],
  ['with', new Set(['met', 'meets', 'meeting'])],
  ['to', new Set(['according'])],
]);
const AGE_OR_WHO_AFTER = /^(?:,\s+who\b|,\s+(?:aged\s+)?\d{1,3},|\s+\(\d{1,3}\))/;
// The verb after a name, past an adverb or an auxiliary: "X also told", "X has resigned", "X will step down".
const VERB_AFTER = /^,?\s+(?:(?:also|then|later|previously|recently|once|who)\s+)?(?:(?:has|had|will|would|is\s+to|was\s+to|is\s+set\s+to|is\s+expected\s+to)\s+)?(\p{Ll}[\p{Ll}-]*)/u;
// Only "and" makes a list for sure: a comma may open an appositive ("head of the Tongyi Lab, Jingren Zhou,").
// The end of a quotation right before a name: `"…," Maya Okafor said`.
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
const OTHER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'itself']);
const MAX_PRONOUN_DISTANCE = 40;
const QUOTE_BEFORE = /[,.!?…]["”’]\s+$/;
const LIST_GAP = /^(?:,\s+and\s+|\s+and\s+)$/;
const MAX_CUE_CHARS = 40;
// The gap between two names in a list, with a possessive before the second: ", and Microsoft's ".
const MAX_LIST_GAP = 40;
const LIST_AFTER = /^(?:,\s+and\s+|,\s+|\s+and\s+)(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+)?/u;
const LIST_BEFORE = /(?:,\s+and\s+|,\s+|\s+and\s+)(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+)?$/u;

/** Returns the names of the people in the body sentences, in order of first appearance. */
export function findPersonNames(text: string, body: readonly AnnotatedSentence[]): string[] {
  const runs = body.flatMap((sentence) => nameRuns(text, sentence));
  const cuedWords = wordsUsedLikePeople(text, body);
  const nextSentence = new Map(body.map((s, i) => [s, body[i + 1]]));
  // A name the text uses as a product anywhere ("launched Claude Code", "Claude Opus 4.5") is no person anywhere.
  const products = new Set(runs.filter((run) => isUsedAsProduct(text, run)).map((run) => run.name));
  const accepted = new Set<string>();
  let undecided: NameRun[] = [];
  for (const run of runs) {
    if (accepted.has(run.name) || products.has(run.name) || isVetoed(text, run)) continue;
    if (hasPersonCue(text, run, nextSentence.get(run.sentence))) accepted.add(run.name);
    else undecided.push(run);
  }
  // A surname used alone like a person's elsewhere ("Nadella said"), or a person beside it in a
  // list; a few rounds let a list grow from its one known member, and keep the cost linear.
  for (let round = 0, changed = true; changed && round < MAX_LIST_ROUNDS; round++) {
    changed = false;
    const acceptedRuns = runs.filter((r) => accepted.has(r.name));
    const starts = new Map(acceptedRuns.map((r) => [r.start, r]));
    const ends = new Map(acceptedRuns.map((r) => [r.end, r]));
    undecided = undecided.filter((run) => {
      if (accepted.has(run.name)) return false;
      const surname = (run.tokens[run.tokens.length - 1] as WordToken).word;
      if (cuedWords.has(surname) || isListedWithPerson(text, run, starts, ends)) {
        accepted.add(run.name);
        changed = true;
        return false;
      }
      return true;
    });
  }
  const order = new Set<string>();
  for (const run of runs) if (accepted.has(run.name)) order.add(run.name);
  return [...order];
}

/** Returns the candidate names of a sentence: runs of 2-3 name parts, with inner initials and particles. */
function nameRuns(text: string, sentence: AnnotatedSentence): NameRun[] {
  const runs: NameRun[] = [];
  const { tokens } = sentence;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const joins = t !== undefined && (t.nameShaped || PARTICLES.has(t.word) || isInitial(text, t)) && (i === from || (prev !== undefined && !prev.possessive && isJoined(text, prev, t)));
    if (joins) continue;
    if (i - from >= 2) for (const part of splitAtNonNames(text, tokens.slice(from, i))) runs.push(toRun(text, sentence, part));
    from = t !== undefined && (t.nameShaped || PARTICLES.has(t.word) || isInitial(text, t)) ? i : i + 1;
  }
  return runs;
}

function toRun(text: string, sentence: AnnotatedSentence, tokens: WordToken[]): NameRun {
  const first = tokens[0] as WordToken;
  const last = tokens[tokens.length - 1] as WordToken;
  return { tokens, sentence, start: first.start, end: last.end, name: text.slice(first.start, last.end) };
}

function isInitial(text: string, t: WordToken): boolean {
  return t.end - t.start === 1 && t.capitalised && text[t.end] === '.';
}

function isJoined(text: string, a: WordToken, b: WordToken): boolean {
  if (b.start === a.end + 1 && text[a.end] === ' ') return true;
  return b.start === a.end + 2 && text[a.end] === '.' && text[a.end + 1] === ' ' && isInitial(text, a);
}

/** Returns the stretches of 2-3 name parts in a run ("Salesforce Chief Executive Marc Benioff" → "Marc Benioff"), particles and initials inside only. */
function splitAtNonNames(text: string, run: readonly WordToken[]): WordToken[][] {
  const parts: WordToken[][] = [];
  let current: WordToken[] = [];
  for (let i = 0; i <= run.length; i++) {
    const t = run[i];
    const prev = current[current.length - 1] ?? null;
    const fits = t !== undefined && (isNamePart(t, prev) || (prev === null ? isSurnameFirst(t, run[i + 1]) : PARTICLES.has(t.word) || isInitial(text, t)));
    if (fits) {
      current.push(t);
      continue;
    }
    const part = trimToNameParts(text, current);
    if (part) parts.push(part);
    current = t !== undefined && (isNamePart(t, null) || isSurnameFirst(t, run[i + 1])) ? [t] : [];
  }
  return parts;
}

/** Returns the stretch without particles or initials at its end, when it holds 2-3 name parts. */
function trimToNameParts(text: string, stretch: WordToken[]): WordToken[] | null {
  let end = stretch.length;
  while (end > 1 && (PARTICLES.has((stretch[end - 1] as WordToken).word) || isInitial(text, stretch[end - 1] as WordToken))) end--;
  let count = 0;
  for (let i = 0; i < end; i++) if (!PARTICLES.has((stretch[i] as WordToken).word) && !isInitial(text, stretch[i] as WordToken)) count++;
  return count >= 2 && count <= MAX_NAME_PARTS ? stretch.slice(0, end) : null;
}

/**
 * Returns true when a token can be part of a name: capitalised, not a title, organisation,
 * place or date word, and either a known name, a word the lexicon does not know, or an
 * ordinary word right after a given name ("Tim Cook", "Jeff Dean", "Larry Page").
 */
function isNamePart(t: WordToken, prev: WordToken | null): boolean {
  const w = t.word;
  if (t.honorific) return false;
  if (prev !== null && isMonthAbbreviation(t)) return isSurnameAfter(t, prev);
  if (prev !== null && isPlaceSurname(t, prev)) return true;
  if (!t.nameShaped || t.orgWord || t.tags.some((tag) => NOT_NAME_TAGS.has(tag)) || t.phraseTags.some((tag) => NOT_NAME_TAGS.has(tag))) return false;
  if (isHyphenModifier(w)) return false;
  if (isNameWord(t) && !t.title) return true;
  if (prev !== null && !prev.possessive && isSurnameAfter(t, prev)) return true;
  if (t.title) return false;
  // Words the lexicon knows only as ordinary words ("Under", "Recently", "Sales") are not names,
  // nor an unknown adverb opening a sentence ("Objectively,"); "Donnelly" inside one is.
  if (t.tags.length > 0) return false;
  return t.index > 0 || !/ly$/.test(w);
}

/**
 * Returns true when the lexicon alone says the run is a person: it knows one of its words as
 * a name, every ordinary word in it follows a given name ("Tim Cook"), and it does not end
 * the way places or products do ("Jordan Valley", "Victoria Harbour", "Claude Code"). "Wang Hao", "Chen Long" and "Ben
 * Caldwell" also take their shape from the lexicon, but "Time Warner" and "Jackson Hole" have
 * it too, so those need the text to say more; so do "Ellie Ward" and "Elena Marsh".
 */
function isKnownAsName(text: string, run: NameRun): boolean {
  const last = run.tokens[run.tokens.length - 1] as WordToken;
  if (!run.tokens.some(isNameWord) || ((last.placeWord || PRODUCT_WORDS.has(last.word.toLowerCase())) && !isNameWord(last))) return false;
  return run.tokens.every((t, i) => {
    if (isNameWord(t) || t.tags.length === 0 || PARTICLES.has(t.word) || isInitial(text, t)) return true;
    const prev = run.tokens[i - 1];
    return prev !== undefined && isGivenName(prev) && !t.tags.some((tag) => NOT_NAME_TAGS.has(tag));
  });
}

/** Returns true when compromise knows the word, a part of a hyphenated one ("Jean-Luc"), or a phrase it is in ("Bill Gates"), as a name. */
function isNameWord(t: WordToken): boolean {
  return t.knownName || t.phraseTags.includes('Person') || (t.word.includes('-') && t.word.split('-').some(isKnownName));
}

/**
 * Returns true for an ordinary word that is a surname after a given name ("Tim Cook", "Jeff
 * Dean") or after a name the lexicon does not know ("Lip-Bu Tan", "Masayoshi Son"); the
 * latter still needs the text to treat the pair as a person.
 */
function isSurnameAfter(t: WordToken, prev: WordToken): boolean {
  // "Li Bo", "Zhang Gang", "Liu Jun": a given name that is an ordinary word, after a family name the lexicon knows.
  const knownSurname = prev.tags.includes('LastName') && !prev.tags.some((tag) => NOT_NAME_TAGS.has(tag));
  if (isMonthAbbreviation(t)) return (prev.tags.length === 0 || knownSurname) && prev.nameShaped;
  if (t.functionWord || t.tags.some((tag) => DATE_TAGS.has(tag) || tag === 'Adverb')) return false;
  if (isGivenName(prev)) return true;
  return !t.title && (prev.tags.length === 0 || knownSurname) && prev.nameShaped && t.tags.every((tag) => SURNAME_LIKE_TAGS.has(tag));
}

/**
 * Returns true for a place's name that is a surname after a given name ("Ben Caldwell",
 * "Tom Houston", "George Washington"); such a pair still needs the text to treat it as a person.
 */
function isPlaceSurname(t: WordToken, prev: WordToken): boolean {
  if (!t.nameShaped || t.orgWord || t.title || t.phraseTags.length > 0 || prev.possessive || !isGivenName(prev)) return false;
  return t.tags.some((tag) => PLACE_TAGS.has(tag)) && t.tags.every((tag) => PLACE_TAGS.has(tag) || tag === 'ProperNoun');
}

// Short words after a hyphen that make a modifier all the same: "Fed-run", "Nvidia-led", "Biden-era".
const SHORT_MODIFIERS = new Set(['led', 'run', 'era', 'fed', 'set']);

/**
 * Returns true for a modifier made with a hyphen: "San Jose-based", "Nvidia-backed" (a
 * lower-case word the lexicon knows after the hyphen). The syllables of Korean and Cantonese
 * given names are short, and some are English words too: "Lee Min-jun", "Kim Dae-won" and
 * "Lau Ka-ming" stay names.
 */
function isHyphenModifier(w: string): boolean {
  if (!w.includes('-')) return false;
  return w.split('-').some((part, i) => i > 0 && /^\p{Ll}/u.test(part) && tagsOf(part).length > 0 && (part.length > 3 || SHORT_MODIFIERS.has(part)));
}

/**
 * Returns true for an ordinary word that starts a name when a word the lexicon does not
 * know follows it: "Wang Lei", "Maya Okafor", "Ray Donnelly", "Tan Su-Lin". Such a pair
 * still needs the text to treat it as a person.
 */
function isSurnameFirst(t: WordToken, next: WordToken | undefined): boolean {
  if (isMonthAbbreviation(t)) return next?.nameShaped === true && next.tags.length === 0 && !next.orgWord && !next.title;
  if (!t.nameShaped || t.title || t.orgWord || t.functionWord || t.tags.length === 0 || !t.tags.every((tag) => SURNAME_LIKE_TAGS.has(tag))) return false;
  // "Wang Hao": a family name that is an ordinary word, before a given name the lexicon knows.
  if (!next?.nameShaped || next.orgWord || next.title || next.honorific) return false;
  return next.tags.length === 0 || (next.knownName && !next.tags.some((tag) => NOT_NAME_TAGS.has(tag)));
}

/** "Jun", "Jan": a month's abbreviation, which is also a given name ("Lei Jun", "Jun Young-hyun") beside a name the lexicon does not know. */
function isMonthAbbreviation(t: WordToken): boolean {
  return t.word.length === 3 && t.tags.includes('Month');
}

/** Returns true for a word compromise knows only as a given name ("Tim", "Jeff", "Grace"; not "Will" or "Bill"). */
function isGivenName(t: WordToken): boolean {
  return t.tags.length > 0 && t.tags.every((tag) => GIVEN_NAME_TAGS.has(tag) || tag === 'Person');
}

/** Returns true when the context says the run is not a person: a product, a place, an organisation, part of a longer name. */
function isVetoed(text: string, run: NameRun): boolean {
  const { sentence } = run;
  const tokens = sentence.tokens;
  const first = run.tokens[0] as WordToken;
  const last = run.tokens[run.tokens.length - 1] as WordToken;
  const before = tokens[first.index - 1];
  const after = last.possessive ? undefined : tokens[last.index + 1];
  const gapAfter = after ? gapBetween(text, last, after) : '';
  // Quoted as a term: 'retiring the "Tongyi Qwen" designation'.
  if (/["“]/.test(text[first.start - 1] ?? '') && /["”]/.test(text[last.end] ?? '')) return true;
  if (determinerBefore(text, tokens, first.index)) return true;
  // "Clean Rivers Devon": a capitalised word before it that is no title makes it part of a longer name.
  if (before && before.index > 0 && before.capitalised && !before.title && !before.honorific && !before.possessive && gapBetween(text, before, first) === ' ' && !titleBefore(text, sentence, first)) return true;
  if (before && !last.possessive && PLACE_PREPOSITIONS.has(before.word) && gapBetween(text, before, first) === ' ') return true;
  // "Morgan Stanley and Goldman Sachs": listed with an organisation.
  // ("Tim Cook and Microsoft's Satya Nadella": a possessive is not an item but a modifier.)
  const itemBefore = tokens[first.index - 1]?.word === 'and' ? tokens[first.index - 2] : undefined;
  // "Peter Vance and Education Minister Lucy Aroha": the next item is a title before a name, not a firm.
  const titledNext = tokens[last.index + 2]?.title === true || tokens[last.index + 3]?.title === true;
  const itemAfter = after?.word === 'and' && !tokens[last.index + 2]?.possessive && !titledNext ? tokens[last.index + 2] : undefined;
  if (itemBefore && isOrganisationLike(itemBefore) && LIST_GAP.test(text.slice(itemBefore.possessive ? itemBefore.end + 2 : itemBefore.end, first.start))) return true;
  if (itemAfter && isOrganisationLike(itemAfter) && LIST_GAP.test(text.slice(last.end, itemAfter.start))) return true;
  // "Kestrel named Jane Okoro chief executive": the office after the object of a verb of appointing.
  const appointed = before !== undefined && APPOINTING_VERBS.has(before.word.toLowerCase()) && gapBetween(text, before, first) === ' ';
  if (after && gapAfter === ' ' && !appointed) {
    // "Morgan Stanley analyst", "Raymond James CEO Paul Shoukry", "Claude Sonnet 4.5", "Palo Alto Networks", "a Grace Hopper chip".
    if (after.title || /^\d/.test(after.word)) return true;
    if (after.capitalised && !after.tags.some((tag) => DATE_TAGS.has(tag)) && !after.functionWord) return true;
    if (!after.capitalised && isCommonNoun(after)) return true;
  }
  // "Li Auto added 2.1%": shares move, people do not.
  const move = tokens[last.index + 1];
  if (!last.possessive && move && gapAfter === ' ' && MARKET_MOVES.has(move.word) && /^\d/.test(tokens[last.index + 2]?.word ?? '')) return true;
  // "Morgan Stanley raised its target": organisations take "its".
  const verb = tokens[last.index + 1];
  // ("Kestrel hired Jane Okoro as its chief economist": "as" is no verb.)
  if (!last.possessive && verb && !verb.capitalised && !verb.functionWord && !CLAUSE_VERBS.has(verb.word) && tokens[last.index + 2]?.word === 'its') return true;
  return false;
}

/** Returns true when the run is a product where it stands: the object of a verb products take ("launched Claude Code"), or before a version number ("Claude Opus 4.5"). */
function isUsedAsProduct(text: string, run: NameRun): boolean {
  const { tokens } = run.sentence;
  const first = run.tokens[0] as WordToken;
  const last = run.tokens[run.tokens.length - 1] as WordToken;
  const before = tokens[first.index - 1];
  if (before && PRODUCT_VERBS.has(before.word.toLowerCase()) && gapBetween(text, before, first) === ' ') return true;
  // A version is a number alone: not a score ("beat Jane Doe 6-3") nor a share of a vote ("Jane Doe 52%").
  const after = last.possessive ? undefined : tokens[last.index + 1];
  return after !== undefined && /^\d{1,2}(?:\.\d{1,2})?$/.test(after.word) && !/^[%-]/.test(text[after.end] ?? '') && gapBetween(text, last, after) === ' ';
}

/** Returns true for a common noun that makes the name before it a modifier: "chip", "model", "users" (not "posts", which may be a verb). */
function isCommonNoun(t: WordToken): boolean {
  if (t.tags.some((tag) => VERB_TAGS.has(tag))) return false;
  return t.tags.some((tag) => NOUN_TAGS.has(tag)) || (t.tags.includes('Plural') && t.tags.includes('Actor'));
}

/** "the Qwen App", "its new Claude Sonnet": a determiner, maybe with adjectives, right before the name. */
function determinerBefore(text: string, tokens: readonly WordToken[], index: number): boolean {
  for (let i = index - 1, adjectives = 0; i >= 0 && adjectives <= 2; i--) {
    const t = tokens[i] as WordToken;
    if (t.possessive || gapBetween(text, t, tokens[i + 1] as WordToken) !== ' ') return false;
    const w = t.word.toLowerCase();
    if (DETERMINERS.has(w)) return true;
    const adjective = !t.capitalised && !t.title && !PERSON_ADJECTIVES.has(w) && t.tags.some((tag) => tag === 'Adjective' || tag === 'Superlative' || tag === 'Comparative');
    if (!adjective) return false;
    adjectives++;
  }
  return false;
}

function isOrganisationLike(t: WordToken): boolean {
  return t.knownOrg || t.orgWord || isCamelBrand(t.word) || t.phraseTags.includes('Organization');
}

/** Returns true when the text treats the run as a person: a known name, a role, an honorific, or a verb or clause only people take. */
function hasPersonCue(text: string, run: NameRun, next: AnnotatedSentence | undefined): boolean {
  if (isKnownAsName(text, run)) return true;
  if (roleAt(text, run.sentence, run) !== null) return true;
  const cue = cueAround(text, run.sentence, run.tokens[0] as WordToken, run.tokens[run.tokens.length - 1] as WordToken);
  return cue === 'person' || (cue === 'speech' && isPersonSpeaking(text, run, next));
}

/**
 * Returns what the words around first…last say: 'person' for "Mr", "according to", "met",
 * "said" before it and "told", "resigned", ", who", ", 54," after it; 'speech' for a verb of
 * speech after it, which organisations take too ("Meridian Semiconductor said"); else null.
 */
function cueAround(text: string, sentence: AnnotatedSentence, first: WordToken, last: WordToken): 'person' | 'speech' | null {
  const before = sentence.tokens[first.index - 1];
  if (before?.honorific && /^\.? $/.test(gapBetween(text, before, first))) return 'person';
  if (before && isPersonWordBefore(text, sentence, before, first)) return 'person';
  if (last.possessive) return null;
  const after = text.slice(last.end, Math.min(sentence.end, last.end + MAX_CUE_CHARS));
  if (AGE_OR_WHO_AFTER.test(after)) return 'person';
  const verb = VERB_AFTER.exec(after)?.[1];
  if (verb === undefined) return null;
  if (PERSON_WORDS_AFTER.has(verb)) return 'person';
  return SPEECH_WORDS_AFTER.has(verb) ? 'speech' : null;
}

/**
 * Returns true when a speech verb after the run is a person's: it attributes a quotation
 * (`"…," Maya Okafor said`), or "he" or "she" comes before any "it" in the rest of the
 * sentence or the next one ("Aoife Brennan said the plan works. … she told reporters").
 */
function isPersonSpeaking(text: string, run: NameRun, next: AnnotatedSentence | undefined): boolean {
  if (QUOTE_BEFORE.test(text.slice(Math.max(run.sentence.start, run.start - 4), run.start))) return true;
  const last = run.tokens[run.tokens.length - 1] as WordToken;
  const following = [...run.sentence.tokens.slice(last.index + 1), ...(next?.paragraph === run.sentence.paragraph ? next.tokens : [])].slice(0, MAX_PRONOUN_DISTANCE);
  const pronoun = following.find((t) => PERSONAL_PRONOUNS.has(t.word.toLowerCase()) || OTHER_PRONOUNS.has(t.word.toLowerCase()));
  return pronoun !== undefined && PERSONAL_PRONOUNS.has(pronoun.word.toLowerCase());
}

function isPersonWordBefore(text: string, sentence: AnnotatedSentence, before: WordToken, first: WordToken): boolean {
  if (gapBetween(text, before, first) !== ' ') return false;
  const word = before.word.toLowerCase();
  if (PERSON_WORDS_BEFORE.has(word)) return true;
  if (SPEECH_WORDS_BEFORE.has(word) && QUOTE_BEFORE_VERB.test(text.slice(Math.max(sentence.start, before.start - 4), before.start))) return true;
  const verb = sentence.tokens[before.index - 1];
  return verb !== undefined && PERSON_PAIRS_BEFORE.get(word)?.has(verb.word.toLowerCase()) === true && gapBetween(text, verb, before) === ' ';
}

/** Returns the words used on their own the way people's names are ("Nadella said", "Mr. Huang", "Pichai, who…"). */
function wordsUsedLikePeople(text: string, body: readonly AnnotatedSentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of body) {
    sentence.tokens.forEach((t, i) => {
      if (!t.nameShaped) return;
      const prev = sentence.tokens[i - 1];
      const next = sentence.tokens[i + 1];
      if (prev && !prev.honorific && !prev.possessive && prev.nameShaped && gapBetween(text, prev, t) === ' ') return;
      if (next && !t.possessive && next.nameShaped && gapBetween(text, t, next) === ' ') return;
      if (cueAround(text, sentence, t, t) !== null) words.add(t.word);
    });
  }
  return words;
}

/** Returns true when a person stands beside the run in a list: "Satya Nadella and Jensen Huang", "Apple's Tim Cook and Microsoft's Satya Nadella". */
function isListedWithPerson(text: string, run: NameRun, starts: Map<number, NameRun>, ends: Map<number, NameRun>): boolean {
  const after = LIST_AFTER.exec(text.slice(run.end, run.end + MAX_LIST_GAP))?.[0];
  if (after !== undefined && starts.get(run.end + after.length)?.sentence === run.sentence) return true;
  const before = LIST_BEFORE.exec(text.slice(Math.max(run.sentence.start, run.start - MAX_LIST_GAP), run.start))?.[0];
  return before !== undefined && ends.get(run.start - before.length)?.sentence === run.sentence;
}
