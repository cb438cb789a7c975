/**
 * One drawing of the org: boxes and links from a layout, animated between views with the
 * frames of `interpolateOrg` (eased, 450 ms, driven by requestAnimationFrame). No motion
 * when the reader asks for reduced motion or when this drawing is not on screen.
 */
import { easeCubicInOut } from 'd3';
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { OrgLayout } from '../layout/orgLayout';
import { interpolateOrg, type OrgFrame, type OrgFrameNode, restingFrame } from '../layout/orgTransition';

/** How long the org takes to change shape. */
export const ORG_TRANSITION_MS = 450;

export interface OrgChartDiagramProps {
  layout: OrgLayout;
  /** ids of the units that are not in the other view: outlined as new */
  fresh: ReadonlySet<string>;
  className: string;
}

/** Returns the SVG of one org layout, easing from the previous layout when it changes. */
export function OrgChartDiagram({ layout, fresh, className }: OrgChartDiagramProps) {
  const ref = useRef<SVGSVGElement>(null);
  const frame = useOrgFrame(layout, ref);
  const tree = frame.mode === 'tree';
  return (
    <svg ref={ref} className={`org-svg ${className}`} viewBox={`0 0 ${layout.width} ${round(frame.height + 12)}`} aria-hidden="true" focusable="false">
      <g transform="translate(0 6)">
        <g className="org-links">
          {frame.links.map((link) => (
            <path key={link.id} d={link.path} opacity={restOrValue(link.opacity)} />
          ))}
        </g>
        {paintOrder(frame.nodes).map((node) => (
          <OrgNodeBox key={node.id} node={node} tree={tree} fresh={fresh.has(node.id)} />
        ))}
        {frame.notes.map((note) => (
          <g key={note.id} className="org-note" opacity={round(note.opacity, 3)}>
            {tree ? <path className="org-note-bracket" d={`M${round(note.x + 8)},${round(note.y - 6)}v4H${round(note.x + note.width - 8)}v-4`} /> : null}
            <text textAnchor={tree ? 'middle' : 'start'}>
              {note.lines.map((line, i) => (
                <tspan key={`${note.id}:${line}`} x={round(tree ? note.x + note.width / 2 : note.x + PAD)} y={round(note.y + (i + 1) * TEXT_LINE - 3)}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

const PAD = 9;
const LABEL_LINE = 18;
const TEXT_LINE = 16;

function OrgNodeBox({ node, tree, fresh }: { node: OrgFrameNode; tree: boolean; fresh: boolean }) {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const left = -node.width / 2;
  const top = -node.height / 2;
  const textX = tree ? 0 : left + PAD;
  const anchor = tree ? 'middle' : 'start';
  // Each line's baseline sits a little above the bottom of its line box.
  const lines: { kind: 'label' | 'lead' | 'note'; text: string; y: number }[] = [];
  let y = top + PAD;
  const add = (kind: 'label' | 'lead' | 'note', texts: string[], h: number) => {
    for (const text of texts) {
      y += h;
      lines.push({ kind, text, y: round(y - 4) });
    }
  };
  add('label', node.label, LABEL_LINE);
  add('lead', node.leads, TEXT_LINE);
  add('note', node.note, TEXT_LINE);
  return (
    <g
      className={`org-node org-node-${node.kind}${fresh ? ' is-new' : ''}`}
      transform={`translate(${round(cx)} ${round(cy)})${node.scale === 1 ? '' : ` scale(${round(node.scale, 3)})`}`}
      opacity={restOrValue(node.opacity)}
    >
      <rect x={round(left)} y={round(top)} width={round(node.width)} height={round(node.height)} />
      <text textAnchor={anchor}>
        {lines.map((l) => (
          <tspan key={`${l.kind}:${l.y}`} className={`org-node-${l.kind}`} x={round(textX)} y={l.y}>
            {l.text}
          </tspan>
        ))}
      </text>
      {fresh ? (
        <g className="org-node-badge" transform={`translate(${round(tree ? 0 : -left - 22)} ${round(top)})`}>
          <rect x={-17} y={-8} width={34} height={15} />
          <text y={3}>
            new
          </text>
        </g>
      ) : null}
    </g>
  );
}

const LAYER = { exit: 0, enter: 1, stay: 2 } as const;

/** Returns the nodes back to front: units leaving and arriving pass behind the units that stay, so they seem to go into and come out of them. */
function paintOrder(nodes: OrgFrameNode[]): OrgFrameNode[] {
  return [...nodes].sort((a, b) => LAYER[a.state] - LAYER[b.state]);
}

/** Returns an opacity to write, or nothing at rest (1): every unit at rest wrote it, in every page's HTML. */
function restOrValue(opacity: number): number | undefined {
  return opacity === 1 ? undefined : round(opacity, 3);
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Returns the frame to draw: the layout at rest, or while it changes, the in-between frame.
 * The change starts before paint (layout effect), so the new view never flashes first.
 */
function useOrgFrame(layout: OrgLayout, ref: RefObject<SVGSVGElement | null>): OrgFrame {
  const [moving, setMoving] = useState<{ frame: OrgFrame; to: OrgLayout } | null>(null);
  const shown = useRef<{ layout: OrgLayout; frame: OrgFrame | null }>({ layout, frame: null });

  useLayoutEffect(() => {
    const previous = shown.current;
    if (previous.layout === layout) {
      // A change cut short without a new target (an effect re-run) ends at rest.
      if (previous.frame) {
        shown.current = { layout, frame: null };
        setMoving(null);
      }
      return;
    }
    // Start from what is on screen now, even halfway through another change.
    const from = previous.frame ? frameAsLayout(previous.frame, previous.layout) : previous.layout;
    shown.current = { layout, frame: null };
    const el = ref.current;
    const visible = el !== null && el.getClientRects().length > 0 && isOnScreen(el);
    if (!visible || window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      setMoving(null);
      return;
    }
    const between = interpolateOrg(from, layout);
    const started = performance.now();
    let raf = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - started) / ORG_TRANSITION_MS);
      const frame = between(easeCubicInOut(t));
      if (t >= 1) {
        shown.current = { layout, frame: null };
        setMoving(null);
        return;
      }
      shown.current = { layout, frame };
      setMoving({ frame, to: layout });
      raf = requestAnimationFrame(tick);
    };
    const first = between(0);
    shown.current = { layout, frame: first };
    setMoving({ frame: first, to: layout });
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [layout, ref]);

  return moving && moving.to === layout ? moving.frame : restingFrame(layout);
}

function isOnScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** Returns a frame as a layout to start the next change from; units barely grown count as not there yet. */
function frameAsLayout(frame: OrgFrame, target: OrgLayout): OrgLayout {
  const nodes = frame.nodes.filter((n) => n.opacity >= 0.5).map(({ opacity: _o, scale: _s, state: _st, ...box }) => box);
  const notes = frame.notes.filter((n) => n.opacity >= 0.5).map(({ opacity: _o, ...note }) => note);
  return { view: target.view, mode: frame.mode, width: frame.width, height: frame.height, nodes, links: [], notes };
}
