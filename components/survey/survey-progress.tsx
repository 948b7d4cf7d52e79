import type { SurveyText } from '@/lib/i18n/types';

export interface ProgressStep {
  label: string;
  complete: boolean;
}

/**
 * Where the person is: the step's heading ("Steg 2 av 8" and its name, which takes focus on
 * a move between steps), a progress bar named by it, and the list of all steps with their
 * state in words (never colour alone).
 */
export function SurveyProgress({ headingId, current, steps, text }: { headingId: string; current: number; steps: readonly ProgressStep[]; text: SurveyText }) {
  const total = steps.length;
  const here = steps[current - 1];
  return (
    <div className="survey-progress">
      <h2 id={headingId} tabIndex={-1} className="survey-progress__heading">
        <span className="survey-progress__count">{text.progress.stepOf(current, total)}</span>
        {here?.label}
      </h2>
      <progress className="survey-progress__bar" max={total} value={current} aria-labelledby={headingId}>
        {text.progress.stepOf(current, total)}
      </progress>
      <details className="survey-progress__all">
        <summary>{text.progress.allSteps}</summary>
        <ol>
          {steps.map((s, i) => {
            const isCurrent = i + 1 === current;
            const state = isCurrent ? text.progress.current : s.complete ? text.progress.done : text.progress.todo;
            return (
              <li key={i} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'is-current' : undefined}>
                <span aria-hidden="true" className="survey-progress__mark">
                  {s.complete ? '✓' : isCurrent ? '➜' : '○'}
                </span>{' '}
                {s.label} <span className="survey-progress__state">({state})</span>
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
