import { describe, expect, it } from 'vitest';
import { errorAt, formatDiagnostic, positionOf, warningAt } from './diagnostics';

describe('formatDiagnostic(d)', { timeout: 60_000 }, () => {
  it('prints path:line:col: message, or path: message without a position, on one line', () => {
    expect(formatDiagnostic(errorAt('seeds/x.story.yaml', 'quote "a" not found in seeds/x.txt', { line: 14, col: 3 }))).toBe('seeds/x.story.yaml:14:3: quote "a" not found in seeds/x.txt');
    expect(formatDiagnostic(errorAt('seeds/x.txt', 'file not found'))).toBe('seeds/x.txt: file not found');
    expect(formatDiagnostic(warningAt('s.yaml', 'two\nlines', { line: 1, col: 1 }))).toBe('s.yaml:1:1: warning: two lines');
  });
});

describe('positionOf(text, offset)', { timeout: 60_000 }, () => {
  it('returns 1-based line and column', () => {
    expect(positionOf('ab\ncd\nef', 0)).toEqual({ line: 1, col: 1 });
    expect(positionOf('ab\ncd\nef', 4)).toEqual({ line: 2, col: 2 });
    expect(positionOf('ab\ncd\nef', 6)).toEqual({ line: 3, col: 1 });
  });
});
