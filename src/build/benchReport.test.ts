import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from './benchLighthouse';
import { formatHosts, formatVerdicts, type LighthouseRow } from './benchReport';

const figures = (over: Partial<LighthouseFigures>): LighthouseFigures => ({
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 760,
  lcpMs: 900,
  tbtMs: 40,
  cls: 0,
  documentBytes: 12_000,
  totalKb: 18,
  scriptKb: 0,
  requests: 3,
  otherOrigins: 0,
  ...over,
});

const row = (host: LighthouseRow['host'], variant: LighthouseRow['variant'], over: Partial<LighthouseFigures>, runs = [figures(over)]): LighthouseRow => ({
  page: '/',
  profile: 'mobile',
  host,
  variant,
  figures: figures(over),
  runs,
});

describe('formatVerdicts(rows, pages, host)', () => {
  it('judges LCP against the floor’s and TBT against the floor’s plus 20 ms', () => {
    const rows = [row('precompressed', 'site', { lcpMs: 990, tbtMs: 61 }), row('precompressed', 'floor (no JS)', { lcpMs: 900, tbtMs: 40 })];
    expect(formatVerdicts(rows, ['/'], 'precompressed')).toContain('| / | 100 / 100 / 100 / 100 (met) | 1.10× (met) | 61 ms, floor 40 (**NOT met**) | 0 (met) |');
  });
});

describe('formatHosts(rows, pages, hosts)', () => {
  it('shows each host’s paints with their ranges and the round trips the page’s HTML costs', () => {
    const rows = [
      row('gzip', 'site', { fcpMs: 920, lcpMs: 1070, documentBytes: 15_190 }, [figures({ fcpMs: 905, lcpMs: 1070 }), figures({ fcpMs: 924, lcpMs: 1075 })]),
      row('gzip', 'floor (no JS)', { fcpMs: 765, lcpMs: 915, documentBytes: 13_275 }, [figures({ fcpMs: 760, lcpMs: 913 }), figures({ fcpMs: 770, lcpMs: 917 })]),
    ];
    expect(formatHosts(rows, ['/'], ['precompressed', 'gzip'])).toContain('| / | gzip | 905–924 / 760–770 | 1070–1075 / 913–917 | 1.17× (**NOT met**) | 15190 B (+1) / 13275 B (+0) |');
  });
});
