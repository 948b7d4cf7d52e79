'use client';

import type { FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';

export interface CreatedApiKey {
  key: string;
  name: string;
}

/** Creates a key and shows it this once: only its hash is stored. */
export function CreateApiKeyForm({
  action,
  units,
}: {
  action: FormAction<CreatedApiKey>;
  units: ReadonlyArray<{ code: string; name: string; depth: number }>;
}) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="nyckel-namn">Vad ska nyckeln användas till?</label>
          <p id="nyckel-namn-hint" className="field__hint">
            Till exempel ”Power BI, HR-rapporter”. Namnet syns i listan och i loggen.
          </p>
          <input
            id="nyckel-namn"
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values.name}
            required
            {...fieldAria('nyckel-namn', errors.name, 'nyckel-namn-hint')}
          />
          <FieldError id="nyckel-namn-error" errors={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="nyckel-enhet">Enhet som nyckeln får läsa</label>
          <p id="nyckel-enhet-hint" className="field__hint">
            Nyckeln får läsa enheten och alla enheter under den. Den kan aldrig läsa enskilda personers svar.
          </p>
          <select id="nyckel-enhet" name="unit" defaultValue={values.unit ?? ''} {...fieldAria('nyckel-enhet', errors.unit, 'nyckel-enhet-hint')}>
            <option value="">Hela organisationen</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {`${'\u00a0\u00a0'.repeat(u.depth)}${u.name} (${u.code})`}
              </option>
            ))}
          </select>
          <FieldError id="nyckel-enhet-error" errors={errors.unit} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa API-nyckel
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <CreatedKey created={d} />} />
    </>
  );
}

function CreatedKey({ created }: { created: CreatedApiKey }) {
  return (
    <div className="created-link">
      <p>
        <strong>Nyckeln ”{created.name}” är skapad.</strong> Den visas bara nu. Kopiera den och spara den där den ska användas, till
        exempel i Power BI. Behandla den som ett lösenord.
      </p>
      <p className="created-link__url">
        <code aria-label="API-nyckel">{created.key}</code>
      </p>
    </div>
  );
}
