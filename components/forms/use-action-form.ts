'use client';

import { useActionState } from 'react';
import type { FormAction } from './action-state';

/**
 * A form bound to a server action: its state, the field errors and typed values of a failed
 * attempt, and a key that remounts the fields after each answer so they show those values.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const key = state ? JSON.stringify(values) : 'start';
  return { state, formAction, pending, errors, values, key };
}
