/**
 * Parsing: the article text becomes a headline, an optional dateline, body paragraphs,
 * trailing boilerplate and sentences, all as offsets into the normalised text.
 */
import type { Paragraph } from '../schema/bundle';
import { parseDateline, parseInlineDateline } from './dateline';
import { splitSentences } from './sentences';
import type { ParagraphKind, ParsedArticle, ParsedDateline, ParsedSentence } from './types';

/** Returns the text with a leading BOM dropped and CRLF/CR line endings turned into LF. */
export function normaliseText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}

// Lines that start the trailing page furniture after the article proper.
const BOILERPLATE_START =
  /^(?:\(?(?:additional )?(?:reporting|writing|editing) by\b|-{0,2}\s*with assistance from\b|to contact the (?:reporters?|editors?)\b|disclaimer\b|comments?\s*(?:\(\d+\))?$|\d+\s+comments?$|leave a (?:comment|reply)|we need your insight|related (?:articles|stories|news|posts)|read more\b|recommended for you|share (?:this|on)\b|copyright\b|©|all rights reserved|sign up\b|subscribe\b|follow us\b|responsible editor|editor:|tags:|advertisement$)/i;
const BYLINE = /^by\s+\p{Lu}[^\n]{0,100}$/iu;
// Beside a dateline, a line of names alone is a byline too: "Daniel Okafor", "Ana Ruiz and Li
// Wei", "Ruth Adeyemi in London", "Daniel Okafor, sports business correspondent".
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
const BYLINE_NAME = `${CAPITALISED}(?: (?:${CAPITALISED}|de|da|van|von|der|bin|al))+(?: in ${CAPITALISED}(?: ${CAPITALISED})*)?`;
const MAX_NAME_LINE = 120;
// The reporter's title may follow with no comma: "Rowena Clarke Local government correspondent".
const NAME_LINE = new RegExp(String.raw`^${BYLINE_NAME}(?:(?:, | and | & )${BYLINE_NAME})*(?:,? [^.!?\d\n]{1,80})?$`, 'u');
/** The dateline comes within this many paragraphs after the headline: a standfirst, a byline, then it. */
const FRONT_MATTER = 3;
/** Longest standfirst (the sentence under the headline that sums the story up) before a dateline. */
const MAX_STANDFIRST = 300;
/** How many body paragraphs from the top may open with a wire dateline. */
const INLINE_DATELINE_REACH = 3;
/** Longest line taken for a label of the page ("Reuters", "Markets") between the headline and the dateline. */
const MAX_LABEL = 40;
/** Paragraphs after a boilerplate marker up to this length are taken as more furniture. */
const SHORT_TAIL = 200;
/** A line shorter than this ends its paragraph even without a full stop (a heading, "Comments"). */
const SHORT_LINE = 50;

interface Range {
  start: number;
  end: number;
}

/** Returns the parsed article: every part an offset range into `text`. */
export function parseArticle(raw: string): ParsedArticle {
  const text = normaliseText(raw);
  const ranges = splitParagraphs(text);
  const { kinds, byline } = classifyParagraphs(text, ranges);

  const paragraphs: Paragraph[] = ranges.map((r, i) => ({ id: `p${i + 1}`, start: r.start, end: r.end, kind: kinds[i] ?? 'body' }));
  const sentences: ParsedSentence[] = [];
  for (const p of paragraphs) {
    const spans = p.kind === 'headline' || p.kind === 'dateline' ? [[p.start, p.end] as [number, number]] : splitSentences(text, p.start, p.end);
    for (const [start, end] of spans) sentences.push({ id: `s${sentences.length + 1}`, paragraph: p.id, start, end, kind: p.kind });
  }

  const head = paragraphs[0]?.kind === 'headline' ? paragraphs[0] : null;
  const datelineParagraph = paragraphs.find((p) => p.kind === 'dateline');
  // A wire dateline opens the first paragraph, or one after a byline ("By Ana Ruiz") or a
  // credit line ("Reporting by Hiro Sato; Editing by Anne Lee").
  const bodies = paragraphs.filter((p) => p.kind === 'body').slice(0, INLINE_DATELINE_REACH);
  const bylineFirst = bodies[0] && BYLINE.test(text.slice(bodies[0].start, bodies[0].end));
  const dateline = datelineParagraph
    ? findDatelineParagraph(text, datelineParagraph, sentences)
    : bodies.reduce<ParsedDateline | null>((found, p) => found ?? findInlineDateline(text, p, sentences), null);
  return {
    text,
    title: head ? text.slice(head.start, head.end) : '',
    titleSpan: head ? { start: head.start, end: head.end } : { start: 0, end: 0 },
    dateline,
    byline: byline !== null ? (paragraphs[byline]?.id ?? null) : bylineFirst ? (bodies[0]?.id ?? null) : null,
    paragraphs,
    sentences,
  };
}

/**
 * Returns paragraph ranges: blocks between blank lines, the first line alone (the headline),
 * and a block's lines apart when a line ends a sentence or is short. Soft-wrapped prose
 * (long lines without a final full stop) stays one paragraph.
 */
function splitParagraphs(text: string): Range[] {
  const ranges: Range[] = [];
  let current: Range | null = null;
  let seenHeadline = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const trimmed = trimRange(text, lineStart, lineEnd);
    if (trimmed === null) {
      if (current) ranges.push(current);
      current = null;
    } else {
      current = current ? { start: current.start, end: trimmed.end } : trimmed;
      const line = text.slice(trimmed.start, trimmed.end);
      const endsParagraph = !seenHeadline || /[.!?。！？:"”'’)…]$/u.test(line) || line.length < SHORT_LINE;
      seenHeadline = true;
      if (endsParagraph) {
        ranges.push(current);
        current = null;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (current) ranges.push(current);
  return ranges;
}

function trimRange(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Returns each paragraph's kind, and the index of the byline paragraph beside the dateline, or null. */
function classifyParagraphs(text: string, ranges: Range[]): { kinds: ParagraphKind[]; byline: number | null } {
  const kinds: ParagraphKind[] = ranges.map((_, i) => (i === 0 ? 'headline' : 'body'));
  let firstBody = 1;
  let byline: number | null = null;
  const line = (i: number) => {
    const r = ranges[i];
    return r ? text.slice(r.start, r.end) : '';
  };
  const isByline = (i: number) => i < ranges.length - 1 && (BYLINE.test(line(i)) || (line(i).length <= MAX_NAME_LINE && NAME_LINE.test(line(i))));
  // The dateline follows the headline, or the front matter after it: a standfirst that sums the
  // story up and a byline ("By Sarah Mensah, Business reporter"), which may follow the dateline instead.
  let dateAt = -1;
  for (let i = 1; i <= FRONT_MATTER && i < ranges.length; i++) {
    if (parseDateline(line(i))) {
      dateAt = i;
      break;
    }
    const standfirst = i === 1 && line(i).length <= MAX_STANDFIRST;
    // A label of the page: the outlet or the section ("Reuters", "Markets").
    const label = line(i).length <= MAX_LABEL && /^\p{Lu}/u.test(line(i)) && !/[.!?:]$/.test(line(i));
    if (!isByline(i) && !standfirst && !label) break;
  }
  if (dateAt !== -1) {
    kinds[dateAt] = 'dateline';
    firstBody = dateAt + 1;
    const credit = [...Array(dateAt).keys()].slice(1).find((i) => isByline(i)) ?? (isByline(dateAt + 1) ? dateAt + 1 : undefined);
    byline = credit ?? null;
  }
  // Walk back from the end over furniture; the earliest marker starts the boilerplate.
  let boilerplateFrom = -1;
  for (let i = ranges.length - 1; i > firstBody; i--) {
    const r = ranges[i];
    if (!r) break;
    const para = text.slice(r.start, r.end);
    if (BOILERPLATE_START.test(para)) boilerplateFrom = i;
    else if (para.length > SHORT_TAIL) break;
  }
  if (boilerplateFrom !== -1) for (let i = boilerplateFrom; i < ranges.length; i++) kinds[i] = 'boilerplate';
  return { kinds, byline };
}

/** Returns the dateline that is a paragraph of its own, or null when it does not parse. */
function findDatelineParagraph(text: string, paragraph: Paragraph, sentences: ParsedSentence[]): ParsedDateline | null {
  const match = parseDateline(text.slice(paragraph.start, paragraph.end));
  const sentence = sentences.find((s) => s.paragraph === paragraph.id);
  if (!match || !sentence) return null;
  return {
    start: paragraph.start,
    end: paragraph.end,
    outlet: match.outlet,
    dateStart: paragraph.start + match.dateStart,
    dateEnd: paragraph.start + match.dateEnd,
    date: match.date,
    sentence: sentence.id,
  };
}

/** Returns the wire-style dateline opening the first body paragraph, or null. */
function findInlineDateline(text: string, paragraph: Paragraph, sentences: ParsedSentence[]): ParsedDateline | null {
  const match = parseInlineDateline(text.slice(paragraph.start, paragraph.end));
  const sentence = sentences.find((s) => s.paragraph === paragraph.id);
  if (!match || !sentence) return null;
  const end = paragraph.start + match.length;
  return {
    start: paragraph.start,
    // The dash and space that end the dateline are not part of it.
    end: paragraph.start + text.slice(paragraph.start, end).replace(/\s*[-–—]+\s*$/, '').length,
    outlet: match.outlet,
    dateStart: paragraph.start + match.dateStart,
    dateEnd: paragraph.start + match.dateEnd,
    date: match.date,
    sentence: sentence.id,
  };
}
