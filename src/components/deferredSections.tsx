/**
 * Graphics whose code is not part of the first-load script. The timeline and the org
 * diagram carry most of the d3 (time formats, hierarchy, shapes, easing) and sit below the
 * fold, so each is a chunk of its own that the client fetches when its section comes within
 * a screen of the viewport; the prerenderer loads both before rendering, so the static HTML
 * is complete. Until its code arrives a section's prerendered HTML stays on screen: it sits
 * in a Suspense boundary that React hydrates later. Their styles stay in the one page
 * stylesheet (cssCodeSplit off), so the prerendered graphics are styled at first paint.
 *
 * A dehydrated boundary must not receive new props before its code is in (React would drop
 * the server HTML and show the empty fallback), so each section is memoised on props that
 * change only when the reader navigates, and navigation commits in a transition, which React
 * holds until the code has arrived.
 */
import { memo, Suspense, use } from 'react';
import type { OrgViewId, Route } from '../routes';
import type { Bundle } from '../schema/bundle';
import type { OrgChartProps } from './OrgChart';
import type { TimelineProps } from './Timeline';
import { whenNear } from './whenNear';

/**
 * Returns a loader that fetches a module's export once, when first wanted, and then hands it
 * out synchronously. Every render suspends on the same promise, whoever triggers the fetch:
 * React retries hydrating a boundary with the props it was rendered with, so a render that
 * waits for "near" must also be released by a later "wanted now".
 */
function deferExport<T>(importer: () => Promise<T>) {
  let value: T | null = null;
  let want = () => {};
  const wanted = new Promise<void>((resolve) => {
    want = resolve;
  });
  const code = wanted.then(importer).then((v) => {
    value = v;
    return v;
  });
  let watching = false;
  return {
    /** Fetches now. */
    load: (): Promise<T> => {
      want();
      return code;
    },
    /** Fetches once the element `id` comes near the viewport (at once where that cannot be watched), or when `load` is called. */
    loadWhenNear: (id: string): Promise<T> => {
      if (!watching) {
        watching = true;
        void whenNear(id).then(want);
      }
      return code;
    },
    get: (): T | null => value,
  };
}

const orgChart = deferExport(() => import('./OrgChart').then((m) => m.OrgChart));
const timeline = deferExport(() => import('./Timeline').then((m) => m.Timeline));

/** Resolves when the code of every deferred graphic has arrived (the prerenderer calls this). */
export async function loadDeferredSections(): Promise<void> {
  await Promise.all([orgChart.load(), timeline.load()]);
}

/**
 * Returns the code still on its way for the deferred graphic that `target` sits in, asking
 * for it now; null when `target` is in none or its code is in. A click on a graphic whose
 * code is missing is lost (React hydrates the graphic on a click only when it can at once),
 * so the boot script holds such a click until this resolves.
 */
export function pendingCode(target: Element): Promise<unknown> | null {
  const graphic = target.closest('#timeline') ? timeline : target.closest('#org') ? orgChart : null;
  return graphic && !graphic.get() ? graphic.load() : null;
}

/**
 * The org diagram, its code fetched when its section comes near, or at once when the reader
 * is sent to it (a focus request: the page cannot scroll there before the chart commits).
 */
function DeferredOrgChart(props: OrgChartProps) {
  const OrgChart = orgChart.get() ?? use(props.focusToken > 0 ? orgChart.load() : orgChart.loadWhenNear('org'));
  return <OrgChart {...props} />;
}

/** The timeline, its code fetched when its section comes near, or at once when an event is asked for. */
function DeferredTimeline(props: TimelineProps) {
  const asked = props.selectedId !== null || props.focusToken > 0;
  const Timeline = timeline.get() ?? use(asked ? timeline.load() : timeline.loadWhenNear('timeline'));
  return <Timeline {...props} />;
}

interface TimelineSectionProps {
  bundle: Bundle;
  base: string;
  selectedId: string | null;
  focusToken: number;
  select: (route: Route) => void;
}

/** The timeline section's body: stays the prerendered HTML until its code has arrived. */
export const TimelineSection = memo(function TimelineSection({ bundle, base, selectedId, focusToken, select }: TimelineSectionProps) {
  return (
    <Suspense fallback={null}>
      <DeferredTimeline bundle={bundle} selectedId={selectedId} onSelect={(id) => select({ kind: 'event', id })} focusToken={focusToken} base={base} />
    </Suspense>
  );
});

interface OrgSectionProps {
  bundle: Bundle;
  view: OrgViewId;
  focusToken: number;
  select: (route: Route) => void;
}

/** The org section's body: stays the prerendered HTML until its code has arrived. */
export const OrgSection = memo(function OrgSection({ bundle, view, focusToken, select }: OrgSectionProps) {
  return (
    <Suspense fallback={null}>
      <DeferredOrgChart bundle={bundle} view={view} onViewChange={(v) => select({ kind: 'org', view: v })} focusToken={focusToken} />
    </Suspense>
  );
});
