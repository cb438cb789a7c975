/**
 * The page's status line (#status, outside the React root): plain DOM, `textContent` only.
 * It says that a held click is waiting for the explainer, or that the explainer could not be
 * loaded, with a Retry; the prerendered page below stays as it is.
 */

export interface Status {
  /** says the interactive graphics are on their way (a held click has waited a while) */
  loading(): void;
  /** says what failed and offers Retry, which calls `retry` */
  failed(reason: string, retry: () => void): void;
  clear(): void;
}

/** Returns the status line's box, styled like the page's notices. */
function box(doc: Document): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = 'status-notice';
  // CSSOM properties are allowed by the page's style-src 'self' policy; a style attribute in markup would not be.
  Object.assign(p.style, {
    margin: '0 auto',
    maxWidth: 'var(--measure, 68ch)',
    padding: 'var(--space-2, 0.5rem) var(--space-3, 1rem)',
    borderLeft: '4px solid var(--accent, currentColor)',
    background: 'var(--paper-raised, transparent)',
    color: 'var(--ink, inherit)',
    fontFamily: 'var(--font-sans, system-ui, sans-serif)',
  });
  return p;
}

/** Returns the status line written into `element`. */
export function createStatus(element: HTMLElement): Status {
  const doc = element.ownerDocument;
  return {
    loading() {
      const p = box(doc);
      p.textContent = 'Loading the interactive graphics…';
      element.replaceChildren(p);
    },
    failed(reason, retry) {
      const p = box(doc);
      const text = doc.createElement('span');
      text.textContent = `${reason} The interactive graphics are unavailable; the article and its figures below are still readable. `;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'status-retry';
      button.textContent = 'Retry';
      button.addEventListener('click', () => {
        button.disabled = true;
        text.textContent = 'Loading the explainer again… ';
        retry();
      });
      p.append(text, button);
      element.replaceChildren(p);
    },
    clear() {
      element.replaceChildren();
    },
  };
}
