/**
 * A site built from one article in a temporary folder and served on a free port, for the
 * specs that need a page the seed does not give (a hostile article, a long group of figures).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../src/build/buildSite';
import { startServer } from '../src/build/serve';
import type { Bundle } from '../src/schema/bundle';
import { assertBundle } from '../src/schema/validate';

export interface BuiltSite {
  bundle: Bundle;
  /** "http://localhost:<port>" */
  origin: string;
  /** how long the build took */
  ms: number;
  /** stops the server and removes the site and its SSR build */
  close(): Promise<void>;
}

/** Builds the article `text` as `seeds/<name>.txt` of a temporary project and serves it at `/`. */
export async function buildAndServe(name: string, text: string): Promise<BuiltSite> {
  const tmp = mkdtempSync(join(tmpdir(), `explainer-${name}-`));
  // Inside the project: the prerenderer imports the SSR build, whose dependencies resolve from node_modules.
  const ssrDir = join('.cache', `ssr-${name}-${process.pid}`);
  const remove = () => {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(ssrDir, { recursive: true, force: true });
  };
  try {
    mkdirSync(join(tmp, 'seeds'));
    const article = join(tmp, 'seeds', `${name}.txt`);
    writeFileSync(article, text);
    const { ms } = await buildSite({ article, outDir: join(tmp, 'site'), ssrDir });
    const bundle = assertBundle(JSON.parse(readFileSync(join(tmp, 'site', 'data', 'bundle.json'), 'utf8')));
    const server = await startServer({ dir: join(tmp, 'site'), base: '/', port: 0 });
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    return {
      bundle,
      origin,
      ms,
      close: async () => {
        await new Promise((resolve) => server.close(resolve));
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
