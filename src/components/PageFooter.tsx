/**
 * The colophon: where the figures come from and how the page was made.
 */
import type { Bundle } from '../schema/bundle';

export interface PageFooterProps {
  bundle: Bundle;
}

/** Returns the page's footer naming the source file and the method. */
export function PageFooter({ bundle }: PageFooterProps) {
  const { source, article } = bundle;
  return (
    <footer className="page-footer">
      <p>Every figure is drawn from the article text; select a figure to see its sentence.</p>
      <p>
        Source: <code>{source.article}</code>
        {source.story ? (
          <>
            , with the editorial choices in <code>{source.story}</code>
          </>
        ) : (
          ', with sections chosen automatically from what the compiler found'
        )}
        .{article.publishedYearSource === 'text' ? ' The publication year is inferred from the article text.' : null}
        {article.publishedYearSource === 'story' ? ' The publication year comes from the story file.' : null}
      </p>
    </footer>
  );
}
