/**
 * Whether each built page arrives in the first round trip from a host that gzips on the fly.
 * A page whose compressed HTML and headers exceed TCP's first window (14,600 bytes) waits one
 * more round trip before anything can paint; Lighthouse's simulation counts that round trip
 * (150 ms on the mobile profile) into FCP and LCP, and the no-script floor, 2 KB smaller,
 * does not pay it. Brotli from `npm run serve` makes the same page about a quarter smaller,
 * which is why the two kinds of host read differently (decision 0002).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { FIRST_WINDOW_BYTES } from './benchRoundTrips';

/** What a host's response headers take of the first window: 236 bytes from the bench's plain host, more from most CDNs. */
export const HEADER_ALLOWANCE_BYTES = 500;

export interface PageWeight {
  /** the page's file below the site's folder, e.g. "timeline/x/index.html" */
  path: string;
  /** gzip at zlib's default level, as Apache, Express's compression() and the bench's plain host send it */
  gzipBytes: number;
  brotliBytes: number;
  /** the gzipped page and the header allowance fit the first window */
  fitsFirstWindow: boolean;
}

/** Returns whether `gzipBytes` of HTML, with the header allowance, arrive in the first round trip. */
export function fitsFirstWindow(gzipBytes: number): boolean {
  return gzipBytes + HEADER_ALLOWANCE_BYTES <= FIRST_WINDOW_BYTES;
}

/** Returns every HTML page under `dir` with its compressed sizes, heaviest first. */
export function weighPages(dir: string): PageWeight[] {
  const pages: PageWeight[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path);
        const gzipBytes = gzipSync(html).length;
        pages.push({ path: relative(dir, path), gzipBytes, brotliBytes: brotliCompressSync(html).length, fitsFirstWindow: fitsFirstWindow(gzipBytes) });
      }
    }
  };
  walk(dir);
  return pages.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Returns one line on the pages that miss the first round trip when gzipped on the fly. */
export function formatPageWeights(pages: readonly PageWeight[]): string {
  const over = pages.filter((p) => !p.fitsFirstWindow);
  const heaviest = pages[0];
  const lightest = pages.at(-1);
  if (!heaviest || !lightest) return 'No pages found.';
  const budget = FIRST_WINDOW_BYTES - HEADER_ALLOWANCE_BYTES;
  return `Pages gzipped on the fly (zlib's default level) within the first round trip (≤ ${budget} B, leaving ${HEADER_ALLOWANCE_BYTES} B of the ${FIRST_WINDOW_BYTES} B window for headers): ${pages.length - over.length} of ${pages.length}${over.length ? ' (**NOT met**)' : ' (met)'}; from ${lightest.gzipBytes} B (${lightest.path}) to ${heaviest.gzipBytes} B (${heaviest.path}); brotli ${Math.min(...pages.map((p) => p.brotliBytes))}–${Math.max(...pages.map((p) => p.brotliBytes))} B.`;
}
