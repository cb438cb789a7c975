/**
 * The two kinds of static host the bench serves the site from:
 *  - `precompressed`: `npm run serve` (serve.ts), which sends the build's precompressed
 *    brotli and gzip copies and the page's content policy as a header, as a tuned host does;
 *  - `gzip`: a plain host that knows nothing of the build, compresses text with gzip on the
 *    fly at zlib's default level and streams it (no Content-Length, no brotli, no policy
 *    header, no cache headers), as Apache's mod_deflate, nginx's `gzip on` or Express's
 *    `compression()` do.
 * Many real hosts serve the second way, and Lighthouse's simulation can read them apart.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createSiteHandler } from './serve';

export type HostKind = 'precompressed' | 'gzip';

export const HOST_KINDS: readonly HostKind[] = ['precompressed', 'gzip'];

/** What each kind of host does, in a few words, for tables and docs. */
export const HOST_LABELS: Record<HostKind, string> = {
  precompressed: '`npm run serve` (precompressed brotli, CSP header)',
  gzip: 'plain host (gzip on the fly, no CSP header)',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Returns true when a host that gzips on the fly would compress this content type. */
export function isCompressible(type: string): boolean {
  return /^text\/|^application\/(?:json|xml|javascript)|^image\/svg\+xml/.test(type);
}

/** Returns the file a plain static host serves for a URL path ("/x/" is "/x/index.html"), or null. */
export function resolveStaticFile(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const root = resolve(dir);
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(`${root}/`)) return null;
  const file = decoded.endsWith('/') ? join(target, 'index.html') : target;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Returns the request handler of a plain host that gzips text on the fly. */
export function createGzipHostHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const found = resolveStaticFile(dir, path);
    const file = found ?? resolveStaticFile(dir, '/404.html');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', type);
    const gzip = isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (!gzip) {
      res.setHeader('Content-Length', statSync(file).size);
      createReadStream(file).pipe(res);
      return;
    }
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    pipeline(createReadStream(file), createGzip(), res, () => {});
  };
}

/** Serves `dir` at the site's root on a loopback port, as the given kind of host, until closed. */
export function serveAs(kind: HostKind, dir: string, port: number): Promise<Server> {
  const handler = kind === 'gzip' ? createGzipHostHandler(dir) : createSiteHandler({ dir, base: '/' });
  const server = createServer(handler);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** Resolves once the server has closed its connections. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}
