/**
 * What a route is called outside the page: the <title>, the meta description, and the alt
 * text of its preview image. Used by the prerenderer for the head tags and the preview
 * images, and by the App for document.title on navigation. Everything comes from the bundle.
 */
import { formatCompact, formatSpoken, formatTime } from './layout/format';
import type { Route } from './routes';
import type { Bundle } from './schema/bundle';

export interface RouteMeta {
  title: string;
  description: string;
  imageAlt: string;
}

/** Longest meta description before it is cut at a word: about what search results show. */
export const DESCRIPTION_LIMIT = 160;

/** Returns text on one line without control characters, so it is safe in a title or an attribute. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f\u200b\ufeff]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Returns `text` cut at the last word boundary that fits in `limit` characters, with an ellipsis when cut. */
export function truncateAtWord(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = cleanText(text);
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word is cut inside it rather than dropped.
  const head = space > limit / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function sentenceText(bundle: Bundle, sentenceId: string): string {
  const s = bundle.article.sentences.find((x) => x.id === sentenceId);
  return s ? bundle.article.text.slice(s.start, s.end) : '';
}

/** Returns the opening body paragraph of the article, or '' when it has none. */
export function firstParagraph(bundle: Bundle): string {
  const p = bundle.article.paragraphs.find((x) => x.kind === 'body');
  return p ? bundle.article.text.slice(p.start, p.end) : '';
}

function sectionTitle(bundle: Bundle, id: string): string | null {
  return bundle.story.sections.find((s) => s.id === id)?.title ?? null;
}

function withHeadline(head: string, headline: string): string {
  return headline && head !== headline ? `${head} — ${headline}` : head || headline;
}

/** Returns the title, meta description and preview-image alt text of a route. */
export function describeRoute(bundle: Bundle, route: Route): RouteMeta {
  const headline = cleanText(bundle.article.title);
  const home: RouteMeta = {
    title: headline,
    description: truncateAtWord(firstParagraph(bundle) || headline),
    imageAlt: cleanText([headline, bundle.article.outlet].filter(Boolean).join(' — ')),
  };
  switch (route.kind) {
    case 'home':
      return home;
    case 'section': {
      const title = sectionTitle(bundle, route.section);
      if (!title) return home;
      const dek = bundle.story.sections.find((s) => s.id === route.section)?.dek;
      return {
        title: withHeadline(cleanText(title), headline),
        description: truncateAtWord(dek || firstParagraph(bundle) || title),
        imageAlt: cleanText(`${title}. ${headline}`),
      };
    }
    case 'metric': {
      const metric = bundle.story.metrics.find((m) => m.id === route.id);
      const quantity = metric && bundle.facts.quantities.find((q) => q.id === metric.quantity);
      if (!metric || !quantity) return home;
      const label = cleanText(metric.label);
      return {
        title: withHeadline(`${label}: ${formatCompact(quantity)}`, headline),
        description: truncateAtWord(sentenceText(bundle, quantity.sentence) || label),
        imageAlt: cleanText(`${label}: ${formatSpoken(quantity)}. ${headline}`),
      };
    }
    case 'event': {
      const event = bundle.story.timeline.events.find((e) => e.id === route.id);
      const time = event && bundle.facts.times.find((t) => t.id === event.time);
      if (!event || !time) return home;
      const head = `${formatTime(time, 'long')}: ${cleanText(event.title)}`;
      return {
        title: withHeadline(head, headline),
        description: truncateAtWord(sentenceText(bundle, event.sentence) || head),
        imageAlt: cleanText(`${head}. ${headline}`),
      };
    }
    case 'org': {
      const view = bundle.story.org?.views.find((v) => v.id === route.view);
      if (!view) return home;
      const section = sectionTitle(bundle, 'org');
      const head = cleanText(section ? `${view.title}: ${section}` : view.title);
      return {
        title: withHeadline(head, headline),
        description: truncateAtWord(view.summary.text || head),
        imageAlt: cleanText(`${head}. ${headline}`),
      };
    }
  }
}
