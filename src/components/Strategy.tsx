/**
 * What changed in priorities: the focus and the measures of success before and after, side
 * by side (stacked on a phone), and the stages of AI as a stepper with the current stage
 * marked in words, with the sentence that says so. Every phrase is the article's own.
 */
import './Strategy.css';
import type { Bundle, Span, StrategySide } from '../schema/bundle';
import { SourceSentence } from './SourceSentence';

export interface StrategyProps {
  bundle: Bundle;
}

/** Returns the strategy section's body. */
export function Strategy({ bundle }: StrategyProps) {
  const strategy = bundle.story.strategy;
  if (!strategy) return <p className="strategy-empty">The article says nothing about a change of strategy.</p>;
  const { before, after, stages, currentNote } = strategy;
  const sides = [
    { key: 'before', side: before },
    { key: 'after', side: after },
  ] as const;
  const current = stages.findIndex((s) => s.current);
  return (
    <div className="strategy">
      <div className="strategy-compare">
        {sides.map(({ key, side }, i) => (
          <StrategyColumn key={key} which={key} side={side} arrow={i === 0} />
        ))}
      </div>
      {stages.length > 0 ? (
        <div className="strategy-stages">
          <h3 className="strategy-subhead">Stages, and where things stand</h3>
          <ol className="strategy-stepper">
            {stages.map((stage, i) => {
              const state = i === current ? 'current' : current >= 0 && i < current ? 'past' : 'future';
              return (
                <li key={stage.id} className={`strategy-step is-${state}`} aria-current={state === 'current' ? 'step' : undefined} data-sentence={stage.label.sentence}>
                  <span className="strategy-step-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="strategy-step-label">{stage.label.text}</span>
                  {state === 'current' ? <span className="strategy-step-here">We are here</span> : null}
                </li>
              );
            })}
          </ol>
          {currentNote ? (
            <div className="strategy-note">
              <SourceSentence bundle={bundle} sentenceId={currentNote.sentence} highlight={spanRange(currentNote)} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function StrategyColumn({ which, side, arrow }: { which: 'before' | 'after'; side: StrategySide; arrow: boolean }) {
  const headingId = `strategy-${which}-title`;
  return (
    <section className={`strategy-side strategy-side-${which}${arrow ? ' has-arrow' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="strategy-side-title">
        <span className="strategy-kicker">{which === 'before' ? 'Before' : 'Now'}</span> {side.title}
      </h3>
      <p className="strategy-label">Focus</p>
      <p className="strategy-focus" data-sentence={side.focus.sentence}>
        {side.focus.text}
      </p>
      {side.kpis.length > 0 ? (
        <>
          <p className="strategy-label">Measured by</p>
          <ul className="strategy-kpis">
            {side.kpis.map((kpi) => (
              <li key={`${kpi.start}-${kpi.end}`} data-sentence={kpi.sentence}>
                {kpi.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function spanRange(span: Span): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
