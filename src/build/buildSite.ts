/**
 * Builds the whole site into a directory of one's choosing, the way `npm run build` does
 * (client build, SSR build, prerender) but with its own output and SSR directories, so tests
 * can build a hostile article or a sub-path site next to dist/ without touching it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuildSiteOptions {
  outDir: string;
  /**
   * where the SSR build goes; it must be inside the project, because the prerenderer imports
   * it and its dependencies resolve from node_modules above it (default .cache/ssr-<n>)
   */
  ssrDir?: string;
  /** path of the article .txt; default: what ARTICLE or seeds/ give */
  article?: string;
  base?: string;
  siteUrl?: string;
  /** the project root (where vite.config.ts is) */
  root?: string;
}

export interface BuildSiteResult {
  ms: number;
  output: string;
  /** the SSR build used, for the caller to remove */
  ssrDir: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** Builds the site into `outDir` and returns how long it took and what the steps printed; throws with that output on failure. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const root = options.root ?? process.cwd();
  const ssrDir = options.ssrDir ?? join(root, '.cache', `ssr-${process.pid}-${Date.now().toString(36)}`);
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: options.outDir,
    SSR_OUT_DIR: ssrDir,
    BASE: options.base ?? '/',
    ...(options.article ? { ARTICLE: options.article } : {}),
    ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
  };
  const started = performance.now();
  let output = await run(bin('vite'), ['build', '--logLevel', 'warn'], env, root);
  output += await run(bin('vite'), ['build', '--ssr', 'src/entry-server.tsx', '--outDir', ssrDir, '--logLevel', 'warn'], env, root);
  output += await run(bin('tsx'), ['src/build/prerender.ts'], env, root);
  return { ms: performance.now() - started, output, ssrDir };
}
