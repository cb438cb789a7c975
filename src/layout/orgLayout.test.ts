import { linkVertical } from 'd3';
import { describe, expect, it } from 'vitest';
import type { OrgNode, OrgView } from '../schema/bundle';
import { layoutOrg, layoutOrgViews, linkPath, ORG_METRICS, wrapWords } from './orgLayout';

function node(id: string, parent: string | null, extra: Partial<OrgNode> = {}): OrgNode {
  const label = { text: extra.label?.text ?? `Unit ${id}`, start: 0, end: 1, sentence: 's' };
  return { id, kind: 'team', parent, leads: [], note: null, ...extra, label };
}
function view(id: 'before' | 'after', nodes: OrgNode[]): OrgView {
  return { id, title: id, summary: { text: 's', start: 0, end: 1, sentence: 's' }, nodes };
}

const people = [
  { id: 'p1', name: 'Person One' },
  { id: 'p2', name: 'Person Two' },
];
const before = view('before', [node('top', null, { kind: 'company' }), node('mid', 'top', { kind: 'lab', leads: ['p1'] }), node('one', 'mid', { leads: ['p2'], note: { text: 'a note here', start: 0, end: 1, sentence: 's' } })]);
const after = view('after', [node('top', null, { kind: 'company' }), node('mid', 'top', { kind: 'lab' }), node('a', 'mid'), node('b', 'mid'), node('c', 'mid'), node('g', 'top', { kind: 'group', leads: ['p1', 'p2'] })]);

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOrg(view, {width})', () => {
  it('draws a top-down tree when the widest level fits', () => {
    const l = layoutOrg(after, { width: 720, people });
    expect(l.mode).toBe('tree');
    expect(l.nodes.map((n) => n.id)).toEqual(['top', 'mid', 'g', 'a', 'b', 'c']);
    const by = new Map(l.nodes.map((n) => [n.id, n]));
    expect(by.get('mid')!.y).toBeGreaterThan(by.get('top')!.y + by.get('top')!.height);
    expect(by.get('a')!.y).toBe(by.get('b')!.y);
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(720);
      expect(n.y + n.height).toBeLessThanOrEqual(l.height);
    }
    for (const a of l.nodes) for (const b of l.nodes) if (a !== b) expect(overlap(a, b), `${a.id}/${b.id}`).toBe(false);
  });

  it('links every unit to the one it reports to, with a vertical link from edge to edge', () => {
    const l = layoutOrg(before, { width: 720, people });
    expect(l.links.map((k) => [k.source, k.target])).toEqual([
      ['top', 'mid'],
      ['mid', 'one'],
    ]);
    const top = l.nodes[0]!;
    expect(l.links[0]!.path.startsWith(`M${top.x + top.width / 2},${top.y + top.height}`)).toBe(true);
  });

  it('names leads from the people facts and keeps the note', () => {
    const l = layoutOrg(before, { width: 720, people });
    const one = l.nodes.find((n) => n.id === 'one')!;
    expect(one.leads).toEqual(['Person Two']);
    expect(one.note.join(' ')).toBe('a note here');
  });

  it('turns into an indented list when the tree does not fit, each row below the last', () => {
    const l = layoutOrg(after, { width: 288, people });
    expect(l.mode).toBe('indented');
    expect(l.nodes.map((n) => n.id)).toEqual(['top', 'mid', 'a', 'b', 'c', 'g']);
    l.nodes.forEach((n, i) => {
      expect(n.x).toBe(n.depth * ORG_METRICS.indent);
      expect(n.x + n.width).toBe(288);
      if (i > 0) expect(n.y).toBeGreaterThanOrEqual(l.nodes[i - 1]!.y + l.nodes[i - 1]!.height);
    });
    const g = l.nodes.find((n) => n.id === 'g')!;
    expect(g.depth).toBe(1);
    expect(g.leads).toEqual(['Person One', 'Person Two']);
  });

  it('keeps every line of text inside its box', () => {
    const long = view('after', [node('top', null, { label: { text: 'a very long name of a unit with hyphenated-multi-part words', start: 0, end: 1, sentence: 's' } }), node('x', 'top')]);
    for (const width of [288, 720]) {
      const l = layoutOrg(long, { width, people });
      for (const n of l.nodes) {
        const inner = n.width - 2 * ORG_METRICS.padding;
        for (const line of n.label) expect(line.length * ORG_METRICS.labelChar).toBeLessThanOrEqual(inner);
      }
    }
  });

  it('sets a second top unit beside the whole tree of the first, never over its reports', () => {
    const forest = view('after', [node('a', null), node('x', 'a'), node('y', 'a'), node('z', 'a'), node('b', null)]);
    const l = layoutOrg(forest, { width: 720 });
    const by = new Map(l.nodes.map((n) => [n.id, n]));
    const right = Math.max(...['a', 'x', 'y', 'z'].map((id) => by.get(id)!.x + by.get(id)!.width));
    expect(by.get('b')!.x).toBeGreaterThanOrEqual(right);
    expect(by.get('b')!.y).toBe(by.get('a')!.y);
    expect(by.get('b')!.x + by.get('b')!.width).toBeLessThanOrEqual(720);
  });

  it('draws several top units side by side under no visible root', () => {
    const forest = view('after', [node('a', null), node('b', null), node('c', 'missing-parent')]);
    const l = layoutOrg(forest, { width: 720 });
    expect(l.nodes.map((n) => n.parent)).toEqual([null, null, null]);
    expect(l.nodes.every((n) => n.depth === 0)).toBe(true);
    expect(l.links).toEqual([]);
  });
});

describe('layoutOrg(view, {width}): a note said of all the units under one parent', () => {
  const said = { text: 'each one the same', start: 5, end: 22, sentence: 's' };
  const grouped = view('after', [node('top', null, { note: { text: 'own note', start: 30, end: 38, sentence: 's' } }), node('a', 'top', { note: said }), node('b', 'top', { note: said }), node('c', 'top', { note: said })]);

  it('is drawn once under the row of those units in the tree', () => {
    const l = layoutOrg(grouped, { width: 720 });
    expect(l.mode).toBe('tree');
    expect(l.notes).toHaveLength(1);
    const note = l.notes[0]!;
    expect(note.units).toEqual(['a', 'b', 'c']);
    expect(note.lines.join(' ')).toBe('each one the same');
    const units = l.nodes.filter((n) => note.units.includes(n.id));
    for (const u of units) {
      expect(u.note).toEqual([]);
      expect(note.y).toBeGreaterThanOrEqual(u.y + u.height);
    }
    expect(note.x).toBe(Math.min(...units.map((u) => u.x)));
    expect(l.height).toBeGreaterThanOrEqual(note.y + note.height);
    expect(l.nodes.find((n) => n.id === 'top')!.note).toEqual(['own note']);
  });

  it('follows the last of those units in the indented list, before anything else', () => {
    const l = layoutOrg(grouped, { width: 288, mode: 'indented' });
    const note = l.notes[0]!;
    const c = l.nodes.find((n) => n.id === 'c')!;
    expect(note.y).toBeGreaterThanOrEqual(c.y + c.height);
    expect(note.x).toBe(c.x);
    expect(l.height).toBeGreaterThanOrEqual(note.y + note.height);
  });

  it('stays on each unit when the units say different things or only some say it', () => {
    const mixed = view('after', [node('top', null), node('a', 'top', { note: said }), node('b', 'top')]);
    const l = layoutOrg(mixed, { width: 720 });
    expect(l.notes).toEqual([]);
    expect(l.nodes.find((n) => n.id === 'a')!.note.join(' ')).toBe('each one the same');
  });
});

describe('layoutOrgViews(views, {width})', () => {
  it('uses one form for every view, the indented one when any view needs it', () => {
    const wide = view('after', [node('top', null), ...'abcdefgh'.split('').map((id) => node(id, 'top'))]);
    const [a, b] = layoutOrgViews([before, wide], { width: 720 });
    expect(a!.mode).toBe('indented');
    expect(b!.mode).toBe('indented');
    expect(layoutOrgViews([before, after], { width: 720 }).map((l) => l.mode)).toEqual(['tree', 'tree']);
  });
});

describe('linkPath(mode, parent, child)', () => {
  it('draws the same curve as d3-shape linkVertical in the tree', () => {
    const parent = { x: 10, y: 0, width: 100, height: 40 };
    const child = { x: 200, y: 90, width: 100, height: 30 };
    const d3Path = linkVertical<unknown, [number, number]>()
      .source(() => [60, 40])
      .target(() => [250, 90])(null);
    expect(linkPath('tree', parent, child)).toBe(d3Path);
  });

  it('draws an elbow under the parent for the indented form', () => {
    expect(linkPath('indented', { x: 0, y: 0, width: 100, height: 40 }, { x: 22, y: 50, width: 78, height: 20 }, 22)).toBe('M11,40V60H22');
  });
});

describe('wrapWords(text, perLine)', () => {
  it('breaks at spaces, and after hyphens only inside a word too long for a line', () => {
    expect(wrapWords('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapWords('aaa-bbbbbb', 6)).toEqual(['aaa-', 'bbbbbb']);
    expect(wrapWords('x aa-bb', 8)).toEqual(['x aa-bb']);
    expect(wrapWords('', 5)).toEqual([]);
  });
});
