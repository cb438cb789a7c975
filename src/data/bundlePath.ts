/** Path of the bundle below the site's base; the build and the dev server both serve it here. */
export const BUNDLE_PATH = 'data/bundle.json';

/** Returns the bundle's URL under `base` ("/" or "/sub/"). */
export function bundleUrl(base: string): string {
  return `${base.replace(/\/?$/, '/')}${BUNDLE_PATH}`;
}
