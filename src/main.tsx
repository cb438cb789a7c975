/**
 * The boot script, the only script in the page: the build writes it inline (with its hash in
 * the page's content policy, build/inlineBoot.ts), so it runs as soon as the page is parsed,
 * with no request of its own. The prerendered HTML is the page; this decides when to fetch
 * the interactive explainer (hydrate.tsx, with React) and start it:
 *  - a page opened at its own address (the top, or a deep link, which this lands on at once
 *    where the HTML's autofocus has not: scrolled to and focused, as the page's data-land-*
 *    attributes say) starts it when the reader first shows intent (moves the pointer,
 *    touches, turns the wheel, presses a key, moves focus), after the page has loaded. A
 *    reader who only reads never downloads or runs React; a click that comes before the
 *    explainer is running is held and replayed;
 *  - any other opening (a fragment, a history entry to restore, an address the page was not
 *    rendered for) starts it as soon as the page has loaded and the browser is idle: the
 *    app works out where to go.
 * Nothing here imports React: a phone paints the page and finishes loading it before any of
 * the explainer's code is downloaded or parsed. When the explainer cannot be loaded the page
 * stays as it is and #status says what failed, with a Retry.
 */
// Only modules the explainer does not import (see rootAttributes.ts): this script is inlined into the page.
import { BUNDLE_ATTRIBUTE, EXPLAINER_ATTRIBUTE, EXPLAINER_IMPORTS_ATTRIBUTE, LANDING_ATTRIBUTES } from './rootAttributes';

const base = import.meta.env.BASE_URL;

/**
 * Imports the explainer's code. The build names it on #root: it is an entry of its own,
 * loaded by URL, so that this script shares no code with it (rootAttributes.ts). The dev
 * server's page names nothing, and serves the source module.
 */
function importExplainer(container: HTMLElement): Promise<typeof import('./hydrate')> {
  return import(/* @vite-ignore */ container.getAttribute(EXPLAINER_ATTRIBUTE) ?? `${base}src/hydrate.tsx`);
}

/**
 * Starts the downloads the explainer needs beside its code, once: the chunks it imports
 * (fetched with it rather than after it) and the bundle, for the fetch in hydrate.tsx to pick
 * up. The prerendered page names them on #root; the dev server's page does not.
 */
function preloadExplainer(container: HTMLElement): void {
  const preload = (rel: string, href: string, as?: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    if (as) {
      link.as = as;
      // fetch() is a CORS-mode request with same-origin credentials: "anonymous" is the preload that matches it.
      link.crossOrigin = 'anonymous';
    }
    link.href = href;
    document.head.append(link);
  };
  for (const href of (container.getAttribute(EXPLAINER_IMPORTS_ATTRIBUTE) ?? '').split(' ').filter(Boolean)) preload('modulepreload', href);
  const bundle = container.getAttribute(BUNDLE_ATTRIBUTE);
  if (bundle) preload('preload', bundle, 'fetch');
}

/**
 * Resolves after the load event, once the frame after it has been painted (so the page's
 * own paints come first, also in Lighthouse's simulation, which counts every request that
 * starts before the largest paint), and then, with `idle`, when the main thread is next idle.
 */
function afterLoad(idle: boolean): Promise<void> {
  return new Promise((resolve) => {
    const next = () => {
      if (idle && 'requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1500 });
      else resolve();
    };
    // A callback in the next frame runs before that frame paints; one frame later it has.
    const painted = () => requestAnimationFrame(() => requestAnimationFrame(next));
    if (document.readyState === 'complete') painted();
    else window.addEventListener('load', painted, { once: true });
  });
}

/**
 * What a reader does before using the page. Not `scroll`: landing a deep link scrolls too;
 * a reader's own scrolling starts with a touch, the wheel, a key or the scrollbar's pointer.
 */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

/** Resolves at the reader's first sign of intent. */
function waitForIntent(): Promise<void> {
  return new Promise((resolve) => {
    const options = { capture: true, passive: true } as const;
    const done = () => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, done, options);
      resolve();
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, done, options);
  });
}

/**
 * True when the page was opened at the address it was prerendered for, with no fragment and
 * no history entry to restore: the boot script knows where it lands without the app.
 */
function openedAtOwnAddress(container: HTMLElement): boolean {
  return container.dataset.prerenderedPath === window.location.pathname && !window.location.hash && window.history.state == null;
}

/**
 * Lands a deep link as the app would (components/usePageNavigation.ts, from the same
 * landingOf): its element scrolled into view at once, its control focused. A card or an
 * event is usually landed already, by the HTML's `autofocus` at the first paint; then there
 * is nothing to do (and the browser does not autofocus after this has focused). Returns
 * false where the page carries no landing (the top of the page needs none).
 */
function land(container: HTMLElement): boolean {
  const scrollId = container.getAttribute(LANDING_ATTRIBUTES.scrollId);
  const element = scrollId ? document.getElementById(scrollId) : null;
  if (!element) return false;
  const block = container.getAttribute(LANDING_ATTRIBUTES.block) === 'center' ? 'center' : 'start';
  const selector = container.getAttribute(LANDING_ATTRIBUTES.focus);
  const focus = (selector ? document.querySelector<HTMLElement>(selector) : null) ?? element;
  if (document.activeElement === focus) return true;
  focus.focus({ preventScroll: true });
  element.scrollIntoView({ behavior: 'instant', block });
  return true;
}

/**
 * Lets the page scroll smoothly again once the reader is here. The stylesheet keeps the
 * browser's smooth scrolling off while an element is marked `autofocus` (base.css): the
 * landing must be an instant jump, or the browser glides there from the top, laying out
 * everything on the way and aiming at where the target was before that layout.
 */
function releaseAutofocus(): void {
  document.querySelector('[autofocus]')?.removeAttribute('autofocus');
}

/** Shown when a held click has waited this long, so the reader knows it was not lost. */
const HOLD_NOTICE_MS = 400;

/** Returns the status line's box, styled like the page's notices. */
function statusBox(): HTMLParagraphElement {
  const box = document.createElement('p');
  box.className = 'status-notice';
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
  return box;
}

function showFailure(status: HTMLElement, error: unknown, retry: () => void): void {
  const reason = error instanceof Error ? error.message : 'The explainer data could not be loaded.';
  const box = statusBox();
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
  status.replaceChildren(box);
}

/** The page's controls that do nothing without the explainer (links work as links). */
const CONTROLS = 'button, [role="button"], [role="option"], [data-order]';

/** What the explainer tells the click guard once it runs: the code a control still waits for. */
type PendingCode = (target: Element) => Promise<unknown> | null;

/**
 * Holds clicks on the page's controls that would otherwise be lost, and clicks them again
 * when they can work: until the explainer runs, every such click; after that, a click on a
 * graphic whose code is still on its way. `run` replays what was held, in order; `drop`
 * forgets it and stands down while the explainer has failed to start (the status line then
 * offers Retry, which a "Loading" notice must not replace). A held control is marked
 * busy, and the status line says what is happening if the wait is noticeable.
 */
function guardClicks(container: HTMLElement, status: HTMLElement) {
  let held: Element[] = [];
  let pending: PendingCode | null = null;
  let notice = 0;
  const unbusy = (target: Element) => target.closest(CONTROLS)?.removeAttribute('aria-busy');
  /** Clicks `target` again once `waitFor` (a graphic's code) is in; a failed fetch only frees the control. */
  const replay = (target: Element, waitFor: Promise<unknown> | null = null) => {
    if (waitFor) {
      void waitFor.then(() => replay(target), () => unbusy(target));
      return;
    }
    unbusy(target);
    if (target.isConnected) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest(CONTROLS);
    if (!target || !control || !container.contains(control)) return;
    const waitFor = pending ? pending(target) : null;
    if (pending && !waitFor) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    control.setAttribute('aria-busy', 'true');
    if (waitFor) {
      replay(target, waitFor);
      return;
    }
    held.push(target);
    window.clearTimeout(notice);
    notice = window.setTimeout(() => {
      const box = statusBox();
      box.textContent = 'Loading the interactive graphics…';
      status.replaceChildren(box);
    }, HOLD_NOTICE_MS);
  };
  document.addEventListener('click', onClick, true);
  const release = () => {
    window.clearTimeout(notice);
    const list = held;
    held = [];
    return list;
  };
  return {
    run(pendingCode: PendingCode): void {
      pending = pendingCode;
      // Back on duty after a Retry: `drop` stood the guard down when the first start failed.
      document.addEventListener('click', onClick, true);
      for (const target of release()) replay(target, pendingCode(target));
    },
    drop(): void {
      document.removeEventListener('click', onClick, true);
      for (const target of release()) unbusy(target);
    },
  };
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  const status = document.getElementById('status');
  if (!container || !status) return;
  const clicks = guardClicks(container, status);
  if (openedAtOwnAddress(container)) {
    // Landing first: its focus and scroll are not the reader's intent.
    const landed = land(container);
    await waitForIntent();
    await afterLoad(false);
    await start(container, status, clicks, landed);
  } else {
    await afterLoad(true);
    await start(container, status, clicks, false);
  }
}

async function start(container: HTMLElement, status: HTMLElement, clicks: ReturnType<typeof guardClicks>, landed: boolean): Promise<void> {
  releaseAutofocus();
  preloadExplainer(container);
  const attempt = async (): Promise<void> => {
    try {
      const { startExplainer, pendingCode } = await importExplainer(container);
      await startExplainer(container, base, landed);
      status.replaceChildren();
      clicks.run(pendingCode);
    } catch (error) {
      clicks.drop();
      const reason =
        error instanceof Error && /dynamically imported module|Importing a module script failed|error loading/i.test(error.message)
          ? new Error('The explainer could not be loaded: the network request failed.')
          : error;
      showFailure(status, reason, () => void attempt());
    }
  };
  await attempt();
}

void boot();
