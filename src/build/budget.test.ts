import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFirstLoad, listFirstLoadReferences, MANIFEST_PATH, measureFirstLoad, splitChunks } from './budget';

const html = `<!doctype html><html><head>
<link rel="icon" href="/sub/favicon.svg" type="image/svg+xml" />
<script type="module" crossorigin src="/sub/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/sub/assets/vendor-b2.js">
<link rel="stylesheet" crossorigin href="/sub/assets/index-c3.css">
<link rel="canonical" href="https://x.test/sub/" />
<script type="application/ld+json">{}</script>
</head><body><div id="root" data-explainer="/sub/assets/app-d4.js"></div></body></html>`;

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

// The shape of the build: a boot entry, the explainer entry it starts, graphics loaded on demand.
const manifest = {
  'index.html': { file: 'assets/index-a1.js', imports: ['_vendor-b2.js'] },
  '_vendor-b2.js': { file: 'assets/vendor-b2.js' },
  'src/app.tsx': { file: 'assets/app-d4.js', imports: ['_shared-e5.js'], dynamicImports: ['src/chart.tsx'] },
  '_shared-e5.js': { file: 'assets/shared-e5.js' },
  'src/chart.tsx': { file: 'assets/chart-f6.js', imports: ['_shared-e5.js', '_d3-g7.js', 'src/app.tsx'] },
  '_d3-g7.js': { file: 'assets/d3-g7.js' },
};

describe('splitChunks(manifest, entryFiles)', () => {
  it('counts the entries (the boot script, the explainer) and their static imports; what they load later is on demand', () => {
    expect(splitChunks(manifest, ['assets/index-a1.js', 'assets/app-d4.js'])).toEqual({
      firstLoad: ['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/app-d4.js', 'assets/shared-e5.js'],
      onDemand: ['assets/chart-f6.js', 'assets/d3-g7.js'],
    });
  });

  it('counts nothing for scripts the manifest does not know', () => {
    expect(splitChunks(manifest, ['assets/other.js'])).toEqual({ firstLoad: [], onDemand: [] });
  });
});

describe('measureFirstLoad(outDir, pagePath, base)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the page, what it references and the bundle, gzipped', () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, MANIFEST_PATH), JSON.stringify(manifest));
    writeFileSync(join(dir, 'index.html'), html);
    const files = ['favicon.svg', 'assets/index-a1.js', 'assets/vendor-b2.js', 'assets/index-c3.css', 'data/bundle.json'];
    for (const f of [...files, 'assets/app-d4.js', 'assets/shared-e5.js', 'assets/chart-f6.js', 'assets/d3-g7.js']) writeFileSync(join(dir, f), 'x'.repeat(5000));
    const load = measureFirstLoad(dir, 'index.html', '/sub/');
    expect(load.files.map((f) => f.path)).toEqual(['index.html', ...files.slice(0, 4), 'assets/app-d4.js', 'assets/shared-e5.js', 'data/bundle.json']);
    expect(load.files.map((f) => f.kind)).toEqual(['html', 'icon', 'js', 'js', 'css', 'js', 'js', 'json']);
    expect(load.onDemand.map((f) => f.path)).toEqual(['assets/chart-f6.js', 'assets/d3-g7.js']);
    expect(load.js).toBe(load.files.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzip, 0));
    expect(load.total).toBeGreaterThan(load.js);
    expect(load.files.every((f) => f.gzip < f.raw)).toBe(true);
    expect(formatFirstLoad(load)).toMatch(/JS .* of 120\.0 KB/);
    expect(formatFirstLoad(load)).toMatch(/fetched later[\s\S]*chart-f6\.js/);
  });

  it('refuses to measure a build without the manifest rather than leave the explainer uncounted', () => {
    const bare = mkdtempSync(join(tmpdir(), 'budget-bare-'));
    writeFileSync(join(bare, 'index.html'), html);
    try {
      expect(() => measureFirstLoad(bare, 'index.html', '/sub/')).toThrow(/manifest/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('counts an inline boot script once, as the JavaScript of the file it was taken from', () => {
    const code = `console.log(${JSON.stringify('y'.repeat(3000))})`;
    writeFileSync(join(dir, 'inline.html'), html.replace('<script type="module" crossorigin src="/sub/assets/index-a1.js"></script>', `<script type="module" data-boot="assets/index-a1.js">${code}</script>`));
    const inline = measureFirstLoad(dir, 'inline.html', '/sub/');
    const named = measureFirstLoad(dir, 'index.html', '/sub/');
    expect(inline.files.map((f) => f.path)).toEqual(named.files.map((f) => (f.path === 'index.html' ? 'inline.html' : f.path)));
    expect(inline.js).toBe(named.js);
    // The page is measured without the code it carries.
    expect(Math.abs((inline.files[0]?.raw ?? 0) - (named.files[0]?.raw ?? 0))).toBeLessThan(60);
  });

  it('fails when the page references a file the build does not have', () => {
    writeFileSync(join(dir, 'broken.html'), '<script type="module" src="/gone.js"></script>');
    expect(() => measureFirstLoad(dir, 'broken.html')).toThrow(/references gone\.js/);
  });
});
