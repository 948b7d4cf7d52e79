'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';

export function CreateUserForm({ action }: { action: FormAction<Done> }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="ny-namn">Namn</label>
          <input id="ny-namn" name="name" type="text" autoComplete="off" defaultValue={values.name} required {...fieldAria('ny-namn', errors.name)} />
          <FieldError id="ny-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="ny-epost">E-post</label>
          <p id="ny-epost-hint" className="field__hint">
            Samma adress som personen loggar in med på jobbet.
          </p>
          <input
            id="ny-epost"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.email}
            required
            {...fieldAria('ny-epost', errors.email, 'ny-epost-hint')}
          />
          <FieldError id="ny-epost-error" errors={errors.email} />
        </div>
        <div className="field">
          <label htmlFor="ny-anstalld">Anställningsnummer (om personen är anställd)</label>
          <p id="ny-anstalld-hint" className="field__hint">
            Behövs för rollen medarbetare och för att personen ska se sin egen profil.
          </p>
          <input
            id="ny-anstalld"
            name="employeeId"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.employeeId}
            {...fieldAria('ny-anstalld', errors.employeeId, 'ny-anstalld-hint')}
          />
          <FieldError id="ny-anstalld-error" errors={errors.employeeId} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa användare
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
