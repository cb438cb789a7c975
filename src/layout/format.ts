/**
 * Formatting of extracted facts for display: compact figures for cards and axes, the
 * exact wording for screen readers, and dates at the precision the text gave.
 *
 * Everything here is a pure function of a fact from the bundle, in English with UTC dates,
 * so the prerendered HTML and the hydrated page print the same characters.
 *
 * Why not Intl: the first Intl.NumberFormat/DateTimeFormat in a page makes the browser load
 * its ICU locale data, a single 50–100 ms task on a phone just when the page hydrates, and
 * Node's ICU and the browser's may word a figure differently (a hydration mismatch). d3-format
 * (already in the page for the scales) and a table of month names do the same job in plain JS.
 */
import { format } from 'd3';
import { COUNT_UNIT, DURATION_UNITS, FRACTION_UNIT, PERCENT_UNIT, type Qualifier, type Quantity, SYMBOL_UNITS, TIMES_UNIT, type TimeFact } from '../schema/bundle';
import { currencyName, currencyPrefix } from '../schema/currency';

/** The parts of a quantity its wording depends on; `unit` and `per` may be left out (an axis's end). */
type Figure = Pick<Quantity, 'value' | 'currency' | 'qualifier'> & Partial<Pick<Quantity, 'unit' | 'per'>>;

const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);
const SYMBOLS: ReadonlySet<string> = new Set(SYMBOL_UNITS);

/** Digits grouped by thousands, at most three decimals, no trailing zeros: "10,000,000,000", "1.25". */
const full = format(',.3~f');
/** A scaled figure: at most one decimal, no trailing zeros: "1.5", "800". */
const scaled = format('.1~f');

/** Shares said in words, written back as the text said them: [numerator, denominator, words]. */
const FRACTIONS: readonly (readonly [number, number, string])[] = [
  [1, 2, 'half'], [1, 3, 'a third'], [2, 3, 'two thirds'], [1, 4, 'a quarter'], [3, 4, 'three quarters'], [1, 5, 'a fifth'], [2, 5, 'two fifths'],
  [3, 5, 'three fifths'], [4, 5, 'four fifths'], [1, 6, 'a sixth'], [5, 6, 'five sixths'], [1, 8, 'an eighth'], [3, 8, 'three eighths'],
  [1, 10, 'a tenth'], [3, 10, 'three tenths'], [7, 10, 'seven tenths'], [9, 10, 'nine tenths'],
];

/** Returns a share as a fraction ("1/5") and in words ("a fifth"), or as a percentage when it is no common fraction. */
function fractionOf(value: number): { compact: string; spoken: string } {
  const known = FRACTIONS.find(([n, d]) => Math.abs(value - n / d) < 1e-9);
  if (known) return { compact: `${known[0]}/${known[1]}`, spoken: known[2] };
  const percent = formatFull(value * 100);
  return { compact: `${percent}%`, spoken: `${percent} percent` };
}

/** Thousand-steps of compact figures: the short suffix and the word, index = power of 1000. */
const SCALES: readonly (readonly [short: string, long: string])[] = [
  ['', ''],
  ['K', 'thousand'],
  ['M', 'million'],
  ['B', 'billion'],
  ['T', 'trillion'],
];

/** Returns a figure scaled to its thousand-step with one decimal at most: "10B", "1.5 million". */
function formatScaled(value: number, style: 'short' | 'long'): string {
  const abs = Math.abs(value);
  let step = abs < 1 ? 0 : Math.min(SCALES.length - 1, Math.floor(Math.log10(abs) / 3));
  // Tenths of the step, rounded half away from zero on the exact figure (as Intl does):
  // 1,150,000 is "1.2M" although 1.15 itself is stored as 1.1499….
  let tenths = Math.round((abs * 10) / 1000 ** step);
  // Rounding may reach the next step: 999,960 is "1M", not "1000K".
  if (tenths >= 10_000 && step < SCALES.length - 1) {
    step += 1;
    tenths = Math.round((abs * 10) / 1000 ** step);
  }
  const figure = `${value < 0 ? '-' : ''}${scaled(tenths / 10)}`;
  const [short, long] = SCALES[step]!;
  if (!short) return figure;
  return style === 'short' ? `${figure}${short}` : `${figure} ${long}`;
}

/** Returns the qualifier as a compact mark placed before or after the figure ("10B+", "≤10", "~5"). */
function qualifierMarks(qualifier: Qualifier, shrinks: boolean): { before: string; after: string } {
  // "more than halved" leaves less than half: the mark says which way the figure leans.
  if (shrinks && (qualifier === 'over' || qualifier === 'more than')) return { before: '<', after: '' };
  switch (qualifier) {
    case 'over':
    case 'more than':
      return { before: '', after: '+' };
    case 'at least':
      return { before: '≥', after: '' };
    case 'up to':
      return { before: '≤', after: '' };
    case 'less than':
      return { before: '<', after: '' };
    case 'about':
    case 'nearly':
      return { before: '~', after: '' };
    default:
      return { before: '', after: '' };
  }
}

/**
 * Returns the compact figure of a quantity in two parts, the figure and what it is in or for:
 * { figure: "6", unit: " months" }, { figure: "SGD 4.35", unit: "/share" }, { figure: "18%", unit: "" }.
 * A card sets the second part smaller; together they are `formatCompact`.
 */
export function formatCompactParts(q: Figure): { figure: string; unit: string } {
  const shrinks = q.unit === TIMES_UNIT && q.value < 1;
  const { before, after } = qualifierMarks(q.qualifier, shrinks);
  const symbol = q.currency ? currencyPrefix(q.currency) : '';
  const share = !q.currency && q.unit === FRACTION_UNIT;
  const number = share ? fractionOf(q.value).compact : Math.abs(q.value) < 1000 ? formatFull(q.value) : formatScaled(q.value, 'short');
  const mark = q.currency ? '' : q.unit === PERCENT_UNIT ? '%' : q.unit === TIMES_UNIT ? '×' : '';
  let span = '';
  if (!q.currency && q.unit && DURATIONS.has(q.unit)) span = ` ${q.value === 1 ? singular(q.unit) : q.unit}`;
  else if (!q.currency && q.unit && SYMBOLS.has(q.unit)) span = q.unit.startsWith('°') ? q.unit : ` ${q.unit}`;
  const per = q.per ? `/${q.per}` : '';
  return { figure: `${before}${symbol}${number}${mark}${after}`, unit: `${span}${per}` };
}

/**
 * Returns the compact figure of a quantity for a card or an axis: "10B+", "$800B+", "≤10",
 * "CN¥2B", "18%", "~40×", "6 months", "1.5°C", "30 GW", "SGD 4.35/share".
 */
export function formatCompact(q: Figure): string {
  const { figure, unit } = formatCompactParts(q);
  return `${figure}${unit}`;
}

/**
 * Returns the figure in words for screen readers, qualifier kept: "over 10 billion", "over 800
 * billion US dollars", "4.35 Singapore dollars per share", "about 40 times", "more than halved".
 */
export function formatSpoken(q: Figure, withUnit = true): string {
  if (q.unit === TIMES_UNIT && q.value === 0.5) return q.qualifier ? `${q.qualifier} halved` : 'halved';
  const share = !q.currency && q.unit === FRACTION_UNIT;
  // Below a million, digits read better than "200 thousand".
  const number = share ? fractionOf(q.value).spoken : Math.abs(q.value) < 1_000_000 ? formatFull(q.value) : formatScaled(q.value, 'long');
  const parts: string[] = [];
  if (q.qualifier) parts.push(q.qualifier);
  parts.push(number);
  if (q.currency) parts.push(currencyName(q.currency, q.value));
  // A share is said whole ("about a fifth"); a count with no noun has no unit to say.
  else if (withUnit && q.unit && !share && q.unit !== COUNT_UNIT) parts.push(q.value === 1 && DURATIONS.has(q.unit) ? singular(q.unit) : q.unit);
  if (q.per) parts.push(`per ${q.per}`);
  return parts.join(' ');
}

/** Returns a unit of time for one: "year", "century". */
function singular(unit: string): string {
  return unit === 'centuries' ? 'century' : unit.slice(0, -1);
}

/** Returns the value with every digit written out: "10,000,000,000". */
export function formatFull(value: number): string {
  // d3 writes a typographic minus; the page's other figures use the hyphen-minus.
  return full(value).replace('−', '-');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026" */
const monthYear = (date: Date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
/** "Mar 2026" */
const shortMonthYear = (date: Date) => `${MONTHS[date.getUTCMonth()]!.slice(0, 3)} ${date.getUTCFullYear()}`;
/** "5 March 2026" (British order, as the page has always written it) */
const dayMonthYear = (date: Date) => `${date.getUTCDate()} ${monthYear(date)}`;

/** Returns the UTC Date of the first instant of a resolved time ("2025-05" → 1 May 2025, "2025-Q3" → 1 July 2025). */
export function parseResolved(resolved: string): Date {
  const [datePart = '', timePart] = resolved.split('T');
  const [y = '1970', second = '1', d = '1'] = datePart.split('-');
  // A quarter or half starts on the first day of its first month.
  const period = /^([QH])(\d)$/.exec(second);
  const month = period ? (Number(period[2]) - 1) * (period[1] === 'Q' ? 3 : 6) + 1 : Number(second);
  const [hh = 0, mm = 0] = (timePart ?? '').split(':').map((x) => Number(x) || 0);
  return new Date(Date.UTC(Number(y), month - 1, Number(d), hh, mm));
}

const MODIFIER_WORDS = { early: 'Early', mid: 'Mid', late: 'Late' } as const;

/**
 * Returns a time fact as a reader should see it, no more precise than the text:
 * "2019", "Early 2026", "Second half of 2025" ("H2 2025" short), "Q3 2025", "May 2025", "5 March 2026",
 * "5 March 2026, 20:01", "Recently (as of March 2026)".
 */
export function formatTime(t: Pick<TimeFact, 'resolved' | 'precision' | 'modifier'>, style: 'long' | 'short' = 'long'): string {
  const date = parseResolved(t.resolved);
  let text: string;
  switch (t.precision) {
    case 'year':
      text = String(date.getUTCFullYear());
      break;
    case 'half': {
      const second = date.getUTCMonth() >= 6;
      text = style === 'short' ? `H${second ? 2 : 1} ${date.getUTCFullYear()}` : `${second ? 'Second' : 'First'} half of ${date.getUTCFullYear()}`;
      break;
    }
    case 'quarter':
      text = `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
      break;
    case 'month':
      text = (style === 'short' ? shortMonthYear : monthYear)(date);
      break;
    case 'day':
      text = style === 'short' ? shortMonthYear(date) : dayMonthYear(date);
      break;
    case 'minute': {
      const hh = String(date.getUTCHours()).padStart(2, '0');
      const mm = String(date.getUTCMinutes()).padStart(2, '0');
      text = style === 'short' ? shortMonthYear(date) : `${dayMonthYear(date)}, ${hh}:${mm}`;
      break;
    }
  }
  if (t.modifier === 'recent') return style === 'short' ? `By ${text}` : `Recently (as of ${text})`;
  // "Late second half of 2025", but "Late September 2025".
  if (t.modifier) return `${MODIFIER_WORDS[t.modifier]} ${text.replace(/^(?:First|Second) half/, (half) => half.toLowerCase())}`;
  return text;
}

/**
 * Returns a resolved time as an HTML `datetime` value: itself, except that a quarter or a
 * half ("2025-Q3"), which HTML has no form for, is given as its year.
 */
export function formatDateTimeAttribute(resolved: string): string {
  return /-[QH]\d$/.test(resolved) ? resolved.slice(0, 4) : resolved;
}

/** Returns the publication date-time of the article for a byline: "5 March 2026, 20:01", or "" when unknown. */
export function formatPublished(published: string | null): string {
  if (!published) return '';
  const precision = published.includes('T') ? 'minute' : published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
  return formatTime({ resolved: published, precision, modifier: null });
}
