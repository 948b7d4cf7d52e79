'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/components/forms/action-state';
import { FormResult } from '@/components/forms/form-result';

export interface DemoSignInUser {
  id: number;
  /** "Sara Lind – Administratör" */
  label: string;
}

/** One form per demo user: a single press signs in as that person. */
export function DemoSignIn({ users, action }: { users: readonly DemoSignInUser[]; action: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <section className="panel" aria-labelledby="demo-rubrik">
      <h2 id="demo-rubrik">Demo</h2>
      <p>Det här är en demo med påhittade personer. Välj vem du vill logga in som.</p>
      <FormResult state={state} />
      <ul className="button-list">
        {users.map((u) => (
          <li key={u.id}>
            <form action={formAction}>
              <input type="hidden" name="userId" value={u.id} />
              <button type="submit" className="button button--secondary" disabled={pending}>
                {u.label}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
