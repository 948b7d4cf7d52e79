'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import type { IndicatorChoices } from './types';

export interface AddIndicatorFormProps {
  action: FormAction<Done>;
  project: string;
  choices: IndicatorChoices;
  /** Preselected rounds: normally the first and the latest. */
  defaultBaseline: string | null;
  defaultFollowUp: string | null;
}

/** HR adds an indicator from any effect question: the share answering 4 or 5, against a target. */
export function AddIndicatorForm({ action, project, choices, defaultBaseline, defaultFollowUp }: AddIndicatorFormProps) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <input type="hidden" name="project" value={project} />
        <div className="field">
          <label htmlFor="ny-indikator-fraga">Fråga</label>
          <select id="ny-indikator-fraga" name="question" defaultValue={values.question ?? ''} required {...fieldAria('ny-indikator-fraga', errors.question)}>
            <option value="">Välj en fråga</option>
            {choices.questions.map((q) => (
              <option key={q.code} value={q.code}>
                {q.text}
              </option>
            ))}
          </select>
          <FieldError id="ny-indikator-fraga-error" errors={errors.question} />
        </div>
        <div className="field">
          <label htmlFor="ny-indikator-namn">Namn på indikatorn (om du vill)</label>
          <p id="ny-indikator-namn-hint" className="field__hint">
            Lämna tomt så används frågans text.
          </p>
          <input
            id="ny-indikator-namn"
            name="name"
            type="text"
            autoComplete="off"
            maxLength={160}
            defaultValue={values.name}
            {...fieldAria('ny-indikator-namn', errors.name, 'ny-indikator-namn-hint')}
          />
          <FieldError id="ny-indikator-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="ny-indikator-mal">Mål i procent</label>
          <p id="ny-indikator-mal-hint" className="field__hint">
            Andelen som svarar 4 eller 5 (stämmer ganska eller helt), till exempel 75. Lämna tomt om ni inte har något mål.
          </p>
          <input
            id="ny-indikator-mal"
            name="target"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.target}
            {...fieldAria('ny-indikator-mal', errors.target, 'ny-indikator-mal-hint')}
          />
          <FieldError id="ny-indikator-mal-error" errors={errors.target} />
        </div>
        <div className="field">
          <label htmlFor="ny-indikator-fore">Utgångsläge: omgång</label>
          <select
            id="ny-indikator-fore"
            name="baselineRound"
            defaultValue={values.baselineRound ?? defaultBaseline ?? ''}
            required
            {...fieldAria('ny-indikator-fore', errors.baselineRound)}
          >
            <option value="">Välj en omgång</option>
            {choices.rounds.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldError id="ny-indikator-fore-error" errors={errors.baselineRound} />
        </div>
        <div className="field">
          <label htmlFor="ny-indikator-efter">Uppföljning: omgång</label>
          <select
            id="ny-indikator-efter"
            name="followUpRound"
            defaultValue={values.followUpRound ?? defaultFollowUp ?? ''}
            required
            {...fieldAria('ny-indikator-efter', errors.followUpRound)}
          >
            <option value="">Välj en omgång</option>
            {choices.rounds.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldError id="ny-indikator-efter-error" errors={errors.followUpRound} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Lägg till indikatorn
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
