/**
 * The client entry. The prerendered HTML is the page; this script only makes it interactive:
 * it fetches the bundle at once, waits until the page has loaded and the browser is idle (so
 * the content paints before any script work), then hydrates. When the bundle cannot be
 * fetched the prerendered page stays as it is and #status says what failed, with a Retry.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { loadDeferredSections } from './components/deferredSections';
import { bundleQueryOptions } from './data/bundleQuery';

const base = import.meta.env.BASE_URL;
const queryClient = new QueryClient();

/** Resolves after the load event, when the main thread is next idle. */
function waitForIdleAfterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1500 });
      else setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
}

/**
 * Marks the document once the app has committed (hydrated or rendered), so tests and the
 * bench can tell the prerendered page from the interactive one. Renders nothing, so the
 * server's markup, which lacks it, still matches.
 */
function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/**
 * Hydrates the prerendered page, or renders afresh where there is none (the dev server).
 * Hydration uses the path the page was rendered for, so the first render matches the markup
 * even where a static host served 404.html for another address; the App reads the real
 * address right after hydration and moves there (with its notice).
 */
function mount(container: HTMLElement): void {
  const renderedPath = container.firstElementChild ? container.dataset.prerenderedPath : undefined;
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App base={base} initialPath={renderedPath ?? window.location.pathname} />
        <ReadyMarker />
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

function clearStatus(status: HTMLElement): void {
  status.replaceChildren();
}

function showFailure(status: HTMLElement, error: unknown, retry: () => void): void {
  const reason = error instanceof Error ? error.message : 'The explainer data could not be loaded.';
  const box = document.createElement('p');
  box.className = 'status-notice';
  const text = document.createElement('span');
  text.textContent = `${reason} The interactive graphics are unavailable; the article and its figures below are still readable. `;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'status-retry';
  button.textContent = 'Retry';
  button.addEventListener('click', () => {
    button.disabled = true;
    text.textContent = 'Loading the explainer data again… ';
    retry();
  });
  box.append(text, button);
  // CSSOM properties are allowed by the page's style-src 'self' policy; a style attribute in markup would not be.
  Object.assign(box.style, {
    margin: '0 auto',
    maxWidth: 'var(--measure, 68ch)',
    padding: 'var(--space-2, 0.5rem) var(--space-3, 1rem)',
    borderLeft: '4px solid var(--accent, currentColor)',
    background: 'var(--paper-raised, transparent)',
    color: 'var(--ink, inherit)',
    fontFamily: 'var(--font-sans, system-ui, sans-serif)',
  });
  status.replaceChildren(box);
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  const status = document.getElementById('status');
  if (!container || !status) return;
  const load = async (): Promise<void> => {
    // The request starts now, in parallel with the rest of the page loading.
    const bundle = queryClient.fetchQuery(bundleQueryOptions(base));
    await waitForIdleAfterLoad();
    try {
      // The graphics' code is fetched only now, after the page has loaded: it is not first-load script.
      await Promise.all([bundle, loadDeferredSections()]);
      clearStatus(status);
      mount(container);
    } catch (error) {
      showFailure(status, error, () => void load());
    }
  };
  await load();
}

void start();
