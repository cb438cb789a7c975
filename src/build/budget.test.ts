import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFirstLoad, listFirstLoadReferences, measureFirstLoad } from './budget';

const html = `<!doctype html><html><head>
<link rel="icon" href="/sub/favicon.svg" type="image/svg+xml" />
<script type="module" crossorigin src="/sub/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/sub/assets/vendor-b2.js">
<link rel="stylesheet" crossorigin href="/sub/assets/index-c3.css">
<link rel="canonical" href="https://x.test/sub/" />
<script type="application/ld+json">{}</script>
</head><body></body></html>`;

describe('listFirstLoadReferences(html, base)', () => {
  it('finds module scripts, modulepreloads, stylesheets and the icon below the base', () => {
    expect(listFirstLoadReferences(html, '/sub/')).toEqual([
      { path: 'favicon.svg', kind: 'icon' },
      { path: 'assets/index-a1.js', kind: 'js' },
      { path: 'assets/vendor-b2.js', kind: 'js' },
      { path: 'assets/index-c3.css', kind: 'css' },
    ]);
  });
});

describe('measureFirstLoad(outDir, pagePath, base)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the page, what it references and the bundle, gzipped', () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), html);
    for (const f of ['favicon.svg', 'assets/index-a1.js', 'assets/vendor-b2.js', 'assets/index-c3.css', 'data/bundle.json']) writeFileSync(join(dir, f), 'x'.repeat(5000));
    const load = measureFirstLoad(dir, 'index.html', '/sub/');
    expect(load.files.map((f) => f.kind)).toEqual(['html', 'icon', 'js', 'js', 'css', 'json']);
    expect(load.js).toBe(load.files.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzip, 0));
    expect(load.total).toBeGreaterThan(load.js);
    expect(load.files.every((f) => f.gzip < f.raw)).toBe(true);
    expect(formatFirstLoad(load)).toMatch(/JS .* of 110\.0 KB/);
  });

  it('fails when the page references a file the build does not have', () => {
    writeFileSync(join(dir, 'broken.html'), '<script type="module" src="/gone.js"></script>');
    expect(() => measureFirstLoad(dir, 'broken.html')).toThrow(/references gone\.js/);
  });
});
