/**
 * Share a link to a place on the page: the system share sheet where the browser has one
 * (phones), else a copy to the clipboard, and a visible, polite confirmation either way.
 */
import { useEffect, useId, useState } from 'react';

export interface ShareButtonProps {
  /** absolute URL path of the place, base included: "/timeline/joins-damo/" */
  href: string;
  /** what the share sheet calls the link */
  title: string;
  /** the button's text */
  label: string;
}

type ShareStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'shared' } | { kind: 'manual'; url: string };

/** How long the confirmation stays before the button is quiet again. */
const CONFIRM_MS = 4000;

/** Returns a share button with its status line. */
export function ShareButton({ href, title, label }: ShareButtonProps) {
  const [status, setStatus] = useState<ShareStatus>({ kind: 'idle' });
  const statusId = useId();

  useEffect(() => {
    if (status.kind !== 'copied' && status.kind !== 'shared') return;
    const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const share = async () => {
    const url = new URL(href, window.location.origin).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        setStatus({ kind: 'shared' });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to confirm, nothing to fall back to.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      // No clipboard (permission, insecure context): show the link so it can be copied by hand.
      setStatus({ kind: 'manual', url });
    }
  };

  return (
    <span className="share">
      <button type="button" className="share-button" onClick={() => void share()} aria-describedby={statusId}>
        {/* The link icon is drawn by the stylesheet (page.css): written here it cost every page 150 bytes gzipped per button. */}
        <span className="share-icon" aria-hidden="true" />
        {label}
      </button>
      <span id={statusId} className="share-status" role="status">
        {status.kind === 'copied' ? 'Link copied' : null}
        {status.kind === 'shared' ? 'Link shared' : null}
        {status.kind === 'manual' ? (
          <>
            Copy this link:{' '}
            <input className="share-manual" type="text" readOnly value={status.url} aria-label="Link to copy" onFocus={(e) => e.currentTarget.select()} />
          </>
        ) : null}
      </span>
    </span>
  );
}
