'use server';

import { z } from 'zod';
import type { ActionState } from '@/components/forms/action-state';
import { signIn } from '@/lib/auth/auth';
import { SIGN_IN_MESSAGES } from '@/lib/format/sign-in-error';
import { signInFailure } from '../../_lib/sign-in-failure';

// Only the length is bounded here; the provider decides whether the token is well formed and valid.
const tokenSchema = z.string().min(1).max(200);

/** "Fortsätt" on an invitation link: the token is looked up only now, by the invitation provider. */
export async function continueWithInvitation(_state: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  const token = tokenSchema.safeParse(formData.get('token'));
  if (!token.success) return { ok: false, message: SIGN_IN_MESSAGES.invitationNotValid, fieldErrors: {} };
  try {
    await signIn('invitation', { token: token.data, redirectTo: '/kartlaggning' });
  } catch (error) {
    return signInFailure(error);
  }
  return null;
}
