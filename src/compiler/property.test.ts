import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../schema/bundle';
import { validateBundle } from '../schema/validate';
import { type CompileResult, compileArticle } from './compile';
import { readProjectFile, SEED_PATH, SEED_STORY_PATH } from './testing';

const seed = readProjectFile(SEED_PATH);
const story = readProjectFile(SEED_STORY_PATH);
// Time limits scale with a measured compile of the seed, so a busy machine does not fail the
// test while a quadratic path (hundreds of times the linear cost) still does.
let msPerChar = 0;
beforeAll(() => {
  const samples = [0, 1, 2].map(() => timedCompile(seed)[1]);
  msPerChar = Math.min(...samples) / seed.length;
});
/** Returns the time an input may take: 50 times its linear share of the seed's compile time, at least a second. */
const timeLimit = (length: number) => Math.max(1000, 50 * msPerChar * Math.max(length, seed.length));

// Pieces the extractors react to, plus hostile text: the mutations splice these into the seed.
const ATOMS = [
  '$', '€', '£', '¥', ' billion', ' million', 'bn', '%', ' percent', '"', '“', '”', "'s", '.', '. ', '...', '!', '?', ',', ':', ';', '-', '/',
  '\n', '\n\n', '\r\n', '\r', '\uFEFF', '\u0000', '\u2028', 'in 2019', 'A year later', 'early 2026', 'May 2025', 'Recently', 'On the same day',
  'the same year', 'Q3 2025', '3Q25', 'FY26', 'the second half of ', 'last quarter', 'the year-earlier quarter', 'on Tuesday', 'late last year', 'CEO ', 'CTO Mira Murati', ' Lin Junyang', 'Wu said', ', the head of the lab,', '03-05 20:01', 'Qwen3.5-0.8B/2B', '0.8B', 'aged 33',
  'over 10', 'more than 200,000', 'up to', 'two million', 'twenty-five', 'Disclaimer: ', 'Comments', 'مرحبا بالعالم', 'שלום', '🚀', '👩‍👩‍👧', 'e\u0301',
  '<script>alert(1)</script>', '&amp;', '&#x3C;', 'javascript:alert(1)', 'x'.repeat(300), '9'.repeat(40), 'Mr.', 'U.S.', '24/7', '10-15',
  'SGD 4.35', 'EUR2.1 billion', '4.35 SGD', 'US$5bn', '20-30%', '$1bn-$2bn', ' per share', '/share', ' cents', '45p', 'lakh crore', 'between 5 and ',
  ' to 30 seconds', 'six months', 'five-year', '-member', 'tripled', 'more than halved', 'fivefold', '40x', 'one-tenth', 'minus 20C', '+44 20 7946 0958',
  'roughly a fifth', 'about half', 'two-thirds', 'half a second', 'a quarter point', 'a quarter of a century', 'half a dozen', 'a decade', 'decade-long',
  ' of the ', ' of them', '12 of the 18', 'and 15 had cut', '31,500-seat', ' to 120 from 80', 'voted 212 to 148', 'two more',
];

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 400 }),
  text: fc.oneof(fc.constantFrom(...ATOMS), fc.string({ unit: 'binary', maxLength: 12 })),
});

/** Returns the text with the edits applied, each at a fraction of the current length. */
function applyEdits(text: string, edits: ReadonlyArray<{ kind: string; at: number; length: number; text: string }>): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    if (e.kind === 'insert') out = out.slice(0, i) + e.text + out.slice(i);
    else if (e.kind === 'delete') out = out.slice(0, i) + out.slice(i + e.length);
    else if (e.kind === 'duplicate') out = out.slice(0, i + e.length) + out.slice(i, i + e.length) + out.slice(i + e.length);
    else out = out.slice(0, i) + e.text + out.slice(i + e.text.length);
  }
  return out;
}

/** Asserts what must hold of any compile: no crash, no internal error, a valid bundle whose facts match their text. */
function expectSound([result, elapsed, length]: [CompileResult, number, number]): void {
  expect(elapsed).toBeLessThan(timeLimit(length));
  for (const d of result.diagnostics) expect(d.message).not.toMatch(/internal compiler error/);
  if (!result.bundle) {
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return;
  }
  const b: Bundle = result.bundle;
  expect(validateBundle(JSON.parse(JSON.stringify(b))).ok).toBe(true);
  const { text } = b.article;
  for (const list of [b.facts.quantities, b.facts.times, b.facts.people, b.facts.organizations, b.facts.quotations]) {
    for (const f of list) expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  for (const p of b.facts.people) for (const m of p.mentions) expect(m.end).toBeGreaterThan(m.start);
}

function timedCompile(articleText: string, storyText: string | null = null): [CompileResult, number, number] {
  const t0 = performance.now();
  const result = compileArticle({ articleText, articlePath: 'a.txt', storyText, storyPath: storyText === null ? null : 'a.story.yaml' });
  return [result, performance.now() - t0, articleText.length + (storyText?.length ?? 0)];
}

describe('compileArticle(...) on random input (fast-check)', { timeout: 120_000 }, () => {
  it('survives random edits of the seed article, in auto mode', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        expectSound(timedCompile(applyEdits(seed, edits)));
      }),
      { numRuns: 40 },
    );
  });

  it('survives random edits of the seed article with its story: a valid bundle or located errors', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const compiled = timedCompile(applyEdits(seed, edits), story);
        expectSound(compiled);
        for (const d of compiled[0].diagnostics) if (d.path === 'a.story.yaml' && d.severity === 'error') expect(d.line).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  it('survives random Unicode articles', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), (a, b) => {
        expectSound(timedCompile(`${a}\n\n${b}`));
      }),
      { numRuns: 40 },
    );
  });

  it('survives random edits of the story file', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        expectSound(timedCompile(seed, applyEdits(story, edits)));
      }),
      { numRuns: 25 },
    );
  });
});

describe('compileArticle(...) on inputs built to trip regular expressions', { timeout: 120_000 }, () => {
  const n = 60_000;
  const cases: Array<[string, string]> = [
    ['digits', '1'.repeat(n)],
    ['thousands groups', '1,'.repeat(n / 2)],
    ['decimal dots', '1.'.repeat(n / 2)],
    ['spaces', `Head\n\n${' '.repeat(n)}x`],
    ['quotes', '"'.repeat(n)],
    ['full stops', '.'.repeat(n)],
    ['capitalised words', 'Aa '.repeat(n / 3)],
    ['hyphenated words', 'a-'.repeat(n / 2)],
    ['apostrophes', "a's ".repeat(n / 4)],
    ['money', '$1 billion '.repeat(n / 11)],
    ['years', 'in 2019 '.repeat(n / 8)],
    ['quarters and halves', 'Q3 2025 and the second half of '.repeat(n / 31)],
    ['periods told from another', 'the same quarter a year earlier than the prior-year period '.repeat(n / 59)],
    ['weekdays', 'said on Tuesday it will '.repeat(n / 24)],
    ['abbreviations', 'Mr. '.repeat(n / 4)],
    ['line breaks', 'a\n'.repeat(n / 2)],
    ['one long word', `Head\n\n${'x'.repeat(n)}`],
    ['dateline-like', `Head\n\n${'News'.repeat(25)}03-05 20:01\n\n${'1-'.repeat(n / 2)}`],
    ['names and titles', 'CEO Jane Smith, the head of the lab, said "yes." '.repeat(n / 48)],
    ['lists of names in one sentence', `Head\n\n${'Ann Lee, Bo Chan and Cy Diaz, '.repeat(n / 30)}met.`],
    ['names with honorifics and clauses', 'Mr. Lee met Dr Bo Chan, 54, who chairs the board. '.repeat(n / 52)],
    ['ranges', '1-2-'.repeat(n / 4)],
    ['currency codes', 'SGD 1 '.repeat(n / 6)],
    ['number words', 'two three '.repeat(n / 10)],
    ['hyphenated counts', '5-member-'.repeat(n / 9)],
    ['multiples', 'more than doubled '.repeat(n / 18)],
    ['phone-like digits', '12 345 '.repeat(n / 7)],
    ['fractions', 'about a quarter of a half of two-thirds '.repeat(n / 39)],
    ['partitives', 'three of the 18 of them, and 15 had '.repeat(n / 36)],
    ['bare numbers', 'Users reached 1,200 from 1,300 to 4 million '.repeat(n / 44)],
    ['dozens and decades', 'half a dozen a decade two dozen decade-long '.repeat(n / 44)],
  ];
  for (const [name, text] of cases) {
    it(`stays linear on ${name}`, () => {
      expectSound(timedCompile(text));
    });
  }
});
