/**
 * The key figures: cards grouped as the story groups them, each with its compact figure
 * (the exact wording for screen readers), its label, its place on a scale shared with the
 * comparable figures of its group, and its source sentence on demand. Opening a card's
 * source selects it, which is a route (/metrics/<id>/).
 */
import { useMemo } from 'react';
import { formatCompact, formatCompactParts, formatSpoken } from '../layout/format';
import { findMetricScale, layoutMetricScales, type MetricScale } from '../layout/metricScale';
import type { Bundle, Metric, Quantity } from '../schema/bundle';
import { MetricCard } from './MetricCard';
import '../styles/metrics.css';

export interface MetricsProps {
  bundle: Bundle;
  base: string;
  /** the selected (open) card, or null */
  selectedId: string | null;
  /** select a card (its route) or, with null, close the selected one */
  onSelect: (id: string | null) => void;
}

interface MetricGroup {
  id: string;
  label: string;
  cards: { metric: Metric; quantity: Quantity }[];
}

/** Returns the metrics in groups, in the order the story first names each group. */
export function groupMetrics(bundle: Bundle): MetricGroup[] {
  const quantities = new Map(bundle.facts.quantities.map((q) => [q.id, q]));
  const groups = new Map<string, MetricGroup>();
  for (const metric of bundle.story.metrics) {
    const quantity = quantities.get(metric.quantity);
    if (!quantity) continue;
    let group = groups.get(metric.group);
    if (!group) {
      group = { id: metric.group, label: metric.groupLabel, cards: [] };
      groups.set(metric.group, group);
    }
    group.cards.push({ metric, quantity });
  }
  return [...groups.values()];
}

/** Returns the one-line text equivalent of a shared scale: what its marks compare and how far it runs. */
export function describeScale(scale: MetricScale, count: number): string {
  const top = formatCompact({ value: scale.domain[1], currency: scale.currency, qualifier: null });
  const unit = scale.currency ? '' : ` ${scale.unit}`;
  if (scale.type === 'linear') return `The ${count} bars share one scale, from 0 to ${top}${unit}.`;
  const bottom = formatCompact({ value: scale.domain[0], currency: scale.currency, qualifier: null });
  return `The ${count} dots share one logarithmic scale, from ${bottom} to ${top}${unit}; each step is ten times the last.`;
}

/** Returns the metric cards section body. */
export function Metrics({ bundle, base, selectedId, onSelect }: MetricsProps) {
  const groups = useMemo(() => groupMetrics(bundle), [bundle]);
  const scales = useMemo(() => layoutMetricScales(bundle.story.metrics, bundle.facts.quantities), [bundle]);
  return (
    <div className="metrics">
      {groups.map((group) => {
        const headingId = `metric-group-${group.id}`;
        const groupScales = scales.filter((s) => s.group === group.id);
        return (
          <div key={group.id} className={`metric-group metric-group-span-${Math.min(Math.max(group.cards.length, 2), 4)}`}>
            <h3 id={headingId} className="metric-group-title">
              {group.label}
            </h3>
            <ul className="metric-cards">
              {group.cards.map(({ metric, quantity }, index) => (
                <MetricCard
                  key={metric.id}
                  index={index}
                  bundle={bundle}
                  base={base}
                  metric={metric}
                  quantity={quantity}
                  compact={formatCompactParts(quantity)}
                  spoken={formatSpoken(quantity)}
                  placement={findMetricScale(groupScales, metric.id)}
                  selected={selectedId === metric.id}
                  onSelect={onSelect}
                />
              ))}
            </ul>
            <div className="metric-scale-notes">
              {groupScales.map((scale) => (
                <p key={scale.key} className="metric-scale-note">
                  {describeScale(scale, scale.marks.length)}
                </p>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
