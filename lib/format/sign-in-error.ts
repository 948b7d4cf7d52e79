// What went wrong at sign-in, in plain Swedish. Auth.js names the error by type (and, for a
// failed Credentials sign-in, a code); never show those names or any other detail.

export const SIGN_IN_MESSAGES = {
  failed: 'Inloggningen misslyckades. Försök igen eller kontakta din administratör.',
  tooManyAttempts: 'För många försök. Vänta en minut och försök igen.',
  noAccount: 'Du har inget konto i Kompetenskartan. Kontakta din administratör.',
  invitationNotValid: 'Länken fungerar inte. Den kan ha gått ut eller spärrats. Be din chef om en ny länk.',
  demoOff: 'Demoinloggningen är avstängd. Logga in med ditt jobbkonto i stället.',
  entraOff: 'Inloggning med jobbkonto är inte inställd här. Kontakta din administratör.',
} as const;

/** From Auth.js's `error` (type) and `code`, as on /logga-in?error=…&code=… or on a thrown AuthError. */
export function signInErrorMessage(type: string | null | undefined, code?: string | null): string {
  if (code === 'too_many_attempts') return SIGN_IN_MESSAGES.tooManyAttempts;
  if (code === 'invitation_not_valid') return SIGN_IN_MESSAGES.invitationNotValid;
  if (type === 'AccessDenied') return SIGN_IN_MESSAGES.noAccount;
  return SIGN_IN_MESSAGES.failed;
}
