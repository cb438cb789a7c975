import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRoute } from '../routeMeta';
import { makeSyntheticBundle } from '../schema/testing';
import { checkTemplate, describeNewsArticle, escapeHtml, fillTemplate, findPolicyProblems, renderHeadTags, serializeJsonForScript } from './headTags';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './policy';

const bundle = makeSyntheticBundle();
const hostile = { ...bundle, article: { ...bundle.article, title: '"><script>alert(1)</script>', outlet: "O'Brien & <Co>", published: '2000-01-02T03:04' } };
const head = (b = bundle) => ({ meta: describeRoute(b, { kind: 'home' }), canonical: 'https://x.test/', image: 'https://x.test/og/home.png' });

describe('escapeHtml(text)', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('serializeJsonForScript(value)', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const value = { a: '</script><!-- & \u2028' };
    const json = serializeJsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('renderHeadTags(bundle, head)', () => {
  it('writes description, canonical, Open Graph, a large Twitter card and NewsArticle data', () => {
    const tags = renderHeadTags(bundle, head());
    expect(tags).toContain('<meta name="description" content="Alpha rose 5 in 2000." />');
    expect(tags).toContain('<link rel="canonical" href="https://x.test/" />');
    expect(tags).toContain('<meta property="og:image" content="https://x.test/og/home.png" />');
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const ld = /<script type="application\/ld\+json">(.*)<\/script>/.exec(tags)?.[1] ?? '';
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'NewsArticle', headline: 'Headline', image: ['https://x.test/og/home.png'] });
  });

  it('escapes article text in every attribute and in the JSON-LD', () => {
    const tags = renderHeadTags(hostile, head(hostile));
    expect(tags).not.toContain('<script>alert');
    expect(tags.match(/<script/g)).toHaveLength(1);
    expect(tags).toContain('content="O&#39;Brien &amp; &lt;Co&gt;"');
  });

  it('marks a page noindex and leaves out canonical and og:url when it has none', () => {
    const tags = renderHeadTags(bundle, { ...head(), canonical: null, noindex: true });
    expect(tags).toContain('<meta name="robots" content="noindex" />');
    expect(tags).not.toContain('canonical');
    expect(tags).not.toContain('og:url');
  });
});

describe('describeNewsArticle(bundle, head)', () => {
  it('names the outlet as publisher and the publication date when the article has them', () => {
    expect(describeNewsArticle(hostile, head(hostile))).toMatchObject({
      datePublished: '2000-01-02T03:04',
      publisher: { '@type': 'Organization', name: "O'Brien & <Co>" },
    });
    expect(describeNewsArticle(bundle, head())).not.toHaveProperty('publisher');
  });
});

describe('fillTemplate(template, parts) and checkTemplate(template)', () => {
  const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

  it('accepts the project index.html, which carries the content and referrer policies', () => {
    expect(checkTemplate(template)).toEqual([]);
    expect(template).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(template).toContain(`<meta name="referrer" content="${REFERRER_POLICY}" />`);
    expect(checkTemplate('<html></html>')).toHaveLength(5);
  });

  it('fills title, head, status and app, and records the rendered path on the root', () => {
    const page = fillTemplate(template, { title: 'T $& $1 <b>', headTags: '<meta name="x" />', html: '<main>$&</main>', status: '', renderedPath: '/a/' });
    expect(page).toContain('<title>T $&amp; $1 &lt;b&gt;</title>');
    expect(page).toContain('<meta name="x" />');
    expect(page).toContain('<div id="root" data-prerendered-path="/a/"><main>$&</main></div>');
    expect(page).not.toContain('<!--app-');
  });

  it("writes a deep link's landing on the root, escaped, for the boot script", () => {
    const landing = { scrollId: 'org', block: 'start' as const, focus: '#org .org-toggle-button[aria-pressed="true"]', autofocus: false };
    const page = fillTemplate(template, { title: 'T', headTags: '', html: '<main></main>', status: '', renderedPath: '/org/after/', landing });
    expect(page).toContain(
      '<div id="root" data-prerendered-path="/org/after/" data-land-scroll="org" data-land-block="start" data-land-focus="#org .org-toggle-button[aria-pressed=&quot;true&quot;]">',
    );
  });

  it('marks the element of a centred landing autofocus, exactly once, and refuses a page without it', () => {
    const landing = { scrollId: 'event-a', block: 'center' as const, focus: '#event-a', autofocus: true };
    const parts = { title: 'T', headTags: '', status: '', renderedPath: '/timeline/a/', landing };
    const page = fillTemplate(template, { ...parts, html: '<p id="event-a-title">x</p><div id="event-a" role="option">a</div>' });
    expect(page).toContain('<p id="event-a-title">x</p><div id="event-a" autofocus role="option">a</div>');
    expect(page.match(/autofocus/g)).toHaveLength(1);
    expect(() => fillTemplate(template, { ...parts, html: '<main></main>' })).toThrow(/#event-a appears 0 times/);
    expect(() => fillTemplate(template, { ...parts, html: '<p id="event-a"></p><p id="event-a"></p>' })).toThrow(/#event-a appears 2 times/);
  });

  it("names the explainer's code and bundle on the root, for the boot script to load when it starts it", () => {
    const explainer = { codeHref: '/sub/assets/explainer-a1.js', bundleHref: '/sub/data/bundle.json' };
    const page = fillTemplate(template, { title: 'T', headTags: '', html: '', status: '', renderedPath: '/sub/', explainer });
    expect(page).toContain(
      '<div id="root" data-prerendered-path="/sub/" data-explainer="/sub/assets/explainer-a1.js" data-bundle="/sub/data/bundle.json">',
    );
  });
});

describe('findPolicyProblems(html)', () => {
  it('accepts plain markup and data blocks', () => {
    expect(findPolicyProblems('<main><p class="a">style="x" onclick="y"</p><script type="application/json">{}</script></main>')).toEqual([]);
  });

  it('finds inline styles, executable scripts, handlers and unfinished Suspense boundaries', () => {
    expect(findPolicyProblems('<div style="width:3px"></div>')[0]).toMatch(/inline style attribute/);
    expect(findPolicyProblems('<script>x()</script>')[0]).toMatch(/executable <script>/);
    expect(findPolicyProblems('<img onerror="x()">')[0]).toMatch(/event handler/);
    expect(findPolicyProblems('<!--$!--><p></p>')[0]).toMatch(/Suspense/);
  });
});
