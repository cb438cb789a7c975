/**
 * The boot script, the only script the HTML names. The prerendered HTML is the page; this
 * waits until it has loaded and the browser is idle, then fetches the interactive explainer
 * (hydrate.tsx, with React) and starts it. Nothing here imports React: a phone paints the page
 * and finishes loading it before any of the explainer's code is downloaded or parsed.
 * When the explainer cannot be loaded the page stays as it is and #status says what failed,
 * with a Retry.
 */
import { bundleUrl } from './data/bundlePath';

const base = import.meta.env.BASE_URL;

/** Starts the bundle's download now, beside the explainer's code, for the fetch in hydrate.tsx to pick up. */
function preloadBundle(): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // fetch() is a CORS-mode request with same-origin credentials: "anonymous" is the preload that matches it.
  link.crossOrigin = 'anonymous';
  link.href = bundleUrl(base);
  document.head.append(link);
}

/**
 * Resolves after the load event, once the frame after it has been painted (so the page's
 * own paints come first, also in Lighthouse's simulation, which counts every request that
 * starts before the largest paint), when the main thread is next idle.
 */
function waitForIdleAfterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1500 });
      else setTimeout(resolve, 0);
    };
    // A callback in the next frame runs before that frame paints; one frame later it has.
    const whenIdle = () => requestAnimationFrame(() => requestAnimationFrame(idle));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
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

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  const status = document.getElementById('status');
  if (!container || !status) return;
  await waitForIdleAfterLoad();
  preloadBundle();
  const start = async (): Promise<void> => {
    try {
      const { startExplainer } = await import('./hydrate');
      await startExplainer(container, base);
      status.replaceChildren();
    } catch (error) {
      const reason =
        error instanceof Error && /dynamically imported module|Importing a module script failed|error loading/i.test(error.message)
          ? new Error('The explainer could not be loaded: the network request failed.')
          : error;
      showFailure(status, reason, () => void start());
    }
  };
  await start();
}

void boot();
