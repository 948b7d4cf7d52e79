'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import './frameworks.css';

/** Starts a new framework as a copy of an existing one, under new codes. */
export function CopyFrameworkForm({ action, frameworks }: { action: FormAction<Done>; frameworks: ReadonlyArray<{ value: string; label: string }> }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="kopia-fran">Ramverk att kopiera</label>
          <select id="kopia-fran" name="framework" defaultValue={values.framework ?? frameworks[0]?.value} {...fieldAria('kopia-fran', errors.framework)}>
            {frameworks.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
          <FieldError id="kopia-fran-error" errors={errors.framework} />
        </div>
        <div className="field">
          <label htmlFor="kopia-namn">Namn på det nya ramverket</label>
          <input id="kopia-namn" name="name" type="text" autoComplete="off" defaultValue={values.name} required {...fieldAria('kopia-namn', errors.name)} />
          <FieldError id="kopia-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="kopia-prefix">Prefix för de nya koderna</label>
          <p id="kopia-prefix-hint" className="field__hint">
            Varje krav får en ny kod: prefixet, ett bindestreck och den gamla koden. Med prefixet 2027 blir HYG till 2027-HYG.
          </p>
          <input
            id="kopia-prefix"
            name="prefix"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.prefix}
            required
            {...fieldAria('kopia-prefix', errors.prefix, 'kopia-prefix-hint')}
          />
          <FieldError id="kopia-prefix-error" errors={errors.prefix} />
        </div>
        <div>
          <div className="check-field">
            <input
              id="kopia-nivaer"
              name="copyRoleRequirements"
              type="checkbox"
              defaultChecked={state && !state.ok ? values.copyRoleRequirements === 'on' : true}
              aria-describedby="kopia-nivaer-hint"
            />
            <label htmlFor="kopia-nivaer">Kopiera också yrkesrollernas kravnivåer och vikter</label>
          </div>
          <p id="kopia-nivaer-hint" className="field__hint">
            Då gäller de nya kraven direkt: medarbetarna får frågor om dem i kartläggningen och de syns i rapporterna, bredvid kraven i
            det gamla ramverket. Utan kravnivåer är det nya ramverket ett utkast som ingen får frågor om förrän du sätter kravnivåer.
          </p>
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Kopiera ramverket
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
