/**
 * The first-load byte budget (issue 5), measured from the build itself so it is the same on
 * every machine: what a page's HTML references on first load (module scripts, modulepreloads,
 * stylesheets, the icon), plus the page and the bundle it fetches, gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_PATH } from '../data/bundleQuery';
import { normaliseBase } from '../routes';

export const JS_BUDGET = 110 * 1024;
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
}

/** Returns the paths (below the base) a page's HTML makes the browser fetch at once. */
export function listFirstLoadReferences(html: string, base = '/'): { path: string; kind: FirstLoadFile['kind'] }[] {
  const b = normaliseBase(base);
  const refs: { path: string; kind: FirstLoadFile['kind'] }[] = [];
  const strip = (url: string) => (url.startsWith(b) ? url.slice(b.length) : url.replace(/^\.?\//, ''));
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
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
  const seen = new Set<string>();
  const files = [size(pagePath, 'html')];
  for (const ref of [...listFirstLoadReferences(html, base), { path: BUNDLE_PATH, kind: 'json' as const }]) {
    if (seen.has(ref.path)) continue;
    seen.add(ref.path);
    files.push(size(ref.path, ref.kind));
  }
  const sum = (list: FirstLoadFile[]) => list.reduce((n, f) => n + f.gzip, 0);
  return { files, js: sum(files.filter((f) => f.kind === 'js')), total: sum(files) };
}

/** Returns the figures as a small table for the test log. */
export function formatFirstLoad(load: FirstLoad): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = load.files.map((f) => `  ${f.kind.padEnd(5)} ${kb(f.gzip).padStart(9)} gz ${kb(f.raw).padStart(9)} raw  ${f.path}`);
  return [...rows, `  JS    ${kb(load.js).padStart(9)} of ${kb(JS_BUDGET)}`, `  total ${kb(load.total).padStart(9)} of ${kb(TOTAL_BUDGET)}`].join('\n');
}
