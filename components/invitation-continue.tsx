'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/components/forms/action-state';
import { SIGN_IN_MESSAGES } from '@/lib/format/sign-in-error';

/**
 * The welcome text and the one button of an invitation link. When the link does not work,
 * only that is said: nothing about why, or whose link it was.
 */
export function InvitationContinue({ token, action }: { token: string; action: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const message = state !== null && !state.ok ? state.message : null;
  const linkDead = message === SIGN_IN_MESSAGES.invitationNotValid;
  return (
    <>
      <h1>Välkommen till kompetenskartläggningen</h1>
      <div role="alert">
        {message && (
          <div className="notice notice--error">
            <p>{message}</p>
          </div>
        )}
      </div>
      {!linkDead && (
        <>
          <p>Du har fått en personlig länk från din arbetsplats. Du behöver inget lösenord.</p>
          <p>
            När du trycker på Fortsätt kommer du till kartläggningen. Där svarar du på frågor om vad du kan i ditt arbete.
            Svaren sparas direkt. Dina svar om hur du har det på jobbet kan bara du se.
          </p>
          <p>Länken är bara till dig. Skicka den inte vidare.</p>
          <form action={formAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button" disabled={pending}>
              Fortsätt
            </button>
          </form>
        </>
      )}
    </>
  );
}
