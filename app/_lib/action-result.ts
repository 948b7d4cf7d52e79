import 'server-only';
import { randomBytes } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { ActionResult, FieldErrors } from '@/components/forms/action-state';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { loggableError } from '@/lib/security/loggable-error';

type Failure = Extract<ActionResult<never>, { ok: false }>;

/** The text fields of a form, to hand back after a failure (React empties the form). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = formData.get(name);
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}

export function invalidFields(error: z.ZodError, values?: Record<string, string>): Failure {
  const fieldErrors = z.flattenError(error).fieldErrors as FieldErrors;
  return { ok: false, message: 'Rätta det som är markerat och försök igen.', fieldErrors, values };
}

/**
 * Expected errors (unknown or out of scope, invalid input) become their Swedish message;
 * anything else is logged with a short reference and shown as a generic message with it.
 * Next.js's own signals (redirect, notFound) are passed on untouched.
 */
export function failure(error: unknown, values?: Record<string, string>): Failure {
  unstable_rethrow(error);
  if (error instanceof NotFoundError || error instanceof InvalidInputError) {
    const text = error.message.replace(/\s+/g, ' ').trim();
    return { ok: false, message: /[.!?]$/.test(text) ? text : `${text}.`, fieldErrors: {}, values };
  }
  const reference = randomBytes(4).toString('hex');
  console.error(`[felkod ${reference}]`, loggableError(error));
  return { ok: false, message: `Något gick fel (felkod ${reference}). Försök igen, eller kontakta den som förvaltar Kompetenskartan och uppge felkoden.`, fieldErrors: {}, values };
}
