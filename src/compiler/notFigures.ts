/**
 * Numbers that are no figures, by what stands around them: part of a name or a rank ("FTSE
 * 100", "iPhone 16", "No. 1"), a clock time ("9 a.m.", "1400 GMT"), a phone number, or a
 * figure followed by a name rather than a counted noun ("10 Downing Street").
 */
import { isFunctionWord } from './lexicon';

// Clock times: "5 pm", "9 a.m.", "1400 GMT", "10 o'clock".
const CLOCK_AFTER = /\s?(?:[ap]\.?m\.?(?![\p{L}])|o['’]clock\b|local time\b)/iuy;
const ZONE_AFTER = /\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|MST|MDT|ET|PT|JST|HKT|SGT|KST|AEST|AEDT)\b/uy;
// "+44 20 7946 0958", "(212) 555-0100", "212-555-0100": three groups or more are a phone number.
export const PHONE_NUMBER = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?!\d)/g;
const MONTHS_AND_DAYS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** Returns true when a clock time's "a.m.", zone or "o'clock" follows s[end]. */
export function clockAfter(s: string, end: number): boolean {
  CLOCK_AFTER.lastIndex = end;
  ZONE_AFTER.lastIndex = end;
  return CLOCK_AFTER.test(s) || ZONE_AFTER.test(s);
}

/**
 * Returns true when the word before a number makes it part of a name or a rank: a capitalised
 * word inside the sentence ("FTSE 100", "iPhone 16", "Phase 3", "Boeing 737") or "No."/"top".
 */
export function nameBefore(s: string, at: number, lead: string): boolean {
  if (/\bno\.?\s*$/i.test(lead + s.slice(0, at)) && s.slice(0, at).trim() === '') return true;
  const m = /([\p{L}][\p{L}\p{N}&.'’-]*)\s$/u.exec(s.slice(Math.max(0, at - 32), at));
  if (!m) return false;
  const word = m[1] ?? '';
  if (/^(?:no|nos|number|top)\.?$/i.test(word)) return true;
  if (!/\p{Lu}/u.test(word) || /['’]s$/.test(word) || MONTHS_AND_DAYS.test(word) || isFunctionWord(word)) return false;
  // A capital that starts the sentence or a quotation is not a name's: "Over 10 billion", '"About 40'.
  const before = s.slice(0, at - m[0].length).trimEnd();
  return before !== '' && !/["“‘'([—–:-]$/.test(before);
}

/** Returns true for a noun phrase that is a name ("10 Downing Street", "50 Cent"), not what a figure counts. */
export function isProperName(noun: string, digits: string, scale: number): boolean {
  if (scale > 0 || digits.length > 3) return false;
  const words = noun.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return words.length > 1 || !/s$/.test(noun);
}
