'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';

/**
 * The removal of a person's personal data. It cannot be undone, so the administrator types the
 * person's employee id before the button does anything (the server checks it again).
 */
export function PseudonymiseForm({ action, employeeId, name }: { action: FormAction<Done>; employeeId: string; name: string }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <input type="hidden" name="employeeId" value={employeeId} />
        <div className="field">
          <label htmlFor="bekrafta-anstalld">Skriv anställningsnumret {employeeId} för att bekräfta</label>
          <p id="bekrafta-anstalld-hint" className="field__hint">
            Det går inte att ångra. {name} försvinner ur Kompetenskartan med namn, e-post och anställningsnummer.
          </p>
          <input
            id="bekrafta-anstalld"
            name="confirmation"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.confirmation}
            required
            {...fieldAria('bekrafta-anstalld', errors.confirmation, 'bekrafta-anstalld-hint')}
          />
          <FieldError id="bekrafta-anstalld-error" errors={errors.confirmation} />
        </div>
        <div>
          <button type="submit" className="button button--danger" disabled={pending}>
            Ta bort personuppgifter
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
