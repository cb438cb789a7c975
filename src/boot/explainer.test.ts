// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createExplainerLoader, EXPLAINER_ATTRIBUTES, type Explainer } from './explainer';

describe('createExplainerLoader(root, base, importModule)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root') as HTMLElement;
    root.setAttribute(EXPLAINER_ATTRIBUTES.code, '/sub/assets/explainer-a1.js');
    root.setAttribute(EXPLAINER_ATTRIBUTES.bundle, '/sub/data/bundle.json');
  });

  const explainer: Explainer = { startExplainer: async () => {} };

  it('imports the code the page names once, and preloads the bundle beside it', async () => {
    const asked: string[] = [];
    const loader = createExplainerLoader(root, '/sub/', async (url) => {
      asked.push(url);
      return explainer;
    });
    expect(await loader.load()).toBe(explainer);
    expect(await loader.load()).toBe(explainer);
    expect(asked).toEqual(['/sub/assets/explainer-a1.js']);
    const preload = document.head.querySelector('link[rel="preload"]');
    expect(preload?.getAttribute('href')).toBe('/sub/data/bundle.json');
    expect(preload?.getAttribute('as')).toBe('fetch');
  });

  it('after a failed import asks again by a fresh URL, which the browser has not marked failed', async () => {
    const asked: string[] = [];
    let failing = 2;
    const loader = createExplainerLoader(root, '/sub/', async (url) => {
      asked.push(url);
      if (failing-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
      return explainer;
    });
    await expect(loader.load()).rejects.toThrow(/dynamically imported/);
    await expect(loader.load()).rejects.toThrow(/dynamically imported/);
    expect(await loader.load()).toBe(explainer);
    expect(await loader.load()).toBe(explainer);
    expect(asked).toEqual(['/sub/assets/explainer-a1.js', '/sub/assets/explainer-a1.js?retry=1', '/sub/assets/explainer-a1.js?retry=2']);
    // The bundle is fetched again by the explainer itself: fetch() remembers no failure.
    expect(document.head.querySelectorAll('link[rel="preload"]')).toHaveLength(1);
  });

  it("imports the source module where the page names no build (the dev server's page)", async () => {
    const bare = document.createElement('div');
    const asked: string[] = [];
    await createExplainerLoader(bare, '/', async (url) => {
      asked.push(url);
      return explainer;
    }).load();
    expect(asked).toEqual(['/src/hydrate.tsx']);
    expect(document.head.querySelector('link')).toBeNull();
  });
});
