/**
 * Quotations: text between quotation marks inside a body paragraph, with the speaker
 * when the text says who it is ("X said", `X wrote: "…"`, `His recent post, "…"` after a
 * mention of X). Short scare quotes ("spokesperson") are terms, not quotations, and are
 * left out unless someone is named as saying them.
 */
import type { Person, Quotation } from '../schema/bundle';
import { findQuotePairs } from './sentences';
import { sentenceAt } from './annotate';
import type { ParsedArticle } from './types';

const MIN_WORDS = 4;
const MAX_VERB_DISTANCE = 60;
const SPEECH_VERB = '(?:said|says|say|told|wrote|writes|added|noted|stated|explained|argued|posted|tweeted|commented|replied|declared|announced)';
const SPEECH_NOUN = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:post|posts|statement|words|message|tweet|remarks|comment|letter|memo|note|reply|email)\s*[,:]?\s*$/iu;
const VERB_AFTER = new RegExp(`^\\s*[,.]?\\s*${SPEECH_VERB}\\b`, 'i');
const VERB_ANYWHERE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'gi');
const PRONOUN_VERB_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:he|she|they)\\s+${SPEECH_VERB}\\b`, 'i');
const POSSESSIVE_NOUN = /['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:post|statement|message|tweet|remarks|letter|memo)\s*[,:]?\s*$/iu;

interface Mention {
  start: number;
  end: number;
  name: string;
}

/** Returns the quotations of the article's body in text order. */
export function extractQuotations(article: ParsedArticle, people: readonly Person[]): Quotation[] {
  const { text } = article;
  const mentions: Mention[] = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, name: p.name }))).sort((a, b) => a.start - b.start);
  const quotations: Quotation[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const [open, close] of findQuotePairs(text, paragraph.start, paragraph.end)) {
      let start = open + 1;
      let end = close;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      const sentence = sentenceAt(article.sentences, start);
      if (!sentence) continue;
      const speaker = findSpeaker(text, mentions, sentence, paragraph.start, open, close);
      const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
      if (words < MIN_WORDS && speaker === null) continue;
      quotations.push({ id: `quote-${quotations.length + 1}`, text: text.slice(start, end), start, end, sentence: sentence.id, speaker });
    }
  }
  return quotations;
}

function findSpeaker(text: string, allMentions: readonly Mention[], sentence: { start: number; end: number }, paragraphStart: number, open: number, close: number): string | null {
  // Only mentions near this quote matter: a binary search keeps many quotes linear.
  const mentions = mentionsBetween(allMentions, Math.min(paragraphStart, sentence.start), close + 120);
  // `"…," Lin said`, `"…," said Lin`, `"…," the firm's head, Lin, wrote`
  for (const m of mentions) {
    if (m.start <= close || m.start > close + 80 || m.start >= sentence.end) continue;
    const between = text.slice(close + 1, m.start);
    if (VERB_AFTER.test(text.slice(m.end, m.end + 20)) && !/[.!?]/.test(between)) return m.name;
    if (VERB_AFTER.test(between) && /^\s*[,.]?\s*\p{L}+\s*$/u.test(between)) return m.name;
  }
  const lastBefore = (limit: number, floor: number): Mention | null => {
    let last: Mention | null = null;
    for (const m of mentions) if (m.end <= limit && m.start >= floor) last = m;
    return last;
  };
  // `"…," she told reporters`: the person named last before the quote in its paragraph.
  if (PRONOUN_VERB_AFTER.test(text.slice(close + 1, close + 40))) return lastBefore(open, paragraphStart)?.name ?? null;
  // `Varga, who took charge in 2024, said the forward was "…"`: a speech verb earlier in the sentence.
  const lead = text.slice(sentence.start, open);
  const verb = lastMatch(VERB_ANYWHERE, lead);
  // Only a verb close to the quote introduces it; a distant one is reported speech around a scare quote.
  if (verb !== null && lead.length - verb < MAX_VERB_DISTANCE) {
    const speaker = lastBefore(sentence.start + verb, sentence.start);
    if (speaker) return speaker.name;
  }
  // `His recent post, "…"` or `Lin's post, "…"`: the person named last before it in the paragraph.
  const before = text.slice(Math.max(paragraphStart, open - 80), open);
  if (SPEECH_NOUN.test(before) || POSSESSIVE_NOUN.test(before)) return lastBefore(open, paragraphStart)?.name ?? null;
  return null;
}

function lastMatch(pattern: RegExp, s: string): number | null {
  let at: number | null = null;
  for (const m of s.matchAll(pattern)) at = m.index;
  return at;
}

function mentionsBetween(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start <= to; i++) out.push(mentions[i] as Mention);
  return out;
}
