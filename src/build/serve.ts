/**
 * The static server for the built site: serves OUT_DIR under BASE like a static host would
 * (precompressed files, 404.html with status 404 for unknown paths, "dir" → "dir/"), with
 * sane caching and the page's security headers. `npm run serve`; PORT (default 4173).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { normaliseBase } from '../routes';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './policy';

export interface ServeOptions {
  dir: string;
  base: string;
}

/** Returns the Cache-Control for a path below the base: hashed assets forever, everything else revalidated. */
export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/og/')) return 'public, max-age=3600';
  return 'no-cache';
}

/**
 * Returns the content policy the built pages carry in their meta tag, which allows their
 * inline boot script by its hash (build/inlineBoot.ts); the base policy where there is none.
 */
export function pagePolicy(dir: string): string {
  const page = join(dir, 'index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? CONTENT_SECURITY_POLICY;
}

/**
 * Returns a function giving `dir`'s page policy, read again only when index.html changes: a
 * rebuild under a running server changes the hash, and every response sends the policy.
 */
function pagePolicyOf(dir: string): () => string {
  let seen: { mtimeMs: number; policy: string } | null = null;
  return () => {
    const mtimeMs = statSync(join(dir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (seen?.mtimeMs !== mtimeMs) seen = { mtimeMs, policy: pagePolicy(dir) };
    return seen.policy;
  };
}

function setSecurityHeaders(res: ServerResponse, policy: string): void {
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('Referrer-Policy', REFERRER_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Returns the request handler serving `dir` under `base`. */
export function createSiteHandler(options: ServeOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const dir = resolve(options.dir);
  const base = normaliseBase(options.base);
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(dir, '404.html');
    res.statusCode = 404;
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(page)) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : readFileSync(page));
  };
  // dev mode reads the disk on every request, so a rebuild under a running server is served as is.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    onNoMatch: notFound,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControlFor(pathname)),
  });

  const policy = pagePolicyOf(dir);
  return (req, res) => {
    setSecurityHeaders(res, policy());
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? '' : raw.slice(q);
    if (`${path}/` === base) return redirect(res, base + search);
    if (!path.startsWith(base)) return notFound(req, res);
    const rest = `/${path.slice(base.length)}`;
    // "timeline" → "timeline/", as static hosts do, so every page has one address.
    if (!rest.endsWith('/') && isDirectoryWithIndex(dir, rest)) return redirect(res, `${base}${rest.slice(1)}/${search}`);
    req.url = rest + search;
    files(req, res, () => notFound(req, res));
  };
}

function isDirectoryWithIndex(dir: string, rest: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return false;
  }
  const target = resolve(dir, `.${decoded}`);
  if (!target.startsWith(dir)) return false;
  try {
    return statSync(target).isDirectory() && existsSync(join(target, 'index.html'));
  } catch {
    return false;
  }
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 301;
  // Never "//host": a path that starts with two slashes would send the reader to another origin.
  res.setHeader('Location', location.replace(/^\/+/, '/'));
  res.setHeader('Cache-Control', 'no-cache');
  res.end();
}

/** Starts the server and resolves once it listens. */
export function startServer(options: ServeOptions & { port: number }): Promise<Server> {
  const server = createServer(createSiteHandler(options));
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => resolveServer(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.env.OUT_DIR || 'dist';
  const base = normaliseBase(process.env.BASE ?? '/');
  const port = Number(process.env.PORT) || 4173;
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html does not exist: run npm run build first.`);
    process.exit(1);
  }
  startServer({ dir, base, port }).then(
    (server) => {
      console.log(`Explainer running at http://localhost:${port}${base}`);
      const stop = () => server.close(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `serve: port ${port} is in use: set PORT to another port.` : `serve: ${error.message}`);
      process.exit(1);
    },
  );
}
