/**
 * Word knowledge taken from compromise's model: its lexicon (given and family names, job
 * nouns, organisations, number words, parts of speech) and its organisation suffixes.
 *
 * Running compromise's tagger over the whole article costs 50-100 ms, more than the whole
 * compile budget, so the extractors look words up in the same model directly (a map hit
 * per word) and keep the tagger for number words only (see numbers.ts and
 * docs/decisions/0001-compiler-libraries.md).
 */
import nlp from 'compromise';
import { isCapitalised, isNameShaped } from './tokens';

type LexiconValue = string | string[];

interface CompromiseModel {
  one: { lexicon: Record<string, LexiconValue>; abbreviations: Record<string, boolean> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as CompromiseModel;
const lexicon = model.one.lexicon;

// The lexicon stores several tags as one comma-joined string. Splitting it on every lookup
// allocated a fresh array per word, and on long texts the garbage collection that followed
// made the compile time grow faster than the text; each entry is split once instead.
const splitTags = new Map<string, readonly string[]>();
const NO_TAGS: readonly string[] = Object.freeze([]);

/** Returns the compromise lexicon tags of a word (any case), or an empty list. */
export function tagsOf(word: string): readonly string[] {
  const key = word.toLowerCase();
  const value = lexicon[key];
  if (value === undefined) return NO_TAGS;
  if (typeof value !== 'string') return value;
  let tags = splitTags.get(key);
  if (!tags) {
    tags = Object.freeze(value.split(','));
    splitTags.set(key, tags);
  }
  return tags;
}

// Firms named after people, which business news names as often as their people: compromise
// knows "Goldman Sachs" and "Wells Fargo" but not these, and each is two name-shaped words
// a reader would otherwise take for a person ("Morgan Stanley expects…").
const EPONYMOUS_FIRMS = new Set([
  'morgan stanley', 'charles schwab', 'raymond james', 'edward jones', 'merrill lynch', 'cantor fitzgerald', 'william blair', 'piper sandler',
  'stifel nicolaus', 'janus henderson', 'franklin templeton', 'peel hunt', 'panmure gordon', 'knight frank', 'marks & spencer', 'john lewis',
  'thomas cook', 'john deere', 'estee lauder', 'estée lauder', 'louis vuitton', 'christian dior', 'hugo boss', 'harley davidson', 'aston martin',
  'rolls royce', 'ernst & young', 'allen & overy', 'clifford chance', 'baker mckenzie', 'barnes & noble', 'abercrombie & fitch', 'dolce & gabbana',
]);
const FIRM_TAGS: readonly string[] = Object.freeze(['Organization']);

/** Returns the tags of a multi-word lexicon entry ("goldman sachs", "hong kong", "bill gates", "morgan stanley"), or an empty list. */
export function phraseTagsOf(phrase: string): readonly string[] {
  if (!phrase.includes(' ')) return NO_TAGS;
  const key = phrase.replace(/\s+/g, ' ');
  return EPONYMOUS_FIRMS.has(key.toLowerCase()) ? FIRM_TAGS : tagsOf(key);
}

/** Returns true when the word carries the tag in compromise's lexicon. */
export function hasTag(word: string, tag: string): boolean {
  return tagsOf(word).includes(tag);
}

export const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person']);

/** Returns true when compromise's lexicon knows the word as a given name ("Helen", "Peter"). */
export function isGivenName(word: string): boolean {
  return tagsOf(word).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/** Returns true when compromise knows the word as a given or family name. */
export function isKnownName(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t));
}

// Organisation suffixes compromise lacks but news about tech firms and labs uses.
const EXTRA_ORG_WORDS = new Set(['lab', 'labs', 'cloud', 'studios', 'studio', 'ventures', 'technologies', 'technology', 'inc.', 'ltd.', 'corp.', 'co.', 'fc', 'ag', 'sa', 'gmbh']);

/** Returns true when the word ends organisation names ("Group", "Academy", "Lab", "Inc"). */
export function isOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  return model.two.orgWords[w] === true || EXTRA_ORG_WORDS.has(w);
}

// Place suffixes compromise lacks but city and business news uses.
const EXTRA_PLACE_WORDS = new Set(['harbour', 'harbor', 'port', 'square', 'plaza', 'quay', 'wharf', 'pier']);

/** Returns true when the word ends names of places ("Valley", "County", "Street", "Harbour"). */
export function isPlaceWord(word: string): boolean {
  const w = word.toLowerCase();
  return model.two.placeWords[w] === true || EXTRA_PLACE_WORDS.has(w);
}

/** Returns true when compromise's lexicon lists the word as an organisation ("Nvidia", "Google"). */
export function isKnownOrganization(word: string): boolean {
  return hasTag(word, 'Organization');
}

// Titles compromise does not tag as Actor, or spells in capitals.
const EXTRA_TITLES = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'cso', 'cpo', 'cdo', 'evp', 'svp', 'vp',
  'founder', 'co-founder', 'cofounder', 'head', 'chief', 'executive', 'lead', 'chair', 'coach',
  'governor', 'senator', 'ambassador', 'premier', 'striker', 'midfielder', 'defender', 'forward',
  'goalkeeper', 'spokesman', 'spokeswoman', 'expert', 'insider', 'scientist', 'engineer',
  'strategist', 'investor', 'chairperson', 'lawmaker', 'representative', 'adviser', 'treasurer', 'provost', 'dean', 'shareholder',
  'judge', 'lecturer', 'physicist', 'biologist', 'chemist', 'epidemiologist', 'virologist', 'co-author', 'coauthor', 'counsel',
  'regulator', 'official', 'negotiator', 'member', 'fellow', 'principal', 'specialist',
  // Offices of public life: "the MP for Wakefield East", "a city councilman", "a Labour peer", "the state's chief prosecutor".
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'legislator', 'councilor', 'councilman', 'councilwoman', 'alderman', 'alderwoman',
  'assemblyman', 'assemblywoman', 'assemblymember', 'congressmember', 'speaker', 'envoy', 'sheriff', 'prosecutor', 'trustee', 'whip', 'peer',
  'backbencher', 'frontbencher',
  // What the rich and the public-spirited are called: "billionaire Ernesto Valdés", "the tycoon's", "campaigner Jo Reed".
  'billionaire', 'millionaire', 'tycoon', 'magnate', 'mogul', 'financier', 'philanthropist', 'campaigner', 'activist',
  // Offices that open a sentence as often as a name follows them: "Comptroller Nadia Brooks said".
  'comptroller', 'controller', 'auditor', 'commissioner', 'superintendent', 'inspector', 'registrar', 'ombudsman',
  // Positions in a team: "center Ivan Petrov", "All-Star guard Malik Dorsey".
  'guard', 'center', 'centre', 'quarterback', 'pitcher', 'catcher', 'winger', 'fullback', 'linebacker', 'shortstop', 'outfielder', 'infielder', 'playmaker',
]);

// Job nouns compromise tags as Actor that name relations rather than roles in a story.
const NOT_TITLES = new Set(['person', 'people', 'human', 'humans', 'users', 'user', 'customer', 'customers', 'friend', 'baby', 'child', 'population', 'phrase', 'character', 'nobody', 'anybody', 'beings', 'citizens',
  'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'parent', 'parents', 'widow', 'family',
  'startup', 'start-up']);

// What companies are called in apposition ("Valdor Automotive, a German maker of braking systems"):
// not a sign that a name is a person's, but a role once the text has shown it is ("Outgoing owner Sir Nigel Pryce").
const FIRM_OR_PERSON_ROLES = new Set(['maker', 'makers', 'producer', 'producers', 'supplier', 'suppliers', 'provider', 'providers', 'manufacturer', 'manufacturers', 'retailer',
  'retailers', 'lender', 'lenders', 'insurer', 'insurers', 'carrier', 'carriers', 'operator', 'operators', 'builder', 'builders', 'distributor',
  'distributors', 'exporter', 'exporters', 'importer', 'importers', 'seller', 'sellers', 'buyer', 'buyers', 'developer', 'developers', 'designer',
  'designers', 'owner', 'owners', 'co-owner', 'co-owners']);

/** Returns true when the word names a role or office ("CEO", "leader", "minister", "head"). */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_TITLES.has(w) || FIRM_OR_PERSON_ROLES.has(w)) return false;
  if (EXTRA_TITLES.has(w) || hasTag(w, 'Actor') || isProfessionNoun(w)) return true;
  // "director-general", "editor-in-chief", "chief-executive"
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 0) && (isTitleWord(parts[0] as string) || isTitleWord(parts[parts.length - 1] as string));
}

/** Returns true when the word names what a firm or a person is ("owner", "maker", "developer"): a role only for someone already known to be a person. */
export function isFirmOrPersonRole(word: string): boolean {
  return FIRM_OR_PERSON_ROLES.has(word.toLowerCase());
}

/**
 * "astrophysicist", "economists", "journalist": nouns of a profession in -ist, not verbs
 * ("insist"), lists ("playlist") nor Scandinavian surnames ("Lindqvist", "Bergkvist", "Lindquist").
 */
function isProfessionNoun(w: string): boolean {
  return /\p{L}{3}(?:[^l]|[aeiou]l)ists?$/u.test(w) && !/(?:[kq]v|[^o]qu)ists?$/.test(w) && !tagsOf(w).some((t) => t === 'Infinitive' || t === 'PresentTense' || t === 'Adjective');
}

const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Reflexive', 'Possessive']);

/** Returns true for prepositions, conjunctions, determiners, pronouns and modals. */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

/** Returns true when compromise lists the word as an abbreviation that takes a full stop ("Mr", "Inc", "approx"). */
export function isAbbreviation(word: string): boolean {
  return model.one.abbreviations[word.toLowerCase()] === true;
}

/** What the lexicon says of one word, and its shape, looked up once per distinct word. */
export interface WordFacts {
  /** compromise lexicon tags ("FirstName", "PastTense", "Organization"…), empty when unknown */
  tags: readonly string[];
  /** a given or family name compromise knows ("Mira", "Huang") */
  knownName: boolean;
  /** a role or office ("CEO", "minister", "head") */
  title: boolean;
  /** what firms are called as well as people ("owner", "developer", "maker"): a role of someone known to be a person */
  firmRole: boolean;
  /** a word that ends organisation names ("Group", "Bank", "Lab") */
  orgWord: boolean;
  /** a word that ends names of places ("Valley", "County", "Street"), and some surnames ("Ward", "Marsh") */
  placeWord: boolean;
  /** an organisation compromise knows ("Nvidia") */
  knownOrg: boolean;
  /** a preposition, conjunction, determiner, pronoun or modal */
  functionWord: boolean;
  /** "Mr", "Ms", "Dr", "Prof" */
  honorific: boolean;
  /** starts with a capital letter */
  capitalised: boolean;
  /** shaped like a name: "Lin", "Jean-Luc", "O'Brien", "LeCun" (see tokens.ts) */
  nameShaped: boolean;
}

// Honorifics compromise lacks or tags only as titles: "Dame Helen Ashby", "Lord Pryce", "Lady Fairhurst".
const EXTRA_HONORIFICS = new Set(['dame', 'lord', 'lady', 'baroness', 'baron']);

// Keyed by the word as written: the shape depends on case, and a hit needs no lower-casing.
const factsCache = new Map<string, WordFacts>();
const MAX_CACHED_WORDS = 50_000;

/** Returns the lexicon facts and the shape of a word, from a cache of the words seen so far. */
export function factsOf(word: string): WordFacts {
  let facts = factsCache.get(word);
  if (!facts) {
    const key = word.toLowerCase();
    const tags = tagsOf(key);
    facts = Object.freeze({
      tags,
      knownName: isKnownName(key),
      title: isTitleWord(key),
      firmRole: isFirmOrPersonRole(key),
      orgWord: isOrgWord(key),
      placeWord: isPlaceWord(key),
      knownOrg: isKnownOrganization(key),
      functionWord: isFunctionWord(key),
      honorific: tags.includes('Honorific') || EXTRA_HONORIFICS.has(key),
      capitalised: isCapitalised(word),
      nameShaped: isNameShaped(word),
    });
    // Text full of distinct made-up words must not grow the cache without bound.
    if (factsCache.size >= MAX_CACHED_WORDS) factsCache.clear();
    factsCache.set(word, facts);
  }
  return facts;
}
