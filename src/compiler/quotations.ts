/**
 * Quotations: text between quotation marks inside a body paragraph, with the speaker
 * when the text says who it is ("X said", `X wrote: "…"`, `His recent post, "…"` after a
 * mention of X). Short scare quotes ("spokesperson") are terms, not quotations, and are
 * left out unless someone is named as saying them.
 */
import type { Person, Quotation } from '../schema/bundle';
import { findQuotePairs } from './sentences';
import { sentenceAt } from './people';
import type { ParsedArticle } from './types';

const MIN_WORDS = 4;
const SPEECH_VERB = '(?:said|says|say|told|wrote|writes|added|noted|stated|explained|argued|posted|tweeted|commented|replied|declared|announced)';
const SPEECH_NOUN = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:post|posts|statement|words|message|tweet|remarks|comment|letter|memo|note|reply|email)\s*[,:]?\s*$/iu;
const VERB_AFTER = new RegExp(`^\\s*[,.]?\\s*${SPEECH_VERB}\\b`, 'i');
const VERB_BEFORE = new RegExp(`\\b${SPEECH_VERB}\\s*[,:]?\\s*$`, 'i');

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
      const speaker = findSpeaker(text, mentions, paragraph.start, open, close);
      const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
      if (words < MIN_WORDS && speaker === null) continue;
      quotations.push({ id: `quote-${quotations.length + 1}`, text: text.slice(start, end), start, end, sentence: sentence.id, speaker });
    }
  }
  return quotations;
}

function findSpeaker(text: string, allMentions: readonly Mention[], paragraphStart: number, open: number, close: number): string | null {
  // Only mentions of this paragraph matter: a binary search keeps many quotes linear.
  const mentions = mentionsBetween(allMentions, Math.min(paragraphStart, open - 80), close + 60);
  // `"…," Lin said` or `"…," said Lin`
  for (const m of mentions) {
    if (m.start <= close || m.start > close + 40) continue;
    const between = text.slice(close + 1, m.start);
    const rest = text.slice(m.end, m.end + 20);
    if (/^\s*[,.]?\s*$/.test(between) && VERB_AFTER.test(rest)) return m.name;
    if (VERB_AFTER.test(between) && /^\s*[,.]?\s*(?:said|says)?\s*$/i.test(between.replace(VERB_AFTER, ''))) return m.name;
  }
  const before = text.slice(Math.max(paragraphStart, open - 80), open);
  // `Lin wrote: "…"`
  for (const m of mentions) {
    if (m.end > open || m.end < open - 60) continue;
    if (VERB_BEFORE.test(text.slice(m.end, open)) && text.slice(m.end, open).length < 30) return m.name;
  }
  // `His recent post, "…"` or `Lin's post, "…"`: the person mentioned last before it in the paragraph.
  if (SPEECH_NOUN.test(before) || /['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:post|statement|message|tweet|remarks|letter|memo)\s*[,:]?\s*$/iu.test(before)) {
    let last: Mention | null = null;
    for (const m of mentions) if (m.end <= open && m.start >= paragraphStart) last = m;
    if (last) return last.name;
  }
  return null;
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
