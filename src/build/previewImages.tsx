/**
 * Preview images for shared links: one 1200×630 PNG per route, drawn with satori (layout and
 * text to SVG paths, self-hosted fonts) and rasterised with resvg off the main thread.
 * The text on each image comes from the bundle, like everything else on the page.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { formatCompact, formatPublished, formatTime } from '../layout/format';
import { cleanText, firstParagraph, truncateAtWord } from '../routeMeta';
import { type Route, routeToPath } from '../routes';
import type { Bundle } from '../schema/bundle';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** What one preview image says, top to bottom. */
export interface PreviewContent {
  /** small line at the top: outlet and date, or the section */
  kicker: string;
  /** the big line: a figure, a date, or a title */
  lead: string;
  leadStyle: 'figure' | 'date' | 'title';
  /** the line under the lead */
  body: string;
  /** the article's headline at the foot, unless the headline is the lead */
  footer: string;
}

export interface PreviewColors {
  ink: string;
  inkMuted: string;
  paper: string;
  accent: string;
  rule: string;
}

/** The light scheme's colours, used when base.css cannot be read. */
export const DEFAULT_COLORS: PreviewColors = { ink: '#1b1b1b', inkMuted: '#55524c', paper: '#f7f5f0', accent: '#b3261e', rule: '#d8d3c8' };

// The unicode-range of the latin and latin-ext subsets the images are drawn with (from @fontsource's CSS),
// less control characters and the few combining marks.
const OUTSIDE_FONTS = /[^\u0020-\u02ff\u1d00-\u1dbf\u1e00-\u1e9f\u1ef2-\u1eff\u2000-\u206f\u20a0-\u20c0\u2113\u2122\u2191\u2193\u2212\u2215\u2c60-\u2c7f\ua720-\ua7ff]/gu;
const SYMBOL_WORDS: Record<string, string> = { '≤': 'up to ', '≥': 'at least ', '≈': '~' };

/**
 * Returns text the image fonts can draw: qualifier symbols become words and characters
 * outside the fonts (other scripts, emoji) are left out, rather than drawn as empty boxes.
 */
export function fitToFonts(text: string): string {
  return cleanText(text.replace(/[≤≥≈]/g, (c) => SYMBOL_WORDS[c] ?? '').replace(OUTSIDE_FONTS, ' '));
}

/** Returns the file name (without extension) of a route's preview image: "home", "metrics", "timeline--<id>". */
export function previewSlug(route: Route): string {
  return routeToPath(route).replace(/\/$/, '').replaceAll('/', '--') || 'home';
}

/** Returns the path of a route's preview image below the site's base: "og/<slug>.png". */
export function previewPath(route: Route): string {
  return `og/${previewSlug(route)}.png`;
}

/** Returns what the preview image of a route says, from the bundle. */
export function describePreview(bundle: Bundle, route: Route): PreviewContent {
  const headline = cleanText(bundle.article.title);
  const byline = cleanText([bundle.article.outlet, formatPublished(bundle.article.published)].filter(Boolean).join(' · '));
  // One line at the foot: about 80 characters fit at its size.
  const footer = truncateAtWord(headline, 80);
  const sectionTitle = (id: string) => cleanText(bundle.story.sections.find((s) => s.id === id)?.title ?? '');
  const home: PreviewContent = { kicker: byline, lead: truncateAtWord(headline, 150), leadStyle: 'title', body: truncateAtWord(firstParagraph(bundle), 180), footer: '' };
  switch (route.kind) {
    case 'home':
      return home;
    case 'section': {
      const section = bundle.story.sections.find((s) => s.id === route.section);
      if (!section) return home;
      return { kicker: byline, lead: truncateAtWord(section.title, 110), leadStyle: 'title', body: truncateAtWord(section.dek ?? '', 180), footer };
    }
    case 'metric': {
      const metric = bundle.story.metrics.find((m) => m.id === route.id);
      const quantity = metric && bundle.facts.quantities.find((q) => q.id === metric.quantity);
      if (!metric || !quantity) return home;
      return {
        kicker: truncateAtWord(cleanText(metric.groupLabel) || sectionTitle('metrics'), 80),
        lead: formatCompact(quantity),
        leadStyle: 'figure',
        body: truncateAtWord(metric.label, 110),
        footer,
      };
    }
    case 'event': {
      const event = bundle.story.timeline.events.find((e) => e.id === route.id);
      const time = event && bundle.facts.times.find((t) => t.id === event.time);
      if (!event || !time) return home;
      const lane = bundle.story.timeline.lanes.find((l) => l.id === event.lane)?.label ?? '';
      return {
        kicker: truncateAtWord([sectionTitle('timeline'), cleanText(lane)].filter(Boolean).join(' · '), 80),
        lead: formatTime(time, 'long'),
        leadStyle: 'date',
        body: truncateAtWord(event.title, 110),
        footer,
      };
    }
    case 'org': {
      const view = bundle.story.org?.views.find((v) => v.id === route.view);
      if (!view) return home;
      return { kicker: truncateAtWord(sectionTitle('org'), 80), lead: truncateAtWord(view.title, 90), leadStyle: 'title', body: truncateAtWord(view.summary.text, 180), footer };
    }
  }
}

/** Returns the preview colours from the light scheme's custom properties in base.css, where they are plain colours satori can paint. */
export function readColors(css: string | null): PreviewColors {
  if (!css) return DEFAULT_COLORS;
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const pick = (name: string, fallback: string) => {
    const value = new RegExp(`--${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim();
    return value && /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\))$/i.test(value) ? value : fallback;
  };
  return {
    ink: pick('ink', DEFAULT_COLORS.ink),
    inkMuted: pick('ink-muted', DEFAULT_COLORS.inkMuted),
    paper: pick('paper', DEFAULT_COLORS.paper),
    accent: pick('accent', DEFAULT_COLORS.accent),
    rule: pick('rule', DEFAULT_COLORS.rule),
  };
}

let fontsPromise: Promise<Font[]> | null = null;

/** Returns the fonts for the images: Source Serif 4 and Source Sans 3 from @fontsource (woff: satori cannot read woff2). */
export function loadFonts(): Promise<Font[]> {
  fontsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const dirOf = (pkg: string) => join(dirname(require.resolve(`${pkg}/LICENSE`)), 'files');
    const serif = dirOf('@fontsource/source-serif-4');
    const sans = dirOf('@fontsource/source-sans-3');
    const specs: [string, string, string, 400 | 700][] = [];
    // Each subset under its own family name: satori falls back across families, not across files of one family.
    for (const [subset, suffix] of [['latin', ''], ['latin-ext', ' Ext']] as const) {
      for (const weight of [400, 700] as const) {
        specs.push([serif, `source-serif-4-${subset}-${weight}-normal.woff`, `Serif${suffix}`, weight]);
        specs.push([sans, `source-sans-3-${subset}-${weight}-normal.woff`, `Sans${suffix}`, weight]);
      }
    }
    return Promise.all(specs.map(async ([dir, file, name, weight]) => ({ name, data: await readFile(join(dir, file)), weight, style: 'normal' as const })));
  })();
  return fontsPromise;
}

const PAD_X = 72;
const SERIF = 'Serif, Serif Ext, Sans, Sans Ext';
const SANS = 'Sans, Sans Ext, Serif, Serif Ext';

function leadSize(content: PreviewContent): number {
  if (content.leadStyle === 'figure') return content.lead.length > 8 ? 150 : 200;
  if (content.leadStyle === 'date') return 84;
  return content.lead.length > 90 ? 56 : content.lead.length > 50 ? 66 : 80;
}

/** Returns the image's element tree, for satori. */
export function drawPreview(content: PreviewContent, colors: PreviewColors): ReactNode {
  const fitted: PreviewContent = {
    ...content,
    kicker: fitToFonts(content.kicker),
    lead: fitToFonts(content.lead),
    body: fitToFonts(content.body),
    footer: fitToFonts(content.footer),
  };
  return drawFitted(fitted, colors);
}

function drawFitted(content: PreviewContent, colors: PreviewColors): ReactNode {
  const size = leadSize(content);
  const textBox = { display: 'flex', width: PREVIEW_WIDTH - 2 * PAD_X, wordBreak: 'break-word' } as const;
  return (
    <div
      style={{
        // The canvas is the image's size; padding goes inside it.
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        background: colors.paper,
        color: colors.ink,
        padding: `56px ${PAD_X}px 48px`,
        fontFamily: SANS,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 28, color: colors.inkMuted, fontWeight: 700, letterSpacing: 1 }}>
        <div style={{ width: 56, height: 10, background: colors.accent }} />
        <div style={{ display: 'flex', flex: 1, overflow: 'hidden', whiteSpace: 'nowrap' }}>{content.kicker}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, overflow: 'hidden', gap: 20 }}>
        <div
          style={{
            ...textBox,
            fontFamily: content.leadStyle === 'title' ? SERIF : SANS,
            fontWeight: 700,
            fontSize: size,
            lineHeight: 1.08,
            color: content.leadStyle === 'title' ? colors.ink : colors.accent,
          }}
        >
          {content.lead}
        </div>
        {content.body ? (
          <div
            style={{
              ...textBox,
              fontFamily: content.leadStyle === 'title' ? SANS : SERIF,
              fontSize: content.leadStyle === 'title' ? 30 : 46,
              fontWeight: content.leadStyle === 'title' ? 400 : 700,
              lineHeight: 1.25,
              color: content.leadStyle === 'title' ? colors.inkMuted : colors.ink,
            }}
          >
            {content.body}
          </div>
        ) : null}
      </div>
      {content.footer ? (
        <div style={{ ...textBox, borderTop: `2px solid ${colors.rule}`, paddingTop: 16, fontFamily: SERIF, fontSize: 26, color: colors.inkMuted }}>
          {content.footer}
        </div>
      ) : null}
    </div>
  );
}

/** Returns the PNG of one preview. */
export async function renderPreview(content: PreviewContent, colors: PreviewColors = DEFAULT_COLORS): Promise<Buffer> {
  const svg = await satori(drawPreview(content, colors), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: await loadFonts() });
  // renderAsync runs on libuv's thread pool, so several images rasterise at once.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } });
  return image.asPng();
}

export interface WrittenPreview {
  route: Route;
  /** path below the output directory: og/<slug>.png */
  path: string;
  bytes: number;
}

/** Writes every route's preview to `<outDir>/og/<slug>.png` (atomically, `concurrency` at a time) and returns what was written. */
export async function writePreviewImages(
  bundle: Bundle,
  routes: Route[],
  outDir: string,
  options: { colors?: PreviewColors; concurrency?: number } = {},
): Promise<WrittenPreview[]> {
  const colors = options.colors ?? DEFAULT_COLORS;
  await mkdir(join(outDir, 'og'), { recursive: true });
  const results: WrittenPreview[] = new Array(routes.length);
  let next = 0;
  const worker = async () => {
    while (next < routes.length) {
      const index = next++;
      const route = routes[index] as Route;
      const path = previewPath(route);
      const png = await renderPreview(describePreview(bundle, route), colors);
      const file = join(outDir, path);
      await writeFile(`${file}.tmp`, png);
      await rename(`${file}.tmp`, file);
      results[index] = { route, path, bytes: png.length };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
  return results;
}
