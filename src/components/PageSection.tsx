/**
 * The frame every section of the explainer shares: an anchor with the section's id, a
 * head that says what the reader learns, the one-sentence dek, and a share control. The
 * body is isolated by an error boundary so one broken graphic leaves the page working.
 */
import type { ReactNode } from 'react';
import { routeHref } from '../routes';
import type { Section } from '../schema/bundle';
import { ErrorBoundary } from './ErrorBoundary';
import { ShareButton } from './ShareButton';

export interface PageSectionProps {
  section: Section;
  base: string;
  /** the title the share sheet shows */
  shareTitle: string;
  /** "column" keeps the body in the text column; "wide" lets graphics break out of it */
  width: 'column' | 'wide';
  children: ReactNode;
}

/** Returns `<section id aria-labelledby>` with its head, dek, share button and body. */
export function PageSection({ section, base, shareTitle, width, children }: PageSectionProps) {
  const titleId = `${section.id}-title`;
  return (
    <section id={section.id} className={`page-section page-section-${section.id}`} aria-labelledby={titleId} tabIndex={-1}>
      <div className="page-section-head">
        <h2 id={titleId} className="page-section-title">
          {section.title}
        </h2>
        {section.dek ? <p className="page-section-dek">{section.dek}</p> : null}
        <ShareButton href={routeHref({ kind: 'section', section: section.id }, base)} title={shareTitle} label="Share this section" />
      </div>
      <div className={`page-section-body page-section-body-${width}`}>
        <ErrorBoundary what="This part of the explainer">{children}</ErrorBoundary>
      </div>
    </section>
  );
}
