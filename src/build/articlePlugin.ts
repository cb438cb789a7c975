/**
 * The Vite plugin that turns the article into `data/bundle.json`: emitted as an asset by the
 * client build, served (and recompiled on change) by the dev server. It runs the compiler in
 * Node only, so nothing of the compiler reaches the browser.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BUNDLE_PATH } from '../data/bundlePath';
import type { Bundle } from '../schema/bundle';
import { type ArticleSource, displayPath, watchedPaths } from './articleSource';

export interface CompileOutcome {
  /** null when the article did not compile */
  bundle: Bundle | null;
  /** every diagnostic, one `path:line:col: message` line each */
  lines: string[];
}

export interface ArticlePluginOptions {
  /** which article to explain; called when the build or the dev server starts */
  source: () => ArticleSource;
  compile: (source: ArticleSource) => Promise<CompileOutcome>;
}

/** Returns the error message for a failed compile: every diagnostic line, then what failed. */
export function describeFailure(source: ArticleSource, lines: string[]): string {
  const what = `${displayPath(source.articlePath)}${source.storyPath ? ` with ${displayPath(source.storyPath)}` : ' (auto mode)'}`;
  return [...lines, `The article did not compile: ${what}. Fix the lines above and build again.`].join('\n');
}

/** Returns the Vite plugin that compiles the article for the client build and the dev server. */
export function articlePlugin(options: ArticlePluginOptions): Plugin {
  let isSsrBuild = false;
  let bundleJson: string | null = null;
  return {
    name: 'explainer-article',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        // The dev server injects inline scripts (React refresh) and styles (CSS HMR) that a strict
        // policy would block; the built pages keep the policy.
        return ctx.server ? html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '') : html;
      },
    },
    async buildStart() {
      if (isSsrBuild) return;
      let source: ArticleSource;
      try {
        source = options.source();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const path of watchedPaths(source)) this.addWatchFile(path);
      const outcome = await options.compile(source);
      if (!outcome.bundle) this.error(describeFailure(source, outcome.lines));
      for (const line of outcome.lines) this.warn(line);
      bundleJson = JSON.stringify(outcome.bundle);
    },
    generateBundle() {
      if (isSsrBuild || bundleJson === null) return;
      this.emitFile({ type: 'asset', fileName: BUNDLE_PATH, source: bundleJson });
    },
    configureServer(server) {
      serveCompiledArticle(server, options);
    },
  };
}

function serveCompiledArticle(server: ViteDevServer, options: ArticlePluginOptions): void {
  const url = `${server.config.base.replace(/\/?$/, '/')}${BUNDLE_PATH}`;
  let source: ArticleSource | null = null;
  let failure: string | null = null;

  const compileNow = async (): Promise<string | null> => {
    try {
      source = options.source();
      const outcome = await options.compile(source);
      if (!outcome.bundle) {
        failure = describeFailure(source, outcome.lines);
        return null;
      }
      for (const line of outcome.lines) server.config.logger.warn(line);
      failure = null;
      return JSON.stringify(outcome.bundle);
    } catch (error) {
      failure = (error as Error).message;
      return null;
    }
  };

  const reportFailure = () => {
    if (failure === null) return;
    server.config.logger.error(failure, { timestamp: true });
    server.ws.send({ type: 'error', err: { message: failure, stack: '', plugin: 'explainer-article' } });
  };

  // source() is asked again on every compile, so a story file created while the server runs is picked up.
  let current = compileNow();
  void current.then(reportFailure);
  const watched = () => (source ? watchedPaths(source).map((p) => resolve(p)) : []);
  void current.then(() => server.watcher.add(watched()));
  server.watcher.on('all', (_event, file) => {
    if (!watched().includes(resolve(file))) return;
    current = compileNow();
    void current.then((json) => {
      if (json === null) reportFailure();
      else server.ws.send({ type: 'full-reload' });
    });
  });
  // A page opened after a failed compile still gets the overlay.
  server.ws.on('connection', () => {
    void current.then(reportFailure);
  });

  server.middlewares.use((req, res, next) => {
    if ((req.url ?? '').split('?')[0] !== url) return next();
    void current.then((json) => {
      res.setHeader('Cache-Control', 'no-store');
      if (json === null) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(failure ?? 'The article did not compile.');
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(json);
    });
  });
}
