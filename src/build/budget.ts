/**
 * The first-load byte budget (issue 5), measured from the build itself so it is the same on
 * every machine: the page, what its HTML references (module scripts, modulepreloads,
 * stylesheets, the icon) or carries inline (the boot script), the explainer's code that the
 * boot script fetches once the page has loaded (the entry #root names, and everything it
 * imports statically, read from Vite's manifest), and the bundle, all gzipped. Code fetched
 * only later (dynamic imports; the explainer has none today) is listed apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_PATH } from '../data/bundlePath';
import { normaliseBase } from '../routes';
import { EXPLAINER_ATTRIBUTES } from '../boot/explainer';
import { BOOT_FILE_ATTRIBUTE } from './inlineBoot';

export const JS_BUDGET = 120 * 1024;
export const TOTAL_BUDGET = 170 * 1024;

export interface FirstLoadFile {
  /** path below the output directory */
  path: string;
  kind: 'html' | 'js' | 'css' | 'json' | 'icon';
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  files: FirstLoadFile[];
  js: number;
  total: number;
  /** code fetched later, on demand: not part of the first load */
  onDemand: FirstLoadFile[];
}

/** One chunk of Vite's build manifest (dist/.vite/manifest.json), as far as the budget reads it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Where Vite writes its manifest below the output directory (build.manifest: true). */
export const MANIFEST_PATH = '.vite/manifest.json';

/** Returns the build's manifest; throws when the build did not write it (nothing must go uncounted or unlinked). */
export function readManifest(outDir: string): Record<string, ManifestChunk> {
  const file = join(outDir, MANIFEST_PATH);
  if (!existsSync(file)) throw new Error(`${MANIFEST_PATH} is not in ${outDir}: the build must write Vite's manifest (build.manifest in vite.config.ts)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
}

/**
 * Splits the chunks reachable from the page into those the first load fetches and those
 * fetched on demand. The entries (the boot script, and the explainer it starts once the page
 * has loaded) and their static imports are the first load; what those import dynamically is
 * fetched on demand.
 */
export function splitChunks(manifest: Record<string, ManifestChunk>, entryFiles: string[]): { firstLoad: string[]; onDemand: string[] } {
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const firstLoad = new Set<string>();
  const onDemand = new Set<string>();
  const withStaticImports = (key: string, into: Set<string>, skip: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file) || skip.has(chunk.file)) return;
    into.add(chunk.file);
    for (const next of chunk.imports ?? []) withStaticImports(next, into, skip);
  };
  const entries = entryFiles.map((file) => keyOf.get(file)).filter((key): key is string => key !== undefined);
  for (const key of entries) withStaticImports(key, firstLoad, onDemand);
  const loaded = [...firstLoad].map((file) => keyOf.get(file) ?? '');
  for (const key of loaded.flatMap((k) => manifest[k]?.dynamicImports ?? [])) withStaticImports(key, onDemand, firstLoad);
  return { firstLoad: [...firstLoad], onDemand: [...onDemand] };
}

/** Returns a URL path as a path below the base ("/sub/assets/a.js" → "assets/a.js"). */
function belowBase(url: string, base: string): string {
  const b = normaliseBase(base);
  return url.startsWith(b) ? url.slice(b.length) : url.replace(/^\.?\//, '');
}

/**
 * Returns the paths (below the base) a page's HTML makes the browser fetch at once, and the
 * built file an inline boot script was taken from (its code counts as JavaScript).
 */
export function listFirstLoadReferences(html: string, base = '/'): { path: string; kind: FirstLoadFile['kind'] }[] {
  const refs: { path: string; kind: FirstLoadFile['kind'] }[] = [];
  const strip = (url: string) => belowBase(url, base);
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const inline = new RegExp(`\\s${BOOT_FILE_ATTRIBUTE}="([^"]+)"`).exec(tag)?.[1];
    if (inline) {
      refs.push({ path: inline, kind: 'js' });
      continue;
    }
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    if (tag.startsWith('<script') && /type="module"/.test(tag)) refs.push({ path: strip(src), kind: 'js' });
    else if (/rel="modulepreload"/.test(tag)) refs.push({ path: strip(src), kind: 'js' });
    else if (/rel="stylesheet"/.test(tag)) refs.push({ path: strip(src), kind: 'css' });
    else if (/rel="(?:shortcut )?icon"/.test(tag)) refs.push({ path: strip(src), kind: 'icon' });
  }
  return refs;
}

/** Returns the gzipped first load of the page at `pagePath` (below `outDir`). */
export function measureFirstLoad(outDir: string, pagePath = 'index.html', base = '/'): FirstLoad {
  const size = (path: string, kind: FirstLoadFile['kind']): FirstLoadFile => {
    const file = join(outDir, path);
    if (!existsSync(file)) throw new Error(`${pagePath} references ${path}, which is not in ${outDir}`);
    const data = readFileSync(file);
    return { path, kind, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const html = readFileSync(join(outDir, pagePath), 'utf8');
  const references = listFirstLoadReferences(html, base);
  // Without the manifest the explainer's code would go uncounted: refuse rather than under-report.
  const manifest = readManifest(outDir);
  const explainer = new RegExp(`\\s${EXPLAINER_ATTRIBUTES.code}="([^"]+)"`).exec(html)?.[1];
  const entries = references.filter((r) => r.kind === 'js').map((r) => r.path);
  if (explainer) entries.push(belowBase(explainer, base));
  const chunks = splitChunks(manifest, entries);
  const seen = new Set<string>();
  // The inline boot script counts once, as JavaScript (its file, above), not again in the page.
  const page = Buffer.from(html.replace(new RegExp(`(<script\\b[^>]*\\s${BOOT_FILE_ATTRIBUTE}="[^"]*"[^>]*>)[\\s\\S]*?</script>`, 'g'), '$1</script>'));
  const files: FirstLoadFile[] = [{ path: pagePath, kind: 'html', raw: page.length, gzip: gzipSync(page, { level: 9 }).length }];
  const firstLoad = [...references, ...chunks.firstLoad.map((path) => ({ path, kind: 'js' as const })), { path: BUNDLE_PATH, kind: 'json' as const }];
  for (const ref of firstLoad) {
    if (seen.has(ref.path)) continue;
    seen.add(ref.path);
    files.push(size(ref.path, ref.kind));
  }
  const sum = (list: FirstLoadFile[]) => list.reduce((n, f) => n + f.gzip, 0);
  const onDemand = chunks.onDemand.map((path) => size(path, 'js'));
  return { files, js: sum(files.filter((f) => f.kind === 'js')), total: sum(files), onDemand };
}

/** Returns the figures as a small table for the test log. */
export function formatFirstLoad(load: FirstLoad): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const row = (f: FirstLoadFile) => `  ${f.kind.padEnd(5)} ${kb(f.gzip).padStart(9)} gz ${kb(f.raw).padStart(9)} raw  ${f.path}`;
  const later = load.onDemand.length ? ['  fetched later, on demand:', ...load.onDemand.map(row)] : [];
  return [...load.files.map(row), `  JS    ${kb(load.js).padStart(9)} of ${kb(JS_BUDGET)}`, `  total ${kb(load.total).padStart(9)} of ${kb(TOTAL_BUDGET)}`, ...later].join('\n');
}
