/**
 * The compiler's internal shapes: what parsing and extraction hand each other before the
 * bundle (src/schema/bundle.ts) is assembled.
 */
import type { Paragraph } from '../schema/bundle';

export type ParagraphKind = Paragraph['kind'];

/** A sentence with the kind of its paragraph, so extractors know what they may mine. */
export interface ParsedSentence {
  id: string;
  paragraph: string;
  start: number;
  end: number;
  kind: ParagraphKind;
}

/** The date a dateline gives, split into parts; the year may be missing ("03-05 20:01"). */
export interface DatelineDate {
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

export interface ParsedDateline {
  /** the dateline: its own paragraph, or the opening of the first one ("BEIJING, March 7 (Reuters) -") */
  start: number;
  end: number;
  outlet: string | null;
  /** where the date itself is ("03-05 20:01"); empty when the dateline has no date */
  dateStart: number;
  dateEnd: number;
  /** null when the dateline names only the outlet ("WASHINGTON (AP) —") */
  date: DatelineDate | null;
  /** the sentence the dateline is in */
  sentence: string;
}

export interface ParsedArticle {
  /** the normalised text: LF line endings, no leading BOM */
  text: string;
  title: string;
  titleSpan: { start: number; end: number };
  dateline: ParsedDateline | null;
  /** the paragraph that credits the reporters ("By Ana Ruiz", a line of names beside the dateline), whose names are no people of the story */
  byline: string | null;
  paragraphs: Paragraph[];
  sentences: ParsedSentence[];
}

/** Returns true for sentences facts may be mined from: body text (the headline only repeats it). */
export function isBodySentence(s: ParsedSentence): boolean {
  return s.kind === 'body';
}
