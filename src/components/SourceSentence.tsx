/**
 * One sentence of the article quoted with a fact highlighted: the "where does this number
 * come from" answer under a card, an event or a person, with a link to the sentence in
 * the full text below.
 */
import type { Bundle } from '../schema/bundle';

export interface SourceSentenceProps {
  bundle: Bundle;
  sentenceId: string;
  /** article offsets of the fact to highlight; clipped to the sentence */
  highlight?: { start: number; end: number };
  /** the fact shown, set as data-fact-id on the highlight */
  factId?: string;
}

/** Returns the quoted sentence with its highlight and a link "in the article", or nothing for an unknown id. */
export function SourceSentence({ bundle, sentenceId, highlight, factId }: SourceSentenceProps) {
  const sentence = bundle.article.sentences.find((s) => s.id === sentenceId);
  if (!sentence) return null;
  const { text } = bundle.article;
  const hasSource = bundle.story.sections.some((s) => s.id === 'source');
  const from = highlight ? Math.min(Math.max(highlight.start, sentence.start), sentence.end) : sentence.end;
  const to = highlight ? Math.min(Math.max(highlight.end, from), sentence.end) : sentence.end;
  return (
    <figure className="source-quote">
      <blockquote className="source-quote-text">
        <p dir="auto">
          {text.slice(sentence.start, from)}
          {to > from ? <mark data-fact-id={factId}>{text.slice(from, to)}</mark> : null}
          {text.slice(to, sentence.end)}
        </p>
      </blockquote>
      {hasSource ? (
        <figcaption className="source-quote-link">
          <a href={`#sentence-${sentenceId}`}>Read it in the article</a>
        </figcaption>
      ) : null}
    </figure>
  );
}
