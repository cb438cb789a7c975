/**
 * The org diagram's geometry as plain data: a box per unit with its text already broken
 * into lines, and a link path from each unit to the one it reports to.
 *
 * Two forms: a top-down tree (d3-hierarchy `tree`, links drawn as linkVertical's curve) when
 * the widest level fits the width, else an indented list that works down to a 288 px
 * column. Both views of one org use the same form, so the transition between them moves
 * boxes rather than reshuffling the whole picture.
 */
import { type HierarchyNode, type HierarchyPointNode, stratify, tree } from 'd3';
import type { OrgNode, OrgView, Person } from '../schema/bundle';

export type OrgMode = 'tree' | 'indented';

export interface OrgMetrics {
  /** widest and narrowest box of the tree form */
  maxBox: number;
  minBox: number;
  /** room between two boxes side by side, and between two levels (the links run there) */
  gapX: number;
  levelGap: number;
  /** the indented form: step per level, and room between two rows */
  indent: number;
  rowGap: number;
  padding: number;
  /** generous average character widths, so an estimated line never runs past its box */
  labelChar: number;
  textChar: number;
  labelLine: number;
  textLine: number;
}

export const ORG_METRICS: OrgMetrics = {
  maxBox: 176,
  minBox: 116,
  gapX: 14,
  levelGap: 40,
  indent: 22,
  rowGap: 10,
  padding: 9,
  labelChar: 8.2,
  textChar: 7.1,
  labelLine: 18,
  textLine: 16,
};

export interface OrgBox {
  id: string;
  kind: OrgNode['kind'];
  /** the unit it reports to in this view, null at the top */
  parent: string | null;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** the unit's name, the names of who leads it, and the text's note about it, each in lines */
  label: string[];
  leads: string[];
  note: string[];
}

export interface OrgLink {
  /** the child's id: one link per unit that reports to another */
  id: string;
  source: string;
  target: string;
  path: string;
}

/** A note the text makes about several units at once ("each … reporting directly upwards"), drawn once under them. */
export interface OrgNote {
  /** "note-" and the id of the first unit it is about */
  id: string;
  /** the units it is about */
  units: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface OrgLayout {
  view: OrgView['id'];
  mode: OrgMode;
  width: number;
  height: number;
  nodes: OrgBox[];
  links: OrgLink[];
  notes: OrgNote[];
}

export interface OrgLayoutOptions {
  width: number;
  /** force a form; by default the tree when it fits */
  mode?: OrgMode;
  /** the people facts, to name the leads */
  people?: readonly Pick<Person, 'id' | 'name'>[];
  metrics?: Partial<OrgMetrics>;
}

const VIRTUAL_ROOT = '\u0000root';
/** Room between a row of units and the note said of them (a bracket sits there). */
const NOTE_GAP = 8;

/** Returns the boxes and links of one org view laid out in `width` px. */
export function layoutOrg(view: OrgView, options: OrgLayoutOptions): OrgLayout {
  const m = { ...ORG_METRICS, ...options.metrics };
  const names = new Map((options.people ?? []).map((p) => [p.id, p.name]));
  const root = buildHierarchy(view.nodes);
  const treeBox = treeBoxWidth(root, options.width, m);
  // A name's longest word must fit a box: a tree of boxes too narrow for it would spill.
  const longestWord = Math.max(0, ...view.nodes.flatMap((n) => n.label.text.split(/[\s-]+/).map((w) => w.length)));
  const fits = treeBox >= m.minBox && longestWord * m.labelChar + 2 * m.padding <= treeBox;
  const mode: OrgMode = options.mode ?? (fits ? 'tree' : 'indented');
  return mode === 'tree'
    ? layoutTree(view, root, Math.max(treeBox, m.minBox), options.width, names, m)
    : layoutIndented(view, root, options.width, names, m);
}

/** Returns a layout per view, all in the same form: the tree only when every view fits it. */
export function layoutOrgViews(views: readonly OrgView[], options: OrgLayoutOptions): OrgLayout[] {
  const first = views.map((v) => layoutOrg(v, options));
  const mode = options.mode ?? (first.every((l) => l.mode === 'tree') ? 'tree' : 'indented');
  return first.map((l, i) => (l.mode === mode ? l : layoutOrg(views[i]!, { ...options, mode })));
}

/** Returns the link path from a unit's box to the box of one that reports to it. */
export function linkPath(mode: OrgMode, parent: Pick<OrgBox, 'x' | 'y' | 'width' | 'height'>, child: Pick<OrgBox, 'x' | 'y' | 'width' | 'height'>, indent = ORG_METRICS.indent): string {
  if (mode === 'tree') {
    // d3-shape's linkVertical curve (a vertical bump), written out: the link module and
    // d3-path would cost more bytes on first load than these two lines.
    const [x0, y0, x1, y1] = [parent.x + parent.width / 2, parent.y + parent.height, child.x + child.width / 2, child.y];
    const ym = (y0 + y1) / 2;
    return `M${x0},${y0}C${x0},${ym},${x1},${ym},${x1},${y1}`;
  }
  // An elbow from under the parent's left edge to the middle of the child's first line.
  const x = Math.round(parent.x + indent / 2);
  const y = Math.round(child.y + Math.min(child.height / 2, 18));
  return `M${x},${Math.round(parent.y + parent.height)}V${y}H${Math.round(child.x)}`;
}

type Node = OrgNode | { id: string; parent: null; virtual: true };

function buildHierarchy(nodes: readonly OrgNode[]) {
  const ids = new Set(nodes.map((n) => n.id));
  const parentOf = (n: OrgNode) => (n.parent !== null && ids.has(n.parent) ? n.parent : null);
  const roots = nodes.filter((n) => parentOf(n) === null);
  // More than one top unit (or none) still makes one tree: under a root that is never drawn.
  const needsRoot = roots.length !== 1;
  const rows: Node[] = needsRoot
    ? [{ id: VIRTUAL_ROOT, parent: null, virtual: true }, ...nodes.map((n) => ({ ...n, parent: parentOf(n) ?? VIRTUAL_ROOT }))]
    : nodes.map((n) => ({ ...n, parent: parentOf(n) }));
  return stratify<Node>()
    .id((d) => d.id)
    .parentId((d) => d.parent)(rows);
}

const isVirtual = (n: Node): n is Extract<Node, { virtual: true }> => 'virtual' in n;

/**
 * Returns the hierarchy with x set by d3's tree, one step per box. Several top units (under
 * the root that is never drawn) are laid out each on its own and set side by side, so no
 * top unit sits over another one's reports and no link runs behind a box.
 */
function placeForest(root: ReturnType<typeof buildHierarchy>, step: number): HierarchyPointNode<Node> {
  const layout = tree<Node>()
    .nodeSize([step, 1])
    .separation(() => 1);
  if (!isVirtual(root.data)) return layout(root);
  const laid = root as HierarchyPointNode<Node>;
  laid.x = 0;
  laid.y = 0;
  let right = Number.NEGATIVE_INFINITY;
  for (const top of laid.children ?? []) {
    // Laying out a subtree on its own: d3 treats the node given as the root.
    const sub = layout(top as unknown as HierarchyNode<Node>);
    const xs = sub.descendants().map((d) => d.x);
    const shift = right === Number.NEGATIVE_INFINITY ? -Math.min(...xs) : right + step - Math.min(...xs);
    for (const d of sub.descendants()) d.x += shift;
    right = Math.max(...xs) + shift;
  }
  return laid;
}

/** Returns the box width at which the widest level of the tree fits `width`. */
function treeBoxWidth(root: ReturnType<typeof buildHierarchy>, width: number, m: OrgMetrics): number {
  const laid = placeForest(root.copy(), 1);
  const visible = laid.descendants().filter((d) => !isVirtual(d.data));
  const xs = visible.map((d) => d.x);
  const breadth = xs.length ? Math.max(...xs) - Math.min(...xs) + 1 : 1;
  return Math.min(m.maxBox, Math.floor((width - (breadth - 1) * m.gapX) / breadth));
}

/**
 * Returns, for each group of units that report to the same unit and carry one and the same
 * note (the same words at the same place in the text), that note's span and the units'
 * ids. Such a note is said of the group, so it is drawn once under it.
 */
function findSharedNotes(nodes: readonly OrgNode[]): { note: NonNullable<OrgNode['note']>; units: string[] }[] {
  const groups = new Map<string, { note: NonNullable<OrgNode['note']>; units: string[] }>();
  for (const n of nodes) {
    if (!n.note) continue;
    const key = `${n.parent ?? ''}\u0000${n.note.start}:${n.note.end}`;
    const group = groups.get(key) ?? { note: n.note, units: [] };
    group.units.push(n.id);
    groups.set(key, group);
  }
  const siblings = (parent: string | null) => nodes.filter((n) => n.parent === parent).length;
  return [...groups.values()].filter((g) => g.units.length >= 2 && g.units.length === siblings(nodes.find((n) => n.id === g.units[0])!.parent));
}

function describeNode(node: OrgNode, width: number, names: Map<string, string>, m: OrgMetrics, shared: ReadonlySet<string>) {
  const inner = width - 2 * m.padding;
  const label = wrapWords(node.label.text, Math.floor(inner / m.labelChar));
  const leads = node.leads.map((id) => names.get(id) ?? id).flatMap((name) => wrapWords(name, Math.floor(inner / m.textChar)));
  const note = node.note && !shared.has(node.id) ? wrapWords(node.note.text, Math.floor(inner / m.textChar)) : [];
  const height = 2 * m.padding + label.length * m.labelLine + (leads.length + note.length) * m.textLine;
  return { label, leads, note, height };
}

function layoutTree(view: OrgView, root: ReturnType<typeof buildHierarchy>, boxWidth: number, width: number, names: Map<string, string>, m: OrgMetrics): OrgLayout {
  const laid = placeForest(root, boxWidth + m.gapX);
  const virtualRoot = isVirtual(laid.data);
  const drawn = laid.descendants().filter((d) => !isVirtual(d.data));
  const depthOf = (d: HierarchyPointNode<Node>) => d.depth - (virtualRoot ? 1 : 0);
  const shared = findSharedNotes(view.nodes);
  const sharedIds = new Set(shared.flatMap((g) => g.units));
  const texts = new Map(drawn.map((d) => [d.data.id, describeNode(d.data as OrgNode, boxWidth, names, m, sharedIds)]));
  const xs = drawn.map((d) => d.x);
  const minX = Math.min(...xs);
  const span = Math.max(...xs) - minX + boxWidth;
  const offset = (width - span) / 2 - minX;
  const byId = new Map(drawn.map((d) => [d.data.id, d]));
  // A shared note sits under its units' row and makes that row's gap taller.
  const notes = shared.map((g) => {
    const units = g.units.map((id) => byId.get(id)!);
    const left = Math.min(...units.map((u) => u.x)) + offset;
    const right = Math.max(...units.map((u) => u.x)) + offset + boxWidth;
    const lines = wrapWords(g.note.text, Math.floor((right - left) / m.textChar));
    return { id: `note-${g.units[0]}`, units: g.units, level: depthOf(units[0]!), x: left, width: right - left, lines, height: lines.length * m.textLine };
  });
  const levels = Math.max(0, ...drawn.map((d) => depthOf(d) + 1));
  const levelHeights = Array.from({ length: levels }, (_, level) => Math.max(0, ...drawn.filter((d) => depthOf(d) === level).map((d) => texts.get(d.data.id)!.height)));
  const levelNotes = Array.from({ length: levels }, (_, level) => Math.max(0, ...notes.filter((n) => n.level === level).map((n) => n.height + NOTE_GAP + 2)));
  const levelTops: number[] = [];
  let y = 0;
  levelHeights.forEach((h, level) => {
    levelTops.push(y);
    y += h + levelNotes[level]! + m.levelGap;
  });
  const nodes: OrgBox[] = drawn.map((d) => {
    const node = d.data as OrgNode;
    const text = texts.get(node.id)!;
    const level = depthOf(d);
    return {
      id: node.id,
      kind: node.kind,
      parent: d.parent && !isVirtual(d.parent.data) ? d.parent.data.id : null,
      depth: level,
      x: d.x + offset,
      y: levelTops[level] ?? 0,
      width: boxWidth,
      height: text.height,
      label: text.label,
      leads: text.leads,
      note: text.note,
    };
  });
  const placedNotes: OrgNote[] = notes.map((n) => ({ id: n.id, units: n.units, x: n.x, y: (levelTops[n.level] ?? 0) + (levelHeights[n.level] ?? 0) + NOTE_GAP, width: n.width, height: n.height, lines: n.lines }));
  return { view: view.id, mode: 'tree', width, height: Math.max(0, y - m.levelGap), nodes, links: linksOf('tree', nodes, m), notes: placedNotes };
}

function layoutIndented(view: OrgView, root: ReturnType<typeof buildHierarchy>, width: number, names: Map<string, string>, m: OrgMetrics): OrgLayout {
  const nodes: OrgBox[] = [];
  const notes: OrgNote[] = [];
  const shared = findSharedNotes(view.nodes);
  const sharedIds = new Set(shared.flatMap((g) => g.units));
  // A shared note follows the last of its units (and that unit's own reports).
  const lastOf = new Map(shared.map((g) => [g.units[g.units.length - 1]!, g]));
  let y = 0;
  const virtualRoot = isVirtual(root.data);
  const place = (d: HierarchyNode<Node>) => {
    if (!isVirtual(d.data)) {
      const node = d.data;
      const depth = d.depth - (virtualRoot ? 1 : 0);
      const x = depth * m.indent;
      const text = describeNode(node, width - x, names, m, sharedIds);
      nodes.push({
        id: node.id,
        kind: node.kind,
        parent: d.parent && !isVirtual(d.parent.data) ? d.parent.data.id : null,
        depth,
        x,
        y,
        width: width - x,
        height: text.height,
        label: text.label,
        leads: text.leads,
        note: text.note,
      });
      y += text.height + m.rowGap;
    }
    for (const child of d.children ?? []) place(child);
    const group = lastOf.get(d.data.id);
    if (group) {
      const x = (d.depth - (virtualRoot ? 1 : 0)) * m.indent;
      const lines = wrapWords(group.note.text, Math.floor((width - x - m.padding) / m.textChar));
      const height = lines.length * m.textLine;
      notes.push({ id: `note-${group.units[0]}`, units: group.units, x, y: y - m.rowGap + 4, width: width - x, height, lines });
      y += height + 4;
    }
  };
  place(root);
  return { view: view.id, mode: 'indented', width, height: Math.max(0, y - m.rowGap), nodes, links: linksOf('indented', nodes, m), notes };
}

function linksOf(mode: OrgMode, nodes: OrgBox[], m: OrgMetrics): OrgLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.flatMap((child) => {
    const parent = child.parent ? byId.get(child.parent) : undefined;
    return parent ? [{ id: child.id, source: parent.id, target: child.id, path: linkPath(mode, parent, child, m.indent) }] : [];
  });
}

/**
 * Returns text broken into lines of at most `perLine` characters: at spaces, and after a
 * hyphen inside a word too long for a line ("multi-" / "modality"). A longer word that has
 * no hyphen keeps a line of its own.
 */
export function wrapWords(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  const pieces = words.flatMap((word) => (word.length > perLine ? splitAtHyphens(word, perLine).map((p, i, all) => ({ p, glue: i < all.length - 1 })) : [{ p: word, glue: false }]));
  let glued = false;
  for (const { p: word, glue } of pieces) {
    const candidate = line ? `${line}${glued ? '' : ' '}${word}` : word;
    glued = glue;
    if (candidate.length <= Math.max(1, perLine) || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function splitAtHyphens(word: string, perLine: number): string[] {
  const parts = word.split(/(?<=-)/);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + part.length <= perLine) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}
