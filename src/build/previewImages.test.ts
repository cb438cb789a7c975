import { describe, expect, it } from 'vitest';
import { makeSyntheticBundle } from '../schema/testing';
import { DEFAULT_COLORS, describePreview, fitToFonts, PREVIEW_HEIGHT, PREVIEW_WIDTH, previewPath, previewSlug, readColors, renderPreview } from './previewImages';

const bundle = makeSyntheticBundle();

/** Returns the width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('previewSlug(route) and previewPath(route)', () => {
  it('names each route by its path', () => {
    expect(previewSlug({ kind: 'home' })).toBe('home');
    expect(previewSlug({ kind: 'section', section: 'metrics' })).toBe('metrics');
    expect(previewSlug({ kind: 'event', id: 'first-event' })).toBe('timeline--first-event');
    expect(previewPath({ kind: 'org', view: 'after' })).toBe('og/org--after.png');
  });
});

describe('describePreview(bundle, route)', () => {
  it('shows a metric as its compact figure and label over the headline', () => {
    expect(describePreview(bundle, { kind: 'metric', id: 'alpha' })).toEqual({ kicker: 'G', lead: '5', leadStyle: 'figure', body: 'Alpha', footer: 'Headline' });
  });

  it('shows an event as its date and title, with its section and lane above', () => {
    expect(describePreview(bundle, { kind: 'event', id: 'first-event' })).toMatchObject({ kicker: 'T · A', lead: '2000', leadStyle: 'date', body: 'First' });
  });

  it('shows the headline and opening paragraph for the home page, without a footer', () => {
    expect(describePreview(bundle, { kind: 'home' })).toMatchObject({ lead: 'Headline', body: 'Alpha rose 5 in 2000.', footer: '' });
  });
});

describe('fitToFonts(text)', () => {
  it('writes qualifier symbols the fonts lack as words', () => {
    expect(fitToFonts('≤10')).toBe('up to 10');
  });

  it('keeps Latin letters and typography, and leaves out what the fonts cannot draw', () => {
    expect(fitToFonts('Łódź “café” — ¥2B')).toBe('Łódź “café” — ¥2B');
    expect(fitToFonts('a 😀 b עברית c\u0000')).toBe('a b c');
  });
});

describe('readColors(css)', () => {
  it('takes plain colours from the first :root block and ignores the rest', () => {
    const css = ':root { --ink: #111; --paper: rgb(250, 250, 250); --accent: oklch(50% 0.2 30); }\n@media (prefers-color-scheme: dark) { :root { --ink: #eee; } }';
    expect(readColors(css)).toEqual({ ...DEFAULT_COLORS, ink: '#111', paper: 'rgb(250, 250, 250)' });
    expect(readColors(null)).toEqual(DEFAULT_COLORS);
  });
});

describe('renderPreview(content, colors)', () => {
  it('draws a 1200×630 PNG of sensible size', async () => {
    const png = await renderPreview(describePreview(bundle, { kind: 'metric', id: 'alpha' }));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
    expect(png.length).toBeGreaterThan(2_000);
    expect(png.length).toBeLessThan(300_000);
  });

  it('survives markup, control characters, other scripts and a 300-character word', async () => {
    const png = await renderPreview({
      kicker: '\u202eעברית 😀',
      lead: `<script>alert(1)</script> ${'x'.repeat(300)}`,
      leadStyle: 'title',
      body: 'a\u0000b\ufeff 中文',
      footer: '&amp; &lt;',
    });
    expect(pngSize(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
  });
});
