/**
 * Writes the boot script (the HTML entry Vite built from src/boot/main.ts) into the page template
 * inline, and allows exactly that script in the page's content policy, by its hash; and names
 * the one file of the explainer it loads.
 *
 * Why inline: a script the HTML names is a request of its own. Until it arrives the page
 * cannot hold a reader's early click, and Lighthouse's simulation puts its round trip in
 * front of the page's first and largest paints: about +10% LCP against the same page with no
 * script, although the script waits for the reader. Inline, it arrives with the page.
 *
 * What this relies on, and checks (the build stops with the reason otherwise):
 *  - the boot script imports no chunk and no chunk imports it: the explainer would fetch the
 *    boot script's file and run it a second time, and an inline script would resolve a
 *    chunk's relative path against the page's address. It loads the explainer, an entry of
 *    its own, by the URL the page names (src/boot/explainer.ts);
 *  - the explainer is one file: after a failed fetch the boot script imports it again by a
 *    fresh URL, which a chunk it imported would not get;
 *  - its text holds no "</script" or "<!--", which would end or change the script element.
 */
import { createHash } from 'node:crypto';
import { EXPLAINER_ENTRY } from '../boot/explainer';
import type { ManifestChunk } from './budget';

/** The attribute naming the built file an inline boot script was taken from (for the byte budget). */
export const BOOT_FILE_ATTRIBUTE = 'data-boot';

export interface InlinedBoot {
  /** the template with the boot script inline and its hash in the content policy */
  template: string;
  /** the built file the script was taken from, below the output directory */
  file: string;
  /** the script's CSP source: 'sha256-…' */
  source: string;
}

/** Returns `template` with its one external module script written inline, or throws why it cannot be. */
export function inlineBootScript(template: string, manifest: Record<string, ManifestChunk>, readFile: (file: string) => string, base: string): InlinedBoot {
  const tags = [...template.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g)];
  if (tags.length !== 1) throw new Error(`inline boot: the template names ${tags.length} module scripts; it must name exactly one, the boot script`);
  const [tag, src = ''] = tags[0] ?? [];
  const file = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
  const key = Object.keys(manifest).find((k) => manifest[k]?.file === file && manifest[k]?.isEntry);
  const entry = key ? manifest[key] : undefined;
  if (!key || !entry) throw new Error(`inline boot: ${src} is not an entry in Vite's manifest`);
  const loads = [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])];
  if (loads.length) {
    throw new Error(`inline boot: the boot script imports ${loads.join(', ')}; it must import no chunk, and load the explainer by the URL on #root (see src/boot/explainer.ts)`);
  }
  const importers = Object.keys(manifest).filter((k) => manifest[k]?.imports?.includes(key) || manifest[k]?.dynamicImports?.includes(key));
  if (importers.length) {
    throw new Error(`inline boot: ${importers.join(', ')} import from the boot script, which would then run twice; move what they share out of its modules (see src/boot/explainer.ts)`);
  }
  const code = readFile(file).replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '');
  if (/<\/script|<!--/i.test(code)) throw new Error('inline boot: the boot script contains "</script" or "<!--", which would break its inline element');

  const source = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/;
  if (!policy.test(template)) throw new Error(`inline boot: the template's content policy has no "script-src 'self'" to allow the boot script in`);
  const inlined = template
    .replace(tag ?? '', () => `<script type="module" ${BOOT_FILE_ATTRIBUTE}="${file}">${code}</script>`)
    .replace(policy, (m) => `${m} ${source}`);
  return { template: inlined, file, source };
}

/** Returns the built file of the explainer (below the output directory), or throws why the boot script could not load it. */
export function explainerFile(manifest: Record<string, ManifestChunk>): string {
  const entry = manifest[EXPLAINER_ENTRY];
  if (!entry?.isEntry) throw new Error(`inline boot: Vite's manifest has no entry for ${EXPLAINER_ENTRY}: the client build must take it as an entry (vite.config.ts)`);
  const loads = [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])];
  if (loads.length) {
    throw new Error(`inline boot: the explainer imports ${loads.join(', ')}; it must be one file, which a retry fetches again by a fresh URL (see src/boot/explainer.ts)`);
  }
  return entry.file;
}
