'use client';

import { useState, type FormEvent } from 'react';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import { LOGO_ACCEPT, LOGO_MAX_BYTES } from '@/lib/validation/logo';

const TOO_BIG = `Bilden är för stor. Den får vara högst ${LOGO_MAX_BYTES / 1024} kB. Gör bilden mindre och försök igen.`;

/**
 * Uploads the organisation's logo. The server checks the file (type by its content, size); with
 * JavaScript a file that is too big is refused here already, before it is sent.
 */
export function LogoForm({ action }: { action: FormAction<Done> }) {
  const { state, formAction, pending, errors, key } = useActionForm(action);
  const [local, setLocal] = useState<string | null>(null);
  const fieldErrors = local ? [local] : errors.logo;
  const check = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem('logo') as HTMLInputElement | null;
    const file = input?.files?.[0];
    const problem = !file ? 'Välj en bildfil.' : file.size > LOGO_MAX_BYTES ? TOO_BIG : null;
    setLocal(problem);
    if (problem) {
      event.preventDefault();
      // Focus reads the field with its error out.
      input?.focus();
    }
  };
  return (
    <>
      <form action={formAction} onSubmit={check} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="logotyp">Bildfil</label>
          <p id="logotyp-hint" className="field__hint">
            PNG eller JPEG, högst {LOGO_MAX_BYTES / 1024} kB. SVG-bilder tas inte emot, eftersom de kan innehålla kod. Logotypen visas i
            sidhuvudet, ungefär 40 pixlar hög.
          </p>
          <input id="logotyp" name="logo" type="file" accept={LOGO_ACCEPT} onChange={() => setLocal(null)} {...fieldAria('logotyp', fieldErrors, 'logotyp-hint')} />
          <FieldError id="logotyp-error" errors={fieldErrors} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Ladda upp logotypen
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
