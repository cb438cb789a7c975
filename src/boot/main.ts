/**
 * The boot script, the only script in the page: the build writes it inline (with its hash in
 * the page's content policy, build/inlineBoot.ts), so it runs as soon as the page is parsed,
 * with no request of its own. The prerendered HTML is the page; this
 *  - lands a deep link opened at its own address where the HTML's autofocus has not (a
 *    section, the org view), at once;
 *  - holds clicks on the page's controls until the explainer runs, then clicks them again;
 *  - once the page has loaded, at the first idle moment, fetches the explainer (React, the
 *    app, both graphics: one file) and the bundle, and starts it, which hydrates the page once;
 *  - when that fails, leaves the page as it is and says so in #status, with a Retry.
 * It imports only modules the explainer does not (src/boot/), and hands the explainer the
 * landing moves, so a deep link and a later click land alike.
 */
import { guardClicks } from './clickGuard';
import { createExplainerLoader } from './explainer';
import { whenToStart } from './start';
import { focusTargetOf, moveTo, readLanding } from './landing';
import { createStatus, type Status } from './status';

const base = import.meta.env.BASE_URL;

/** Returns a reader's reason for a failed start: the bundle's own message, or the code's network failure. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/dynamically imported module|Importing a module script failed|error loading/i.test(message)) return 'The explainer could not be loaded: the network request failed.';
  return message || 'The explainer data could not be loaded.';
}

async function boot(root: HTMLElement, status: Status): Promise<void> {
  // Opened at the address it was prerendered for, with no fragment and no history entry to
  // restore, the page knows where it lands without the app: a landing, not the reader's intent.
  const ownAddress = root.dataset.prerenderedPath === window.location.pathname && !window.location.hash && window.history.state == null;
  const landing = ownAddress ? readLanding(root) : null;
  if (landing && document.activeElement !== focusTargetOf(document, landing)) moveTo(document, landing, { behavior: 'instant', focus: true });
  const hold = () => guardClicks(root, { onLongWait: status.loading });
  let clicks = hold();
  const explainer = createExplainerLoader(root, base);
  await whenToStart(window);
  const attempt = async () => {
    try {
      const { startExplainer } = await explainer.load();
      await startExplainer(root, { base, landed: ownAddress, landing: { moveTo } });
      // The page glides again (base.css keeps smooth scrolling off while a landing is marked autofocus).
      document.querySelector('[autofocus]')?.removeAttribute('autofocus');
      status.clear();
      clicks.release();
    } catch (error) {
      clicks.drop();
      status.failed(reasonOf(error), () => {
        clicks = hold();
        void attempt();
      });
    }
  };
  await attempt();
}

const root = document.getElementById('root');
const status = document.getElementById('status');
if (root && status) void boot(root, createStatus(status));
