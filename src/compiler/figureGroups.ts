/**
 * Auto mode's figure groups: what each figure measures, from the words around it. Money by
 * currency and by what it is (a price, revenue, profit or loss, a valuation, investment),
 * percentages by what they say (a change, a share of a whole, a rate), counts by their noun.
 * Groups are ordered by importance (how many figures, how early the first), and the first
 * few of each are featured; the rest wait behind the page's "show all".
 *
 * Group labels are editorial category names ("Prices (USD)"), like the section heads: the
 * figures, their units and currencies come from the text.
 */
import { COUNT_UNIT, DURATION_UNITS, FRACTION_UNIT, PERCENT_UNIT, type Quantity, TIMES_UNIT } from '../schema/bundle';
import { slugify } from '../schema/slugify';

/** Figures a group shows before "show all". */
export const FEATURED_PER_GROUP = 4;
/**
 * In a figure-dense article (more than `DENSE_FIGURES` figures) with more than this many
 * groups, groups of one figure are gathered into "Other figures", last.
 */
export const MAX_GROUPS_BEFORE_GATHERING = 6;
export const DENSE_FIGURES = 20;

export interface FigureGroup {
  id: string;
  label: string;
  /** in text order */
  members: Quantity[];
}

type Measure = { kind: string; label: string };

// What money is, by the words of its clause. The first kind whose words appear wins.
const MONEY_KINDS: ReadonlyArray<{ kind: string; label: string; words: RegExp }> = [
  { kind: 'price', label: 'Prices', words: /\b(?:prices?|priced|pricing|costs?|fees?|fares?|tariffs?|traded|trading|closed|peaked|touched|spiked|average)\b/i },
  { kind: 'revenue', label: 'Revenue', words: /\b(?:revenues?|sales|turnover|booked|billings)\b/i },
  { kind: 'profit', label: 'Profit and loss', words: /\b(?:profits?|earnings|loss|losses|net income|ebitda|operating income|deficit|surplus)\b/i },
  { kind: 'value', label: 'Valuations', words: /\b(?:valued|valuation|values|worth|market (?:value|cap|capitali[sz]ation)|capitali[sz]ation)\b/i },
  { kind: 'pay', label: 'Pay and penalties', words: /\b(?:fined|fines?|penalty|penalties|bonus(?:es)?|salary|salaries|pay|compensation|settlement)\b/i },
  {
    kind: 'investment',
    label: 'Investment and funding',
    words: /\b(?:rais(?:e|ed|es|ing)|funding|round|invest(?:s|ed|ing|ment|ments)?|spend(?:s|ing)?|spent|poured|capex|budget|bonds?|loans?|borrow(?:ed|ing)?|deal|acqui(?:re|red|sition)|bought|buy|inject|equity|subsid(?:y|ies)|grants?)\b/i,
  },
];
// A price is money per unit: "$11,870 a tonne", "SGD 4.35 per share".
const PER_UNIT_AFTER = /^\s*(?:a|an|per|\/)\s*(?:tonne|ton|share|barrel|ounce|dose|unit|month|year|day|night|head|kilogram|kg|litre|gallon|pound|mwh|kwh)\b/i;
const CHANGE_WORDS = /\b(?:up|down|ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|gain(?:s|ed)?|drop(?:s|ped)?|jump(?:s|ed)?|climb(?:s|ed)?|increas(?:e|es|ed)|decreas(?:e|es|ed)|grew|grow(?:s|th|n)?|lower|higher|less|more|cut|slump(?:s|ed)?|surg(?:e|es|ed)|plung(?:e|es|ed)|declin(?:e|es|ed)|slipp?(?:ed|s)?|doubl(?:e|ed)|halv(?:e|ed)|outpac(?:e|ed|ing)|shrank|shrink|expand(?:ed)?)\b/i;
const RATE_WORDS = /\b(?:tariffs?|rates?|yields?|interest|inflation|tax(?:es)?|margins?|discounts?|coupons?|levy|duty|duties|premiums?|apr|unemployment)\b/i;
const SHARE_WORDS = /\b(?:owns?|stake|share|accounted|accounts|consumes?|met|of (?:the )?(?:global|world|total|all|its|their|eligible))\b/i;
const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);

/** Returns what a figure measures, read from its sentence and the words next to it. */
export function measureOf(text: string, q: Quantity, clause: { start: number; end: number }): Measure {
  const before = text.slice(Math.max(clause.start, q.start - 80), q.start);
  const after = text.slice(q.end, Math.min(clause.end, q.end + 40));
  const near = `${before} ${text.slice(q.start, q.end)} ${after}`;
  if (q.currency) {
    const currency = q.currency;
    if (q.per || PER_UNIT_AFTER.test(after)) return { kind: `price-${currency}`, label: `Prices (${currency})` };
    // The nearest kind word wins: "values the company at US$32bn, up from US$9bn in its round".
    let best: { kind: string; label: string; at: number } | null = null;
    for (const k of MONEY_KINDS) {
      const at = lastMatch(before, k.words);
      if (at !== -1 && (best === null || at > best.at)) best = { kind: k.kind, label: k.label, at };
    }
    if (!best) {
      for (const k of MONEY_KINDS) if (k.words.test(after)) return { kind: `${k.kind}-${currency}`, label: `${k.label} (${currency})` };
    }
    return best ? { kind: `${best.kind}-${currency}`, label: `${best.label} (${currency})` } : { kind: `money-${currency}`, label: `Money (${currency})` };
  }
  if (q.unit === PERCENT_UNIT) {
    if (/^\s*of\b/i.test(after) || SHARE_WORDS.test(before.slice(-40))) return { kind: 'percent-share', label: 'Shares of a whole' };
    if (RATE_WORDS.test(near)) return { kind: 'percent-rate', label: 'Rates' };
    if (CHANGE_WORDS.test(near)) return { kind: 'percent-change', label: 'Rises and falls' };
    return { kind: 'percent', label: 'Percentages' };
  }
  if (q.unit === TIMES_UNIT) return { kind: 'times', label: 'Multiples' };
  // "roughly a fifth of staff" shares out a whole as "51% of the port" does.
  if (q.unit === FRACTION_UNIT) return { kind: 'percent-share', label: 'Shares of a whole' };
  if (q.unit === COUNT_UNIT) return { kind: 'count', label: 'Counts' };
  const unit = q.unit.trim().toLowerCase();
  if (DURATIONS.has(unit)) return { kind: 'duration', label: 'Spans of time' };
  // "tonnes" and "tonne" count the same thing.
  const noun = unit.replace(/(?<=[a-z]{3})s$/, '');
  return { kind: `count-${noun}`, label: capitalise(q.unit.trim().replace(/\s+/g, ' ')) };
}

/**
 * Returns the figures in groups, most important first: a group's weight is how many figures it
 * has over how late its first one comes (the 1st, 2nd, … figure of the article), so a lead's
 * figures and a long run of one kind both rise. With many groups, lone figures are gathered last.
 */
export function groupFigures(text: string, quantities: readonly Quantity[], clauseOf: (q: Quantity) => { start: number; end: number }): FigureGroup[] {
  const byKind = new Map<string, { label: string; members: Quantity[]; first: number }>();
  quantities.forEach((q, i) => {
    const m = measureOf(text, q, clauseOf(q));
    const group = byKind.get(m.kind);
    if (group) group.members.push(q);
    else byKind.set(m.kind, { label: m.label, members: [q], first: i });
  });
  let groups = [...byKind.entries()].map(([kind, g]) => ({ kind, ...g }));
  if (quantities.length > DENSE_FIGURES && groups.length > MAX_GROUPS_BEFORE_GATHERING) {
    const lone = groups.filter((g) => g.members.length === 1);
    if (lone.length > 1) {
      groups = groups.filter((g) => g.members.length > 1);
      const members = lone.flatMap((g) => g.members).sort((a, b) => a.start - b.start);
      groups.push({ kind: 'other', label: 'Other figures', members, first: Number.POSITIVE_INFINITY });
    }
  }
  const weight = (g: { members: Quantity[]; first: number }) => (Number.isFinite(g.first) ? g.members.length / (1 + g.first) : -1);
  groups.sort((a, b) => weight(b) - weight(a) || a.first - b.first);
  return groups.map((g) => ({ id: slugify(g.label), label: g.label, members: g.members }));
}

/** Returns true for the members of a group shown before "show all": the first few, or all when only one more would hide. */
export function isFeatured(index: number, groupSize: number): boolean {
  return groupSize <= FEATURED_PER_GROUP + 1 || index < FEATURED_PER_GROUP;
}

function lastMatch(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(new RegExp(re.source, 'gi'))) at = m.index ?? at;
  return at;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
