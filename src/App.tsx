/**
 * The explainer page: hero, table of contents, the story's sections in its order (only
 * those the bundle has), and the colophon. Everything factual comes from the bundle in
 * the query cache; the first render depends on the path alone, so the prerendered HTML
 * and the hydrated page match.
 */
// The shell's styles first, so components' own rules come after the base they build on.
import './styles/base.css';
import './styles/page.css';
import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, useMemo } from 'react';
import { OrgSection, TimelineSection } from './components/deferredSections';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Hero } from './components/Hero';
import { Metrics } from './components/Metrics';
import { Notice } from './components/Notice';
import { PageFooter } from './components/PageFooter';
import { PageSection } from './components/PageSection';
import { People } from './components/People';
import { SourceArticle } from './components/SourceArticle';
import { Strategy } from './components/Strategy';
import { TableOfContents } from './components/TableOfContents';
import { type PageNavigation, usePageNavigation } from './components/usePageNavigation';
import { useSectionInView } from './components/useSectionInView';
import { bundleQueryOptions } from './data/bundleQuery';
import { describeRoute } from './routeMeta';
import type { Bundle, Section, SectionId } from './schema/bundle';

export interface AppProps {
  /** Vite's BASE_URL: "/" or "/sub/" */
  base: string;
  /** the URL pathname the page was opened at */
  initialPath: string;
  /** the boot script has already landed the page at its deep link: hydration must not move it */
  landed?: boolean;
}

/** Returns the whole explainer for the bundle served under `base`. */
export function App({ base, initialPath, landed = false }: AppProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary what="The explainer" onReset={reset}>
          <Suspense fallback={<p className="page-loading">Loading the explainer…</p>}>
            <Explainer base={base} initialPath={initialPath} landed={landed} />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** Sections whose body stays in the text column; the others are graphics that break out wider. */
const COLUMN_SECTIONS = new Set<SectionId>(['metrics', 'people', 'source']);

interface ExplainerProps {
  base: string;
  initialPath: string;
  landed: boolean;
}

function Explainer({ base, initialPath, landed }: ExplainerProps) {
  const { data: bundle } = useSuspenseQuery(bundleQueryOptions(base));
  const sections = bundle.story.sections;
  const sectionIds = useMemo(() => sections.map((s) => s.id), [sections]);
  const inView = useSectionInView(sectionIds, 'top');
  const navigation = usePageNavigation(bundle, base, initialPath, inView, landed);
  const { nav, navigate, dismissNotice } = navigation;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the explainer
      </a>
      <Hero bundle={bundle} />
      <div className="page-bar">
        <TableOfContents sections={sections} base={base} active={inView ?? null} onNavigate={navigate} />
        <Notice message={nav.notice} onDismiss={dismissNotice} />
      </div>
      <main id="main" className="page-main" tabIndex={-1}>
        {sections.map((section) => (
          <PageSection
            key={section.id}
            section={section}
            base={base}
            shareTitle={describeRoute(bundle, { kind: 'section', section: section.id }).title}
            width={COLUMN_SECTIONS.has(section.id) ? 'column' : 'wide'}
          >
            {renderSectionBody(section, bundle, base, navigation)}
          </PageSection>
        ))}
      </main>
      <PageFooter bundle={bundle} />
    </>
  );
}

/**
 * Returns the body of one section: the graphic or list that shows it. Deferred graphics sit
 * in their own Suspense boundary: until their code arrives, the prerendered HTML stays.
 */
function renderSectionBody(section: Section, bundle: Bundle, base: string, navigation: PageNavigation): ReactNode {
  const { nav, focusTokens, navigate, select } = navigation;
  switch (section.id) {
    case 'metrics':
      return (
        <Metrics
          bundle={bundle}
          base={base}
          selectedId={nav.page.metric}
          onSelect={(id) => (id ? select({ kind: 'metric', id }) : select({ kind: 'section', section: 'metrics' }, { ...nav.page, metric: null }))}
        />
      );
    case 'timeline':
      return <TimelineSection bundle={bundle} base={base} selectedId={nav.page.event} focusToken={focusTokens.timeline} select={select} />;
    case 'org':
      return <OrgSection bundle={bundle} view={nav.page.orgView} focusToken={focusTokens.org} select={select} />;
    case 'strategy':
      return <Strategy bundle={bundle} />;
    case 'people':
      return <People bundle={bundle} />;
    case 'source':
      return <SourceArticle bundle={bundle} base={base} onNavigate={navigate} />;
  }
}
