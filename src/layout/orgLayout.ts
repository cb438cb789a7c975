/**
 * The org diagram's geometry as plain data: a box per unit with its text already broken
 * into lines, and a link path from each unit to the one it reports to.
 *
 * Two forms: a top-down tree (d3-hierarchy `tree`, links by d3-shape `linkVertical`) when
 * the widest level fits the width, else an indented list that works down to a 288 px
 * column. Both views of one org use the same form, so the transition between them moves
 * boxes rather than reshuffling the whole picture.
 */
import { type HierarchyPointNode, linkVertical, stratify, tree } from 'd3';
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

export interface OrgLayout {
  view: OrgView['id'];
  mode: OrgMode;
  width: number;
  height: number;
  nodes: OrgBox[];
  links: OrgLink[];
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

/** Returns the boxes and links of one org view laid out in `width` px. */
export function layoutOrg(view: OrgView, options: OrgLayoutOptions): OrgLayout {
  const m = { ...ORG_METRICS, ...options.metrics };
  const names = new Map((options.people ?? []).map((p) => [p.id, p.name]));
  const root = buildHierarchy(view.nodes);
  const treeBox = treeBoxWidth(root, options.width, m);
  const mode: OrgMode = options.mode ?? (treeBox >= m.minBox ? 'tree' : 'indented');
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
    const link = linkVertical<unknown, [number, number]>()
      .source(() => [parent.x + parent.width / 2, parent.y + parent.height])
      .target(() => [child.x + child.width / 2, child.y]);
    return link(null) ?? '';
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

/** Returns the box width at which the widest level of the tree fits `width`. */
function treeBoxWidth(root: ReturnType<typeof buildHierarchy>, width: number, m: OrgMetrics): number {
  const laid = tree<Node>()
    .nodeSize([1, 1])
    .separation(() => 1)(root.copy());
  const visible = laid.descendants().filter((d) => !isVirtual(d.data));
  const xs = visible.map((d) => d.x);
  const breadth = xs.length ? Math.max(...xs) - Math.min(...xs) + 1 : 1;
  return Math.min(m.maxBox, Math.floor((width - (breadth - 1) * m.gapX) / breadth));
}

function describeNode(node: OrgNode, width: number, names: Map<string, string>, m: OrgMetrics) {
  const inner = width - 2 * m.padding;
  const label = wrapWords(node.label.text, Math.floor(inner / m.labelChar));
  const leads = node.leads.map((id) => names.get(id) ?? id).flatMap((name) => wrapWords(name, Math.floor(inner / m.textChar)));
  const note = node.note ? wrapWords(node.note.text, Math.floor(inner / m.textChar)) : [];
  const height = 2 * m.padding + label.length * m.labelLine + (leads.length + note.length) * m.textLine;
  return { label, leads, note, height };
}

function layoutTree(view: OrgView, root: ReturnType<typeof buildHierarchy>, boxWidth: number, width: number, names: Map<string, string>, m: OrgMetrics): OrgLayout {
  const laid: HierarchyPointNode<Node> = tree<Node>()
    .nodeSize([boxWidth + m.gapX, 1])
    .separation(() => 1)(root);
  const virtualRoot = isVirtual(laid.data);
  const drawn = laid.descendants().filter((d) => !isVirtual(d.data));
  const depthOf = (d: HierarchyPointNode<Node>) => d.depth - (virtualRoot ? 1 : 0);
  const texts = new Map(drawn.map((d) => [d.data.id, describeNode(d.data as OrgNode, boxWidth, names, m)]));
  const levels = Math.max(0, ...drawn.map((d) => depthOf(d) + 1));
  const levelHeights = Array.from({ length: levels }, (_, level) => Math.max(0, ...drawn.filter((d) => depthOf(d) === level).map((d) => texts.get(d.data.id)!.height)));
  const levelTops: number[] = [];
  let y = 0;
  for (const h of levelHeights) {
    levelTops.push(y);
    y += h + m.levelGap;
  }
  const xs = drawn.map((d) => d.x);
  const minX = Math.min(...xs);
  const span = Math.max(...xs) - minX + boxWidth;
  const offset = (width - span) / 2 - minX;
  const nodes: OrgBox[] = drawn.map((d) => {
    const node = d.data as OrgNode;
    const text = texts.get(node.id)!;
    const level = depthOf(d);
    // Boxes of one level share a height, so the level reads as a row.
    return {
      id: node.id,
      kind: node.kind,
      parent: d.parent && !isVirtual(d.parent.data) ? d.parent.data.id : null,
      depth: level,
      x: d.x + offset,
      y: levelTops[level] ?? 0,
      width: boxWidth,
      height: levelHeights[level] ?? text.height,
      label: text.label,
      leads: text.leads,
      note: text.note,
    };
  });
  return { view: view.id, mode: 'tree', width, height: Math.max(0, y - m.levelGap), nodes, links: linksOf('tree', nodes, m) };
}

function layoutIndented(view: OrgView, root: ReturnType<typeof buildHierarchy>, width: number, names: Map<string, string>, m: OrgMetrics): OrgLayout {
  const nodes: OrgBox[] = [];
  let y = 0;
  const virtualRoot = isVirtual(root.data);
  root.eachBefore((d) => {
    if (isVirtual(d.data)) return;
    const node = d.data;
    const depth = d.depth - (virtualRoot ? 1 : 0);
    const x = depth * m.indent;
    const text = describeNode(node, width - x, names, m);
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
  });
  return { view: view.id, mode: 'indented', width, height: Math.max(0, y - m.rowGap), nodes, links: linksOf('indented', nodes, m) };
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
