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

/** Returns the status line's box, styled like the page's notices (base.css). */
function box(doc: Document): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = 'status-notice';
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
      text.textContent = `${reason} The interactive graphics are unavailable; the article below is still readable. `;
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
