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
import type { Qualifier, Quantity, TimeFact } from '../schema/bundle';

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£', JPY: '¥' };
const CURRENCY_NAMES: Record<string, [string, string]> = {
  USD: ['US dollar', 'US dollars'],
  CNY: ['yuan', 'yuan'],
  EUR: ['euro', 'euros'],
  GBP: ['pound', 'pounds'],
  JPY: ['yen', 'yen'],
};

/** Digits grouped by thousands, at most three decimals, no trailing zeros: "10,000,000,000", "1.25". */
const full = format(',.3~f');
/** A scaled figure: at most one decimal, no trailing zeros: "1.5", "800". */
const scaled = format('.1~f');

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
function qualifierMarks(qualifier: Qualifier): { before: string; after: string } {
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

/** Returns the compact figure of a quantity for a card or an axis: "10B+", "$800B+", "≤10", "¥2B". */
export function formatCompact(q: Pick<Quantity, 'value' | 'currency' | 'qualifier'>): string {
  const { before, after } = qualifierMarks(q.qualifier);
  const symbol = q.currency ? (CURRENCY_SYMBOLS[q.currency] ?? `${q.currency} `) : '';
  const number = Math.abs(q.value) < 1000 ? formatFull(q.value) : formatScaled(q.value, 'short');
  return `${before}${symbol}${number}${after}`;
}

/** Returns the figure in words for screen readers, qualifier kept: "over 10 billion", "over 800 billion US dollars". */
export function formatSpoken(q: Pick<Quantity, 'value' | 'currency' | 'qualifier' | 'unit'>, withUnit = true): string {
  // Below a million, digits read better than "200 thousand".
  const number = Math.abs(q.value) < 1_000_000 ? formatFull(q.value) : formatScaled(q.value, 'long');
  const parts: string[] = [];
  if (q.qualifier) parts.push(q.qualifier);
  parts.push(number);
  if (q.currency) {
    const names = CURRENCY_NAMES[q.currency];
    parts.push(names ? names[q.value === 1 ? 0 : 1] : q.currency);
  } else if (withUnit && q.unit) parts.push(q.unit);
  return parts.join(' ');
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
