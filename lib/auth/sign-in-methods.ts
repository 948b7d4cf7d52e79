import 'server-only';
import { getDb } from '@/db/client';
import { demoState } from '@/db/seed/seed-demo';
import { env } from '@/lib/env';

/** Entra ID sign-in is configured (all three settings). */
export function entraConfigured(): boolean {
  const e = env();
  return Boolean(e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET && e.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
}

/** Why the demo sign-in is off, when AUTH_DEMO=true asked for it. */
export type DemoOffReason = 'entra' | 'real-data';

export type DemoSignInState = { on: true } | { on: false; asked: false } | { on: false; asked: true; reason: DemoOffReason };

export const DEMO_OFF_TEXT: Record<DemoOffReason, string> = {
  entra: 'Demoinloggningen är avstängd eftersom inloggning med jobbkonto (Entra ID) är inställd.',
  'real-data': 'Demoinloggningen är avstängd eftersom databasen innehåller annat än demodata.',
};

/**
 * Whether the one-click demo sign-in may be used now (issue 16): only when AUTH_DEMO=true, no
 * Entra ID is configured, and the database holds nothing but the demo (db/seed/seed-demo.ts's
 * strict check), so it can never list or let in the people of a real installation. Asked on
 * every use, since an import can turn a demo into real data at any time.
 */
export async function demoSignInState(): Promise<DemoSignInState> {
  if (env().AUTH_DEMO !== 'true') return { on: false, asked: false };
  if (entraConfigured()) return { on: false, asked: true, reason: 'entra' };
  const state = await demoState(await getDb());
  return state.kind === 'not-demo' ? { on: false, asked: true, reason: 'real-data' } : { on: true };
}

/** The demo provider is registered when asked for and Entra ID is not configured; each use checks the data again. */
export function demoProviderWanted(): boolean {
  return env().AUTH_DEMO === 'true' && !entraConfigured();
}
