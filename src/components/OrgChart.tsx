/**
 * The restructuring: a before/after toggle over one diagram that changes shape, the
 * article's sentence for the view shown, and the same structure as a table. Three drawings
 * are prerendered (trees for wide and middling columns, an indented list for narrow ones)
 * and CSS shows the one that fits, so nothing is measured and nothing shifts on hydration.
 */
import './OrgChart.css';
import { useEffect, useMemo, useRef } from 'react';
import { layoutOrgViews } from '../layout/orgLayout';
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
  { width: 640, className: 'org-svg-mid', mode: undefined },
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

  if (!current) return <p className="org-empty">The article describes no structure to draw.</p>;
  const freshHere = fresh.get(current.view.id) ?? new Set<string>();

  return (
    <div className="org">
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
              onClick={() => {
                if (v.id !== current.view.id) onViewChange(v.id);
              }}
            >
              {v.title}
            </button>
          ))}
        </fieldset>
      ) : null}
      <div className="org-summary">
        <SourceSentence bundle={bundle} sentenceId={current.view.summary.sentence} highlight={{ start: current.view.summary.start, end: current.view.summary.end }} />
      </div>
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
      <OrgChartTable bundle={bundle} view={current.view} layout={current.drawings[current.drawings.length - 1]!} fresh={freshHere} />
    </div>
  );
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
