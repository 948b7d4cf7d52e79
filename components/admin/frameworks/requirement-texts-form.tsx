'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import './frameworks.css';

/** A requirement's Swedish name, area and description. */
export function RequirementTextsForm({
  action,
  requirement: r,
  areasListId,
}: {
  action: FormAction<Done>;
  requirement: { code: string; name: string; area: string | null; description: string | null };
  areasListId: string;
}) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <input type="hidden" name="code" value={r.code} />
        <div className="field">
          <label htmlFor="krav-namn">Namn</label>
          <input id="krav-namn" name="name" type="text" defaultValue={values.name ?? r.name} required {...fieldAria('krav-namn', errors.name)} />
          <FieldError id="krav-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="krav-omrade">Kravområde</label>
          <input id="krav-omrade" name="area" type="text" list={areasListId} defaultValue={values.area ?? r.area ?? ''} {...fieldAria('krav-omrade', errors.area)} />
          <FieldError id="krav-omrade-error" errors={errors.area} />
        </div>
        <div className="text-field">
          <label htmlFor="krav-beskrivning" className="text-field__label">
            Beskrivning
          </label>
          <textarea id="krav-beskrivning" name="description" rows={4} defaultValue={values.description ?? r.description ?? ''} {...fieldAria('krav-beskrivning', errors.description)} />
          <FieldError id="krav-beskrivning-error" errors={errors.description} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Spara kravet
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
