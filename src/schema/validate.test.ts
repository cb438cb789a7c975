import { describe, expect, it } from 'vitest';
import { makeSyntheticBundle } from './testing';
import { assertBundle, validateBundle } from './validate';

describe('validateBundle(json)', () => {
  it('accepts a consistent bundle and returns it typed', () => {
    const result = validateBundle(JSON.parse(JSON.stringify(makeSyntheticBundle())));
    expect(result).toMatchObject({ ok: true });
  });

  it('names the path of a value of the wrong shape', () => {
    const bad = makeSyntheticBundle() as unknown as { facts: { quantities: { value: unknown }[] } };
    bad.facts.quantities[0]!.value = 'five';
    const result = validateBundle(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('facts.quantities.0.value');
  });

  it('rejects a fact whose text is not the article at its offsets', () => {
    const bundle = makeSyntheticBundle();
    bundle.facts.quantities[0]!.start += 1;
    const result = validateBundle(bundle);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain('facts.quantities[0]: text does not match the article at 22-22');
  });

  it('rejects dangling references and duplicate ids', () => {
    const bundle = makeSyntheticBundle();
    bundle.story.metrics[0]!.quantity = 'q-missing';
    bundle.story.timeline.events[0]!.lane = 'nope';
    bundle.story.people.push('p-missing');
    bundle.story.org!.views[0]!.nodes[0]!.parent = 'ghost';
    bundle.facts.times[0]!.id = 'q1';
    const result = validateBundle(bundle);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const all = result.problems.join('\n');
      for (const needle of ['unknown quantity "q-missing"', 'unknown lane "nope"', 'unknown person "p-missing"', 'unknown parent "ghost"', 'duplicate id "q1"']) {
        expect(all).toContain(needle);
      }
    }
  });

  it('throws one readable error from assertBundle', () => {
    expect(() => assertBundle({})).toThrow(/invalid bundle/);
    expect(() => assertBundle(null)).toThrow(/invalid bundle/);
  });
});
