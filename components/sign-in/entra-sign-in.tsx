'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/components/forms/action-state';
import { FormResult } from '@/components/forms/form-result';

export function EntraSignIn({ action }: { action: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stack">
      <FormResult state={state} />
      <button type="submit" className="button" disabled={pending}>
        Logga in med Microsoft (jobbkonto)
      </button>
    </form>
  );
}
