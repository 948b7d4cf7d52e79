'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';

export interface LetterUnitChoice {
  code: string;
  label: string;
}

/** Picks a unit and makes its letters (new personal links); the action opens them on this page. */
export function LettersForm({ action, round, units, unit }: { action: FormAction<Done>; round: string; units: readonly LetterUnitChoice[]; unit?: string }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <input type="hidden" name="round" value={round} />
        <div className="field">
          <label htmlFor="brev-enhet">Enhet</label>
          <p id="brev-enhet-hint" className="field__hint">
            Du får ett brev till varje inbjuden person på enheten och på enheterna under den.
          </p>
          <select
            id="brev-enhet"
            name="unit"
            defaultValue={values.unit ?? unit ?? ''}
            required
            {...fieldAria('brev-enhet', errors.unit, 'brev-enhet-hint')}
          >
            <option value="">Välj en enhet</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError id="brev-enhet-error" errors={errors.unit} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa brev
          </button>
        </div>
      </form>
      <FormResult state={state} />
    </>
  );
}
