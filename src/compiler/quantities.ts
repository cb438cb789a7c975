/**
 * Quantities: figures with their value fully scaled, what they measure (a noun from the text,
 * a currency, `percent`, `times`, a span of time), a qualifier ("over", "up to") and, for
 * prices and rates, what one figure is for ("per share"). A range gives one figure per end,
 * each with the range's unit, scale and currency ("20-30%", "$1bn-$2bn", "between 5 and 7
 * million", "from 20 to 30 seconds").
 *
 * Not figures: years, dates and times of day (times.ts claims them; year-shaped numbers and
 * clock times are refused here too), numbers glued to letters or following a capitalised
 * name ("Qwen3.5", "P10", "FTSE 100", "iPhone 16", "Phase 3"), ranks ("No. 1", "top 10"),
 * phone numbers, "one" ("one of", "one day"), and vague amounts ("thousands of"). Spelled-out
 * counts are figures ("seven workers"), as the labelled corpus has them (seeds/corpus/README.md).
 *
 * A number with no unit or noun after it is a figure only where its place or its form says it
 * counts something ("three of the 18 analysts", "15 had cut", "reached 180 million", "about
 * 2,600"; see countContext.ts and docs/decisions/0007-figures-read-from-context.md). Fractions
 * said in words are read by fractions.ts, decades and centuries are counted in years.
 */
import { COUNT_UNIT, type Qualifier, type Quantity, TIMES_UNIT } from '../schema/bundle';
import { currenciesSharingName, currencyOfWords } from '../schema/currency';
import { isNounLike, isStopWord, readNoun } from './counted';
import { isReference, opensClause, partitiveAfter, subjectOf, verbFollows } from './countContext';
import { fractionsIn, isFractionNoun } from './fractions';
import { hasTag, tagsOf } from './lexicon';
import { currencyAfter, currencyBefore, hundredthsAfter } from './money';
import { multipleWordsIn } from './multipliers';
import { clockAfter, isProperName, nameBefore, PHONE_NUMBER } from './notFigures';
import { isScaleWord, readNumeral, scaleNumeral, scaleOfWord, valueOfNumberWords } from './numbers';
import { qualifierBefore } from './qualifiers';
import type { ParsedArticle } from './types';
import { durationOf, gluedUnit, hyphenUnit, isSpanOfTime, isTenor, perAfter, pluralOf, type UnitRead, unitAfter, yearsInSpan } from './units';

/** A quantity plus the noun phrase after it ("global downloads"), used to label it in auto mode. */
export interface ExtractedQuantity extends Quantity {
  noun: string | null;
}

interface Span {
  start: number;
  end: number;
}

interface Numeral {
  intDigits: string;
  fraction: string;
}

type Kind = UnitRead['kind'] | 'money' | 'count' | 'parameters' | 'fraction';

/** A figure being read, in offsets local to its sentence. */
interface Draft {
  /** the figure's span: qualifier, currency, number, scale and unit words, not the counted noun */
  start: number;
  end: number;
  /** the number itself */
  numStart: number;
  numEnd: number;
  numeral: Numeral;
  scale: number;
  /** the scale was written ("billion", "bn"), so the other end of a range may share it */
  scaleWord: boolean;
  unit: string | null;
  kind: Kind | null;
  currency: string | null;
  qualifier: Qualifier;
  noun: string | null;
  per: string | null;
  /** hundredths named without their currency ("54 cents"): the money around them says which */
  centsOfContext: boolean;
  /** a name several currencies share ("crowns"): the codes it may stand for, the money around it says which */
  currencyChoices: readonly string[] | null;
  /** 1900-2099 written bare: a year unless money, a scale, a unit of measure or a qualifier says otherwise */
  yearShaped: boolean;
  /** written with thousands separators ("41,200"): an amount, not a code or a name */
  grouped: boolean;
  /** no figure whatever its context says: a score ("3-1") */
  refused: boolean;
}


const NUMERAL = /\d+(?:[.,]\d+)*/g;
const GLUED = /[\p{L}%×°]+/uy;
const SCALE_AFTER = /\s?(thousand|million|billion|trillion|mn|bn|mln|bln|trn|lakhs?|crores?)(?![\p{L}])/iuy;
const SCALE_SUFFIX: Record<string, number> = { b: 9, k: 3, m: 6, t: 12 };
const WORD = /\p{L}+(?:[-\u2010]\p{L}+)*/gu;
// "fewer than the 2,000 promised": with "the", "than" compares ("more than 2,000" is a qualifier).
const COMPARED = /\b(?:from|compared with|compared to|versus|vs\.?|against|than the)\s$/i;
// A pair of bare numbers that says a change: "to 120 from 80", "120, up from 80", "from 80 to 120".
const CHANGE_FROM = /^,?\s+(?:up\s+|down\s+)?from\s+$/i;
const VOTED = /\b(?:voted|vote of|votes of|margin of)\s$/i;
// "two more brackets", "one more cut": the counted noun comes after the comparative.
const MORE_AFTER = /\s+(?:more|further)(?=\s)/iy;
const ONE_MORE = /^\s+(?:more|additional|extra|further)\s+\p{L}/iu;
const HYPHEN_NOUN = /[-\u2010\u2011](\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\p{N}-])/uy;
// Tails that make an adjective or an idiom, not a count: "a 2-for-1 split", "40-plus", "a 100-strong team".
const NOT_HYPHEN_NOUNS = new Set([
  'plus', 'odd', 'something', 'ish', 'strong', 'time', 'times', 'way', 'off', 'fold', 'digit', 'figure', 'based', 'like', 'style', 'run',
  'deep', 'wide', 'high', 'long', 'tall', 'thick', 'old', 'low', 'short', 'full', 'nil', 'all', 'up', 'down', 'over', 'out',
]);
const AGE_BEFORE = /\b(?:aged|age of|age)\s$/i;
const INDEX_WORDS = /\b(?:index|indices|indexes|Nikkei|Hang Seng|FTSE|S&P|Dow|Nasdaq|KOSPI|Kospi|Sensex|Nifty|Topix|DAX|CAC|Stoxx|ASX|benchmark|points)\b/i;

/** Returns the quantities of the article's body in text order; `exclude` holds spans that are times. */
export function extractQuantities(article: ParsedArticle, exclude: readonly Span[] = []): ExtractedQuantity[] {
  const out: ExtractedQuantity[] = [];
  // A span of time ("in three years", "for six years") is a figure even where a time was read in
  // it, and so is money that a time reader took for minutes ("£40m two years ago").
  const sorted = exclude
    .filter((x) => !isSpanOfTime(article.text.slice(x.start, x.end)) && !/[$€£¥₹]$/u.test(article.text.slice(Math.max(0, x.start - 1), x.start)))
    .sort((a, b) => a.start - b.start);
  let first = 0;
  // Bare "cents" are hundredths of the money the text last named ("SGD 0.60 … 54 cents").
  let lastCurrency: string | null = null;
  for (const sentence of article.sentences) {
    if (sentence.kind !== 'body') continue;
    // Sentences and spans are both in text order: one moving window keeps this linear.
    while (first < sorted.length && (sorted[first] as Span).end <= sentence.start) first++;
    const s = article.text.slice(sentence.start, sentence.end);
    const blocked: Span[] = [];
    for (let i = first; i < sorted.length && (sorted[i] as Span).start < sentence.end; i++) {
      const x = sorted[i] as Span;
      blocked.push({ start: x.start - sentence.start, end: x.end - sentence.start });
    }
    for (const m of s.matchAll(PHONE_NUMBER)) blocked.push({ start: m.index, end: m.index + m[0].length });
    // The sentence splitter ends a sentence at "No." in "the No. 1 seller": the rank check looks back over it.
    const lead = article.text.slice(Math.max(0, sentence.start - 8), sentence.start);
    for (const d of figuresIn(s, blocked, lead)) {
      if (d.centsOfContext) d.currency = d.unit = lastCurrency ?? 'USD';
      // "crowns", "pesos", "dollars": the one of those currencies the text named last, else the likeliest.
      if (d.currencyChoices && lastCurrency && d.currencyChoices.includes(lastCurrency)) d.currency = d.unit = lastCurrency;
      if (d.currency) lastCurrency = d.currency;
      const start = sentence.start + d.start;
      const end = sentence.start + d.end;
      const quantity: ExtractedQuantity = {
        id: `q${out.length + 1}`,
        text: article.text.slice(start, end),
        start,
        end,
        sentence: sentence.id,
        value: scaleNumeral(d.numeral, d.scale),
        unit: d.unit as string,
        currency: d.currency,
        qualifier: d.qualifier,
        noun: d.noun,
      };
      if (d.per) quantity.per = d.per;
      out.push(quantity);
    }
  }
  return out;
}

/** Returns the figures of one sentence in text order. */
function figuresIn(s: string, blocked: readonly Span[], lead: string): Draft[] {
  const words = [...s.matchAll(WORD)];
  // Fractions first: "two thirds" is no count of thirds, "half a second" no second.
  const fractions = fractionsIn(s, words).filter((f) => !overlaps(blocked, f.start, f.end));
  const claimed = [...blocked, ...fractions];
  const numerals = numeralsIn(s, claimed, lead);
  const drafts = [...numerals, ...numberWordsIn(s, words, [...claimed, ...numerals.map((d) => ({ start: d.numStart, end: d.numEnd }))])];
  drafts.sort((a, b) => a.numStart - b.numStart);
  joinRanges(s, drafts);
  const taken = [...claimed, ...drafts];
  for (const m of multipleWordsIn(s, words)) {
    if (overlaps(taken, m.start, m.end)) continue;
    drafts.push({ ...emptyDraft(m.start, m.end, toNumeral(m.value)), kind: 'times', unit: TIMES_UNIT });
  }
  for (const f of fractions) {
    const d = emptyDraft(f.start, f.end, toNumeral(f.value));
    if (f.kind === 'number') {
      // "a quarter of a million people": a number, what it counts after it.
      d.scaleWord = true;
      if (!readUnits(s, f.end, d)) continue;
    } else {
      Object.assign(d, { kind: f.kind, unit: f.unit });
    }
    drafts.push(d);
  }
  drafts.sort((a, b) => a.numStart - b.numStart);
  for (const d of drafts) {
    const qualifier = qualifierBefore(s, d.start);
    // "over six months" is mostly "during six months", not "more than".
    if (qualifier && !(qualifier.qualifier === 'over' && d.kind === 'duration')) {
      d.start = qualifier.start;
      d.qualifier = qualifier.qualifier;
    }
  }
  readBareNumbers(s, drafts);
  for (const d of drafts) {
    // "two decades" is 20 years, "a quarter of a century" 25.
    const years = d.kind === 'duration' && d.unit ? yearsInSpan(d.unit) : null;
    if (years !== null) Object.assign(d, { scale: d.scale + years, unit: 'years' });
  }
  return drafts.filter(isFigure).sort((a, b) => a.start - b.start);
}

function isFigure(d: Draft): boolean {
  if (d.unit === null || d.kind === null) return false;
  if (!Number.isFinite(scaleNumeral(d.numeral, d.scale))) return false;
  if (d.yearShaped && !d.currency && d.scale === 0 && d.kind === 'count') return d.qualifier !== null;
  return true;
}

/** Returns the draft of a number at [at, end) with nothing read around it yet. */
function emptyDraft(at: number, end: number, numeral: Numeral): Draft {
  return {
    start: at, end, numStart: at, numEnd: end, numeral, scale: 0, scaleWord: false, unit: null, kind: null, currency: null,
    qualifier: null, noun: null, per: null, centsOfContext: false, currencyChoices: null, yearShaped: false, grouped: false, refused: false,
  };
}

function numeralsIn(s: string, blocked: readonly Span[], lead: string): Draft[] {
  const drafts: Draft[] = [];
  let aboutAnIndex: boolean | null = null;
  for (const m of s.matchAll(NUMERAL)) {
    const at = m.index;
    const run = m[0];
    const end = at + run.length;
    if (overlaps(blocked, at, end)) continue;
    const prev = s[at - 1] ?? '';
    const beforePrev = s[at - 2] ?? '';
    const currency = currencyBefore(s, at);
    if (!currency && /[\p{L}\p{N}_]/u.test(prev)) continue; // "Qwen3.5", "P10", "B2B"
    const numeral = readNumeral(run);
    if (!numeral) continue;
    // "000" or "007" are a thousands group or a code, not a figure.
    if (numeral.intDigits.length > 1 && numeral.intDigits.startsWith('0')) continue;
    GLUED.lastIndex = end;
    const glued = GLUED.exec(s)?.[0] ?? '';
    const dash = /[-\u2010\u2011/]/.test(prev);
    const joinedToName = dash && /[\p{L}\p{N}]/u.test(beforePrev);
    const size = /^[BMT]$/.exec(glued);
    if (size && (joinedToName || /^\s+(?:parameters?|models?|LLMs?)\b/i.test(s.slice(end + 1, end + 16)))) {
      // Model sizes: "Qwen3.5-0.8B", "/2B", "a 7B model".
      const d = emptyDraft(at, end + 1, numeral);
      Object.assign(d, { scale: { B: 9, M: 6, T: 12 }[size[0] as 'B' | 'M' | 'T'], kind: 'parameters', unit: 'parameters' });
      drafts.push(d);
      continue;
    }
    const last = drafts[drafts.length - 1];
    // The second end of a range ("20-30%", "10bn-12bn") follows the first across a dash.
    const rangeEnd = /[-\u2013]/.test(prev) && last !== undefined && last.end === at - 1 && !last.yearShaped;
    if (!currency && joinedToName && !rangeEnd) continue; // "COVID-19", "GPT-4", "737-800"
    if (!currency && /[:.,]/.test(prev) && /\d/.test(beforePrev)) continue; // "20:01"
    if (/^[/:]\d/.test(s.slice(end, end + 2))) continue; // "24/7", "10:30"
    if (prev === '#' || (!currency && nameBefore(s, at, lead))) continue;
    if (clockAfter(s, end)) continue;

    const d = emptyDraft(currency ? currency.start : at, end, numeral);
    d.currency = currency?.code ?? null;
    d.yearShaped = /^(?:19|20)\d\d$/.test(run);
    d.grouped = run.includes(',');
    let cursor = end;
    if (glued) {
      const suffix = glued.toLowerCase();
      const scale = scaleOfWord(suffix);
      if (scale !== null && suffix !== 'thousand' && suffix !== 'million' && suffix !== 'billion' && suffix !== 'trillion') d.scale = scale;
      else if (glued === 'B' || glued === 'K' || glued === 'k' || glued === 'M' || (d.currency && (suffix === 'm' || suffix === 'b' || suffix === 't'))) d.scale = SCALE_SUFFIX[suffix] ?? 0;
      // "1.5m units", "2m people": millions of what follows; "1.5m tall" and "the 400m hurdles" are metres.
      else if (glued === 'm' && millionsOf(s, end + 1)) d.scale = 6;
      else if (glued === 'p' && !d.currency) Object.assign(d, { currency: 'GBP', scale: -2 }); // "5p", "340p": pence
      else {
        const unit = gluedUnit(glued);
        if (!unit) continue; // "1st", "3D", "5G", "100m" (metres or million: unclear)
        d.kind = unit.kind;
        d.unit = unit.unit;
      }
      d.scaleWord = d.scale > 0;
      cursor = end + glued.length;
      // "−5C": a temperature keeps its sign.
      if (d.kind === 'measure' && (prev === '\u2212' || prev === '-') && !/[\p{L}\p{N}]/u.test(beforePrev)) {
        d.numeral = { ...numeral, intDigits: `-${numeral.intDigits}` };
        d.start = at - 1;
      }
    } else {
      // "6 1/2 games", "2 3/4 miles": a mixed number, its fraction written after a space.
      const mixed = !numeral.fraction && !run.includes(',') ? MIXED_FRACTION.exec(s.slice(end, end + 7)) : null;
      if (mixed && Number(mixed[1]) < Number(mixed[2])) {
        d.numeral = toNumeral(Number(run) + Number(mixed[1]) / Number(mixed[2]));
        d.end = end + mixed[0].length;
        cursor = d.end;
      }
      const hyphen = hyphenUnit(s, cursor) ?? hyphenNoun(s, cursor);
      if (hyphen?.kind === 'duration' && isTenor(s, hyphen.end)) continue;
      if (hyphen) {
        d.kind = hyphen.kind;
        d.unit = hyphen.unit;
        if (hyphen.kind === 'money') d.currency = hyphen.unit;
        cursor = hyphen.end;
      } else if (/^[-\u2013]\d/.test(s.slice(end, end + 2))) {
        // The first end of a range: what it measures comes from the second (see joinRanges).
        if (d.currency) Object.assign(d, { kind: 'money', unit: d.currency });
        drafts.push(d);
        continue;
      }
    }
    if (!readUnits(s, cursor, d)) continue;
    // "minus 20C", "minus 20 degrees Celsius"
    if (!d.currency && /\bminus\s$/i.test(s.slice(Math.max(0, at - 6), at))) {
      d.numeral = { ...d.numeral, intDigits: `-${d.numeral.intDigits}` };
      d.start = at - 6;
    }
    const whole = numeral.fraction === '' && !run.includes(',');
    // "aged 33", "Strand, 52, will leave": an age.
    if (d.kind === null && (AGE_BEFORE.test(s.slice(Math.max(0, at - 8), at)) || (whole && Number(run) <= 120 && /\p{Lu}[\p{L}'’.-]*,\s$/u.test(s.slice(Math.max(0, at - 24), at)) && /^\s?,/.test(s.slice(cursor, cursor + 2))))) {
      d.kind = 'age';
      d.unit = 'years';
      d.noun = 'age';
    }
    // "The Straits Times Index closed at 4,612.3": a level in points, in a sentence about an index.
    if (d.kind === null && !whole && !d.currency) {
      aboutAnIndex ??= INDEX_WORDS.test(s);
      if (aboutAnIndex) Object.assign(d, { kind: 'count', unit: 'points' });
    }
    if (d.kind === 'count' && d.per === null && numeral.fraction.length === 2 && Number(numeral.intDigits) <= 24 && /\b(?:at|by|until|till|from|before|after|around)\s$/i.test(s.slice(Math.max(0, at - 7), at))) continue; // "at 9.30 this morning"
    drafts.push(d);
  }
  return drafts;
}

function numberWordsIn(s: string, words: readonly RegExpExecArray[], blocked: readonly Span[]): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as RegExpExecArray;
    const compound = compoundOfWords(first[0], s, first.index + first[0].length);
    // "12 billion-peso": the numeral before it has read the scale and the currency.
    const scaleOfNumeral = isScaleWord(first[0].split('-')[0] ?? '') && /\p{N}\s?$/u.test(s.slice(Math.max(0, first.index - 2), first.index));
    if (compound && !scaleOfNumeral && !overlaps(blocked, first.index, first.index + first[0].length) && !isTenor(s, first.index + first[0].length)) {
      // "a five-year contract", "the 15-year-old", "a nine-member panel", "every one-yen rise"
      const d = emptyDraft(first.index, first.index + first[0].length, toNumeral(compound.value));
      Object.assign(d, { kind: compound.kind, unit: compound.unit, currency: compound.kind === 'money' ? compound.unit : null });
      readUnits(s, d.end, d);
      drafts.push(d);
      i++;
      continue;
    }
    // "missed the deadline by a day", "the biggest fall in a single day", "for a year": one span.
    const one = ONE_SPAN.exec(s.slice(first.index, first.index + 20));
    if (one && /^an?$/i.test(first[0]) && SPAN_PREPOSITION_BEFORE.test(s.slice(Math.max(0, first.index - 8), first.index)) && !overlaps(blocked, first.index, first.index + one[0].length)) {
      const after = s.slice(first.index + one[0].length, first.index + one[0].length + 12);
      const unit = durationOf(one[1] ?? '');
      if (unit && !/^(?:\s+(?:ago|earlier|later|before|after|from|to|since)\b|['’]s\b)/i.test(after)) {
        drafts.push({ ...emptyDraft(first.index, first.index + one[0].length, toNumeral(1)), kind: 'duration', unit });
        i += one[0].split(/\s+/).length;
        continue;
      }
    }
    if (!startsNumber(first[0], words[i + 1]?.[0], words[i + 2]?.[0])) {
      i++;
      continue;
    }
    // A run of number words joined by spaces, "and" or "a" ("one hundred and twenty", "half a million").
    let j = i;
    while (j + 1 < words.length) {
      const next = words[j + 1] as RegExpExecArray;
      const cur = words[j] as RegExpExecArray;
      if (s.slice(cur.index + cur[0].length, next.index) !== ' ') break;
      const w = next[0].toLowerCase();
      if (isNumberWord(next[0]) || ((w === 'and' || w === 'a') && isNumberWord(words[j + 2]?.[0] ?? ''))) j++;
      else break;
    }
    const last = words[j] as RegExpExecArray;
    i = j + 1;
    const at = first.index;
    const end = last.index + last[0].length;
    if (overlaps(blocked, at, end)) continue;
    // "10 billion" was read with its numeral; "billion" alone is not a second figure.
    if (/\p{N}\s?$/u.test(s.slice(Math.max(0, at - 2), at))) continue;
    const phrase = s.slice(at, end);
    // "one of", "one day": prose; "one more cut" counts.
    if (/^one$/i.test(phrase) && !ONE_MORE.test(s.slice(end, end + 14))) continue;
    if (/\b(?:number|no\.?)\s$/i.test(s.slice(Math.max(0, at - 8), at))) continue; // "the number nine shirt": a rank
    // "a decade" and "the next decade" are one; "once a decade" a rate.
    const article = ONE_SPAN_LEAD.test(phrase);
    if (article && /\b(?:once|twice|times|per)\s$/i.test(s.slice(Math.max(0, at - 7), at))) continue;
    // "the only field in the next decade to …" dates, as "in the past decade" does; "over the next decade" lasts.
    if (/^(?:next|coming)$/i.test(phrase) && /\bin\sthe\s$/i.test(s.slice(Math.max(0, at - 7), at))) continue;
    const value = article ? 1 : valueOfNumberWords(phrase);
    if (value === null) continue;
    const d = emptyDraft(at, end, toNumeral(value));
    if (AGE_BEFORE.test(s.slice(Math.max(0, at - 8), at))) Object.assign(d, { kind: 'age', unit: 'years' }); // "by age two"
    if (!readUnits(s, end, d)) continue;
    drafts.push(d);
  }
  return drafts;
}

/**
 * Reads what follows a number, from `from`: a scale word, a currency, a unit of measure, what
 * one figure is for, or the counted noun. Returns false when the words make it no figure ("two
 * years ago" is a time).
 */
function readUnits(s: string, from: number, d: Draft): boolean {
  let cursor = from;
  // "₹11.4 lakh crore": a second scale word multiplies the first.
  for (let n = 0; n < 2 && d.kind === null && (n === 0 ? d.scale === 0 : d.scaleWord); n++) {
    SCALE_AFTER.lastIndex = cursor;
    const m = SCALE_AFTER.exec(s);
    if (!m) break;
    d.scale += scaleOfWord(m[1] ?? '') ?? 0;
    d.scaleWord = true;
    cursor = SCALE_AFTER.lastIndex;
  }
  // "a 12 billion-peso loan", "a $2 billion-dollar deal": the currency joined to the scale.
  if (d.kind === null && d.currency === null && d.scaleWord && s[cursor] === '-') {
    const joined = /^-(\p{L}+)/u.exec(s.slice(cursor, cursor + 16));
    const code = joined ? (currencyOfWords(joined[1] ?? '') ?? currencyOfWords(`${joined[1]}s`)) : null;
    if (joined && code) {
      d.currency = code;
      d.currencyChoices = currenciesSharingName(joined[1] ?? '') ?? currenciesSharingName(`${joined[1]}s`);
      cursor += joined[0].length;
    }
  }
  if (d.kind === null && d.currency === null) {
    // The longer name wins: "15 euro cents" are hundredths, "15 euros" are not.
    const named = currencyAfter(s, cursor);
    const hundredths = hundredthsAfter(s, cursor);
    const money = named && (!hundredths || named.end >= hundredths.end) ? named : null;
    if (money) {
      d.currency = money.code;
      d.currencyChoices = money.shared;
      cursor = money.end;
    } else if (hundredths) {
      // "45 HK cents" is HK$0.45; "54 cents" takes the currency the text last named.
      d.scale -= 2;
      if (hundredths.code === 'cents') Object.assign(d, { kind: 'money', unit: 'cents', centsOfContext: true });
      else d.currency = hundredths.code;
      cursor = hundredths.end;
    }
  }
  if (d.currency) {
    d.kind = 'money';
    d.unit = d.currency;
  }
  if (d.kind === null) {
    const unit = unitAfter(s, cursor);
    if (unit && unit.end === -1) return false;
    if (unit && 'unit' in unit) {
      d.kind = unit.kind;
      d.unit = unit.unit;
      cursor = unit.end;
    }
  }
  const rate = d.kind !== null && d.kind !== 'duration' && d.kind !== 'age';
  // "SGD 4.35 per share": the span runs on over what one figure is for.
  const per = rate ? perAfter(s, cursor) : null;
  if (per) {
    d.per = per.per;
    cursor = per.end;
  }
  let noun = readNoun(s, cursor);
  if (!noun && d.kind === null) {
    MORE_AFTER.lastIndex = cursor;
    if (MORE_AFTER.test(s)) noun = readNoun(s, MORE_AFTER.lastIndex);
  }
  if (noun && !isProperName(noun.text, d.numeral.intDigits, d.scale)) {
    d.noun = noun.text.replace(/\s+/g, ' ');
    if (d.kind === null) {
      // A count: the noun says what is counted ("14,000 autonomous carts") and stays outside the span.
      d.kind = 'count';
      d.unit = d.noun;
      d.per = perAfter(s, noun.end)?.per ?? null;
    }
  } else if (d.kind === null) {
    // A rate with no noun before "per": "7.05 per dollar".
    const rate = perAfter(s, cursor);
    if (rate && /^\s*(?:per|\/)/i.test(s.slice(cursor, cursor + 5))) Object.assign(d, { kind: 'count', unit: `per ${rate.per}`, per: rate.per });
  }
  if (d.kind === 'age') d.noun = 'age';
  d.end = cursor;
  return true;
}

/**
 * Joins the two ends of a range ("20-30%", "$1bn-$2bn", "from 20 to 30 seconds", "between 5 and
 * 7 million"): the end that says what the range measures lends it to the other, and a scale
 * word written once ("$1-2 billion") scales both.
 */
function joinRanges(s: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i] as Draft;
    const b = drafts[i + 1] as Draft;
    if (a.kind === 'parameters' || b.kind === 'parameters' || b.start < a.end) continue;
    const between = s.slice(a.end, b.start);
    const dash = /^\s?[-\u2013\u2014]\s?$/.test(between);
    const to = /^\s+to\s+$/i.test(between);
    const and = /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(s.slice(Math.max(0, a.start - 10), a.start));
    // "three or four years", "two or three times": the first end, bare, takes the second's unit.
    const or = /^\s+or\s+$/i.test(between) && a.kind === null && b.kind !== null && scaleNumeral(a.numeral, a.scale) < scaleNumeral(b.numeral, b.scale);
    if (!dash && !to && !and && !or) continue;
    // "voted 212 to 148", "by a vote of 6-3": a tally, one figure per side.
    if (!and && a.kind === null && b.kind === null && VOTED.test(s.slice(Math.max(0, a.start - 10), a.start))) {
      for (const d of [a, b]) Object.assign(d, { kind: 'count', unit: 'votes', noun: 'votes' });
      continue;
    }
    // "$1-2 billion charge": the money of one end makes the other money, whatever noun follows.
    if (a.kind === 'money' && b.kind === 'count') Object.assign(b, { kind: 'money', unit: a.currency, currency: a.currency });
    else if (b.kind === 'money' && a.kind === 'count') Object.assign(a, { kind: 'money', unit: b.currency, currency: b.currency });
    const sameKind = a.kind === null || b.kind === null || (a.kind === b.kind && a.currency === b.currency && a.unit === b.unit);
    if (!sameKind || a.yearShaped || b.yearShaped) continue;
    const scale = a.scale === 0 && b.scaleWord && Number(a.numeral.intDigits) < 1000 ? b.scale : a.scale;
    // A dash joins a range only upwards: "a 3-1 win" is a score, "2-2" a draw, and neither number a figure.
    if (dash && scaleNumeral(a.numeral, scale) >= scaleNumeral(b.numeral, b.scale)) {
      Object.assign(a, { kind: null, refused: true });
      Object.assign(b, { kind: null, refused: true });
      continue;
    }
    if (scale !== a.scale) {
      a.scale = scale;
      a.scaleWord = true;
    }
    const [source, target] = a.kind === null ? [b, a] : [a, b];
    if (target.kind === null) {
      target.kind = source.kind;
      target.unit = source.unit;
      target.currency = source.currency;
      target.per = source.per;
      target.noun = source.noun;
    }
  }
}

/**
 * Reads the numbers that came with no unit after them. One compared with a figure before it
 * takes that figure's unit ("14,200 students, up from 10,950", "$5 billion, compared with 4.2 a
 * year earlier"); a pair that says a change is one kind of figure ("to 120 from 80"); and a
 * count whose noun stands elsewhere is read where its place or its form says it is a figure
 * (see countContext.ts and countInContext). Numbers in text order: one pass.
 */
function readBareNumbers(s: string, drafts: readonly Draft[]): void {
  let last: Draft | null = null;
  let lastCount: Draft | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const prev = drafts[i - 1];
    if (d.kind === null && !d.refused) {
      if (prev && isBare(prev) && isChange(s, prev, d)) {
        const unit = subjectOf(s, prev.start) ?? COUNT_UNIT;
        countAs(prev, unit);
        countAs(d, unit);
      } else if (last && COMPARED.test(s.slice(Math.max(0, d.start - 16), d.start))) {
        Object.assign(d, { kind: last.kind, unit: last.unit, currency: last.currency, per: last.per, noun: last.noun, centsOfContext: last.centsOfContext, currencyChoices: last.currencyChoices });
        if (last.scaleWord && d.scale === 0 && Number(d.numeral.intDigits) < 1000) d.scale = last.scale;
      } else {
        countInContext(s, d, drafts[i + 1], lastCount);
      }
    }
    // A multiple or a share says how much, not of what: "doubled, from 80" is no 80 times.
    if (d.kind !== null && d.kind !== 'parameters' && d.kind !== 'times' && d.kind !== 'fraction') last = d;
    if (d.kind === 'count') lastCount = d;
  }
}

/**
 * Makes a bare number a count where the text says it is one: a partitive ("three of the 18
 * analysts", "12 of them"), a number that opens its clause before a verb ("15 had cut"), or a
 * number whose form is an amount's (a scale word, thousands separators, a qualifier). Its noun
 * comes from the partitive, the count before it, or its clause's subject, else it is `count`.
 */
function countInContext(s: string, d: Draft, next: Draft | undefined, lastCount: Draft | null): void {
  // "close to zero" is no count.
  if (d.yearShaped || scaleNumeral(d.numeral, 0) === 0 || isReference(s, d.numStart)) return;
  const whole = d.numeral.fraction === '';
  const partitive = whole ? partitiveAfter(s, d.end) : null;
  if (partitive) {
    let unit: string | null = null;
    if ('from' in partitive) {
      // "four of the last five seasons": the number after "of" has the noun.
      const between = next ? s.slice(partitive.from, next.numStart) : '';
      if (next && next.kind === 'count' && next.numStart >= partitive.from && between.length <= 24 && /^[\p{L}\s]*$/u.test(between)) unit = next.unit;
      else unit = readNoun(s, partitive.from)?.text.replace(/\s+/g, ' ') ?? null;
    }
    countAs(d, unit ?? lastCount?.unit ?? subjectOf(s, d.start) ?? COUNT_UNIT);
    return;
  }
  if (whole && opensClause(s, d.start) && verbFollows(s, d.end)) {
    countAs(d, lastCount?.unit ?? COUNT_UNIT);
    return;
  }
  if (d.scaleWord || d.grouped || (d.qualifier !== null && whole)) countAs(d, subjectOf(s, d.start) ?? COUNT_UNIT);
}

function isBare(d: Draft): boolean {
  return d.kind === null && !d.refused && !d.yearShaped;
}

/** Returns true when two bare numbers say a change: "to 120 from 80", "120, up from 80", "from 80 to 120". */
function isChange(s: string, a: Draft, b: Draft): boolean {
  if (b.yearShaped || isReference(s, a.numStart)) return false;
  const between = s.slice(a.end, b.start);
  if (CHANGE_FROM.test(between)) return true;
  return /^\s+to\s+$/i.test(between) && /\bfrom\s$/i.test(s.slice(Math.max(0, a.start - 5), a.start));
}

function countAs(d: Draft, unit: string): void {
  Object.assign(d, { kind: 'count', unit, noun: unit === COUNT_UNIT ? null : unit });
}

/** Returns a noun joined to a number by a hyphen: "a 15-member committee" (15 members), "a 1-gigawatt campus", "a 10-euro note" (money); or null. */
function hyphenNoun(s: string, from: number): { end: number; unit: string; kind: 'count' | 'money' } | null {
  HYPHEN_NOUN.lastIndex = from;
  const m = HYPHEN_NOUN.exec(s);
  const tail = m?.[1];
  if (!m || !tail) return null;
  const end = HYPHEN_NOUN.lastIndex;
  const last = tail.split('-').pop() ?? '';
  const money = currencyOfWords(tail) ?? currencyOfWords(`${tail}s`);
  if (money) return { end, unit: money, kind: 'money' };
  if (isStopWord(last) || NOT_HYPHEN_NOUNS.has(last) || !(isNounLike(last) || durationOf(last) !== null || describesNoun(last, s, end))) return null; // "kilowatt-hour" ends in a unit of time
  return { end, unit: pluralOf(tail), kind: 'count' };
}

/**
 * Returns true when a word joined to a number by a hyphen is a noun used before the noun it
 * describes, though the lexicon files it as a verb or an adjective: "a 31,500-seat stadium",
 * "the 14,000-patient trial"; not "a 3-dimensional model" nor "a 2-sided deal".
 */
function describesNoun(word: string, s: string, end: number): boolean {
  if (/\p{L}{3}(?:al|ic|ed|ive|ous|ful|less|able|ible|ing|ly|est)$/u.test(word)) return false;
  if (tagsOf(word).some((t) => t === 'Comparative' || t === 'Superlative' || t === 'Adverb' || t === 'Ordinal' || t === 'Cardinal')) return false;
  // The word after it heads the phrase; the lexicon knows too few nouns ("trial" is filed as an adjective) to ask it.
  const next = /^ (\p{Ll}+)/u.exec(s.slice(end, end + 24))?.[1];
  return next !== undefined && !isStopWord(next);
}

/**
 * Returns the value and unit of a number written in words and joined by a hyphen to what it
 * measures: "five-year" (5 years), "fifteen-year-old" (an age), "nine-member" (9 members),
 * "one-yen" (1 JPY); or null. With "one", only a span of time or money: "one-off", "one-man" are idioms.
 */
function compoundOfWords(word: string, s: string, end: number): { value: number; unit: string; kind: 'duration' | 'age' | 'count' | 'money' | 'times' } | null {
  if (!word.includes('-') && !word.includes('\u2010')) return null;
  const parts = word.split(/[-\u2010]/);
  // "a decade-long slump", "a year-long inquiry": the length of a period, one unit ("decades-long" says no number).
  if (parts.length === 2 && parts[1]?.toLowerCase() === 'long') {
    const span = /s$/i.test(parts[0] ?? '') ? null : durationOf(parts[0] ?? '');
    return span ? { value: 1, unit: span, kind: 'duration' } : null;
  }
  const old = parts[parts.length - 1]?.toLowerCase() === 'old';
  const tail = (parts[parts.length - (old ? 2 : 1)] ?? '').toLowerCase();
  const head = parts.slice(0, parts.length - (old ? 2 : 1));
  if (head.length === 0 || !head.every((p) => isNumberWord(p))) return null;
  // "a three-time All-Star", "the two-time champion": how many times; "a one-time payment" is no count.
  if (tail === 'time' && parts.length === 2) {
    const times = valueOfNumberWords(head.join('-'));
    return times !== null && times >= 2 ? { value: times, unit: TIMES_UNIT, kind: 'times' } : null;
  }
  const duration = durationOf(tail);
  const money = duration ? null : currencyOfWords(tail) ?? currencyOfWords(`${tail}s`);
  const counted =
    !duration && !money && !old && !/^one$/i.test(head.join('-')) && !isStopWord(tail) && !NOT_HYPHEN_NOUNS.has(tail) && !isFractionNoun(tail) &&
    (isNounLike(tail) || describesNoun(tail, s, end)) && !hasTag(tail, 'Ordinal');
  if ((old && duration !== 'years') || !(duration || money || counted)) return null;
  const value = valueOfNumberWords(head.join('-'));
  if (value === null) return null;
  if (old) return { value, unit: 'years', kind: 'age' };
  if (duration) return { value, unit: duration, kind: 'duration' };
  if (money) return { value, unit: money, kind: 'money' };
  return { value, unit: pluralOf(tail), kind: 'count' };
}

// One span after a preposition: "by a day", "in a single day", "for a year", "within a month".
const ONE_SPAN = /^an?\s+(?:single\s+)?(day|week|month|year)\b/i;
const SPAN_PREPOSITION_BEFORE = /\b(?:by|in|for|within)\s$/i;

// What says one of a span of time: "a decade", "over the next decade" (as "the next two years"
// is). "In the past decade" dates what happened, as "a decade ago" does: no span.
const ONE_SPAN_LEAD = /^(?:an?|next|coming)$/i;

const MIXED_FRACTION = /^ ([1-9])\/([2-9]|1[0-6])(?![\d/])/;

/** Returns true when the words at s[from] are a plural noun that a glued "m" counts in millions ("1.5m units", "2m new customers"). */
function millionsOf(s: string, from: number): boolean {
  const words = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(s.slice(from, from + 40));
  if (!words) return false;
  const [first = '', second = ''] = [words[1], words[2]];
  const plural = (w: string) => !METRES_EVENTS.has(w) && (w === 'people' || /[^su]s$/.test(w) || hasTag(w, 'Plural'));
  // One adjective may stand between: "2m new customers".
  return plural(first) || (hasTag(first, 'Adjective') && plural(second));
}

// Races and events named by a distance in metres: "the 400m hurdles", "the 100m heats".
const METRES_EVENTS = new Set(['hurdles', 'heats', 'finals', 'semifinals', 'semis', 'relays', 'events', 'races', 'sprints', 'metres', 'meters']);

/** Returns true when a number-word run starts here: a cardinal ("forty"), or "a"/"half" before a scale ("a billion", "half a million"). */
function startsNumber(word: string, next = '', nextNext = ''): boolean {
  if (isNumberWord(word)) return true;
  const w = word.toLowerCase();
  if (w === 'half') return next.toLowerCase() === 'a' && isScaleWord(nextNext);
  // "a decade", "a century", "over the next decade": one span of time.
  if (ONE_SPAN_LEAD.test(w) && /^(?:decade|century)$/i.test(next)) return true;
  return (w === 'a' || w === 'an') && isScaleWord(next);
}

function isNumberWord(word: string): boolean {
  if (/^(?:dozen|half-dozen)$/i.test(word)) return true;
  const tags = tagsOf(word);
  if (tags.includes('Ordinal') || tags.includes('Fraction')) return false;
  return tags.includes('Cardinal') || (word.includes('-') && word.split('-').every((part) => tagsOf(part).includes('Cardinal')));
}

function toNumeral(value: number): Numeral {
  const [intDigits = '0', fraction = ''] = String(value).split('.');
  return { intDigits, fraction };
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((x) => x.start < end && start < x.end);
}

