import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticBundle } from '../schema/testing';
import { MANIFEST_PATH } from './budget';
import { pageFile, precompress, prerenderSite, renderRobots, renderSitemap } from './prerender';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * An SSR entry that renders the path, and on a card's or an event's page the element that
 * page lands on (the real app renders every card and event; this renders the one needed).
 */
const RENDER_PATH = `export function render(url) {
  const deep = /\\/(metrics|timeline)\\/([^/]+)\\/$/.exec(url);
  const target = deep ? '<p id="' + (deep[1] === 'metrics' ? 'metric-' : 'event-') + deep[2] + '">target</p>' : '';
  return { html: '<main><h1>page ' + url + '</h1>' + target + '</main>' };
}`;

/**
 * Returns a built site in a temp dir: the project's index.html as Vite builds it (naming a
 * boot script, with its manifest), a bundle, and an SSR entry that renders the path.
 */
function makeBuild(render = RENDER_PATH, base = '/') {
  const root = mkdtempSync(join(tmpdir(), 'prerender-test-'));
  dirs.push(root);
  const outDir = join(root, 'dist');
  const ssrDir = join(root, 'ssr');
  mkdirSync(join(outDir, 'data'), { recursive: true });
  mkdirSync(ssrDir);
  const source = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const built = source.replace(/<script type="module" src="[^"]*"><\/script>/, `<script type="module" crossorigin src="${base}assets/index-t1.js"></script>`);
  expect(built).not.toBe(source);
  writeFileSync(join(outDir, 'index.html'), built);
  mkdirSync(join(outDir, 'assets'));
  writeFileSync(join(outDir, 'assets', 'index-t1.js'), 'document.documentElement.dataset.booted="";\n//# sourceMappingURL=index-t1.js.map\n');
  mkdirSync(join(outDir, '.vite'));
  writeFileSync(
    join(outDir, MANIFEST_PATH),
    JSON.stringify({ 'index.html': { file: 'assets/index-t1.js', isEntry: true }, 'src/hydrate.tsx': { file: 'assets/hydrate-t2.js', isEntry: true } }),
  );
  writeFileSync(join(outDir, 'data', 'bundle.json'), JSON.stringify(makeSyntheticBundle()));
  writeFileSync(join(ssrDir, 'entry-server.js'), render);
  return { outDir, ssrDir };
}

describe('prerenderSite(options)', () => {
  it('writes a page per route, 404.html, robots, sitemap, previews and compressed copies', async () => {
    const { outDir, ssrDir } = makeBuild(RENDER_PATH, '/sub/');
    const report = await prerenderSite({ outDir, ssrDir, base: '/sub/', siteUrl: 'https://x.test/' });
    expect(report.pages).toEqual([
      'index.html',
      'metrics/index.html',
      'metrics/alpha/index.html',
      'timeline/index.html',
      'timeline/first-event/index.html',
      'org/index.html',
      'org/before/index.html',
      'org/after/index.html',
      'source/index.html',
      '404.html',
    ]);
    const event = readFileSync(join(outDir, 'timeline/first-event/index.html'), 'utf8');
    expect(event).toContain('<title>2000: First — Headline</title>');
    expect(event).toContain('<link rel="canonical" href="https://x.test/sub/timeline/first-event/" />');
    // The deep link's landing rides on the root, for the boot script; an event lands by autofocus, before any script.
    expect(event).toContain(
      '<div id="root" data-prerendered-path="/sub/timeline/first-event/" data-explainer="/sub/assets/hydrate-t2.js" data-bundle="/sub/data/bundle.json" data-land-scroll="event-first-event" data-land-block="center" data-land-focus="#event-first-event"><main><h1>page /sub/timeline/first-event/</h1><p id="event-first-event" autofocus>target</p></main></div>',
    );
    // The boot script is in the page, and the policy allows exactly it.
    expect(event).toContain('<script type="module" data-boot="assets/index-t1.js">document.documentElement.dataset.booted="";</script>');
    expect(event).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(event).not.toContain('assets/index-t1.js"></script>');
    expect(readFileSync(join(outDir, 'metrics/alpha/index.html'), 'utf8')).toContain('<p id="metric-alpha" autofocus>');
    expect(readFileSync(join(outDir, 'timeline/index.html'), 'utf8')).not.toContain('autofocus');
    const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex" />');
    expect(notFound).toContain('data-prerendered-path="/sub/404.html" data-explainer="/sub/assets/hydrate-t2.js" data-bundle="/sub/data/bundle.json">');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<div id="root" data-prerendered-path="/sub/" data-explainer="/sub/assets/hydrate-t2.js" data-bundle="/sub/data/bundle.json">');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://x.test/sub/sitemap.xml');
    expect(report.images).toHaveLength(9);
    expect(existsSync(join(outDir, 'og', 'timeline--first-event.png'))).toBe(true);
    expect(gunzipSync(readFileSync(join(outDir, 'index.html.gz'))).toString()).toBe(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(existsSync(join(outDir, 'data', 'bundle.json.br'))).toBe(true);
  }, 60_000);

  it('can run again on its own output, from the template it kept', async () => {
    const { outDir, ssrDir } = makeBuild();
    await prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://x.test' });
    await prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://y.test' });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="https://y.test/"');
  }, 60_000);

  it('stops with a clear message when the app renders markup the CSP would block', async () => {
    const { outDir, ssrDir } = makeBuild('export function render() { return { html: `<div style="color:red">x</div>` }; }');
    await expect(prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://x.test' })).rejects.toThrow(/would break under its Content-Security-Policy:\n.*inline style attribute/);
  });

  it("stops with a clear message when a deep link's page lacks the element it lands on", async () => {
    const { outDir, ssrDir } = makeBuild("export function render(url) { return { html: '<main>' + url + '</main>' }; }");
    await expect(prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://x.test' })).rejects.toThrow(/landing element #metric-alpha appears 0 times/);
  });

  it('stops with a clear message when a build step is missing', async () => {
    const { outDir, ssrDir } = makeBuild();
    rmSync(join(ssrDir, 'entry-server.js'));
    await expect(prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://x.test' })).rejects.toThrow(/No entry-server\.js .*vite build --ssr/);
    rmSync(join(outDir, 'data', 'bundle.json'));
    await expect(prerenderSite({ outDir, ssrDir, base: '/', siteUrl: 'https://x.test' })).rejects.toThrow(/bundle\.json does not exist/);
  });
});

describe('pageFile(route), renderRobots(siteUrl, base), renderSitemap(urls)', () => {
  it('writes each route as a directory index', () => {
    expect(pageFile({ kind: 'home' })).toBe('index.html');
    expect(pageFile({ kind: 'org', view: 'after' })).toBe('org/after/index.html');
  });

  it('points robots at the sitemap and escapes sitemap URLs', () => {
    expect(renderRobots('https://x.test', '/a/')).toBe('User-agent: *\nAllow: /\nSitemap: https://x.test/a/sitemap.xml\n');
    expect(renderSitemap(['https://x.test/?a=1&b=2'])).toContain('<loc>https://x.test/?a=1&amp;b=2</loc>');
  });
});

describe('precompress(dir)', () => {
  it('compresses text files only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-test-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.js'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'b.png'), 'x');
    expect(await precompress(dir)).toBe(1);
    expect(existsSync(join(dir, 'a.js.gz'))).toBe(true);
    expect(existsSync(join(dir, 'b.png.gz'))).toBe(false);
  });
});
