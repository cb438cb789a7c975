/**
 * The interactive explainer: fetched by the boot script (main.tsx) once the page has loaded,
 * so none of React's code is parsed while the prerendered page is painting. Fetches the
 * bundle, then hydrates the prerendered page (or renders afresh where there is none: the dev
 * server). The timeline's and the org diagram's code come later still, when their sections
 * come near the screen (components/deferredSections.tsx).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { bundleQueryOptions } from './data/bundleQuery';

const queryClient = new QueryClient();

/**
 * Marks the document once the app has committed (hydrated or rendered), so tests and the
 * bench can tell the prerendered page from the interactive one, and tells the boot script.
 * Renders nothing, so the server's markup, which lacks it, still matches.
 */
function ReadyMarker({ onReady }: { onReady: () => void }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
    onReady();
  }, [onReady]);
  return null;
}

/**
 * Hydrates the prerendered page, or renders afresh where there is none. Hydration uses the
 * path the page was rendered for, so the first render matches the markup even where a static
 * host served 404.html for another address; the App reads the real address right after
 * hydration and moves there (with its notice).
 */
function mount(container: HTMLElement, base: string, landed: boolean, onReady: () => void): void {
  const renderedPath = container.firstElementChild ? container.dataset.prerenderedPath : undefined;
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App base={base} initialPath={renderedPath ?? window.location.pathname} landed={landed} />
        <ReadyMarker onReady={onReady} />
      </QueryClientProvider>
    </StrictMode>
  );
  if (renderedPath === undefined) {
    createRoot(container).render(app);
    return;
  }
  // A transition lets React hydrate in slices and keep the main thread free for the reader.
  startTransition(() => {
    hydrateRoot(container, app);
  });
}

/**
 * Fetches the bundle and makes the page in `container` interactive. Resolves once the app
 * has committed; rejects with a reader's message when the bundle cannot be had. `landed`:
 * the boot script has already brought the page to its deep link.
 */
export async function startExplainer(container: HTMLElement, base: string, landed = false): Promise<void> {
  await queryClient.fetchQuery(bundleQueryOptions(base));
  await new Promise<void>((resolve) => mount(container, base, landed, resolve));
}

export { pendingCode } from './components/deferredSections';
