/**
 * Prerendering: after the client and SSR builds, writes one static HTML page per route (the
 * rendered app plus its own title, description, canonical link, Open Graph and Twitter tags
 * and NewsArticle data), a 404.html for static hosts, robots.txt, sitemap.xml and the
 * preview images, then precompresses the text files. Any failure stops with a message.
 *
 * Env: OUT_DIR (client build, default dist), SSR_OUT_DIR (SSR build, default dist-ssr),
 * BASE (default "/"), SITE_URL (origin for absolute links, default http://localhost:4173).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { describeRoute } from '../routeMeta';
import { listRoutes, normaliseBase, type Route, routeHref, routeToPath } from '../routes';
import { landingOf } from '../landing';
import type { Bundle } from '../schema/bundle';
import { validateBundle } from '../schema/validate';
import { bundleUrl } from '../data/bundlePath';
import { readManifest } from './budget';
import { checkTemplate, escapeHtml, fillTemplate, findPolicyProblems, renderHeadTags } from './headTags';
import { explainerFile, inlineBootScript } from './inlineBoot';
import { previewPath, readColors, writePreviewImages } from './previewImages';

export interface PrerenderOptions {
  outDir: string;
  ssrDir: string;
  base: string;
  /** origin (and any path prefix the host adds) for canonical and image URLs, without a trailing slash */
  siteUrl: string;
  /** the page styles' tokens, for the preview images' colours */
  cssPath?: string;
  log?: (line: string) => void;
}

export interface PrerenderReport {
  pages: string[];
  images: { path: string; bytes: number }[];
  ms: number;
}

type RenderFn = (url: string, bundle: Bundle, base: string) => { html: string };

/** Returns the text of a file written atomically: to a temporary name first, then renamed into place. */
export async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Returns the built index.html with its placeholders, keeping a pristine copy so prerendering can run again. */
async function readTemplate(outDir: string, ssrDir: string): Promise<string> {
  const built = join(outDir, 'index.html');
  const kept = join(ssrDir, 'template.html');
  if (!existsSync(built)) throw new Error(`${built} does not exist: run the client build first (vite build).`);
  const html = await readFile(built, 'utf8');
  if (checkTemplate(html).length === 0) {
    await writeAtomic(kept, html);
    return html;
  }
  if (existsSync(kept)) return readFile(kept, 'utf8');
  throw new Error(`${built} is not a template (${checkTemplate(html).join(', ')}) and no earlier copy was kept: run vite build again.`);
}

async function readBundle(outDir: string): Promise<Bundle> {
  const file = join(outDir, 'data', 'bundle.json');
  if (!existsSync(file)) throw new Error(`${file} does not exist: the client build emits it (is the article plugin in vite.config.ts?).`);
  const result = validateBundle(JSON.parse(await readFile(file, 'utf8')));
  if (!result.ok) throw new Error(`${file} is not a valid bundle:\n${result.problems.join('\n')}`);
  return result.bundle;
}

async function loadRender(ssrDir: string): Promise<RenderFn> {
  const entry = ['entry-server.js', 'entry-server.mjs'].map((f) => join(ssrDir, f)).find((f) => existsSync(f));
  if (!entry) throw new Error(`No entry-server.js in ${ssrDir}: run vite build --ssr src/entry-server.tsx --outDir ${ssrDir} first.`);
  const mod = (await import(pathToFileURL(entry).href)) as { render?: RenderFn };
  if (typeof mod.render !== 'function') throw new Error(`${entry} does not export render(url, bundle, base).`);
  return mod.render;
}

/** Returns the file a route's page is written to, below the output directory. */
export function pageFile(route: Route): string {
  return `${routeToPath(route)}index.html`;
}

/** Returns robots.txt: everything may be crawled; the sitemap lists the pages. */
export function renderRobots(siteUrl: string, base: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`;
}

/** Returns sitemap.xml listing every page's canonical URL. */
export function renderSitemap(urls: string[]): string {
  const entries = urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest)$/;

/** Writes a .gz and a .br beside every text file in `dir`, so the server sends them compressed without work per request. */
export async function precompress(dir: string): Promise<number> {
  const gz = promisify(gzip);
  const br = promisify(brotliCompress);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      await writeAtomic(`${file}.gz`, await gz(data, { level: 9 }));
      // Quality 11 takes seconds per megabyte: a very long article would stall the build on it.
      const quality = data.length > 1_000_000 ? 5 : 11;
      await writeAtomic(`${file}.br`, await br(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    }),
  );
  return files.length;
}

/** Prerenders every route of the built site into `outDir` and returns what was written. */
export async function prerenderSite(options: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const base = normaliseBase(options.base);
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  const built = await readTemplate(options.outDir, options.ssrDir);
  const problems = checkTemplate(built);
  if (problems.length) throw new Error(`index.html cannot be used as a template: ${problems.join(', ')}.`);
  const manifest = readManifest(options.outDir);
  const { template } = inlineBootScript(built, manifest, (file) => readFileSync(join(options.outDir, file), 'utf8'), base);
  const explainer = { codeHref: `${base}${explainerFile(manifest)}`, bundleHref: bundleUrl(base) };
  const bundle = await readBundle(options.outDir);
  const render = await loadRender(options.ssrDir);
  const routes = listRoutes(bundle);
  const absolute = (path: string) => `${siteUrl}${base}${path}`;

  const renderPage = (route: Route | null, path: string) => {
    const url = route ? routeHref(route, base) : `${base}404.html`;
    let html: string;
    try {
      html = render(url, bundle, base).html;
    } catch (error) {
      throw new Error(`rendering ${url} failed: ${(error as Error).stack ?? error}`);
    }
    const policy = findPolicyProblems(html);
    if (policy.length) throw new Error(`the page ${url} would break under its Content-Security-Policy:\n  ${policy.join('\n  ')}`);
    const meta = describeRoute(bundle, route ?? { kind: 'home' });
    const head = route
      ? { meta, canonical: absolute(routeToPath(route)), image: absolute(previewPath(route)) }
      : {
          meta: { ...meta, title: `Page not found — ${meta.title}` },
          canonical: null,
          image: absolute(previewPath({ kind: 'home' })),
          noindex: true,
        };
    return { path, page: fillTemplate(template, { title: head.meta.title, headTags: renderHeadTags(bundle, head), html, status: '', renderedPath: url, landing: route ? landingOf(route) : null, explainer }) };
  };

  const pages = [...routes.map((r) => renderPage(r, pageFile(r))), renderPage(null, '404.html')];
  for (const { path, page } of pages) await writeAtomic(join(options.outDir, path), page);
  log(`prerendered ${pages.length} pages (${routes.length} routes and 404.html)`);

  await writeAtomic(join(options.outDir, 'robots.txt'), renderRobots(siteUrl, base));
  await writeAtomic(join(options.outDir, 'sitemap.xml'), renderSitemap(routes.map((r) => absolute(routeToPath(r)))));

  const css = options.cssPath && existsSync(options.cssPath) ? await readFile(options.cssPath, 'utf8') : null;
  const imageStart = performance.now();
  const images = await writePreviewImages(bundle, routes, options.outDir, { colors: readColors(css), concurrency: 3 });
  const sizes = images.map((i) => i.bytes);
  log(
    `drew ${images.length} preview images in ${Math.round(performance.now() - imageStart)} ms ` +
      `(${Math.round(Math.min(...sizes) / 1024)}–${Math.round(Math.max(...sizes) / 1024)} KB)`,
  );
  const compressed = await precompress(options.outDir);
  log(`precompressed ${compressed} text files (.gz, .br)`);
  return { pages: pages.map((p) => p.path), images: images.map(({ path, bytes }) => ({ path, bytes })), ms: performance.now() - started };
}

/** Returns the prerender options from the environment. */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): PrerenderOptions {
  return {
    outDir: env.OUT_DIR || 'dist',
    ssrDir: env.SSR_OUT_DIR || 'dist-ssr',
    base: env.BASE || '/',
    siteUrl: env.SITE_URL || 'http://localhost:4173',
    cssPath: 'src/styles/base.css',
    log: (line) => console.log(`prerender: ${line}`),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  prerenderSite(optionsFromEnv()).then(
    (report) => console.log(`prerender: done in ${Math.round(report.ms)} ms`),
    (error: unknown) => {
      console.error(`prerender: failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
