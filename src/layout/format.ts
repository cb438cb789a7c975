/**
 * Formatting of extracted facts for display: compact figures for cards and axes, the
 * exact wording for screen readers, and dates at the precision the text gave.
 *
 * Everything here is a pure function of a fact from the bundle; locale and time zone are
 * fixed so the prerendered HTML and the hydrated page print the same characters.
 */
import type { Qualifier, Quantity, TimeFact } from '../schema/bundle';

const LOCALE = 'en-GB';

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£', JPY: '¥' };
const CURRENCY_NAMES: Record<string, [string, string]> = {
  USD: ['US dollar', 'US dollars'],
  CNY: ['yuan', 'yuan'],
  EUR: ['euro', 'euros'],
  GBP: ['pound', 'pounds'],
  JPY: ['yen', 'yen'],
};

const compactShort = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });
const compactLong = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

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
  const number = Math.abs(q.value) < 1000 ? full.format(q.value) : compactShort.format(q.value);
  return `${before}${symbol}${number}${after}`;
}

/** Returns the figure in words for screen readers, qualifier kept: "over 10 billion", "over 800 billion US dollars". */
export function formatSpoken(q: Pick<Quantity, 'value' | 'currency' | 'qualifier' | 'unit'>, withUnit = true): string {
  // Below a million, digits read better than "200 thousand".
  const number = Math.abs(q.value) < 1_000_000 ? full.format(q.value) : compactLong.format(q.value);
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
  return full.format(value);
}

const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthYear = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Returns the UTC Date of the first instant of a resolved time ("2025-05" → 1 May 2025). */
export function parseResolved(resolved: string): Date {
  const [datePart = '', timePart] = resolved.split('T');
  const [y = 1970, m = 1, d = 1] = datePart.split('-').map(Number);
  const [hh = 0, mm = 0] = (timePart ?? '').split(':').map((x) => Number(x) || 0);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

const MODIFIER_WORDS = { early: 'Early', mid: 'Mid', late: 'Late' } as const;

/**
 * Returns a time fact as a reader should see it, no more precise than the text:
 * "2019", "Early 2026", "May 2025", "5 March 2026", "5 March 2026, 20:01", "Recently (as of March 2026)".
 */
export function formatTime(t: Pick<TimeFact, 'resolved' | 'precision' | 'modifier'>, style: 'long' | 'short' = 'long'): string {
  const date = parseResolved(t.resolved);
  let text: string;
  switch (t.precision) {
    case 'year':
      text = String(date.getUTCFullYear());
      break;
    case 'month':
      text = (style === 'short' ? shortMonthYear : monthYear).format(date);
      break;
    case 'day':
      text = style === 'short' ? shortMonthYear.format(date) : dayMonthYear.format(date);
      break;
    case 'minute': {
      const hh = String(date.getUTCHours()).padStart(2, '0');
      const mm = String(date.getUTCMinutes()).padStart(2, '0');
      text = style === 'short' ? shortMonthYear.format(date) : `${dayMonthYear.format(date)}, ${hh}:${mm}`;
      break;
    }
  }
  if (t.modifier === 'recent') return style === 'short' ? `By ${text}` : `Recently (as of ${text})`;
  if (t.modifier) return `${MODIFIER_WORDS[t.modifier]} ${text}`;
  return text;
}

/** Returns the publication date-time of the article for a byline: "5 March 2026, 20:01", or "" when unknown. */
export function formatPublished(published: string | null): string {
  if (!published) return '';
  const precision = published.includes('T') ? 'minute' : published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
  return formatTime({ resolved: published, precision, modifier: null });
}
