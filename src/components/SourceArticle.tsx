/**
 * The full article, paragraph by paragraph, every sentence addressable (#sentence-<id>)
 * and every featured fact highlighted with a link to the card, event or person that
 * shows it: the other half of the two-way link. The text is only ever React text.
 */
import { type MouseEvent, type ReactNode, useMemo } from 'react';
import { collectSourceHighlights, type HighlightTarget, type SourceHighlight } from '../layout/sourceHighlights';
import { splitTextByMarks, type TextMark } from '../layout/textMarks';
import { type Route, routeHref } from '../routes';
import type { Bundle, Paragraph, Sentence } from '../schema/bundle';
import { isPlainClick } from './RouteLink';
import '../styles/source.css';

export interface SourceArticleProps {
  bundle: Bundle;
  base: string;
  onNavigate: (route: Route) => void;
}

const TARGET_WORDS: Record<HighlightTarget['kind'], string> = {
  metric: 'figure',
  event: 'timeline',
  person: 'people',
};

/** Returns the href of a highlight's target: a route for cards and events, an anchor for people. */
function targetHref(target: HighlightTarget, base: string): string {
  if (target.kind === 'person') return `#person-${target.id}`;
  return routeHref(target.kind === 'metric' ? { kind: 'metric', id: target.id } : { kind: 'event', id: target.id }, base);
}

/** Returns the article as paragraphs of addressable sentences with highlighted facts. */
export function SourceArticle({ bundle, base, onNavigate }: SourceArticleProps) {
  const highlights = useMemo(() => collectSourceHighlights(bundle), [bundle]);
  const sentencesByParagraph = useMemo(() => {
    const map = new Map<string, Sentence[]>();
    for (const s of bundle.article.sentences) {
      const list = map.get(s.paragraph);
      if (list) list.push(s);
      else map.set(s.paragraph, [s]);
    }
    return map;
  }, [bundle]);

  const follow = (event: MouseEvent, target: HighlightTarget) => {
    // People are plain anchors on the page; cards and events are routes the App moves to.
    if (target.kind === 'person' || !isPlainClick(event)) return;
    event.preventDefault();
    onNavigate(target.kind === 'metric' ? { kind: 'metric', id: target.id } : { kind: 'event', id: target.id });
  };

  return (
    <div className="source-article">
      {bundle.article.paragraphs.map((paragraph) => (
        <SourceParagraph
          key={paragraph.id}
          text={bundle.article.text}
          paragraph={paragraph}
          sentences={sentencesByParagraph.get(paragraph.id) ?? []}
          highlights={highlights}
          base={base}
          onFollow={follow}
        />
      ))}
    </div>
  );
}

interface SourceParagraphProps {
  text: string;
  paragraph: Paragraph;
  sentences: Sentence[];
  highlights: Map<string, TextMark<SourceHighlight>[]>;
  base: string;
  onFollow: (event: MouseEvent, target: HighlightTarget) => void;
}

function SourceParagraph({ text, paragraph, sentences, highlights, base, onFollow }: SourceParagraphProps) {
  const parts: ReactNode[] = [];
  let cursor = paragraph.start;
  for (const sentence of sentences) {
    const start = Math.max(sentence.start, cursor);
    if (start > cursor) parts.push(text.slice(cursor, start));
    const pieces = splitTextByMarks(start, Math.min(sentence.end, paragraph.end), highlights.get(sentence.id) ?? []);
    parts.push(
      <span key={sentence.id} id={`sentence-${sentence.id}`} className="source-sentence" tabIndex={-1}>
        {pieces.map((piece) => {
          const slice = text.slice(piece.start, piece.end);
          if (!piece.mark) return slice;
          const { data } = piece.mark;
          return (
            <mark key={piece.start} className={`source-mark source-mark-${data.target.kind}`} data-fact-id={data.factId}>
              <a href={targetHref(data.target, base)} onClick={(event) => onFollow(event, data.target)}>
                {slice}
                {/* What the link leads to; a label the mark already reads out ("Yu Fan") is not said twice. */}
                <span className="visually-hidden">{data.targetLabel === slice ? ` (${TARGET_WORDS[data.target.kind]})` : ` (${TARGET_WORDS[data.target.kind]}: ${data.targetLabel})`}</span>
              </a>
            </mark>
          );
        })}
      </span>,
    );
    cursor = Math.max(cursor, Math.min(sentence.end, paragraph.end));
  }
  if (cursor < paragraph.end) parts.push(text.slice(cursor, paragraph.end));
  // dir="auto": a paragraph in a right-to-left script lays out as such inside this left-to-right page.
  return (
    <p className={`source-paragraph source-${paragraph.kind}`} dir="auto">
      {parts}
    </p>
  );
}
