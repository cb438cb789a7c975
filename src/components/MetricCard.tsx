/**
 * One figure: compact and big for the eye, the exact wording (qualifier kept) for screen
 * readers, its label, its bar on the group's shared scale, and a disclosure with the
 * sentence it comes from. The panel is always in the markup, but its sentence only once
 * opened or printed: every closed card's sentence cost each page 0.8 KB gzipped, and the
 * label's link (/metrics/<id>/) opens it without scripts too.
 */
import type { MetricMark, MetricScale } from '../layout/metricScale';
import type { Bundle, Metric, Quantity } from '../schema/bundle';
import { MetricBar } from './MetricBar';
import { RouteLink } from './RouteLink';
import { SourceSentence } from './SourceSentence';

export interface MetricCardProps {
  bundle: Bundle;
  base: string;
  metric: Metric;
  quantity: Quantity;
  /** the compact figure and its unit, which is set smaller: { figure: "10B+", unit: "" }, { figure: "SGD 4.35", unit: "/share" } */
  compact: { figure: string; unit: string };
  /** "over 10 billion global downloads" */
  spoken: string;
  placement: { scale: MetricScale; mark: MetricMark } | null;
  selected: boolean;
  /** the page is being printed: every card shows its sentence */
  printing?: boolean;
  /** false: shown after its group's "Show all" (the stylesheet hides it while the group is collapsed) */
  featured?: boolean;
  /** select this card (its route) or, with null, close it */
  onSelect: (id: string | null) => void;
}

/** Returns a metric card as a list item with the id `metric-<id>`. */
export function MetricCard({ bundle, base, metric, quantity, compact, spoken, placement, selected, printing = false, featured = true, onSelect }: MetricCardProps) {
  const panelId = `metric-${metric.id}-source`;
  const labelId = `metric-${metric.id}-label`;
  const className = `metric-card${featured ? '' : ' metric-card-more'}`;
  return (
    <li id={`metric-${metric.id}`} className={className} data-selected={selected || undefined} tabIndex={-1} aria-labelledby={labelId}>
      <h4 id={labelId} className="metric-label">
        <RouteLink className="metric-link" route={{ kind: 'metric', id: metric.id }} base={base} onNavigate={() => onSelect(metric.id)} aria-current={selected ? 'true' : undefined}>
          {metric.label}
        </RouteLink>
      </h4>
      <p className="metric-figure" data-fact-id={quantity.id}>
        <span className="metric-compact" aria-hidden="true">
          {compact.figure}
          {compact.unit ? <span className="metric-unit">{compact.unit}</span> : null}
        </span>
        <span className="visually-hidden">{spoken}</span>
      </p>
      {placement ? <MetricBar scale={placement.scale} mark={placement.mark} /> : null}
      <button
        type="button"
        className="metric-disclosure text-button"
        aria-expanded={selected}
        aria-controls={panelId}
        onClick={() => onSelect(selected ? null : metric.id)}
      >
        Source<span className="visually-hidden">{`: ${metric.label}`}</span>
      </button>
      <div id={panelId} className="metric-source disclosure-panel" hidden={!selected}>
        {selected || printing ? <SourceSentence bundle={bundle} sentenceId={quantity.sentence} highlight={quantity} factId={quantity.id} /> : null}
      </div>
    </li>
  );
}
