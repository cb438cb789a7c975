/**
 * The tense of the clause around a time: whether what it dates lies ahead of the time the
 * text was written ("will report on Thursday", "is scheduled for Feb. 5", "expects to file in
 * the fourth quarter", "the tariffs take effect Feb. 5") or behind it ("said late Monday",
 * "a statement released late Monday", "In October, the company filed").
 *
 * Read from cue words, not parsed: modals, intentions, timetables and forecasts look ahead;
 * past verbs look back. The clause is read word by word from a bounded stretch of its
 * sentence, so the cost per time stays constant whatever the sentence's length.
 */
import { hasTag } from './lexicon';
import type { Tense } from './timeTags';

/** How far back and ahead of a time its clause is read, in characters. */
const LOOK_BACK = 320;
const LOOK_AHEAD = 200;

// Where a clause ends: a full stop, or a comma before a conjunction ("…, and a vote was held").
// Inside a sentence a full stop after an initial or a short abbreviation ("U.S.", "Inc.",
// "Feb.") ends nothing, and neither does one inside "3.4".
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}|inc|corp|co|ltd|plc|mr|mrs|ms|dr|st|no|gov|sen|rep|gen|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|vs|etc)$/iu;
const CLAUSE_BOUNDARY = /[.;!?]['"’”)]?(?=\s|$)|,\s+(?:and|but|while|whereas|although|though)\s/g;

const WORD = /\p{L}[\p{L}'’-]*/gu;

interface Word {
  lower: string;
  /** starts with a lower-case letter: a proper noun tells no tense */
  plain: boolean;
}

const MODALS = new Set(['will', 'shall', 'would', 'could', 'might', 'should', 'can', 'may', 'must']);
// Words that look ahead wherever they stand.
const AHEAD_WORDS = new Set(['will', 'shall', 'would', 'could', 'might', 'should', 'won’t', "won't", 'upcoming', 'next', 'expect', 'expects', 'anticipates', 'forecasts', 'predicts', 'targets', 'sees', 'eyes', 'guides']);
// Forecasts look ahead of when they were made, in any tense: "forecast a rebound in the fourth
// quarter", "guided for growth in the second half". After "had" they are a plan of the past.
const FORECASTS = new Set(['forecast', 'guided', 'anticipated', 'projected', 'targeted']);
// Intentions look ahead when a verb follows: "plans to", "hoped to", "seeks to".
const INTENTIONS = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'plan', 'plans', 'planned', 'planning', 'aim', 'aims', 'aimed', 'aiming', 'want', 'wants', 'wanted', 'wanting',
  'intend', 'intends', 'intended', 'intending', 'expect', 'expects', 'expected', 'expecting', 'promise', 'promises', 'promised', 'promising',
  'meant', 'supposed', 'pledge', 'pledges', 'pledged', 'pledging', 'vow', 'vows', 'vowed', 'vowing', 'seek', 'seeks', 'sought', 'seeking', 'prepare', 'prepares',
  'prepared', 'preparing',
]);
// Participles of a timetable: "is scheduled for March", "expected on Thursday", "due Feb. 5".
const AHEAD_PARTICIPLES = new Set(['expected', 'scheduled', 'slated', 'planned', 'poised', 'timed', 'proposed', 'tipped', 'penciled', 'pencilled', 'earmarked', 'due', 'going', 'planning', 'likely', 'set']);
// A timetable in the present tense looks ahead: "the tariffs take effect Feb. 5", "its
// shareholders meet Feb. 5", "Rival Harbour Union Bank reports on Monday". In the plain form
// only verbs that are seldom nouns count, for "the jobs report on Friday" is a noun.
const TIMETABLE_PLAIN = new Set(['begin', 'take', 'go', 'meet', 'resume', 'expire', 'arrive', 'convene', 'conclude', 'testify', 'decide', 'announce', 'publish', 'unveil', 'deliver', 'reopen']);
const TIMETABLE = new Set([
  ...TIMETABLE_PLAIN, 'start', 'open', 'close', 'end', 'head', 'vote', 'report', 'launch', 'kick', 'debut', 'hold', 'host', 'ship', 'return', 'run', 'last',
  'wrap', 'travel', 'visit', 'rule', 'release', 'face', 'sign', 'present',
]);
// Set phrases of a timetable: "take effect", "go into effect", "come into force", "kick in", "head to".
const TIMETABLE_PHRASES: Record<string, string> = { take: 'effect', takes: 'effect', go: 'into', goes: 'into', come: 'into', comes: 'into', kick: 'in', kicks: 'in', head: 'to', heads: 'to' };
const QUANTIFIERS = new Set(['most', 'more', 'many', 'few', 'fewer', 'several', 'all', 'both', 'less', 'least', 'enough', 'other', 'such', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
// Words after which a past form is a noun: "one more cut in February", "another hit in March", "the latest cut".
const NOUN_BEFORE = new Set(['one', 'more', 'another', 'further', 'latest', 'first', 'last', 'second', 'third']);
const PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
// The copula and its kin, after which a participle is passive or an adjective and tells no tense itself.
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'seem', 'seems', 'get', 'gets']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'some', 'no']);
const NEGATIONS = new Set(['not', 'never', 'to', 'did', 'didn’t', "didn't", 'does', 'do', 'doesn’t', "doesn't", 'don’t', "don't"]);
// Verbs that put an event on a timetable, with what they put there: "set a hearing for Feb. 5".
const SCHEDULING = new Set(['set', 'scheduled', 'rescheduled', 'slated', 'planned', 'penciled', 'pencilled', 'booked', 'fixed', 'moved', 'postponed', 'delayed', 'pushed']);
// Verbs of saying, whose words may tell of any time: "said the vote on Feb. 5 would be close".
const SAYING = new Set(['said', 'told', 'announced', 'added', 'noted', 'warned', 'stated', 'wrote', 'confirmed', 'argued', 'reported', 'indicated', 'signalled', 'signaled', 'suggested', 'acknowledged', 'insisted', 'disclosed', 'revealed']);
// Verbs a reporter uses for what someone says now, which place nothing ahead.
const REPORTING = new Set(['says', 'tells', 'adds', 'notes', 'writes', 'argues', 'explains', 'recalls', 'admits', 'insists', 'believes', 'thinks', 'knows']);
// Past forms the lexicon lacks.
const IRREGULAR_PAST = new Set(['rose', 'fell', 'said', 'grew', 'took', 'made', 'gave', 'came', 'went', 'saw', 'began', 'won', 'lost', 'sold', 'bought', 'hit', 'cut', 'paid', 'led', 'left', 'met', 'held', 'kept', 'spent', 'struck', 'brought', 'built', 'chose', 'fought', 'found', 'got', 'ran', 'sent', 'shut', 'slid', 'sank', 'spoke', 'stood', 'swung', 'told', 'wrote', 'was', 'were', 'had', 'has', 'have', 'did', 'became', 'unveiled']);
// Cues of the past that turn back even a clause that looked ahead.
const TURNS_BACK = new Set(['having', 'according']);
// Right after a time, these read as past: "Kaito Motors on Tuesday cut its forecast", "on Wednesday set a price band".
const PAST_AFTER_TIME = new Set(['set', 'put', 'let', 'quit']);
// Between the words before a time and the time: "said late on Friday", "met again in March".
const ADVERBS_BEFORE_TIME = new Set(['late', 'early', 'earlier', 'later', 'again', 'also', 'first', 'only', 'just', 'then']);
const PREPOSITIONS_BEFORE_TIME = new Set(['on', 'in', 'at', 'during', 'over', 'for']);
// Prepositions and adverbs of time, which say where or when something was said or done ("said
// at a briefing on Wednesday"): what follows them is no verb.
const PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'over', 'for', 'to', 'with', 'from', 'after', 'before', 'by', 'about', 'of', 'via', 'through', 'under', 'ahead', 'late', 'early', 'earlier', 'later', 'again', 'also', 'then']);
// "after the vote on Sunday", "after Sunday's vote": an event placed before what the clause
// looks ahead to, which says nothing of where it lies from publication.
const BEFORE_AN_EVENT = new Set(['after', 'following', 'since']);
// A subordinate clause after the time is no part of the time's clause: "in the second half if
// demand slowed", "said at a briefing on Wednesday that revenue is expected to …".
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whose', 'if', 'unless', 'because', 'although', 'though', 'when', 'whereas', 'while', 'before', 'after', 'until']);

// "down from 2.3% and 1.9% in their", "up from $4 billion in": the other side of a comparison, before its time.
const COMPARISON_BASE_BEFORE = /\b(?:down|up)\s+from\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}\d(?:[^,;.]|(?<=\d)[,.](?=\d)){0,30}\s+in\s+(?:(?:the|its|their|his|her)\s+)?$/i;

/** Returns true for a word known as a past verb ("said", "announced"), not one that only ends in -ed. */
function isKnownPastVerb(w: string): boolean {
  return !AHEAD_PARTICIPLES.has(w) && (IRREGULAR_PAST.has(w) || hasTag(w, 'PastTense') || hasTag(w, 'Participle'));
}

function isPastVerb(w: string): boolean {
  return isKnownPastVerb(w) || (!AHEAD_PARTICIPLES.has(w) && /^[a-z]{2,}ed$/.test(w));
}

/**
 * Returns true when the word before `i` can be the subject of a verb at `i`: a name, a
 * pronoun or a noun ("Harbour Union Bank reports", "it begins", "the company reports"), not
 * what comes before a noun ("its quarterly report", "the most seats", "publishes reports").
 */
function subjectBefore(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before) return false;
  if (!before.plain) return true;
  const prev = before.lower;
  if (PRONOUNS.has(prev)) return true;
  return !(
    DETERMINERS.has(prev) ||
    QUANTIFIERS.has(prev) ||
    PREPOSITIONS.has(prev) ||
    MODALS.has(prev) ||
    NEGATIONS.has(prev) ||
    isPastVerb(prev) ||
    prev.endsWith('ing') ||
    hasTag(prev, 'PresentTense') ||
    hasTag(prev, 'Adjective')
  );
}

/**
 * Returns true for a verb of a timetable in the present tense, after its subject: "the
 * tariffs take effect", "Talks resume", "Harbour Union Bank reports", "it begins", but not
 * the nouns "its quarterly report", "publishes reports" or "the jobs report".
 */
function isTimetableAt(words: readonly Word[], i: number): boolean {
  const w = words[i]?.lower ?? '';
  if (!subjectBefore(words, i)) return false;
  if (TIMETABLE_PHRASES[w] !== undefined && TIMETABLE_PHRASES[w] === words[i + 1]?.lower) return true;
  const prev = words[i - 1];
  if (TIMETABLE_PLAIN.has(w)) return !prev?.plain || PRONOUNS.has(prev.lower) || /[^s]s$/.test(prev.lower);
  const stem = w.endsWith('es') && TIMETABLE.has(w.slice(0, -2)) ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : '';
  return TIMETABLE.has(stem);
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ lower: m[0].toLowerCase(), plain: /^\p{Ll}/u.test(m[0]) });
  return out;
}

/**
 * Returns the tense word `i` gives with its neighbours, or null when it tells nothing. A verb
 * after "to", a modal or "not" is no past ("expect the bank to cut", "will cut"), a
 * participle after "be" is passive ("will be held"), one after a determiner an adjective.
 */
function cueAt(words: readonly Word[], i: number): Tense {
  const word = words[i];
  if (!word?.plain) return null;
  const w = word.lower;
  const prev = words[i - 1]?.lower ?? '';
  const next = words[i + 1]?.lower ?? '';
  if (AHEAD_WORDS.has(w) || /['’]ll$/.test(w)) return w === 'next' && DETERMINERS.has(prev) ? null : 'ahead';
  if (next === 'to' && INTENTIONS.has(w)) return 'ahead';
  if (DETERMINERS.has(prev) || NOUN_BEFORE.has(prev)) return null;
  if (FORECASTS.has(w)) return prev === 'had' ? null : 'ahead';
  if (AHEAD_PARTICIPLES.has(w)) {
    if (w === 'set' && next !== 'for' && next !== 'to') return null;
    return BE.has(prev) || next === 'to' ? 'ahead' : null;
  }
  // "having been announced in March", "having fallen in May"; "according to a filing late
  // Monday" cites what was already written.
  if (w === 'having') return next === 'been' || isPastVerb(next) ? 'behind' : null;
  if (w === 'according' && next === 'to') return 'behind';
  if (NEGATIONS.has(prev) || MODALS.has(prev)) return null;
  if (BE.has(prev) && isPastVerb(w)) return null;
  if (isPastVerb(w)) return 'behind';
  if (isTimetableAt(words, i)) return 'ahead';
  return null;
}

/**
 * Returns the tense of the words before a time and the index of the word that gave it. The
 * last cue decides; after a cue that looks ahead only a known past verb turns it back ("will
 * release detailed results"), and an event placed after another ("is expected to become
 * chancellor after the vote on Sunday") is only near.
 */
function tenseOfWords(words: readonly Word[], possessive: boolean): { tense: Tense; at: number } {
  let tense: Tense = null;
  let at = -1;
  let eventAt = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.lower ?? '';
    const next = words[i + 1]?.lower ?? '';
    if (BEFORE_AN_EVENT.has(w) && (DETERMINERS.has(next) || /^\p{L}{3,}ing$/u.test(next) || (possessive && i === words.length - 1))) eventAt = i;
    const cue = cueAt(words, i);
    if (cue === 'ahead' || (cue === 'behind' && (tense !== 'ahead' || isKnownPastVerb(w) || TURNS_BACK.has(w)))) {
      tense = cue;
      at = i;
      eventAt = -1;
    }
  }
  return { tense: tense === 'ahead' && eventAt >= 0 ? 'near' : tense, at };
}

/** Returns the tense the word right before a time gives: "released late Monday", "scheduled for March", "reports on Monday". */
function tenseOfGovernor(words: readonly Word[]): Tense {
  let i = words.length - 1;
  if (words[i]?.lower === 'the') i--;
  // "set a hearing for Feb. 5", "scheduled the vote for Monday".
  if (words[i]?.lower === 'for' && words.slice(Math.max(0, i - 4), i).some((x) => SCHEDULING.has(x.lower))) return 'ahead';
  if (PREPOSITIONS_BEFORE_TIME.has(words[i]?.lower ?? '')) i--;
  if (ADVERBS_BEFORE_TIME.has(words[i]?.lower ?? '')) i--;
  const word = words[i];
  if (!word?.plain) return null;
  const w = word.lower;
  const prev = words[i - 1]?.lower ?? '';
  if (DETERMINERS.has(prev) || NOUN_BEFORE.has(prev)) return null;
  // "Harbour Union Bank reports on Monday", but in "cut rates in November" the word is a noun.
  if (hasTag(w, 'PresentTense') && !REPORTING.has(w) && subjectBefore(words, i)) return 'ahead';
  if (isTimetableAt(words, i)) return 'ahead';
  if (AHEAD_PARTICIPLES.has(w)) return w === 'set' && !BE.has(prev) ? null : 'ahead';
  if (isPastVerb(w) && !BE.has(prev) && !NEGATIONS.has(prev) && !MODALS.has(prev)) return 'behind';
  return null;
}

/** Returns where the clause holding `index` starts, no further back than LOOK_BACK. */
function clauseStart(text: string, index: number): number {
  const from = Math.max(0, index - LOOK_BACK);
  let start = from;
  for (const m of text.slice(from, index).matchAll(CLAUSE_BOUNDARY)) {
    const at = from + m.index;
    if (text[at] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    start = at + m[0].length;
  }
  return start;
}

/** Returns where the clause holding `index` ends, no further on than LOOK_AHEAD. */
function clauseEnd(text: string, index: number): number {
  const to = Math.min(text.length, index + LOOK_AHEAD);
  for (const m of text.slice(index, to).matchAll(CLAUSE_BOUNDARY)) {
    const at = index + m.index;
    if (text[at] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    return at;
  }
  return to;
}

/** Returns the tense the words before a time give, for a year a plan may run to ("will open in 2027"). */
export function tenseBefore(text: string, start: number): Tense {
  const before = text.slice(clauseStart(text, start), start);
  const words = wordsOf(before);
  const tense = tenseOfGovernor(words) ?? tenseOfWords(words, false).tense;
  // A deadline looks ahead ("a decision by March"), unless it was set in the past ("agreed in
  // December to delay increases until April").
  if (/\b(?:by|until|till)\s+$/i.test(before) && tense !== 'behind') return 'ahead';
  return tense;
}

/**
 * Returns whether the clause around the time at [start, end) of `text` looks ahead of the
 * time it was written ('ahead'), behind it ('behind'), ahead of another event the time comes
 * after ('near'), or does not tell (null). The word right before the time decides first
 * ("released late Monday", "scheduled for March"), then the last cue before it ("Strand will
 * leave …, Corvane said on Friday"); with none, the first cue after it ("In October, the
 * company filed", "Kaito Motors on Tuesday cut its forecast").
 */
export function tenseAround(text: string, start: number, end: number, timeText: string): Tense {
  // "expect 2.0% this year, down from 2.3% in their March projections": the base a figure is compared with lies behind.
  if (COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return 'behind';
  const before = text.slice(clauseStart(text, start), start);
  const words = wordsOf(before);
  const governed = tenseOfGovernor(words);
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  const cued = tenseOfWords(words, possessive);
  const tense = governed ?? cued.tense;
  if (/\b(?:by|until|till)\s+$/i.test(before) && tense !== 'behind') return 'ahead';
  // What was said may lie either way: "the company said the vote on Feb. 5 would be close".
  // "said at a briefing on Wednesday" is no such case, unless "that" follows: a preposition after the verb says where it was said.
  const reported =
    !governed &&
    cued.tense === 'behind' &&
    SAYING.has(words[cued.at]?.lower ?? '') &&
    cued.at < words.length - 1 &&
    (!PREPOSITIONS.has(words[cued.at + 1]?.lower ?? '') || words.slice(cued.at + 1).some((x) => x.lower === 'that'));
  if (tense === 'ahead' && possessive) return 'near';
  if (tense && !reported) return tense;
  const after = wordsOf(text.slice(end, clauseEnd(text, end)));
  // "Kaito Motors on Tuesday cut its forecast", but "a January cut" is a noun.
  const prepositional = /^(?:on|in|at|during)\s/i.test(timeText) || /\b(?:on|in|at|during)\s+$/i.test(before);
  const later = tenseAfter(possessive ? after.slice(1) : after, prepositional);
  // "Sunday's vote", "Wednesday's inflation data" name an event, whatever the clause says of what follows it.
  if (possessive && later !== 'behind') return 'near';
  // Only a verb right after the time makes it part of what was said: in "told reporters on
  // Monday he would" the time is when it was said.
  if (reported) return cueAt(after, 0) === 'ahead' ? 'ahead' : 'behind';
  return later;
}

/**
 * Returns the tense the words after a time give when nothing before it tells: the first cue
 * of its clause ("In a statement late Monday, the company said", "In October, sales
 * slumped", "The vote on Sunday will be close"). A subordinate or relative clause ("… if
 * demand slowed", "…, which was called early") is no part of it, and the word right after a
 * time that is no adverb is a noun ("a January cut").
 */
function tenseAfter(after: readonly Word[], prepositional: boolean): Tense {
  const first = after[0];
  if (prepositional && first?.plain && (PAST_AFTER_TIME.has(first.lower) || isPastVerb(first.lower))) return 'behind';
  for (let i = 0; i < after.length; i++) {
    if (SUBORDINATORS.has(after[i]?.lower ?? '')) break;
    const cue = cueAt(after, i);
    if (i === 0 && !prepositional && cue !== 'ahead') continue;
    if (cue) return cue;
  }
  return null;
}
