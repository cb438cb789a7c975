/**
 * The table of contents: real links to each section's URL, the section in view marked
 * with aria-current so it is both seen and announced.
 */
import { useEffect, useRef } from 'react';
import type { Route } from '../routes';
import type { Section, SectionId } from '../schema/bundle';
import { RouteLink } from './RouteLink';

export interface TableOfContentsProps {
  sections: readonly Section[];
  base: string;
  /** the section in view, or null at the top of the page */
  active: SectionId | null;
  onNavigate: (route: Route) => void;
}

/** Short names for the bar; the sections' own heads say what each one shows. */
const SHORT_NAMES: Record<SectionId, string> = {
  metrics: 'Figures',
  timeline: 'Timeline',
  org: 'Organisation',
  strategy: 'Strategy',
  people: 'People',
  source: 'The article',
};

/** Returns the sections' navigation bar. */
export function TableOfContents({ sections, base, active, onNavigate }: TableOfContentsProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // On a narrow screen the bar scrolls sideways: keep the current entry in sight.
    const list = listRef.current;
    const current = active ? list?.querySelector<HTMLElement>(`[data-section="${active}"]`) : null;
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    const left = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
    list.scrollTo({ left: Math.max(0, left), behavior: 'auto' });
  }, [active]);

  return (
    <nav className="toc" aria-label="Sections">
      <ol className="toc-list" ref={listRef}>
        {sections.map((section) => (
          <li key={section.id} className="toc-item">
            <RouteLink
              className="toc-link"
              route={{ kind: 'section', section: section.id }}
              base={base}
              onNavigate={onNavigate}
              aria-current={active === section.id ? 'location' : undefined}
              title={section.title}
              data-section={section.id}
            >
              {SHORT_NAMES[section.id]}
            </RouteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
