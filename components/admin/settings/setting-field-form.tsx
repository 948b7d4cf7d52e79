'use client';

import type { ReactNode } from 'react';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';

/**
 * A form with one setting: a label, what it does (the hint), the field and a button. Used for
 * k, the organisation's name and the retention time.
 */
export function SettingFieldForm({
  action,
  id,
  name,
  label,
  hint,
  defaultValue,
  button,
  inputMode,
  width,
}: {
  action: FormAction<Done>;
  id: string;
  name: string;
  label: string;
  hint: ReactNode;
  defaultValue: string;
  button: string;
  inputMode?: 'numeric' | 'text';
  /** Characters the field is sized for. */
  width?: number;
}) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <div id={`${id}-hint`} className="field__hint">
            {hint}
          </div>
          <input
            id={id}
            name={name}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            size={width}
            style={width ? { maxWidth: `${width + 4}ch` } : undefined}
            defaultValue={values[name] ?? defaultValue}
            {...fieldAria(id, errors[name], `${id}-hint`)}
          />
          <FieldError id={`${id}-error`} errors={errors[name]} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {button}
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
