import { describe, expect, it } from 'vitest';
import type { OrgNode, OrgView } from '../schema/bundle';
import { layoutOrg } from './orgLayout';
import { interpolateOrg, restingFrame } from './orgTransition';

function node(id: string, parent: string | null): OrgNode {
  return { id, label: { text: `Unit ${id}`, start: 0, end: 1, sentence: 's' }, kind: 'team', parent, leads: [], note: null };
}
function view(id: 'before' | 'after', nodes: OrgNode[]): OrgView {
  return { id, title: id, summary: { text: 's', start: 0, end: 1, sentence: 's' }, nodes };
}

const from = layoutOrg(view('before', [node('top', null), node('mid', 'top'), node('gone', 'mid')]), { width: 600 });
const to = layoutOrg(view('after', [node('top', null), node('mid', 'top'), node('x', 'mid'), node('y', 'mid'), node('z', 'top')]), { width: 600 });
const centre = (n: { x: number; y: number; width: number; height: number }) => [n.x + n.width / 2, n.y + n.height / 2];

describe('interpolateOrg(from, to)', () => {
  const frame = interpolateOrg(from, to);

  it('starts at `from` and ends at `to`, at rest', () => {
    expect(frame(0)).toEqual(restingFrame(from));
    expect(frame(1)).toEqual(restingFrame(to));
  });

  it('moves a unit in both views between its two places', () => {
    const a = from.nodes.find((n) => n.id === 'mid')!;
    const b = to.nodes.find((n) => n.id === 'mid')!;
    const mid = frame(0.5).nodes.find((n) => n.id === 'mid')!;
    expect(mid.state).toBe('stay');
    expect(centre(mid)[1]).toBeCloseTo((centre(a)[1]! + centre(b)[1]!) / 2, 5);
    expect(mid.opacity).toBe(1);
  });

  it('grows a new unit out of its parent and shrinks a leaving one into its parent', () => {
    const early = frame(0.001);
    const x = early.nodes.find((n) => n.id === 'x')!;
    const midFrom = from.nodes.find((n) => n.id === 'mid')!;
    expect(x.state).toBe('enter');
    expect(x.scale).toBeLessThan(0.01);
    expect(centre(x)[0]).toBeCloseTo(centre(midFrom)[0]!, 0);
    expect(centre(x)[1]).toBeCloseTo(centre(midFrom)[1]!, 0);

    const late = frame(0.999);
    const gone = late.nodes.find((n) => n.id === 'gone')!;
    const midTo = to.nodes.find((n) => n.id === 'mid')!;
    expect(gone.state).toBe('exit');
    expect(gone.opacity).toBeLessThan(0.01);
    expect(centre(gone)[1]).toBeCloseTo(centre(midTo)[1]!, 0);
  });

  it('keeps links attached to the boxes of the frame', () => {
    const f = frame(0.3);
    const ids = f.links.map((l) => l.id).sort();
    expect(ids).toEqual(['gone', 'mid', 'x', 'y', 'z']);
    for (const l of f.links) expect(l.path).toMatch(/^M[-\d.]+,[-\d.]+/);
  });

  it('eases the height of the drawing between the two heights', () => {
    const h = frame(0.5).height;
    expect(h).toBeCloseTo((from.height + to.height) / 2, 5);
  });
});
