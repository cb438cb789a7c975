/**
 * The top of the page: the article's headline as the one h1, its outlet and publication
 * date, and its opening paragraph as the dek.
 */
import { formatPublished } from '../layout/format';
import type { Bundle } from '../schema/bundle';

export interface HeroProps {
  bundle: Bundle;
}

/** Returns the opening body paragraph's text, or '' when the article has none. */
export function selectDek(bundle: Bundle): string {
  const { paragraphs, text } = bundle.article;
  const first = paragraphs.find((p) => p.kind === 'body');
  return first ? text.slice(first.start, first.end) : '';
}

/** Returns the page's header with the headline, byline and dek. */
export function Hero({ bundle }: HeroProps) {
  const { title, outlet, published } = bundle.article;
  const date = formatPublished(published);
  const dek = selectDek(bundle);
  return (
    <header id="top" className="hero">
      <p className="hero-kicker">Explainer</p>
      <h1 className="hero-title" tabIndex={-1} dir="auto">
        {title}
      </h1>
      {outlet || date ? (
        <p className="hero-byline">
          {outlet ? <span className="hero-outlet">{outlet}</span> : null}
          {outlet && date ? <span aria-hidden="true"> · </span> : null}
          {date && published ? <time dateTime={published}>{date}</time> : null}
        </p>
      ) : null}
      {dek ? (
        <p className="hero-dek" dir="auto">
          {dek}
        </p>
      ) : null}
    </header>
  );
}
