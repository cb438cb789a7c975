import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { fitsFirstWindow, formatPageWeights, HEADER_ALLOWANCE_BYTES, weighPages } from './benchPageWeight';
import { FIRST_WINDOW_BYTES } from './benchRoundTrips';

const dir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fitsFirstWindow(gzipBytes)', () => {
  it('leaves room for the response headers in the first 14,600 bytes', () => {
    expect(fitsFirstWindow(FIRST_WINDOW_BYTES - HEADER_ALLOWANCE_BYTES)).toBe(true);
    expect(fitsFirstWindow(FIRST_WINDOW_BYTES - HEADER_ALLOWANCE_BYTES + 1)).toBe(false);
  });
});

describe('weighPages(dir)', () => {
  it('weighs every page, heaviest first, and says which miss the first round trip', () => {
    mkdirSync(join(dir, 'timeline'));
    writeFileSync(join(dir, 'index.html'), `<p>${'light '.repeat(2000)}</p>`);
    // Random text does not compress: 20,000 base64 characters stay over 14 KB gzipped.
    writeFileSync(join(dir, 'timeline/index.html'), `<p>${randomBytes(15_000).toString('base64')}</p>`);
    writeFileSync(join(dir, 'style.css'), 'p{}');
    const pages = weighPages(dir);
    expect(pages.map((p) => [p.path, p.fitsFirstWindow])).toEqual([
      ['timeline/index.html', false],
      ['index.html', true],
    ]);
    expect(formatPageWeights(pages)).toContain('1 of 2 (**NOT met**)');
  });
});
