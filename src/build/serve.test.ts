import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, pagePolicy, startServer } from './serve';

let dir: string;
const servers: Server[] = [];

async function serve(base: string): Promise<string> {
  const server = await startServer({ dir, base, port: 0 });
  servers.push(server);
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  };
  write('index.html', '<p>home</p>');
  write('index.html.gz', gzipSync('<p>home</p>'));
  write('404.html', '<p>not found</p>');
  write('timeline/index.html', '<p>timeline</p>');
  write('assets/app-1234.js', 'export {}');
  write('data/bundle.json', '{}');
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe('createSiteHandler({dir, base}) via startServer', () => {
  it('serves pages, assets and data with their types, precompressed when it can', async () => {
    const origin = await serve('/');
    const home = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(await home.text()).toBe('<p>home</p>');
    const js = await fetch(`${origin}/assets/app-1234.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/data/bundle.json`)).headers.get('content-type')).toMatch(/application\/json/);
  });

  it('answers unknown and hostile paths with 404.html and status 404', async () => {
    const origin = await serve('/');
    for (const path of ['/nowhere/', '/timeline/gone/', '/%E0%A4%A/', '/..%2f..%2fetc/passwd', `/${'a'.repeat(3000)}`]) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe('<p>not found</p>');
    }
  });

  it('sends the content and referrer policies with every response', async () => {
    const origin = await serve('/');
    for (const path of ['/', '/nowhere']) {
      const res = await fetch(origin + path);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it("repeats the built pages' own policy, with their inline script's hash, as the header", () => {
    const built = mkdtempSync(join(tmpdir(), 'serve-policy-'));
    try {
      expect(pagePolicy(built)).toContain("script-src 'self';");
      writeFileSync(join(built, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc='" />`);
      expect(pagePolicy(built)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });

  it('adds the slash to a directory, never redirecting to another origin', async () => {
    const origin = await serve('/');
    const res = await fetch(`${origin}/timeline?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/timeline/?x=1');
    const sneaky = await fetch(`${origin}//timeline`, { redirect: 'manual' });
    expect(sneaky.headers.get('location') ?? '').not.toMatch(/^\/\//);
  });

  it('serves the site under a sub-path and nothing outside it', async () => {
    const origin = await serve('/sub/dir/');
    expect(await (await fetch(`${origin}/sub/dir/timeline/`)).text()).toBe('<p>timeline</p>');
    expect((await fetch(`${origin}/sub/dir`, { redirect: 'manual' })).headers.get('location')).toBe('/sub/dir/');
    expect((await fetch(`${origin}/timeline/`)).status).toBe(404);
  });
});

describe('cacheControlFor(pathname)', () => {
  it('caches hashed assets for good and revalidates pages and data', () => {
    expect(cacheControlFor('/assets/x-abc.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/data/bundle.json')).toBe('no-cache');
  });
});
