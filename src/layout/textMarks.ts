/**
 * Cutting a stretch of the article into plain and highlighted pieces, by character
 * offsets, so a component can render each piece as text or as a <mark> without ever
 * treating the article as markup.
 */

/** A highlighted range of the article with whatever the renderer needs to draw it. */
export interface TextMark<T> {
  start: number;
  end: number;
  data: T;
}

/** A piece of text between `start` and `end`: plain when `mark` is null. */
export interface TextPiece<T> {
  start: number;
  end: number;
  mark: TextMark<T> | null;
}

/**
 * Returns `[start, end)` cut into consecutive pieces, marked where a mark covers them.
 * Marks are clipped to the range; where marks overlap, the one starting first wins (the
 * longer on a tie) and the other is dropped whole, so a highlight is never split.
 */
export function splitTextByMarks<T>(start: number, end: number, marks: readonly TextMark<T>[]): TextPiece<T>[] {
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece<T>[] = [];
  let cursor = start;
  for (const mark of clipped) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) pieces.push({ start: cursor, end: mark.start, mark: null });
    pieces.push({ start: mark.start, end: mark.end, mark });
    cursor = mark.end;
  }
  if (cursor < end) pieces.push({ start: cursor, end, mark: null });
  return pieces;
}
