import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticBundle } from '../schema/testing';
import { pageFile, precompress, prerenderSite, renderRobots, renderSitemap } from './prerender';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Returns a built site in a temp dir: the project's index.html as template, a bundle, and an SSR entry that renders the path. */
function makeBuild(render = "export function render(url) { return { html: '<main><h1>page ' + url + '</h1></main>' }; }") {
  const root = mkdtempSync(join(tmpdir(), 'prerender-test-'));
  dirs.push(root);
  const outDir = join(root, 'dist');
  const ssrDir = join(root, 'ssr');
  mkdirSync(join(outDir, 'data'), { recursive: true });
  mkdirSync(ssrDir);
  writeFileSync(join(outDir, 'index.html'), readFileSync(new URL('../../index.html', import.meta.url), 'utf8'));
  writeFileSync(join(outDir, 'data', 'bundle.json'), JSON.stringify(makeSyntheticBundle()));
  writeFileSync(join(ssrDir, 'entry-server.js'), render);
  return { outDir, ssrDir };
}

describe('prerenderSite(options)', () => {
  it('writes a page per route, 404.html, robots, sitemap, previews and compressed copies', async () => {
    const { outDir, ssrDir } = makeBuild();
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
    // The deep link's landing rides on the root, for the boot script to land it before React.
    expect(event).toContain(
      '<div id="root" data-prerendered-path="/sub/timeline/first-event/" data-land-scroll="event-first-event" data-land-block="center" data-land-focus="#event-first-event"><main><h1>page /sub/timeline/first-event/</h1></main></div>',
    );
    const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex" />');
    expect(notFound).toContain('data-prerendered-path="/sub/404.html">');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<div id="root" data-prerendered-path="/sub/">');
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
