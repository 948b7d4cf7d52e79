// What every request gets while the database cannot be reached (proxy.ts): 503 with a plain
// Swedish message and a hint to try again, never an error from deep inside the app.

import { plainPageResponse } from './plain-page';

const MESSAGE = 'Kompetenskartan kan inte nå sin databas just nu. Inget av det du har sparat är borta. Försök igen om en stund.';

/** The check db/client.ts leaves on globalThis; absent until the app has loaded its database code. */
export function databaseCheck(): (() => Promise<boolean>) | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.databaseAnswers')] as (() => Promise<boolean>) | undefined;
}

/** A page, an API call or a server action, answered while the database is away. */
export function unavailableResponse(kind: 'page' | 'api'): Response {
  return plainPageResponse(
    {
      status: 503,
      title: 'Tillfälligt avbrott',
      message: MESSAGE,
      more: ['Om du fyller i kartläggningen: dina svar finns kvar i webbläsaren och skickas när tjänsten fungerar igen. Stäng inte fliken.'],
      link: { href: '', text: 'Försök igen' },
      headers: { 'Retry-After': '30' },
    },
    kind,
  );
}

/** The question db/client.ts leaves on globalThis: work of the command line holding the embedded database. */
export function commandBusyCheck(): ((afterMs: number) => { holder: string; heldMs: number } | null) | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.commandHoldingDatabase')] as
    | ((afterMs: number) => { holder: string; heldMs: number } | null)
    | undefined;
}

/**
 * A page or an API call while the command line (an import) has held the embedded database for a
 * while: said plainly at once, rather than a page that hangs until its time limit.
 */
export function busyResponse(kind: 'page' | 'api', holder: string): Response {
  return plainPageResponse(
    {
      status: 503,
      title: 'Databasen är upptagen',
      message: `Kompetenskartan arbetar med en körning från kommandoraden just nu (${holder}). Inget av det du har sparat är borta. Försök igen om en liten stund.`,
      more: ['Om du fyller i kartläggningen: dina svar finns kvar i webbläsaren och skickas när körningen är klar. Stäng inte fliken.'],
      link: { href: '', text: 'Försök igen' },
      headers: { 'Retry-After': '5' },
    },
    kind,
  );
}
