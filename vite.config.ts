import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vite';
import { articlePlugin, type CompileOutcome } from './src/build/articlePlugin';
import { resolveArticleSource } from './src/build/articleSource';
import { EXPLAINER_ENTRY } from './src/boot/explainer';
import { normaliseBase } from './src/routes';

/**
 * Env: ARTICLE (the .txt to explain; default the single one in seeds/), BASE (the sub-path
 * the site is served under; default "/"), OUT_DIR (the client build; default dist).
 */
const base = normaliseBase(process.env.BASE ?? '/');
const outDir = process.env.OUT_DIR || 'dist';

async function compileArticle(source: { articlePath: string; storyPath: string | null }): Promise<CompileOutcome> {
  // Loaded at run time through tsx, in Node: the compiler stays out of the config bundle and the client graph.
  const files: typeof import('./src/compiler/files') = await tsImport('./src/compiler/files.ts', import.meta.url);
  const diagnosticsModule: typeof import('./src/compiler/diagnostics') = await tsImport('./src/compiler/diagnostics.ts', import.meta.url);
  const { compileFiles } = files;
  const { formatDiagnostic } = diagnosticsModule;
  const { bundle, diagnostics } = await compileFiles(source.articlePath, { storyPath: source.storyPath });
  return { bundle, lines: diagnostics.map((d) => formatDiagnostic(d)) };
}

export default defineConfig(({ isSsrBuild }) => ({
  base,
  // Vitest reads this config too; unit tests need no compiled article.
  plugins: [react(), ...(process.env.VITEST ? [] : [articlePlugin({ source: () => resolveArticleSource(), compile: compileArticle })])],
  build: {
    // The SSR build's --outDir on the command line wins over this.
    outDir: isSsrBuild ? 'dist-ssr' : outDir,
    emptyOutDir: true,
    // One stylesheet: a lazily loaded graphic's styles must be there when its prerendered HTML paints.
    cssCodeSplit: false,
    target: 'es2022',
    // Every browser that runs this module code knows modulepreload: the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    reportCompressedSize: !isSsrBuild,
    // The byte budget reads which chunks the boot script pulls in at load (src/build/budget.ts).
    manifest: !isSsrBuild,
    // The explainer is an entry of its own, which the inline boot script loads by URL: the two
    // share no chunk, so the boot script's file is never fetched and run again, and the
    // explainer is one file, which a retry can fetch again by a fresh URL (src/boot/explainer.ts).
    // Vite drops an app entry's exports by default; the boot script calls the explainer's.
    rollupOptions: isSsrBuild
      ? undefined
      : {
          input: { index: 'index.html', explainer: EXPLAINER_ENTRY },
          preserveEntrySignatures: 'exports-only',
          // Every function of the explainer runs while it hydrates: V8 compiles them all while
          // streaming the file, off the main thread, instead of one by one as they are first called.
          output: { postBanner: (chunk) => (chunk.name === 'explainer' ? '//# allFunctionsCalledOnLoad' : '') },
        },
  },
}));
