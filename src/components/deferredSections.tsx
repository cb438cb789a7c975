/**
 * Graphics whose code is not part of the first-load script. The timeline and the org
 * diagram carry most of the d3 (time formats, hierarchy, shapes, easing) and sit below the
 * fold, so their code is a separate chunk: the client fetches it after the page has loaded
 * (main.tsx), and the prerenderer loads it before rendering so the static HTML is complete.
 * Their styles stay in the one page stylesheet (cssCodeSplit off), so the prerendered
 * graphics are styled at first paint.
 */
import { use } from 'react';
import type { OrgChartProps } from './OrgChart';
import type { TimelineProps } from './Timeline';

/** Returns a loader that fetches a module's export once and then hands it out synchronously. */
function deferExport<T>(importer: () => Promise<T>) {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: (): Promise<T> => {
      loading ??= importer().then((v) => {
        value = v;
        return v;
      });
      return loading;
    },
    get: (): T | null => value,
  };
}

const orgChart = deferExport(() => import('./OrgChart').then((m) => m.OrgChart));
const timeline = deferExport(() => import('./Timeline').then((m) => m.Timeline));

/** Resolves when the code of every deferred graphic has arrived; fetches it once. */
export async function loadDeferredSections(): Promise<void> {
  await Promise.all([orgChart.load(), timeline.load()]);
}

// Each suspends on the same promise until its code has arrived (render inside a Suspense boundary).

/** The org diagram, its code fetched on demand. */
export function DeferredOrgChart(props: OrgChartProps) {
  const OrgChart = orgChart.get() ?? use(orgChart.load());
  return <OrgChart {...props} />;
}

/** The timeline, its code fetched on demand. */
export function DeferredTimeline(props: TimelineProps) {
  const Timeline = timeline.get() ?? use(timeline.load());
  return <Timeline {...props} />;
}
