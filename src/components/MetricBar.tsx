/**
 * A figure's place on its group's shared scale: a bar from zero on a linear scale, a dot
 * on a logarithmic one. SVG attributes rather than inline styles, which the page's
 * content policy does not allow.
 */
import type { MetricMark, MetricScale } from '../layout/metricScale';

export interface MetricBarProps {
  scale: MetricScale;
  mark: MetricMark;
}

/** Shortest bar drawn, as a fraction of the track, so a tiny figure still shows. */
const MIN_BAR = 0.01;

/** Returns the decorative mark; the figure and the group's scale note carry the same information as text. */
export function MetricBar({ scale, mark }: MetricBarProps) {
  const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
  return (
    <svg className={`metric-bar metric-bar-${scale.type}`} width="100%" height="12" aria-hidden="true" focusable="false" overflow="visible">
      {scale.type === 'linear' ? (
        <>
          <rect className="metric-bar-track" x="0" y="3" width="100%" height="6" />
          <rect className="metric-bar-fill" x="0" y="3" width={percent(Math.max(mark.position, MIN_BAR))} height="6" />
        </>
      ) : (
        <>
          <line className="metric-bar-axis" x1="0" x2="100%" y1="6" y2="6" />
          <circle className="metric-bar-dot" cx={percent(mark.position)} cy="6" r="5" />
        </>
      )}
    </svg>
  );
}
