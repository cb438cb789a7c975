/**
 * The per-page HTML around the rendered app: head tags (title, description, canonical,
 * Open Graph, Twitter card, NewsArticle JSON-LD) and their insertion into the built
 * index.html. Pure string functions; everything from the article is escaped here.
 */
import { EXPLAINER_ATTRIBUTES } from '../boot/explainer';
import { LANDING_ATTRIBUTES } from '../boot/landing';
import type { Landing } from '../landing';
import { type RouteMeta, truncateAtWord } from '../routeMeta';
import type { Bundle } from '../schema/bundle';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './previewImages';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns text safe inside an element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Returns JSON safe inside a <script> data block: no "</script>", no "<!--", no line separators that end a string early. */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PageHead {
  meta: RouteMeta;
  /** absolute URL of this page, or null for pages that must not be indexed (404) */
  canonical: string | null;
  /** absolute URL of the preview image */
  image: string;
  noindex?: boolean;
}

/** Returns the schema.org NewsArticle for the article, as the page's structured data. */
export function describeNewsArticle(bundle: Bundle, head: PageHead): Record<string, unknown> {
  const { article } = bundle;
  const outlet = article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Google shows at most 110 characters of a headline.
    headline: truncateAtWord(article.title, 110),
    description: head.meta.description,
    image: [head.image],
    ...(article.published ? { datePublished: article.published } : {}),
    ...(outlet ? { publisher: outlet, author: outlet } : {}),
    ...(head.canonical ? { url: head.canonical, mainEntityOfPage: head.canonical } : {}),
    inLanguage: 'en',
    isAccessibleForFree: true,
  };
}

/** Returns the head tags of one page (everything except <title>, which replaces the template's). */
export function renderHeadTags(bundle: Bundle, head: PageHead): string {
  const a = escapeHtml;
  const { meta } = head;
  const tags = [
    `<meta name="description" content="${a(meta.description)}" />`,
    head.noindex ? '<meta name="robots" content="noindex" />' : '',
    head.canonical ? `<link rel="canonical" href="${a(head.canonical)}" />` : '',
    '<meta property="og:type" content="article" />',
    bundle.article.outlet ? `<meta property="og:site_name" content="${a(bundle.article.outlet)}" />` : '',
    `<meta property="og:title" content="${a(meta.title)}" />`,
    `<meta property="og:description" content="${a(meta.description)}" />`,
    head.canonical ? `<meta property="og:url" content="${a(head.canonical)}" />` : '',
    `<meta property="og:image" content="${a(head.image)}" />`,
    '<meta property="og:image:type" content="image/png" />',
    `<meta property="og:image:width" content="${PREVIEW_WIDTH}" />`,
    `<meta property="og:image:height" content="${PREVIEW_HEIGHT}" />`,
    `<meta property="og:image:alt" content="${a(meta.imageAlt)}" />`,
    bundle.article.published ? `<meta property="article:published_time" content="${a(bundle.article.published)}" />` : '',
    '<meta name="twitter:card" content="summary_large_image" />',
    `<script type="application/ld+json">${serializeJsonForScript(describeNewsArticle(bundle, head))}</script>`,
  ];
  return tags.filter(Boolean).join('\n    ');
}

export const PLACEHOLDERS = { head: '<!--app-head-->', html: '<!--app-html-->', status: '<!--app-status-->' } as const;

/** Returns the problems that make `template` unusable: a missing placeholder, a missing title or root. */
export function checkTemplate(template: string): string[] {
  const problems: string[] = [];
  for (const p of Object.values(PLACEHOLDERS)) if (!template.includes(p)) problems.push(`missing ${p}`);
  if (!/<title>[^<]*<\/title>/.test(template)) problems.push('missing <title>');
  if (!template.includes('<div id="root">')) problems.push('missing <div id="root">');
  return problems;
}

export interface PageParts {
  title: string;
  headTags: string;
  /** the rendered app */
  html: string;
  /** markup for #status (already escaped), or '' */
  status: string;
  /** the URL path the app was rendered for, so the client knows whether it can hydrate */
  renderedPath: string;
  /** where a deep link's page lands, for the boot script; null for a page that needs no move */
  landing?: Landing | null;
  /** what the boot script loads when it starts the explainer: the bundle's URL and the code's */
  explainer?: { bundleHref: string; codeHref: string };
}

/** Returns the landing as #root's data attributes (with a leading space), or ''. */
function landingAttributes(landing: Landing | null): string {
  if (!landing) return '';
  return (Object.keys(LANDING_ATTRIBUTES) as (keyof typeof LANDING_ATTRIBUTES)[]).map((key) => ` ${LANDING_ATTRIBUTES[key]}="${escapeHtml(landing[key])}"`).join('');
}

/** Returns the app markup with `autofocus` on the element of that id; throws unless exactly one element has it. */
function markAutofocus(html: string, id: string): string {
  const attribute = ` id="${escapeHtml(id)}"`;
  const count = html.split(attribute).length - 1;
  if (count !== 1) throw new Error(`prerender: the landing element #${id} appears ${count} times in the rendered page, so it cannot be marked autofocus`);
  return html.replace(attribute, () => `${attribute} autofocus`);
}

/**
 * Returns the built index.html with one page's title, head tags, status and app filled in.
 *
 * A landing the browser's focus scroll makes (a centred card or event, see landingOf) is
 * written as `autofocus` on its element: the page lands before its first paint, with
 * JavaScript off too, and the boot script has nothing to move.
 */
export function fillTemplate(template: string, parts: PageParts): string {
  const landing = parts.landing ?? null;
  const html = landing?.autofocus ? markAutofocus(parts.html, landing.scrollId) : parts.html;
  const e = parts.explainer;
  const explainer = e ? ` ${EXPLAINER_ATTRIBUTES.code}="${escapeHtml(e.codeHref)}" ${EXPLAINER_ATTRIBUTES.bundle}="${escapeHtml(e.bundleHref)}"` : '';
  // Functions as replacements, so "$&" or "$1" in article text is never read as a pattern.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`)
    .replace(PLACEHOLDERS.head, () => parts.headTags)
    .replace(PLACEHOLDERS.status, () => parts.status)
    .replace('<div id="root">', () => `<div id="root" data-prerendered-path="${escapeHtml(parts.renderedPath)}"${explainer}${landingAttributes(landing)}>`)
    .replace(PLACEHOLDERS.html, () => html);
}

/** Returns why rendered app markup would break under the page's content policy, one line per problem. */
export function findPolicyProblems(html: string): string[] {
  const problems: string[] = [];
  const inlineStyle = /<[a-z][^>]*\sstyle="([^"]*)"/i.exec(html);
  if (inlineStyle) problems.push(`an inline style attribute (style="${inlineStyle[1]?.slice(0, 60)}"), which style-src 'self' blocks: use a class or set it from an effect`);
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/type="application\/(ld\+)?json"/.test(m[1] ?? '')) problems.push(`an executable <script>, which script-src 'self' blocks`);
  }
  // React escapes ">" and quotes inside attribute values, so a tag ends at the first ">".
  if ([...html.matchAll(/<[a-z][^>]*>/gi)].some((tag) => /\son[a-z]+=/i.test(tag[0].replace(/"[^"]*"/g, '""')))) {
    problems.push('an inline event handler attribute');
  }
  if (html.includes('<!--$!-->')) problems.push('a Suspense boundary that did not finish on the server (the data was not ready)');
  return problems;
}
