'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import './frameworks.css';

export interface TranslationData {
  language: string;
  label: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  name: string | null;
  description: string | null;
}

/**
 * A requirement's name and description in one language. The fields carry the language and its
 * direction, so Arabic is written and read right to left. Empty = the Swedish text is shown.
 */
export function TranslationForm({ action, code, translation: t }: { action: FormAction<Done>; code: string; translation: TranslationData }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  const id = `oversattning-${t.language}`;
  return (
    <>
      <form action={formAction} noValidate key={key}>
        <fieldset className="translation-fieldset stack">
          <legend lang={t.htmlLang} dir={t.dir}>
            {t.label}
          </legend>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="language" value={t.language} />
          <div className="field">
            <label htmlFor={`${id}-namn`}>Namn</label>
            <input
              id={`${id}-namn`}
              name="name"
              type="text"
              lang={t.htmlLang}
              dir={t.dir}
              defaultValue={values.name ?? t.name ?? ''}
              {...fieldAria(`${id}-namn`, errors.name, `${id}-hint`)}
            />
            <FieldError id={`${id}-namn-error`} errors={errors.name} />
          </div>
          <div className="text-field">
            <label htmlFor={`${id}-beskrivning`} className="text-field__label">
              Beskrivning
            </label>
            <textarea
              id={`${id}-beskrivning`}
              name="description"
              rows={3}
              lang={t.htmlLang}
              dir={t.dir}
              defaultValue={values.description ?? t.description ?? ''}
              {...fieldAria(`${id}-beskrivning`, errors.description, `${id}-hint`)}
            />
            <FieldError id={`${id}-beskrivning-error`} errors={errors.description} />
          </div>
          <p id={`${id}-hint`} className="field__hint">
            Lämna tomt för att visa den svenska texten.
          </p>
          <div>
            <button type="submit" className="button" disabled={pending}>
              Spara översättningen{' '}
              <span className="visually-hidden">
                till <span lang={t.htmlLang}>{t.label}</span>
              </span>
            </button>
          </div>
        </fieldset>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
