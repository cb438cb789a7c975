/**
 * The restructuring: a before/after toggle over one diagram that changes shape, the
 * article's sentence for the view shown, and the same structure as a table. Two drawings
 * are prerendered (a tree for wide columns, an indented list for the others)
 * and CSS shows the one that fits, so nothing is measured and nothing shifts on hydration.
 *
 * The diagram comes right under the toggle: it is the answer to a switch, and after one the
 * page brings the toggle and the redrawn diagram into view together (revealScroll), so the
 * change plays where the reader is looking.
 */
import './OrgChart.css';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { layoutOrgViews } from '../layout/orgLayout';
import { revealScroll } from '../layout/revealScroll';
import type { OrgViewId } from '../routes';
import type { Bundle, OrgView } from '../schema/bundle';
import { OrgChartDiagram } from './OrgChartDiagram';
import { OrgChartTable } from './OrgChartTable';
import { SourceSentence } from './SourceSentence';

export interface OrgChartProps {
  bundle: Bundle;
  view: OrgViewId;
  onViewChange: (view: OrgViewId) => void;
  /** changes (above 0) when the App wants the pressed toggle focused: a deep link, Back or Forward */
  focusToken: number;
}

/**
 * The drawings, narrowest first: each is laid out for the narrowest column it is shown in,
 * and the CSS shows it from that width (in rem) up to the next one's. The narrowest is
 * always the indented list; the others are trees when the widest level fits.
 */
const DRAWINGS = [
  { width: 320, className: 'org-svg-narrow', mode: 'indented' },
  { width: 880, className: 'org-svg-wide', mode: undefined },
] as const;

/** Returns the org section's body. */
export function OrgChart({ bundle, view, onViewChange, focusToken }: OrgChartProps) {
  const views = bundle.story.org?.views ?? [];
  const people = bundle.facts.people;
  const layouts = useMemo(() => {
    const byDrawing = DRAWINGS.map((d) => layoutOrgViews(views, { width: d.width, people, mode: d.mode }));
    return views.map((v, i) => ({ view: v, drawings: byDrawing.map((layoutsOfDrawing) => layoutsOfDrawing[i]!) }));
  }, [views, people]);
  const fresh = useMemo(() => freshUnits(views), [views]);
  const current = layouts.find((l) => l.view.id === view) ?? layouts[0];

  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const viewRef = useRef(current?.view.id);
  viewRef.current = current?.view.id;
  useEffect(() => {
    if (focusToken <= 0 || !viewRef.current) return;
    buttons.current.get(viewRef.current)?.focus({ preventScroll: true });
  }, [focusToken]);

  // After the reader's switch, the toggle and the diagram it redraws are brought into view together.
  const rootRef = useRef<HTMLDivElement>(null);
  const switched = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the view changes, after a switch the reader made
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!switched.current || !root) return;
    switched.current = false;
    const toggle = root.querySelector('.org-toggle')?.getBoundingClientRect();
    const figure = root.querySelector('.org-figure')?.getBoundingClientRect();
    if (!toggle || !figure) return;
    const viewTop = Math.max(0, document.querySelector('.page-bar')?.getBoundingClientRect().bottom ?? 0);
    const delta = revealScroll({ keepTop: toggle.top, bottom: figure.bottom, viewTop, viewBottom: window.innerHeight });
    if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
  }, [current?.view.id]);

  if (!current) return <p className="org-empty">The article describes no structure to draw.</p>;
  const freshHere = fresh.get(current.view.id) ?? new Set<string>();

  return (
    <div className="org" ref={rootRef}>
      {layouts.length > 1 ? (
        <fieldset className="org-toggle">
          <legend className="visually-hidden">Structure to show</legend>
          {layouts.map(({ view: v }) => (
            <button
              key={v.id}
              ref={(el) => {
                if (el) buttons.current.set(v.id, el);
                else buttons.current.delete(v.id);
              }}
              type="button"
              className="org-toggle-button"
              aria-pressed={v.id === current.view.id}
              // The two lines are blocks, which a computed name would join with a stray space.
              aria-label={`${sideOf(v)}: ${v.title}`}
              onClick={() => {
                if (v.id === current.view.id) return;
                switched.current = true;
                onViewChange(v.id);
              }}
            >
              <span className="org-toggle-when">{sideOf(v)}</span>
              <span className="org-toggle-title">{v.title}</span>
            </button>
          ))}
        </fieldset>
      ) : null}
      <figure className="org-figure" aria-label={`${current.view.title}: diagram, told in the table below`}>
        {DRAWINGS.map((d, i) => (
          <OrgChartDiagram key={d.className} layout={current.drawings[i]!} fresh={freshHere} className={d.className} />
        ))}
        {freshHere.size > 0 ? (
          <figcaption className="org-key">
            <span className="org-key-badge" aria-hidden="true">
              new
            </span>{' '}
            marks a unit that is not in “{layouts[0]!.view.title}”
          </figcaption>
        ) : null}
      </figure>
      <div className="org-summary">
        <SourceSentence bundle={bundle} sentenceId={current.view.summary.sentence} highlight={{ start: current.view.summary.start, end: current.view.summary.end }} />
      </div>
      <OrgChartTable bundle={bundle} view={current.view} layout={current.drawings[current.drawings.length - 1]!} fresh={freshHere} />
    </div>
  );
}

/** Returns which side of the change a view shows, as its toggle says it. */
function sideOf(view: OrgView): string {
  return view.id === 'before' ? 'Before' : 'After';
}

/** Returns, per view, the ids of units that the other views do not have. */
function freshUnits(views: readonly OrgView[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  // Only a later view has "new" units; the first view is the starting point.
  views.forEach((v, i) => {
    if (i === 0) return;
    const earlier = new Set(views.slice(0, i).flatMap((e) => e.nodes.map((n) => n.id)));
    result.set(v.id, new Set(v.nodes.map((n) => n.id).filter((id) => !earlier.has(id))));
  });
  return result;
}
