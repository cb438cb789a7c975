/**
 * The bench's "floor": a copy of the built site with every script removed, which shows what
 * the prerendered HTML alone achieves, and a one-paragraph control page served beside it,
 * which shows what this machine's Chromium scores for nearly nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Returns the page without its scripts (JSON data blocks stay) and module preloads. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
}

/** The control page's file name in the floor's folder. */
export const CONTROL_PAGE = 'bench-control.html';

/** The control page: one paragraph, no script, no stylesheet, no image. */
const CONTROL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Control page</title><meta name="description" content="One paragraph, nothing else: what the browser does on its own.">
<link rel="icon" href="data:,"></head>
<body><main><h1>Control page</h1><p>One paragraph of text and nothing else, to show what Lighthouse reports for a page that does almost no work on this machine.</p></main></body></html>
`;

/** Copies the built site to a temporary folder with every page stripped of its scripts, plus the control page; returns the folder. */
export function makeFloor(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-floor-'));
  cpSync(from, dir, { recursive: true });
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = stripScripts(readFileSync(path, 'utf8'));
        writeFileSync(path, html);
        // The server prefers the precompressed copies: they must be the stripped page too.
        if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(html, { level: 9 }));
        if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(html));
      }
    }
  };
  walk(dir);
  writeFileSync(join(dir, CONTROL_PAGE), CONTROL_HTML);
  return dir;
}
