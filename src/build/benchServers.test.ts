import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, resolveStaticFile, serveAs } from './benchServers';

let dir: string;
const servers: Server[] = [];
const page = '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><p>home</p>';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-servers-'));
  mkdirSync(join(dir, 'timeline'));
  writeFileSync(join(dir, 'index.html'), page);
  // A precompressed copy the plain host must not use: it compresses on its own.
  writeFileSync(join(dir, 'index.html.br'), 'not brotli');
  writeFileSync(join(dir, 'timeline/index.html'), '<p>timeline</p>');
  writeFileSync(join(dir, '404.html'), '<p>not found</p>');
  writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});

afterAll(async () => {
  for (const s of servers) await closeServer(s);
  rmSync(dir, { recursive: true, force: true });
});

async function origin(kind: 'gzip' | 'precompressed'): Promise<string> {
  const server = await serveAs(kind, dir, 0);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the plain host (gzip on the fly)', () => {
  it('streams pages gzipped, with no length, no brotli and no policy header', async () => {
    const res = await fetch(`${await origin('gzip')}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBeNull();
    // fetch decodes the body itself; the raw bytes are checked below.
    expect(await res.text()).toBe(page);
  });

  it('sends the bytes gzip makes of the file, and binary files as they are', async () => {
    const base = await origin('gzip');
    const raw = await new Promise<Buffer>((ok) => {
      import('node:http').then(({ get }) =>
        get(`${base}/timeline/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok(Buffer.concat(chunks)));
        }),
      );
    });
    expect(gunzipSync(raw).toString()).toBe('<p>timeline</p>');
    const icon = await fetch(`${base}/icon.png`, { headers: { 'accept-encoding': 'gzip' } });
    expect(icon.headers.get('content-encoding')).toBeNull();
    expect(icon.headers.get('content-length')).toBe('4');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const res = await fetch(`${await origin('gzip')}/nowhere/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>not found</p>');
  });
});

describe('the precompressed host (npm run serve)', () => {
  it('sends the page’s policy as a header', async () => {
    const res = await fetch(`${await origin('precompressed')}/timeline/`);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
  });
});

describe('resolveStaticFile(dir, path)', () => {
  it('maps a folder to its index.html and refuses paths outside the folder', () => {
    expect(resolveStaticFile(dir, '/timeline/')).toBe(join(dir, 'timeline/index.html'));
    expect(resolveStaticFile(dir, '/../etc/passwd')).toBeNull();
    expect(resolveStaticFile(dir, '/%E0%A4%A')).toBeNull();
  });
});
