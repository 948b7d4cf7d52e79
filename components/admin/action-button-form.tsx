'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/components/forms/action-state';
import { FormResult } from '@/components/forms/form-result';

/**
 * A single button that runs a server action with fixed hidden fields, e.g. "Ja, ta bort".
 * On success the action redirects; a failure is shown beside the button.
 */
export function ActionButtonForm<T>({
  action,
  fields,
  label,
  context,
  variant = 'primary',
  small = false,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  /** Read out after the label, e.g. the user's name, so that each button in a table has its own name. */
  context?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  small?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="button-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button--${variant}${small ? ' button--small' : ''}`} disabled={pending}>
        {label}
        {context && <span className="visually-hidden"> {context}</span>}
      </button>
      <FormResult state={state} />
    </form>
  );
}
