/**
 * The key figures: cards grouped as the story groups them, each with its compact figure
 * (the exact wording for screen readers), its label, its place on a scale shared with the
 * comparable figures of its group, and its source sentence on demand. Opening a card's
 * source selects it, which is a route (/metrics/<id>/).
 *
 * A group whose story features only its first few figures (auto mode, a long group) shows
 * the rest after its "Show all" button. Every card is in the markup: the stylesheet hides
 * the rest only where scripts run (a page read without them shows every figure, with no
 * button), and a group holding the selected card is open, so a deep link lands on it.
 */
import { useEffect, useMemo, useState } from 'react';
import { formatCompact, formatCompactParts, formatSpoken } from '../layout/format';
import { findMetricScale, layoutMetricScales, type MetricScale } from '../layout/metricScale';
import { type Bundle, COUNT_UNIT, FRACTION_UNIT, type Metric, type Quantity } from '../schema/bundle';
import { MetricCard } from './MetricCard';
import { usePrinting } from './usePrinting';
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

/** Returns true for a card shown before its group's "Show all": the story features it, or says nothing. */
export function isFeaturedMetric(metric: Metric): boolean {
  return metric.featured !== false;
}

/** Returns the id of the group whose hidden cards hold the card, or null. */
export function groupHidingMetric(groups: readonly MetricGroup[], metricId: string | null): string | null {
  if (metricId === null) return null;
  const group = groups.find((g) => g.cards.some((c) => c.metric.id === metricId && !isFeaturedMetric(c.metric)));
  return group ? group.id : null;
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
  // A share's ends are written as fractions ("1/2 of the whole"); a count with no noun says none.
  const share = scale.unit === FRACTION_UNIT ? { unit: FRACTION_UNIT } : {};
  const top = formatCompact({ value: scale.domain[1], currency: scale.currency, qualifier: null, ...share });
  const unit = scale.currency || scale.unit === COUNT_UNIT ? '' : scale.unit === FRACTION_UNIT ? ' of the whole' : ` ${scale.unit}`;
  if (scale.type === 'linear') return `The ${count} bars share one scale, from 0 to ${top}${unit}.`;
  const bottom = formatCompact({ value: scale.domain[0], currency: scale.currency, qualifier: null, ...share });
  return `The ${count} dots share one logarithmic scale, from ${bottom} to ${top}${unit}; each step is ten times the last.`;
}

/** Returns the metric cards section body. */
export function Metrics({ bundle, base, selectedId, onSelect }: MetricsProps) {
  const groups = useMemo(() => groupMetrics(bundle), [bundle]);
  const scales = useMemo(() => layoutMetricScales(bundle.story.metrics, bundle.facts.quantities), [bundle]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const printing = usePrinting();
  const selectedGroup = groupHidingMetric(groups, selectedId);
  // A group opened to show a selected card stays open when the card is closed: nothing moves under the reader.
  useEffect(() => {
    if (selectedGroup) setOpened((now) => (now.has(selectedGroup) ? now : new Set([...now, selectedGroup])));
  }, [selectedGroup]);
  const toggle = (groupId: string, expanded: boolean) => {
    setOpened((now) => {
      const next = new Set(now);
      if (expanded) next.delete(groupId);
      else next.add(groupId);
      return next;
    });
    // Showing fewer hides the open card too: it is closed, and the address says so.
    if (expanded && selectedGroup === groupId) onSelect(null);
  };
  return (
    <div className="metrics">
      {groups.map((group) => {
        const headingId = `metric-group-${group.id}`;
        const groupScales = scales.filter((s) => s.group === group.id);
        const hasMore = group.cards.some((c) => !isFeaturedMetric(c.metric));
        const expanded = !hasMore || opened.has(group.id) || selectedGroup === group.id;
        const listId = `metric-group-${group.id}-cards`;
        return (
          <div
            key={group.id}
            className={`metric-group metric-group-span-${Math.min(Math.max(group.cards.length, 2), 4)}`}
            data-collapsed={expanded ? undefined : ''}
          >
            <h3 id={headingId} className="metric-group-title">
              {group.label}
            </h3>
            <ul className="metric-cards" id={hasMore ? listId : undefined}>
              {group.cards.map(({ metric, quantity }) => (
                <MetricCard
                  key={metric.id}
                  bundle={bundle}
                  base={base}
                  metric={metric}
                  quantity={quantity}
                  compact={formatCompactParts(quantity)}
                  spoken={formatSpoken(quantity)}
                  placement={findMetricScale(groupScales, metric.id)}
                  selected={selectedId === metric.id}
                  printing={printing}
                  featured={isFeaturedMetric(metric)}
                  onSelect={onSelect}
                />
              ))}
            </ul>
            <div className="metric-scale-notes">
              {hasMore ? (
                <button type="button" className="metric-more text-button" aria-expanded={expanded} aria-controls={listId} onClick={() => toggle(group.id, expanded)}>
                  {expanded ? 'Show fewer' : `Show all ${group.cards.length}`}
                  <span className="visually-hidden"> figures: {group.label}</span>
                </button>
              ) : null}
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
