'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import './frameworks.css';

/** Adds a requirement to a framework; no role requires it until a level is set. */
export function NewRequirementForm({ action, frameworkId, areasListId }: { action: FormAction<Done>; frameworkId: number; areasListId: string }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <input type="hidden" name="framework" value={frameworkId} />
        <div className="field">
          <label htmlFor="nytt-kod">Kod</label>
          <p id="nytt-kod-hint" className="field__hint">
            En kort kod som inte finns i något ramverk, till exempel HYG-2. Koden går inte att ändra senare.
          </p>
          <input id="nytt-kod" name="code" type="text" autoComplete="off" spellCheck={false} defaultValue={values.code} required {...fieldAria('nytt-kod', errors.code, 'nytt-kod-hint')} />
          <FieldError id="nytt-kod-error" errors={errors.code} />
        </div>
        <div className="field">
          <label htmlFor="nytt-namn">Namn</label>
          <input id="nytt-namn" name="name" type="text" autoComplete="off" defaultValue={values.name} required {...fieldAria('nytt-namn', errors.name)} />
          <FieldError id="nytt-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="nytt-omrade">Kravområde (om kravet hör till ett)</label>
          <input id="nytt-omrade" name="area" type="text" list={areasListId} autoComplete="off" defaultValue={values.area} {...fieldAria('nytt-omrade', errors.area)} />
          <FieldError id="nytt-omrade-error" errors={errors.area} />
        </div>
        <div className="text-field">
          <label htmlFor="nytt-beskrivning" className="text-field__label">
            Beskrivning (visas för medarbetarna i kartläggningen)
          </label>
          <textarea id="nytt-beskrivning" name="description" rows={3} defaultValue={values.description} {...fieldAria('nytt-beskrivning', errors.description)} />
          <FieldError id="nytt-beskrivning-error" errors={errors.description} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Lägg till kravet
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
