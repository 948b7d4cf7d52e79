'use server';

import { z } from 'zod';
import type { ActionState } from '@/components/forms/action-state';
import { entraConfigured, signIn } from '@/lib/auth/auth';
import { demoSignInState } from '@/lib/auth/sign-in-methods';
import { SIGN_IN_MESSAGES } from '@/lib/format/sign-in-error';
import { signInFailure } from '../_lib/sign-in-failure';

const demoUserSchema = z.object({ userId: z.coerce.number().int().positive().max(2 ** 31 - 1) });

/** One click on a demo user's button. The provider checks again: this is not the gate. */
export async function signInAsDemoUser(_state: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  if (!(await demoSignInState()).on) return { ok: false, message: SIGN_IN_MESSAGES.demoOff, fieldErrors: {} };
  const parsed = demoUserSchema.safeParse({ userId: formData.get('userId') });
  if (!parsed.success) return { ok: false, message: SIGN_IN_MESSAGES.failed, fieldErrors: {} };
  try {
    await signIn('demo', { userId: String(parsed.data.userId), redirectTo: '/' });
  } catch (error) {
    return signInFailure(error);
  }
  return null;
}

/** Sends the browser to Microsoft; Auth.js brings it back to /api/auth/callback/microsoft-entra-id. */
export async function signInWithEntra(): Promise<ActionState<never>> {
  if (!entraConfigured()) return { ok: false, message: SIGN_IN_MESSAGES.entraOff, fieldErrors: {} };
  try {
    await signIn('microsoft-entra-id', { redirectTo: '/' });
  } catch (error) {
    return signInFailure(error);
  }
  return null;
}
