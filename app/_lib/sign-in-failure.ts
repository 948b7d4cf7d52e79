import 'server-only';
import { AuthError } from 'next-auth';
import type { ActionResult } from '@/components/forms/action-state';
import { signInErrorMessage } from '@/lib/format/sign-in-error';

/**
 * A failed `signIn(...)` in a server action arrives as an AuthError: it becomes a plain Swedish
 * message. Anything else, above all the redirect that signals success, is thrown on.
 */
export function signInFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (!(error instanceof AuthError)) throw error;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  return { ok: false, message: signInErrorMessage(error.type, code), fieldErrors: {} };
}
