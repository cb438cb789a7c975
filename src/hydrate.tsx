/**
 * The interactive explainer, one file with both graphics: fetched and started by the boot
 * script (boot/main.ts) once the page has loaded, so none of React's code is parsed while
 * the prerendered page is painting. Fetches the bundle, then hydrates the prerendered page
 * once (or renders afresh where there is none: the dev server).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import type { LandingMoves } from './boot/landing';
import { bundleQueryOptions } from './data/bundleQuery';
import { createBrowserHistory } from './navigation/history';
import { createNavigator } from './navigation/navigator';
import { createPage } from './navigation/page';

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

export interface StartOptions {
  base: string;
  /** the boot script has already brought the page to its deep link: the app must not move it */
  landed: boolean;
  /** the boot script's landing moves, which the app's navigation moves with too */
  landing: LandingMoves;
}

/**
 * Fetches the bundle and makes the page in `root` interactive. Resolves once the app has
 * committed; rejects with a reader's message when the bundle cannot be had.
 *
 * Hydration uses the path the page was rendered for, so the first render matches the markup
 * even where a static host served 404.html for another address; the navigator reads the real
 * address right after hydration and moves there (with its notice).
 */
export async function startExplainer(root: HTMLElement, { base, landed, landing }: StartOptions): Promise<void> {
  const bundle = await queryClient.fetchQuery(bundleQueryOptions(base));
  const renderedPath = root.firstElementChild ? root.dataset.prerenderedPath : undefined;
  const navigator = createNavigator({ bundle, base, initialPath: renderedPath ?? window.location.pathname, history: createBrowserHistory(window), page: createPage(window, landing) });
  await new Promise<void>((resolve) => {
    const app = (
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App base={base} navigator={navigator} landed={landed} />
          <ReadyMarker onReady={resolve} />
        </QueryClientProvider>
      </StrictMode>
    );
    if (renderedPath === undefined) createRoot(root).render(app);
    // A transition lets React hydrate in slices and keep the main thread free for the reader.
    else startTransition(() => void hydrateRoot(root, app));
  });
}
