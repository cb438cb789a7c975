/**
 * The in-between frames of the org diagram when the reader switches views. Units are keyed
 * by id: a unit in both views moves (and resizes) to its new place, a new unit grows out of
 * the box it will report to, a unit that goes away shrinks into the box it reported to. The
 * links are redrawn from the boxes of each frame, so they stay attached while they move.
 */
import { interpolateNumber } from 'd3';
import { type OrgBox, type OrgLayout, type OrgMode, type OrgNote, linkPath } from './orgLayout';

export interface OrgFrameNode extends OrgBox {
  opacity: number;
  /** 0 (a point at the box's centre) to 1 (full size) */
  scale: number;
  /** where the unit is going: staying, appearing or leaving */
  state: 'stay' | 'enter' | 'exit';
}

export interface OrgFrameLink {
  id: string;
  path: string;
  opacity: number;
}

export interface OrgFrameNote extends OrgNote {
  opacity: number;
}

export interface OrgFrame {
  mode: OrgMode;
  width: number;
  height: number;
  nodes: OrgFrameNode[];
  links: OrgFrameLink[];
  notes: OrgFrameNote[];
}

/** Returns the frame of a layout at rest: every unit in place at full size. */
export function restingFrame(layout: OrgLayout): OrgFrame {
  return {
    mode: layout.mode,
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map((n) => ({ ...n, opacity: 1, scale: 1, state: 'stay' })),
    links: layout.links.map((l) => ({ id: l.id, path: l.path, opacity: 1 })),
    notes: layout.notes.map((n) => ({ ...n, opacity: 1 })),
  };
}

/**
 * Returns a function of t in [0, 1] giving the frame between two layouts of one org: t = 0
 * is `from` at rest, t = 1 is `to` at rest. Easing is the caller's: pass an eased t.
 */
export function interpolateOrg(from: OrgLayout, to: OrgLayout): (t: number) => OrgFrame {
  const fromById = new Map(from.nodes.map((n) => [n.id, n]));
  const toById = new Map(to.nodes.map((n) => [n.id, n]));
  // The nearest unit up the chain that exists in the other view: where a unit grows from or shrinks into.
  const anchorIn = (start: OrgBox, own: Map<string, OrgBox>, other: Map<string, OrgBox>): OrgBox | null => {
    let parentId = start.parent;
    const seen = new Set<string>();
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const found = other.get(parentId);
      if (found) return found;
      parentId = own.get(parentId)?.parent ?? null;
    }
    return null;
  };

  type Track = { box: OrgBox; state: OrgFrameNode['state']; a: Geometry; b: Geometry; parent: string | null };
  const tracks: Track[] = [];
  for (const b of to.nodes) {
    const a = fromById.get(b.id);
    if (a) tracks.push({ box: b, state: 'stay', a: geometryOf(a, 1, 1), b: geometryOf(b, 1, 1), parent: b.parent });
    else {
      const anchor = anchorIn(b, toById, fromById);
      const start = anchor ? { ...geometryOf(anchor, 0, 0), width: b.width, height: b.height } : geometryOf(b, 0, 0);
      tracks.push({ box: b, state: 'enter', a: start, b: geometryOf(b, 1, 1), parent: b.parent });
    }
  }
  for (const a of from.nodes) {
    if (toById.has(a.id)) continue;
    const anchor = anchorIn(a, fromById, toById);
    const end = anchor ? { ...geometryOf(anchor, 0, 0), width: a.width, height: a.height } : geometryOf(a, 0, 0);
    tracks.push({ box: a, state: 'exit', a: geometryOf(a, 1, 1), b: end, parent: a.parent });
  }
  const lerp = tracks.map((tr) => ({
    cx: interpolateNumber(tr.a.cx, tr.b.cx),
    cy: interpolateNumber(tr.a.cy, tr.b.cy),
    width: interpolateNumber(tr.a.width, tr.b.width),
    height: interpolateNumber(tr.a.height, tr.b.height),
    scale: interpolateNumber(tr.a.scale, tr.b.scale),
    opacity: interpolateNumber(tr.a.opacity, tr.b.opacity),
  }));
  const height = interpolateNumber(from.height, to.height);
  // Notes move with their units when both views have them, else fade; they carry no link.
  const toNotes = new Map(to.notes.map((n) => [n.id, n]));
  const noteTracks = [
    ...to.notes.map((b) => {
      const a = from.notes.find((n) => n.id === b.id);
      return { note: b, x: interpolateNumber(a?.x ?? b.x, b.x), y: interpolateNumber(a?.y ?? b.y, b.y), opacity: interpolateNumber(a ? 1 : 0, 1) };
    }),
    ...from.notes.filter((a) => !toNotes.has(a.id)).map((a) => ({ note: a, x: () => a.x, y: () => a.y, opacity: interpolateNumber(1, 0) })),
  ];

  return (t: number) => {
    if (t <= 0) return restingFrame(from);
    if (t >= 1) return restingFrame(to);
    const nodes: OrgFrameNode[] = tracks.map((tr, i) => {
      const l = lerp[i]!;
      const width = l.width(t);
      const h = l.height(t);
      return { ...tr.box, x: l.cx(t) - width / 2, y: l.cy(t) - h / 2, width, height: h, scale: l.scale(t), opacity: l.opacity(t), state: tr.state };
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const links: OrgFrameLink[] = [];
    tracks.forEach((tr) => {
      const child = byId.get(tr.box.id);
      const parent = tr.parent ? byId.get(tr.parent) : undefined;
      if (!child || !parent) return;
      links.push({ id: child.id, path: linkPath(to.mode, scaled(parent), scaled(child)), opacity: Math.min(child.opacity, parent.opacity) });
    });
    // A note only shows once its units have mostly arrived, and leaves before they do.
    const notes = noteTracks.map((tr) => ({ ...tr.note, x: tr.x(t), y: tr.y(t), opacity: Math.max(0, Math.min(1, tr.opacity(t) * 2 - 0.5)) }));
    return { mode: to.mode, width: to.width, height: height(t), nodes, links, notes };
  };
}

interface Geometry {
  cx: number;
  cy: number;
  width: number;
  height: number;
  scale: number;
  opacity: number;
}

function geometryOf(box: OrgBox, scale: number, opacity: number): Geometry {
  return { cx: box.x + box.width / 2, cy: box.y + box.height / 2, width: box.width, height: box.height, scale, opacity };
}

/** A box as drawn: shrunk about its centre by its scale, so links meet the visible edge. */
function scaled(n: OrgFrameNode): Pick<OrgBox, 'x' | 'y' | 'width' | 'height'> {
  const width = n.width * n.scale;
  const height = n.height * n.scale;
  return { x: n.x + (n.width - width) / 2, y: n.y + (n.height - height) / 2, width, height };
}
