/**
 * Headlines for auto mode: a timeline event's title and a metric card's label, made from the
 * clause around the fact ("Mud rush killed seven workers", "Southern Cross reported Q3 loss
 * of $210mn"). Subject, verb and object of the clause that holds the fact, without
 * subordinate clauses, attributions ("the company said"), hedges and dates; at most
 * `MAX_HEADLINE_WORDS` words.
 *
 * Every word of a headline is a word of its sentence, in the sentence's order: it is chosen,
 * never written, so it cannot state anything the sentence does not (the project's rule that
 * nothing factual is typed by hand). Words are only dropped; the first letter is capitalised.
 */
import { type AnalysedSentence, type Clause, findVerb, isFiniteStart, type Word } from './clauses';

/** Longest headline, in words (a figure such as "more than $3 trillion" counts its words). */
export const MAX_HEADLINE_WORDS = 8;

// Words that soften or pad a clause and carry no fact.
const HEDGES = new Set([
  'also', 'still', 'now', 'just', 'even', 'already', 'meanwhile', 'however', 'reportedly', 'allegedly', 'apparently', 'essentially',
  'increasingly', 'currently', 'then', 'though', 'too', 'far', 'so', 'thus', 'instead', 'nonetheless', 'nevertheless', 'indeed',
]);
const ARTICLES = new Set(['the', 'a', 'an']);
// Nouns that put a date at one end of a span: "at the end of November", "in the first half of 2026".
const PERIOD_NOUNS = new Set(['end', 'start', 'beginning', 'middle', 'half', 'part', 'rest', 'course', 'height', 'close', 'turn']);
const TIME_TAILS = new Set(['ago', 'earlier', 'later', 'before']);
// After a verb, a phrase with these starts the object the verb needs ("promoted to technical lead").
const COMPLEMENT_PREPOSITIONS = new Set(['to', 'into', 'as', 'from', 'at', 'on', 'for', 'by', 'with']);
const PER_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'quarter', 'tonne', 'ton', 'share', 'barrel', 'ounce', 'unit', 'head', 'person', 'kilogram', 'kilo', 'litre', 'gallon', 'pound', 'megawatt', 'vehicle', 'car']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'over']);
const TRAILING_JUNK: ReadonlySet<Word['tag']> = new Set(['prep', 'det', 'conj', 'to', 'that', 'rel', 'sub', 'clitic', 'aux', 'modal', 'neg', 'punct', 'quote']);

const isWordy = (w: Word | undefined) => w !== undefined && w.tag !== 'punct' && w.tag !== 'quote';
const isNominalTag = (t: Word['tag']) => t === 'noun' || t === 'name' || t === 'num' || t === 'figure' || t === 'fact' || t === 'adj' || t === 'clitic' || t === 'det';

/**
 * Returns a headline for the fact at `words[factIndex]`: a figure is kept in it, a date left
 * out (the timeline shows it). Never empty while the sentence has a word; never ends in "…".
 */
export function makeHeadline(sentence: AnalysedSentence, factIndex: number, keepFact: boolean): string {
  const { words, clauses } = sentence;
  if (words.length === 0) return '';
  // One set per sentence: the dates it drops are all its dates, whichever one the headline is for.
  let dropped = droppedBySentence.get(sentence);
  if (!dropped) {
    dropped = droppedWords(words);
    droppedBySentence.set(sentence, dropped);
  }
  if (!keepFact && !dropped.has(factIndex)) dropped = new Set([...dropped, factIndex]);
  const k = Math.max(0, clauses.findIndex((c) => factIndex >= c.from && factIndex < c.to));
  const first = headlineFrom(sentence, planClauses(sentence, k, keepFact, dropped), factIndex, keepFact, dropped);
  // A date in a scrap of a clause ("that it had forecast in April") is told by the clause it hangs from.
  if (!keepFact && contentWords(words, first) < 2) {
    const before = findLastIndex(clauses, (c, j) => j < k && c.role !== 'attribution' && contentWordCount(words, c, dropped) >= 2);
    if (before !== -1) {
      const second = headlineFrom(sentence, planClauses(sentence, before, false, dropped), factIndex, keepFact, dropped);
      if (contentWords(words, second) > contentWords(words, first)) return render(words, second);
    }
  }
  return render(words, first);
}

const droppedBySentence = new WeakMap<AnalysedSentence, Set<number>>();

/**
 * Returns the words of the best candidate that fits: the fullest (words count, a subject and a
 * verb count more), the earlier on a tie. A figure's headline must hold the figure.
 */
function headlineFrom(sentence: AnalysedSentence, plan: Plan, factIndex: number, keepFact: boolean, dropped: ReadonlySet<number>): number[] {
  const { words } = sentence;
  const keep = (i: number) => isWordy(words[i]) && !dropped.has(i);
  const subject = plan.subject.filter(keep);
  const predicate = plan.predicate.filter(keep);
  const extra = plan.extra.filter(keep);
  const anchor = keepFact ? factIndex : (plan.verb ?? predicate[0] ?? subject[0] ?? 0);

  const { group, object, shortObject } = objectCore(words, predicate, plan.verb, keepFact ? factIndex : -1);
  // Without its subject, a passive or perfect reads better from the participle: "Promoted to technical lead".
  const bareGroup = group.length > 1 && (words[group[0] as number] as Word).tag === 'aux' && (words[group[1] as number] as Word).tag === 'ed' ? group.slice(1) : group;
  const tail = union(subject.length === 0 ? bareGroup : group, object);
  const shortTail = union(subject.length === 0 ? bareGroup : group, shortObject);
  const subjectCore = coreOfSubject(words, subject);
  const directObject = object.length > 0 && (words[object[0] as number] as Word).tag !== 'prep' && (words[object[0] as number] as Word).tag !== 'to';
  const candidates: number[][] = [];
  if (plan.extraAfter) {
    // The fact is in a phrase after the clause told ("…, up about 36%", "…, and at about $10,190"):
    // the clause lends its subject, and its verb where the phrase elides one.
    const elided = words[plan.extra.find((i) => isWordy(words[i])) ?? -1]?.tag === 'conj';
    const end = keepFact ? factPhraseEnd(words, factIndex) : Number.POSITIVE_INFINITY;
    const own = extra.filter((i) => (words[i] as Word).tag !== 'conj' && i < end);
    candidates.push(elided ? union(subjectCore, group, own) : union(subjectCore, own), own);
  } else {
    for (const t of [tail, shortTail]) candidates.push(union(extra, subject, t), union(extra, subjectCore, t), union(extra, lastWords(words, subjectCore, 3), t));
    if (!keepFact) candidates.push(union(subjectCore, group), union(lastWords(words, subjectCore, 2), group));
    candidates.push(union(extra, bareGroup, object), union(extra, bareGroup, shortObject));
    // "Lin graduated in 2019 and joined the lab": a short clause takes the verb joined to it.
    if (plan.joined.length > 0 && object.length === 0) {
      const joined = objectCore(words, plan.joined.filter(keep), findVerb(words, plan.joined[0] as number, (plan.joined[plan.joined.length - 1] as number) + 1), -1);
      const conj = plan.joined.filter((i) => (words[i] as Word).tag === 'conj').slice(0, 1);
      candidates.push(union(subjectCore, group, conj, joined.group, joined.shortObject), union(subjectCore, group, conj, joined.group, joined.object));
    }
  }
  // A figure's own phrase, when it says what the figure is ("refined copper deficit of about 150,000 tonnes").
  if (keepFact) candidates.push(factPhrase(words, factIndex).filter(keep));

  let best: number[] | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const cleaned = trimEnds(words, withoutArticles(words, candidate));
    const length = countWords(words, cleaned);
    if (cleaned.length === 0 || length > MAX_HEADLINE_WORDS || contentWords(words, cleaned) < 1) continue;
    if (keepFact && !cleaned.includes(factIndex)) continue;
    const hasSubject = subjectCore.some((i) => cleaned.includes(i) && (words[i] as Word).tag !== 'det');
    const hasVerb = group.some((i) => cleaned.includes(i));
    // A verb without the object it takes ("Qwen App had surpassed") says less than it seems.
    const objectLeft = hasVerb && directObject && !object.some((i) => cleaned.includes(i));
    const score = length + (hasSubject ? 4 : 0) + (hasVerb ? 1 : 0) - (objectLeft ? 3 : 0);
    if (score > bestScore) {
      best = cleaned;
      bestScore = score;
    }
  }
  if (best) return best;
  const all = trimEnds(words, withoutArticles(words, union(extra, subject, predicate, keepFact ? [factIndex] : [])));
  return windowAround(words, all.length ? all : [anchor], anchor);
}

interface Plan {
  /** the subject's words, perhaps borrowed from an earlier clause */
  subject: number[];
  /** the verb and what follows it, or a verbless fragment's words */
  predicate: number[];
  /** the first word of the verb group, or null */
  verb: number | null;
  /** a fact's own phrase when the clause told is another ("At $11,000, customers stop ordering") */
  extra: number[];
  /** true when that phrase comes after the clause told ("…, up about 36%") */
  extraAfter: boolean;
  /** a coordinated verb phrase after the clause ("… and joined the lab"), its "and" first */
  joined: number[];
}

const MAIN_ROLES: ReadonlySet<Clause['role']> = new Set(['main', 'resumed', 'content', 'coordinate']);

/** Returns which words of which clauses the headline is made from. */
function planClauses(s: AnalysedSentence, k: number, keepFact: boolean, dropped: ReadonlySet<number>): Plan {
  const { words, clauses } = s;
  let clause = clauses[k] as Clause;
  let extra: number[] = [];
  let extraAfter = false;
  const told = (c: Clause) => c.finite && c.role !== 'attribution';
  const firstTold = clauses.findIndex(told);

  if (clause.role === 'attribution' && !keepFact) {
    // A date in "…, said X on Tuesday" or "X said in October that …" dates what was said.
    const next = clauses[k + 1];
    const quote = clauses.find((c) => c.quoted && c.finite);
    if (next?.role === 'content') clause = next;
    else if (quote) clause = quote;
    else if (firstTold !== -1) clause = clauses[firstTold] as Clause;
  } else if (!clause.finite && (k < firstTold || !keepFact || contentWordCount(words, clause, dropped) < 2 || /^(?:up|down|and|or|but)$/i.test(words.slice(clause.from, clause.to).find(isWordy)?.text ?? ''))) {
    // A fronted phrase ("On a wet night in early September,") belongs to the clause after it, its
    // main clause first; a scrap ("its first since 2016", "up about 36%") to the clause before.
    const after = clauses.findIndex((c, j) => j > k && told(c) && MAIN_ROLES.has(c.role));
    const anyAfter = clauses.findIndex((c, j) => j > k && told(c));
    const mainBefore = findLastIndex(clauses, (c, j) => j < k && told(c) && MAIN_ROLES.has(c.role));
    const before = mainBefore !== -1 ? mainBefore : findLastIndex(clauses, (c, j) => j < k && told(c));
    const next = after !== -1 ? after : anyAfter;
    const target = k < firstTold && next !== -1 ? next : before !== -1 ? before : next;
    if (target !== -1) {
      // A figure's phrase comes along; so does a date's when it elides the verb before ("…, and in 2011").
      const firstWord = words.slice(clause.from, clause.to).find(isWordy);
      if (keepFact || (firstWord?.tag === 'conj' && target < k)) {
        extra = range(clause.from, clause.to);
        extraAfter = target < k;
      }
      clause = clauses[target] as Clause;
    }
  }

  const index = clauses.indexOf(clause);
  const nextClause = clauses[index + 1];
  const joined = !keepFact && nextClause?.role === 'coordinate' ? range(nextClause.from, nextClause.to) : [];
  const verb = findVerb(words, clause.from, clause.to);
  if (verb === -1) return { subject: [], predicate: range(clause.from, clause.to), verb: null, extra, extraAfter, joined };
  const own = range(clause.from, verb).filter((i) => {
    const t = (words[i] as Word).tag;
    const connective = t === 'sub' || t === 'rel' || (t === 'that' && (clause.role === 'content' || clause.role === 'relative'));
    return !dropped.has(i) && !connective && !(i === clause.from && (t === 'prep' || t === 'conj'));
  });
  // "At last year's estimate they accounted …": the subject is the pronoun, not the phrase before it.
  const pronounAt = findLastIndex(own, (i) => (words[i] as Word).tag === 'pron');
  if (pronounAt > 0) own.splice(0, pronounAt);
  const hasOwn = own.some((i) => (words[i] as Word).tag !== 'det' && (words[i] as Word).tag !== 'prep');
  // An object relative ("that it had forecast") has its own subject; a pronoun there is not borrowed.
  const objectRelative = clause.role === 'relative' && hasOwn;
  const pronoun = isPronoun(words, own) ? (words[own[0] as number] as Word).text.toLowerCase() : null;
  const thirdPerson = pronoun !== null && /^(?:it|they|he|she)$/.test(pronoun);
  const subject = hasOwn && (!thirdPerson || objectRelative) ? own : (borrowSubject(s, index, pronoun) ?? own);
  // A headline drops a bare pronoun ("He was promoted" → "Promoted"), unless a contraction hangs on it ("We've").
  const bare = isPronoun(words, subject) && (words[(subject[0] as number) + 1] as Word | undefined)?.start !== (words[subject[0] as number] as Word).end;
  return { subject: bare ? [] : subject, predicate: range(verb, clause.to), verb, extra, extraAfter, joined };
}

/** True for a phrase that is one pronoun, or a "that"/"this" standing for the clause before. */
function isPronoun(words: readonly Word[], phrase: number[]): boolean {
  const only = phrase.length === 1 ? (words[phrase[0] as number] as Word) : null;
  return only !== null && (only.tag === 'pron' || only.tag === 'that' || /^(?:this|these|those)$/i.test(only.text));
}

/**
 * Returns the subject a clause without one of its own shares, from before it (a headline
 * keeps the sentence's order): the noun before "which", the subject of the clause a
 * coordinated verb joins, the speaker of "Lattice Peak, a chip designer, said it had …", the
 * sentence's opening noun phrase. "it" takes no person, "he" and "she" no other name.
 */
function borrowSubject(s: AnalysedSentence, k: number, pronoun: string | null): number[] | null {
  const { words, clauses } = s;
  const clause = clauses[k] as Clause;
  const fits = (phrase: number[]) => {
    const person = phrase.some((i) => (words[i] as Word).person === true);
    if (pronoun === 'it') return !person;
    if (pronoun === 'he' || pronoun === 'she') return person || !phrase.some((i) => (words[i] as Word).tag === 'name');
    return true;
  };
  const wordy = (c: Clause) => range(c.from, c.to).filter((i) => isWordy(words[i]));
  if (clause.role === 'relative') {
    const prev = clauses[k - 1];
    if (!prev) return null;
    // "Simon Hartley, the company's chief executive, who resigned": past the appositive to the name.
    const beforePrev = clauses[k - 2];
    const appositive = !prev.finite && words[wordy(prev)[0] ?? -1]?.tag === 'det';
    if (appositive && beforePrev) {
      const name = nominalTail(words, beforePrev);
      if (name.some((i) => (words[i] as Word).tag === 'name')) return name;
    }
    return prev.finite ? nominalTail(words, prev) : coreOfSubject(words, wordy(prev));
  }
  // Walking back: noun phrases set off by commas gather in `run` until a clause with a verb.
  const run: Clause[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const c = clauses[j] as Clause;
    if (c.quoted !== clause.quoted || c.role === 'relative') continue;
    // ", competing with …": a participle's phrase has no subject to lend.
    if (/ing$/.test(words[wordy(c)[0] ?? -1]?.text ?? '')) continue;
    const verb = findVerb(words, c.from, c.to);
    if (verb === -1) {
      // A coordinated verb shares the subject of the last clause with one; commas before it
      // separate a list ("in Singapore, Bengaluru and San Jose"), not an appositive.
      if (clause.role !== 'coordinate') run.unshift(c);
      continue;
    }
    const own = range(c.from, verb).filter((i) => isNominalTag((words[i] as Word).tag) || (words[i] as Word).tag === 'pron' || (words[i] as Word).tag === 'prep');
    if (own.some((i) => (words[i] as Word).tag !== 'det' && (words[i] as Word).tag !== 'prep')) {
      if (run.length === 0) return fits(own) ? trimEnds(words, own) : null;
      break;
    }
    if (run.length > 0) break;
  }
  // Not ", made by Calder Therapeutics,": a participle's phrase describes the subject, it is not one.
  const nominal = run.filter((c) => !/(?:ed|ing)$/.test(words[wordy(c)[0] ?? -1]?.text ?? ''));
  const named = nominal.find((c) => wordy(c).some((i) => (words[i] as Word).tag === 'name')) ?? nominal[0];
  if (!named) return null;
  // "a day after Lattice Peak": the noun phrase at its end.
  const first = words[wordy(named)[0] ?? -1];
  const phrase = first && isNominalTag(first.tag) && first.tag !== 'det' ? wordy(named) : nominalTail(words, named);
  return phrase.length && fits(phrase) ? phrase : null;
}

/** Returns the last noun phrase of a clause: the antecedent of a relative clause after it. */
function nominalTail(words: readonly Word[], c: Clause): number[] {
  const out: number[] = [];
  for (let i = c.to - 1; i >= c.from; i--) {
    const w = words[i] as Word;
    if (!isWordy(w)) {
      if (out.length) break;
      continue;
    }
    if (!isNominalTag(w.tag)) break;
    out.unshift(i);
  }
  return out;
}

/** Returns the words no headline keeps: dates with the words that attach them, hedges. */
function droppedWords(words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const lower = w.text.toLowerCase();
    if (w.tag === 'date') dropDate(words, i, out);
    else if (w.tag === 'adv' && (HEDGES.has(lower) || (/ly$/.test(lower) && words[i - 1]?.tag !== 'neg'))) out.add(i);
    else if (HEDGES.has(lower) && w.tag !== 'name' && w.tag !== 'noun') out.add(i);
  }
  return out;
}

/** Marks a date and what ties it to its clause: "at the end of", "since", "a year earlier". */
function dropDate(words: readonly Word[], i: number, out: Set<number>): void {
  out.add(i);
  let j = i - 1;
  const take = (tags: ReadonlySet<Word['tag']>) => {
    if (j >= 0 && tags.has((words[j] as Word).tag)) out.add(j--);
    else return false;
    return true;
  };
  const next = words[i + 1];
  // "last year's estimate": the date's possessive goes with it.
  if (next?.tag === 'clitic') out.add(i + 1);
  // "its October record": the date only describes the noun after it; its phrase stays.
  if (next && (next.tag === 'noun' || next.tag === 'name')) return;
  while (take(new Set(['det', 'adj']))) {}
  if (take(new Set(['prep']))) {
    // "the end of", "the first half of": the period noun and its own article and preposition.
    if ((words[j + 1] as Word).text.toLowerCase() === 'of' && j >= 0 && PERIOD_NOUNS.has((words[j] as Word).text.toLowerCase())) {
      out.add(j--);
      while (take(new Set(['det', 'adj', 'num']))) {}
      take(new Set(['prep']));
    }
  } else if (j >= 0 && (words[j] as Word).tag === 'to') out.add(j);
  if (next && TIME_TAILS.has(next.text.toLowerCase()) && next.tag !== 'sub') out.add(i + 1);
}

/**
 * Returns the verb group ("have more than tripled", "began pouring", "agreed to merge") and
 * the object it needs: for a figure, everything up to the end of the figure's phrase
 * ("touched $11,870 a tonne"); else the object or the phrase the verb takes ("killed seven
 * workers", "promoted to technical lead").
 */
function objectCore(words: readonly Word[], predicate: number[], verb: number | null, fact: number): { group: number[]; object: number[]; shortObject: number[] } {
  if (predicate.length === 0) return { group: [], object: [], shortObject: [] };
  const set = new Set(predicate);
  const last = predicate[predicate.length - 1] ?? 0;
  if (verb === null) {
    const end = fact !== -1 && set.has(fact) ? factPhraseEnd(words, fact) : Number.POSITIVE_INFINITY;
    const object = predicate.filter((i) => i < end);
    return { group: [], object, shortObject: object };
  }
  let i = verb;
  while (i <= last) {
    const w = words[i] as Word;
    if (!set.has(i)) {
      i++;
      continue;
    }
    const particle = i > verb && w.tag === 'prep' && PARTICLES.has(w.text.toLowerCase()) && !isNominalTag(words[i + 1]?.tag ?? 'punct');
    const infinitive = w.tag === 'to' && words[i + 1]?.tag === 'verb';
    // "have more than tripled"
    const degree = w.text.toLowerCase() === 'than' && words[i - 1]?.tag === 'adv' && isFiniteStart(words[i + 1]);
    if (!(isFiniteStart(w) || w.tag === 'neg' || w.tag === 'adv' || w.tag === 'ing' || infinitive || particle || degree)) break;
    i++;
  }
  const group = predicate.filter((n) => n < i);
  if (fact !== -1 && set.has(fact) && fact >= i) {
    const end = factPhraseEnd(words, fact);
    const object = predicate.filter((n) => n >= i && n < end);
    return { group, object, shortObject: object };
  }
  while (i <= last && !set.has(i)) i++;
  // "take up the post", "set off a scramble": a particle, then the object.
  if (words[i]?.tag === 'prep' && PARTICLES.has(words[i]?.text.toLowerCase() ?? '') && (words[i + 1]?.tag === 'det' || isNominalTag(words[i + 1]?.tag ?? 'punct')) && set.has(i + 1)) {
    const end = phraseEnd(words, i + 1);
    const short = phraseEnd(words, i + 1, false);
    return { group: [...group, i], object: predicate.filter((n) => n > i && n < end), shortObject: predicate.filter((n) => n > i && n < short) };
  }
  let end = i;
  let short = i;
  const next = words[end];
  if (next && (isNominalTag(next.tag) || next.tag === 'pron')) [end, short] = [phraseEnd(words, end), phraseEnd(words, end, false)];
  else if (next && (next.tag === 'prep' || next.tag === 'to') && (COMPLEMENT_PREPOSITIONS.has(next.text.toLowerCase()) || words[group[group.length - 1] ?? -1]?.tag === 'aux')) {
    // After "was", "has been" any phrase is the complement: "was in talks".
    // "shrinks to almost nothing"
    const from = words[end + 1]?.tag === 'adv' ? end + 2 : end + 1;
    if (isNominalTag(words[from]?.tag ?? 'punct') || words[from]?.tag === 'pron') [end, short] = [phraseEnd(words, from), phraseEnd(words, from, false)];
  }
  // "expects LME copper to average $10,750": an object and the verb it is to do.
  if (words[end]?.tag === 'to' && words[end + 1]?.tag === 'verb' && set.has(end + 1)) end = phraseEnd(words, end + 2);
  return { group, object: predicate.filter((n) => n >= i && n < end), shortObject: predicate.filter((n) => n >= i && n < short) };
}

/**
 * Returns one past the end of the noun phrase at i: a range's other end ("$1bn-$2bn"), names
 * joined by "and" ("Food and Drug Administration"), and one "of …" after it. The short form
 * (`full` false) stops before "of …" and before a possessive ("Alibaba DAMO Academy['s lab]").
 */
function phraseEnd(words: readonly Word[], i: number, full = true): number {
  let end = i;
  if (words[end]?.tag === 'pron') end++;
  while (end < words.length) {
    const w = words[end] as Word;
    if (!full && w.tag === 'clitic') return end;
    if (isNounish(words, end)) end++;
    else if (isRangeJoin(words, end)) end += 2;
    else if (w.text.toLowerCase() === 'and' && words[end - 1]?.tag === 'name' && words[end + 1]?.tag === 'name') end += 2;
    else break;
  }
  if (full && words[end]?.text.toLowerCase() === 'of' && isNominalTag(words[end + 1]?.tag ?? 'punct')) {
    end++;
    if (words[end]?.tag === 'det') end++;
    while (end < words.length && isNounish(words, end) && (words[end] as Word).tag !== 'det') end++;
  }
  return end;
}

/** True when word i joins the two ends of a range: "$12,000-$13,000", "20 to 30". */
function isRangeJoin(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const isFigure = (x: Word | undefined) => x?.tag === 'figure' || x?.tag === 'fact';
  return w !== undefined && (w.text === '-' || w.text === '–' || w.tag === 'to') && isFigure(words[i - 1]) && isFigure(words[i + 1]);
}

/** True for words of a noun phrase, a gerund before its noun included ("copper mining stocks"). */
function isNounish(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return isNominalTag(w.tag) || w.tag === 'date' || (w.tag === 'ing' && (words[i + 1]?.tag === 'noun' || words[i + 1]?.tag === 'name'));
}

/** Returns one past the end of a figure's phrase: its unit, "a tonne", "of copper", a range's other end. */
function factPhraseEnd(words: readonly Word[], fact: number): number {
  let end = fact + 1;
  const w = (n: number) => words[n];
  // "$12,000-$13,000", "20 to 30 seconds": the range's other end.
  if (isRangeJoin(words, end)) end += 2;
  // Its unit: "tonnes", "short tons", "global downloads", "advertising investment".
  while (end < words.length && ((w(end) as Word).tag === 'noun' || (w(end) as Word).tag === 'num' || (((w(end) as Word).tag === 'adj' || (w(end) as Word).tag === 'ing') && w(end + 1)?.tag === 'noun'))) end++;
  // "35% lower than planned", "20% higher".
  if (w(end)?.tag === 'adj' && /er$/.test(w(end)?.text ?? '')) {
    end++;
    if (w(end)?.text.toLowerCase() === 'than' && w(end + 1) && (w(end + 1)?.tag === 'ed' || isNominalTag(w(end + 1)?.tag ?? 'punct'))) end += 2;
  }
  // "about 2% below its record", "5% above target"
  if (/^(?:below|above)$/i.test(w(end)?.text ?? '') && isNominalTag(w(end + 1)?.tag ?? 'punct')) return phraseEnd(words, end + 1);
  // "$11,870 a tonne", "SGD 4.35 per share".
  const per = w(end)?.text.toLowerCase();
  if ((per === 'a' || per === 'an' || per === 'per') && w(end + 1)?.tag === 'noun') end += 2;
  if (w(end)?.text.toLowerCase() === 'of' && isNominalTag(w(end + 1)?.tag ?? 'punct')) {
    let e = end + 1;
    while (e < words.length && e < end + 6 && isNounish(words, e)) e++;
    end = e;
  }
  // "about 80 kilograms for a typical battery-electric model"
  if (w(end)?.text.toLowerCase() === 'for' && isNominalTag(w(end + 1)?.tag ?? 'punct')) {
    let e = end + 1;
    while (e < words.length && e < end + 5 && isNounish(words, e)) e++;
    if (!isNounish(words, e)) end = e;
  }
  return end;
}

/** Returns the figure's own noun phrase: "Q3 loss of $210mn", "about 500,000 tonnes of copper". */
function factPhrase(words: readonly Word[], fact: number): number[] {
  let start = fact;
  const before = (n: number) => words[n];
  // "3.50% to 3.75%": a range's other end.
  if (isRangeJoin(words, start - 1)) start -= 2;
  if (before(start - 1)?.text.toLowerCase() === 'of' && isNominalTag(before(start - 2)?.tag ?? 'punct')) start -= 1;
  while (start > 0 && isNominalTag((before(start - 1) as Word).tag) && fact - start < 5) start--;
  return range(start, factPhraseEnd(words, fact)).filter((i) => isWordy(words[i]));
}

/** Returns a subject without what follows its head: "Benchmark copper [on the London Metal Exchange]", "index of copper mining stocks [compiled by Redfern]". */
function coreOfSubject(words: readonly Word[], subject: number[]): number[] {
  const out: number[] = [];
  // A subject that opens with a gerund or a preposition ("focusing solely on technology …") has no short core.
  const opening = words[subject.find((i) => (words[i] as Word).tag !== 'det') ?? -1];
  if (opening && !isNominalTag(opening.tag) && opening.tag !== 'pron' && !isNounish(words, subject.find((i) => (words[i] as Word).tag !== 'det') ?? -1)) return [];
  let usedOf = false;
  for (let n = 0; n < subject.length; n++) {
    const i = subject[n] as number;
    const w = words[i] as Word;
    // "stocks compiled by Redfern": the participle and its agent are not the subject's core.
    const participle = /ed$/.test(w.text) && words[i + 1]?.text.toLowerCase() === 'by';
    if ((isNounish(words, i) || w.tag === 'pron') && !participle) {
      out.push(i);
      continue;
    }
    if (w.text.toLowerCase() === 'of' && !usedOf && out.length > 0 && isNominalTag(words[i + 1]?.tag ?? 'punct')) {
      usedOf = true;
      out.push(i);
      continue;
    }
    if (out.some((x) => (words[x] as Word).tag !== 'det')) break;
  }
  return out;
}

/** Returns the last n words of a phrase, keeping a name whole where it can. */
function lastWords(words: readonly Word[], phrase: number[], n: number): number[] {
  const wordy = phrase.filter((i) => !isDroppableArticle(words, i));
  return wordy.length <= n ? wordy : wordy.slice(-n);
}

/** True for "the", "a", "an" that start a noun phrase (not "a tonne" after a figure, not "The" inside a name). */
function isDroppableArticle(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (w.tag !== 'det' || !ARTICLES.has(w.text.toLowerCase())) return false;
  const prev = words[i - 1];
  if (prev && (prev.tag === 'fact' || prev.tag === 'figure')) return false;
  // "1 million tonnes of copper a year": "a" means "per".
  if (w.text.toLowerCase() !== 'the' && prev && isNominalTag(prev.tag) && PER_UNITS.has(words[i + 1]?.text.toLowerCase() ?? '')) return false;
  return !(i > 0 && /^\p{Lu}/u.test(w.text));
}

/** Returns the set without function words at either end ("… of", "and …"). */
function trimEnds(words: readonly Word[], set: number[]): number[] {
  const out = [...set];
  while (out.length && TRAILING_JUNK.has((words[out[out.length - 1] as number] as Word).tag)) out.pop();
  const leadingJunk = (i: number) => {
    const t = (words[i] as Word).tag;
    // "At $11,000, …" keeps its preposition: it says what the figure is.
    const beforeFigure = t === 'prep' && (words[i + 1]?.tag === 'fact' || words[i + 1]?.tag === 'figure') && out[1] === i + 1;
    // "up from about 30%", "down from …"
    const change = /^(?:up|down)$/i.test((words[i] as Word).text) && words[i + 1]?.text.toLowerCase() === 'from' && out[1] === i + 1;
    if (change) return false;
    return t !== 'det' && t !== 'aux' && t !== 'modal' && t !== 'neg' && TRAILING_JUNK.has(t) && !beforeFigure;
  };
  while (out.length && leadingJunk(out[0] as number)) out.shift();
  return out;
}

/** Returns up to `MAX_HEADLINE_WORDS` words of the set nearest the anchor, the anchor always kept. */
function windowAround(words: readonly Word[], set: number[], anchor: number): number[] {
  const sorted = union(set, [anchor]);
  const at = sorted.indexOf(anchor);
  let from = at;
  let to = at + 1;
  while (countWords(words, sorted.slice(from, to)) < MAX_HEADLINE_WORDS && (from > 0 || to < sorted.length)) {
    const grow = to < sorted.length && (at - from >= to - at - 1 || from === 0) ? 'right' : 'left';
    const next = grow === 'right' ? sorted.slice(from, to + 1) : sorted.slice(from - 1, to);
    if (countWords(words, next) > MAX_HEADLINE_WORDS) break;
    if (grow === 'right') to++;
    else from--;
  }
  return trimEnds(words, sorted.slice(from, to));
}

/** Returns the headline's text: the words with the sentence's own joins, first letter capitalised. */
function render(words: readonly Word[], set: number[]): string {
  let out = '';
  let prev = -2;
  for (const i of set) {
    const w = words[i] as Word;
    if (out !== '') {
      const p = words[prev];
      const mid = words[prev + 1];
      // Words the sentence writes together stay together: "500's", "$12,000-$13,000", "0.8B/2B".
      if (i === prev + 1 && p && p.end === w.start) out += '';
      else if (i === prev + 2 && p && mid && p.end === mid.start && mid.end === w.start && /^[-–/]$/.test(mid.text)) out += mid.text;
      else out += ' ';
    }
    out += w.text.replace(/\s+/g, ' ');
    prev = i;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Returns how many words the headline has when written. */
function countWords(words: readonly Word[], set: number[]): number {
  return render(words, set).split(/\s+/).filter(Boolean).length;
}

function contentWords(words: readonly Word[], set: number[]): number {
  return set.filter((i) => !TRAILING_JUNK.has((words[i] as Word).tag) && (words[i] as Word).tag !== 'pron').length;
}

function contentWordCount(words: readonly Word[], c: Clause, dropped: ReadonlySet<number>): number {
  return range(c.from, c.to).filter((i) => isWordy(words[i]) && !dropped.has(i) && !TRAILING_JUNK.has((words[i] as Word).tag) && (words[i] as Word).tag !== 'pron').length;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Returns the sorted union of sorted index lists (a merge: headlines are built from many). */
function union(...sets: number[][]): number[] {
  let out: number[] = [];
  for (const set of sets) {
    if (set.length === 0) continue;
    if (out.length === 0) {
      out = set;
      continue;
    }
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < out.length || j < set.length) {
      const a = out[i] ?? Number.POSITIVE_INFINITY;
      const b = set[j] ?? Number.POSITIVE_INFINITY;
      const next = Math.min(a, b);
      if (a === next) i++;
      if (b === next) j++;
      merged.push(next);
    }
    out = merged;
  }
  return out;
}

function findLastIndex<T>(list: readonly T[], test: (x: T, i: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T, i)) return i;
  return -1;
}

/** Returns the set without the articles that start noun phrases: headlines drop them. */
function withoutArticles(words: readonly Word[], set: number[]): number[] {
  return set.filter((i) => !isDroppableArticle(words, i));
}
