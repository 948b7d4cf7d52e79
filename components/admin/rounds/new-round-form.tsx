'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { UnitCheckboxTree, type UnitChoice } from './unit-checkbox-tree';

export interface KindChoice {
  value: string;
  label: string;
}

/**
 * A new round: name, code, first and last day to answer, what it asks about, and the units it is
 * for (none = the whole organisation). The action creates it and opens the round's page.
 */
export function NewRoundForm({ action, units, kinds }: { action: FormAction<Done>; units: readonly UnitChoice[]; kinds: readonly KindChoice[] }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  const chosen = new Set((values.units ?? '').split(' ').filter(Boolean));
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="omgang-namn">Namn</label>
          <p id="omgang-namn-hint" className="field__hint">
            Medarbetarna ser namnet i kartläggningen och i brevet, till exempel ”Kompetenskartläggning våren 2027”.
          </p>
          <input id="omgang-namn" name="name" type="text" autoComplete="off" defaultValue={values.name} required {...fieldAria('omgang-namn', errors.name, 'omgang-namn-hint')} />
          <FieldError id="omgang-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="omgang-kod">Kod</label>
          <p id="omgang-kod-hint" className="field__hint">
            En kort kod utan mellanslag, till exempel KART-2027. Den används i rapporter, filer och adresser.
          </p>
          <input
            id="omgang-kod"
            name="code"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.code}
            required
            {...fieldAria('omgang-kod', errors.code, 'omgang-kod-hint')}
          />
          <FieldError id="omgang-kod-error" errors={errors.code} />
        </div>
        <div className="field">
          <label htmlFor="omgang-oppnar">Första svarsdag</label>
          <input id="omgang-oppnar" name="opensOn" type="date" defaultValue={values.opensOn} required {...fieldAria('omgang-oppnar', errors.opensOn)} />
          <FieldError id="omgang-oppnar-error" errors={errors.opensOn} />
        </div>
        <div className="field">
          <label htmlFor="omgang-stanger">Sista svarsdag</label>
          <p id="omgang-stanger-hint" className="field__hint">
            De personliga länkarna slutar fungera när dagen är slut.
          </p>
          <input
            id="omgang-stanger"
            name="closesOn"
            type="date"
            defaultValue={values.closesOn}
            required
            {...fieldAria('omgang-stanger', errors.closesOn, 'omgang-stanger-hint')}
          />
          <FieldError id="omgang-stanger-error" errors={errors.closesOn} />
        </div>
        <div className="field">
          <label htmlFor="omgang-slag">Vad omgången frågar om</label>
          <select id="omgang-slag" name="kind" defaultValue={values.kind ?? 'kombinerad'} required {...fieldAria('omgang-slag', errors.kind)}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <FieldError id="omgang-slag-error" errors={errors.kind} />
        </div>
        <UnitCheckboxTree units={units} chosen={chosen} errors={errors.units} />
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa omgången
          </button>
        </div>
      </form>
      <FormResult state={state} />
    </>
  );
}
