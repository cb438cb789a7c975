/**
 * Shared scales for metric cards: figures of one group that count the same thing (same
 * unit, or same currency) are drawn against one scale so the reader can compare them at a
 * glance. Pure d3 math; the cards render the result.
 */
import { scaleLinear, scaleLog } from 'd3';
import type { Metric, Quantity } from '../schema/bundle';

/** One figure placed on its group's scale. */
export interface MetricMark {
  metricId: string;
  value: number;
  /** where the figure sits along the track, 0 (start) to 1 (end) */
  position: number;
}

/** A scale shared by two or more figures of one group and one unit or currency. */
export interface MetricScale {
  /** group and unit (or currency) the figures share */
  key: string;
  group: string;
  unit: string;
  currency: string | null;
  /**
   * linear: bars from zero, their lengths comparable. log: dots on a logarithmic track,
   * used when the figures are too far apart for bars (see `MAX_LINEAR_RATIO`).
   */
  type: 'linear' | 'log';
  domain: [number, number];
  /** in the order of the metrics given */
  marks: MetricMark[];
}

/**
 * Above this ratio between the largest and smallest figure, a linear bar for the smallest
 * would be under 2% of the track (a few pixels on a phone card) and read as zero; such a
 * group gets dots on a log scale instead, because a bar's length on a log scale claims a
 * ratio it does not have. The article's model sizes (about 11×) and dollar sums (about 7×)
 * stay well under it and keep honest bars from zero.
 */
export const MAX_LINEAR_RATIO = 50;

/** Returns the key under which figures are comparable: group plus currency, or group plus unit. */
export function comparableKey(metric: Pick<Metric, 'group'>, quantity: Pick<Quantity, 'unit' | 'currency'>): string {
  return `${metric.group}\u0000${quantity.currency ? `currency:${quantity.currency}` : `unit:${quantity.unit.trim().toLowerCase()}`}`;
}

/**
 * Returns one shared scale per group and unit/currency that has at least two positive,
 * finite figures, in the order their first metric appears. Metrics alone in their unit,
 * or whose quantity is missing, get no scale.
 */
export function layoutMetricScales(
  metrics: readonly Metric[],
  quantities: readonly Quantity[],
  maxLinearRatio = MAX_LINEAR_RATIO,
): MetricScale[] {
  const byId = new Map(quantities.map((q) => [q.id, q]));
  const buckets = new Map<string, { metric: Metric; quantity: Quantity }[]>();
  for (const metric of metrics) {
    const quantity = byId.get(metric.quantity);
    if (!quantity || !Number.isFinite(quantity.value) || quantity.value <= 0) continue;
    const key = comparableKey(metric, quantity);
    const bucket = buckets.get(key);
    if (bucket) bucket.push({ metric, quantity });
    else buckets.set(key, [{ metric, quantity }]);
  }
  const scales: MetricScale[] = [];
  for (const [key, members] of buckets) {
    if (members.length < 2) continue;
    const first = members[0]!;
    const shape = placeOnScale(
      members.map((m) => m.quantity.value),
      maxLinearRatio,
    );
    const position = createPosition(shape);
    scales.push({
      key,
      group: first.metric.group,
      unit: first.quantity.unit,
      currency: first.quantity.currency,
      ...shape,
      marks: members.map(({ metric, quantity }) => ({ metricId: metric.id, value: quantity.value, position: position(quantity.value) })),
    });
  }
  return scales;
}

/** Returns the scale type and domain for a set of positive values. */
function placeOnScale(values: number[], maxLinearRatio: number): Pick<MetricScale, 'type' | 'domain'> {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max / min <= maxLinearRatio) return { type: 'linear', domain: [0, max] };
  // Whole decades either side, so the track's ends read as round numbers.
  return { type: 'log', domain: [10 ** Math.floor(Math.log10(min)), 10 ** Math.ceil(Math.log10(max))] };
}

/** Returns a function from a value to its 0..1 position on the scale, clamped. */
function createPosition(scale: Pick<MetricScale, 'type' | 'domain'>): (value: number) => number {
  const d3scale = scale.type === 'linear' ? scaleLinear() : scaleLog();
  d3scale.domain(scale.domain).range([0, 1]).clamp(true);
  return (value) => d3scale(value);
}

/** Returns the scale a metric is drawn on, or null when it stands alone. */
export function findMetricScale(scales: readonly MetricScale[], metricId: string): { scale: MetricScale; mark: MetricMark } | null {
  for (const scale of scales) {
    const mark = scale.marks.find((m) => m.metricId === metricId);
    if (mark) return { scale, mark };
  }
  return null;
}
