/**
 * The page's content policy and referrer policy: written as meta tags in index.html (the
 * contract, so any static host enforces them) and sent as headers by the local server.
 */

/** The Content-Security-Policy of every page: only this origin, no inline script or style, no eval (fetches and fonts fall back to default-src). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'";

/** The referrer policy: other origins get at most this site's origin. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
