/**
 * Datelines: the short line under the headline that names the outlet and when the piece
 * was published ("Deep News03-05 20:01", "Reuters | 2026-03-05 14:30",
 * "The Daily Ledger — March 5, 2026, 8:01 PM", "5 March 2026"). Numeric forms are read by
 * hand (chrono-node does not read "03-05" as a date); written-out dates go to chrono-node.
 */
import * as chrono from 'chrono-node';
import type { DatelineDate } from './types';

export interface DatelineMatch {
  outlet: string | null;
  /** offsets of the date inside the line */
  dateStart: number;
  dateEnd: number;
  date: DatelineDate;
}

/** Longest line still taken for a dateline: anything longer is prose. */
const MAX_DATELINE_LENGTH = 120;
const TRAILING_ZONE = /\s*(?:\(?(?!AM\b|PM\b)(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?)?\s*$/;
// Each pattern is anchored at the end of the line and has no nested quantifiers.
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T,]{1,3}(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const MONTH_DAY_YEAR = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ ,]{1,3}(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const MONTH_DAY = /(\d{1,2})-(\d{1,2})(?:[ T,]{1,3}(\d{1,2}):(\d{2}))?$/;
const WORDS_AROUND_OUTLET = /^(?:published|updated|posted|by|source)\b[\s:]*/i;

// "Nov 17, 2025 | Reuters", "November 4, 2025 / 8:00 AM / Reuters": an outlet after the date, behind a separator.
const OUTLET_AFTER = /\s?[|·•/]\s*([^|·•/]{1,60})$/u;
// "Posted on November 4, 2025 by Jane Doe": the author after the date.
const AUTHOR_AFTER = /\s+by\s+\p{Lu}[\p{L}'’. -]{1,60}$/u;

/** Returns the outlet and date of a dateline line, or null when the line is not one. */
export function parseDateline(line: string): DatelineMatch | null {
  if (line.length > MAX_DATELINE_LENGTH || line.includes('\n')) return null;
  const match = matchLine(line);
  if (match) return match;
  const after = OUTLET_AFTER.exec(line);
  const head = after ? matchLine(line.slice(0, after.index)) : null;
  if (!after || !head) return null;
  const outlet = cleanOutlet(after[1] ?? '');
  return { ...head, outlet: head.outlet ?? (outlet && /^\p{Lu}/u.test(outlet) && !/[.!?]$/.test(outlet) ? outlet : null) };
}

function matchLine(whole: string): DatelineMatch | null {
  const author = AUTHOR_AFTER.exec(whole);
  const line = author ? whole.slice(0, author.index) : whole;
  const zone = TRAILING_ZONE.exec(line);
  const body = zone && zone[0].length < line.length ? line.slice(0, zone.index) : line;
  const numeric = matchNumeric(body);
  const match = numeric ?? matchWritten(body);
  if (!match) return null;
  const outlet = cleanOutlet(line.slice(0, match.dateStart));
  if (outlet !== null && (outlet.split(/\s+/).length > 8 || /[.!?]$/.test(outlet))) return null;
  return { ...match, outlet };
}

function matchNumeric(body: string): Omit<DatelineMatch, 'outlet'> | null {
  const iso = ISO_DATE.exec(body);
  if (iso) return build(iso.index, body.length, Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5]);
  const mdy = MONTH_DAY_YEAR.exec(body);
  if (mdy) {
    // Day first when the first number cannot be a month (31/12/2026) or the date is written
    // with dots, as in Europe (04.11.2025); else month first, as in the US (11/4/2025).
    const a = Number(mdy[1]);
    const b = Number(mdy[2]);
    const dotted = mdy[0].includes('.') && !mdy[0].includes('/');
    const [month, day] = a > 12 || (dotted && b <= 12) ? [b, a] : [a, b];
    return build(mdy.index, body.length, Number(mdy[3]), month, day, mdy[4], mdy[5]);
  }
  const md = MONTH_DAY.exec(body);
  if (md) return build(md.index, body.length, null, Number(md[1]), Number(md[2]), md[3], md[4]);
  return null;
}

function build(
  dateStart: number,
  dateEnd: number,
  year: number | null,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
): Omit<DatelineMatch, 'outlet'> | null {
  const h = hour === undefined ? null : Number(hour);
  const m = minute === undefined ? null : Number(minute);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (h !== null && (h > 23 || (m ?? 0) > 59)) return null;
  return { dateStart, dateEnd, date: { year, month, day, hour: h, minute: m } };
}

function matchWritten(body: string): Omit<DatelineMatch, 'outlet'> | null {
  const results = chrono.parse(body, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const last = results[results.length - 1];
  if (!last) return null;
  const first = results.find((r) => r.start.isCertain('month') && r.start.isCertain('day'));
  if (!first) return null;
  const end = last.index + last.text.length;
  // The date must close the line: "Reuters, March 5, 2026" yes, "March 5 was a Thursday" no.
  if (body.slice(end).trim() !== '') return null;
  const s = first.start;
  const timeResult = results.find((r) => r.start.isCertain('hour'));
  const hour = timeResult ? timeResult.start.get('hour') : null;
  const minute = timeResult ? (timeResult.start.get('minute') ?? 0) : null;
  return {
    dateStart: first.index,
    dateEnd: end,
    date: {
      year: s.isCertain('year') ? (s.get('year') ?? null) : null,
      month: s.get('month') ?? 1,
      day: s.get('day') ?? 1,
      hour: hour ?? null,
      minute: minute ?? null,
    },
  };
}

function cleanOutlet(prefix: string): string | null {
  const cleaned = prefix
    .replace(/[\s|·•,:;–—-]+$/u, '')
    .replace(WORDS_AROUND_OUTLET, '')
    .replace(/^[\s|·•,:;–—-]+/u, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

export interface InlineDatelineMatch {
  outlet: string;
  /** length of the dateline at the start of the paragraph, dash included */
  length: number;
  date: DatelineDate | null;
  dateStart: number;
  dateEnd: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
// "BEIJING, March 7 (Reuters) - ", "SAN FRANCISCO, Calif., Jan. 5, 2026 (AP) — ", "WASHINGTON (AP) — ".
// Anchored, with bounded repeats: one attempt of bounded length.
const INLINE_DATELINE = /^([A-Z][A-Z.'’ -]{1,40}?(?:, [A-Z][A-Za-z.'’ -]{1,30}?)?)(?:, ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))? \(([A-Z][A-Za-z0-9 .&'’-]{0,40})\) ?[-–—]{1,2} /;

// "March 7 (Reuters) - ", "(Bloomberg) -- ": a wire dateline without its city.
const WIRE_WITHOUT_CITY = /^()(?:([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?) )?\(([A-Z][A-Za-z0-9 .&'’-]{0,40})\) ?[-–—]{1,2} /;

// "LONDON, Nov. 4, 2025 — ": a city in capitals and a date, with no agency.
const CITY_AND_DATE = /^([A-Z][A-Z.'’ -]{1,40}?(?:, [A-Z][A-Za-z.'’ -]{1,30}?)?), ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)()(?: ?[-–—]{1,2} )/;

// "Frankfurt, 5 June 2025 – ": a city in title case, a date day first, a dash and no agency, as European desks print it.
const CITY_DAY_FIRST = /^([A-Z][A-Za-z.'’ -]{1,40}?), (\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)()(?: ?[-–—]{1,2} )/;

// "Mumbai, Oct 28 (PTI) Non-banking lender …": a city in title case and no dash, which only a date beside the agency makes a dateline.
const TITLE_CASE_DATELINE = /^([A-Z][A-Za-z.'’ -]{1,40}?), ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?) \(([A-Z][A-Za-z0-9 .&'’-]{0,40})\)(?: ?[-–—]{1,2} | (?=\p{Lu}))/u;

/** Returns the wire-style dateline that opens a paragraph ("BEIJING, March 7 (Reuters) - ", "March 7 (Reuters) - "), or null. */
export function parseInlineDateline(paragraph: string): InlineDatelineMatch | null {
  const opening = paragraph.slice(0, 160);
  const m = INLINE_DATELINE.exec(opening) ?? WIRE_WITHOUT_CITY.exec(opening) ?? TITLE_CASE_DATELINE.exec(opening) ?? CITY_AND_DATE.exec(opening) ?? CITY_DAY_FIRST.exec(opening);
  if (!m) return null;
  const [whole, , dateText, outlet] = m;
  let date: DatelineDate | null = null;
  let dateStart = 0;
  let dateEnd = 0;
  if (dateText) {
    // "June 5, 2025" or "5 June 2025": month and day in either order.
    const monthFirst = /^([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?$/.exec(dateText);
    const dayFirst = /^(\d{1,2}) ([A-Z][a-z]{2,8})\.?(?: (\d{4}))?$/.exec(dateText);
    const parts = monthFirst ?? (dayFirst ? [dayFirst[0], dayFirst[2], dayFirst[1], dayFirst[3]] : null);
    const monthWord = (parts?.[1] ?? '').toLowerCase();
    const month = MONTHS.indexOf(monthWord.slice(0, 3)) + 1;
    // "Marching 7" or "Sept 7" are no month; "Sept." and "Sep" are.
    if (month === 0 || !MONTH_WORD.test(monthWord)) return null;
    const start = whole.indexOf(dateText);
    const built = build(start, start + dateText.length, parts?.[3] ? Number(parts[3]) : null, month, Number(parts?.[2]), undefined, undefined);
    if (!built) return null;
    ({ date, dateStart, dateEnd } = built);
  }
  return { outlet: outlet ?? '', length: whole.length, date, dateStart, dateEnd };
}
