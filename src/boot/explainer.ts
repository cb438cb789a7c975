/**
 * Loading the explainer: its code (one file, the built src/hydrate.tsx) and its data (the
 * bundle), started together. The prerenderer names both on #root; the dev server's page names
 * neither, and serves the source module.
 *
 * A browser remembers a failed module import for its URL and never asks the network again, so
 * after a failure the next attempt imports the same file by a fresh URL (`?retry=N`). That is
 * why the explainer is one file: a chunk it imported would keep its failed URL. The build
 * stops if it is not (build/inlineBoot.ts).
 */
import type { StartOptions } from '../hydrate';

/** The explainer's source module: the build's entry for it, and its key in Vite's manifest. */
export const EXPLAINER_ENTRY = 'src/hydrate.tsx';

/** The attributes on #root naming the explainer's code and the bundle. */
export const EXPLAINER_ATTRIBUTES = { code: 'data-explainer', bundle: 'data-bundle' } as const;

/** What the explainer's module gives the boot script. */
export interface Explainer {
  startExplainer(root: HTMLElement, options: StartOptions): Promise<void>;
}

export interface ExplainerLoader {
  /** resolves with the explainer's module: imported once, and by a fresh URL after each failure */
  load(): Promise<Explainer>;
}

/** Returns the loader of the explainer that `root` names, under `base`. */
export function createExplainerLoader(root: Element, base: string, importModule: (url: string) => Promise<Explainer> = (url) => import(/* @vite-ignore */ url)): ExplainerLoader {
  const doc = root.ownerDocument;
  const code = root.getAttribute(EXPLAINER_ATTRIBUTES.code) ?? `${base}src/hydrate.tsx`;
  let failures = 0;
  let loading: Promise<Explainer> | null = null;
  return {
    load() {
      if (loading) return loading;
      const bundle = root.getAttribute(EXPLAINER_ATTRIBUTES.bundle);
      if (bundle && failures === 0) {
        // fetch() in the explainer picks this up: a CORS-mode request with same-origin credentials, which "anonymous" matches.
        const link = doc.createElement('link');
        Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: bundle });
        doc.head.append(link);
      }
      loading = importModule(failures ? `${code}${code.includes('?') ? '&' : '?'}retry=${failures}` : code).catch((error: unknown) => {
        failures += 1;
        loading = null;
        throw error;
      });
      return loading;
    },
  };
}
