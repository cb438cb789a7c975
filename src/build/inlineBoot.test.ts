import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ManifestChunk } from './budget';
import { explainerFile, inlineBootScript } from './inlineBoot';

const template = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<title>x</title>
<script type="module" crossorigin src="/sub/assets/index-a1.js"></script>
</head><body><div id="root"><!--app-html--></div></body></html>`;

// The shape Vite builds: the boot entry imports nothing; the explainer is an entry of its own, one file.
const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true },
  'src/hydrate.tsx': { file: 'assets/explainer-b2.js', isEntry: true },
  '_shared-c3.js': { file: 'assets/shared-c3.js' },
};
const boot = 'const u=document.getElementById("root").dataset.explainer;import(u);\n//# sourceMappingURL=index-a1.js.map\n';
const read = (file: string) => {
  if (file !== 'assets/index-a1.js') throw new Error(`no ${file}`);
  return boot;
};

describe('inlineBootScript(template, manifest, readFile, base)', () => {
  it('writes the boot script inline, without its source map comment, and allows it by its hash', () => {
    const { template: page, file, source } = inlineBootScript(template, manifest, read, '/sub/');
    const code = 'const u=document.getElementById("root").dataset.explainer;import(u);';
    expect(file).toBe('assets/index-a1.js');
    expect(page).toContain(`<script type="module" data-boot="assets/index-a1.js">${code}</script>`);
    expect(page).not.toContain('src="/sub/assets/index-a1.js"');
    expect(source).toBe(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    expect(page).toContain(`script-src 'self' ${source}; style-src 'self'`);
  });

  it('refuses a boot script that imports a chunk, or that a chunk imports, which would run it twice', () => {
    const importsShared = { ...manifest, 'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_shared-c3.js'] } };
    expect(() => inlineBootScript(template, importsShared, read, '/sub/')).toThrow(/imports _shared-c3\.js; it must import no chunk/);
    const loadsLazily = { ...manifest, 'index.html': { file: 'assets/index-a1.js', isEntry: true, dynamicImports: ['src/hydrate.tsx'] } };
    expect(() => inlineBootScript(template, loadsLazily, read, '/sub/')).toThrow(/imports src\/hydrate\.tsx/);
    const importedBack = { ...manifest, 'src/hydrate.tsx': { file: 'assets/explainer-b2.js', imports: ['index.html'] } };
    expect(() => inlineBootScript(template, importedBack, read, '/sub/')).toThrow(/src\/hydrate\.tsx import from the boot script, which would then run twice/);
  });

  it('refuses what would break inline: "</script" or "<!--" in the text, no policy to extend', () => {
    expect(() => inlineBootScript(template, manifest, () => 'const t="</script>"', '/sub/')).toThrow(/"<\/script" or "<!--"/);
    expect(() => inlineBootScript(template, manifest, () => 'a<!--b', '/sub/')).toThrow(/"<\/script" or "<!--"/);
    expect(() => inlineBootScript(template.replace("script-src 'self'; ", ''), manifest, read, '/sub/')).toThrow(/no "script-src 'self'"/);
  });

  it('refuses a template without exactly one module script, or one the manifest does not know', () => {
    expect(() => inlineBootScript(template.replace(/<script[^>]*><\/script>/, ''), manifest, read, '/sub/')).toThrow(/names 0 module scripts/);
    expect(() => inlineBootScript(template.replace('index-a1', 'index-zz'), manifest, read, '/sub/')).toThrow(/not an entry in Vite's manifest/);
  });
});

describe('explainerFile(manifest)', () => {
  it("names the explainer's one file", () => {
    expect(explainerFile(manifest)).toBe('assets/explainer-b2.js');
  });

  it('refuses an explainer in several files, whose chunks a retry could not fetch again, or none at all', () => {
    const chunked = { ...manifest, 'src/hydrate.tsx': { file: 'assets/explainer-b2.js', isEntry: true, imports: ['_shared-c3.js'] } };
    expect(() => explainerFile(chunked)).toThrow(/the explainer imports _shared-c3\.js; it must be one file/);
    const lazy = { ...manifest, 'src/hydrate.tsx': { file: 'assets/explainer-b2.js', isEntry: true, dynamicImports: ['src/chart.tsx'] } };
    expect(() => explainerFile(lazy)).toThrow(/imports src\/chart\.tsx/);
    const { 'src/hydrate.tsx': _, ...without } = manifest;
    expect(() => explainerFile(without)).toThrow(/no entry for src\/hydrate\.tsx/);
  });
});
