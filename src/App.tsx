/**
 * The explainer page: hero, table of contents, the story's sections in its order (only
 * those the bundle has), and the colophon. Everything factual comes from the bundle in
 * the query cache; where the page is and what is selected comes from the navigator, which
 * each part reads for itself. The first render depends on the path alone, so the
 * prerendered HTML and the hydrated page match.
 */
// The shell's styles first, so components' own rules come after the base they build on.
import './styles/base.css';
import './styles/page.css';
import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, useEffect } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Hero } from './components/Hero';
import { Metrics } from './components/Metrics';
import { Notice } from './components/Notice';
import { OrgChart } from './components/OrgChart';
import { PageFooter } from './components/PageFooter';
import { PageSection } from './components/PageSection';
import { People } from './components/People';
import { SourceArticle } from './components/SourceArticle';
import { Strategy } from './components/Strategy';
import { TableOfContents } from './components/TableOfContents';
import { Timeline } from './components/Timeline';
import { bundleQueryOptions } from './data/bundleQuery';
import type { Navigator } from './navigation/navigator';
import { useNavigation } from './navigation/useNavigation';
import { describeRoute } from './routeMeta';
import type { Bundle, Section, SectionId } from './schema/bundle';

export interface AppProps {
  /** Vite's BASE_URL: "/" or "/sub/" */
  base: string;
  navigator: Navigator;
  /** the boot script has already landed the page at its deep link: starting must not move it */
  landed?: boolean;
}

/** Returns the whole explainer for the bundle served under `base`. */
export function App({ base, navigator, landed = false }: AppProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary what="The explainer" onReset={reset}>
          <Suspense fallback={<p className="page-loading">Loading the explainer…</p>}>
            <Explainer base={base} navigator={navigator} landed={landed} />
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
  navigator: Navigator;
  landed: boolean;
}

function Explainer({ base, navigator, landed }: ExplainerProps) {
  const { data: bundle } = useSuspenseQuery(bundleQueryOptions(base));
  const sections = bundle.story.sections;
  // After hydration the navigator reads the fragment and the history entry, and follows the reader from then on.
  useEffect(() => navigator.start({ landed }), [navigator, landed]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the explainer
      </a>
      <Hero bundle={bundle} />
      <div className="page-bar">
        <PageBar sections={sections} base={base} navigator={navigator} />
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
            {renderSectionBody(section, bundle, base, navigator)}
          </PageSection>
        ))}
      </main>
      <PageFooter bundle={bundle} />
    </>
  );
}

interface PartProps {
  bundle: Bundle;
  base: string;
  navigator: Navigator;
}

/** The table of contents, marking the section in view, and the notice about the address. */
function PageBar({ sections, base, navigator }: { sections: readonly Section[]; base: string; navigator: Navigator }) {
  const inView = useNavigation(navigator, (n) => n.inView);
  const notice = useNavigation(navigator, (n) => n.notice);
  return (
    <>
      <TableOfContents sections={sections} base={base} active={inView ?? null} onNavigate={navigator.navigate} />
      <Notice message={notice} onDismiss={navigator.dismissNotice} />
    </>
  );
}

function MetricsPart({ bundle, base, navigator }: PartProps) {
  const selectedId = useNavigation(navigator, (n) => n.page.metric);
  const onSelect = (id: string | null) => {
    if (id) navigator.select({ kind: 'metric', id });
    else navigator.select({ kind: 'section', section: 'metrics' }, { page: { ...navigator.getSnapshot().page, metric: null } });
  };
  return <Metrics bundle={bundle} base={base} selectedId={selectedId} onSelect={onSelect} />;
}

function TimelinePart({ bundle, base, navigator }: PartProps) {
  const selectedId = useNavigation(navigator, (n) => n.page.event);
  const focusToken = useNavigation(navigator, (n) => n.focus.timeline);
  return <Timeline bundle={bundle} base={base} selectedId={selectedId} onSelect={(id) => navigator.select({ kind: 'event', id })} focusToken={focusToken} />;
}

function OrgPart({ bundle, navigator }: PartProps) {
  const view = useNavigation(navigator, (n) => n.page.orgView);
  const focusToken = useNavigation(navigator, (n) => n.focus.org);
  return <OrgChart bundle={bundle} view={view} onViewChange={(v) => navigator.select({ kind: 'org', view: v })} focusToken={focusToken} />;
}

/** Returns the body of one section: the graphic or list that shows it. */
function renderSectionBody(section: Section, bundle: Bundle, base: string, navigator: Navigator): ReactNode {
  const part = { bundle, base, navigator };
  switch (section.id) {
    case 'metrics':
      return <MetricsPart {...part} />;
    case 'timeline':
      return <TimelinePart {...part} />;
    case 'org':
      return <OrgPart {...part} />;
    case 'strategy':
      return <Strategy bundle={bundle} />;
    case 'people':
      return <People bundle={bundle} />;
    case 'source':
      return <SourceArticle bundle={bundle} base={base} onNavigate={navigator.navigate} />;
  }
}
