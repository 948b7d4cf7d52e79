import { expect, type Page } from '@playwright/test';
import { OIDC_ISSUER } from './oidc/settings';

/**
 * Signs in the way a person in a real installation does: "Logga in med Microsoft (jobbkonto)"
 * on /logga-in, the provider's sign-in and consent pages (the stand-in of tests/e2e/oidc), back
 * through the app's callback. No cookie is ever written by hand. The provider's own cookies are
 * cleared first, so it asks who is signing in even when another person signed in before in this
 * browser.
 */
export async function signInWithWorkAccount(page: Page, email: string): Promise<void> {
  await page.context().clearCookies({ domain: new URL(OIDC_ISSUER).hostname });
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in med Microsoft (jobbkonto)' }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Permissions requested' })).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.waitForURL((url) => url.origin !== OIDC_ISSUER);
}

/** Signs in as one of the demo's people with their work account, and waits until the app shows them signed in. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await signInWithWorkAccount(page, email);
  // The callback redirects to the start page (or on to /min-profil); a refusal lands on /logga-in.
  await expect(page).not.toHaveURL(/\/logga-in/);
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/**
 * The one-click demo sign-in: opens /logga-in and presses the button with this accessible name,
 * e.g. "Sara Lind – Administratör". Only a demo installation has it (DEMO_APP_ENV).
 */
export async function signInWithDemoButton(page: Page, label: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page).not.toHaveURL(/\/logga-in/);
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/** Presses "Logga ut" in the header. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
}

/** The demo's people the specs sign in as, by their work e-mail (lib/demo/users.ts). */
export const DEMO = {
  admin: 'sara.lind@exempelby.example',
  hr: 'johan.ek@exempelby.example',
  chefKarin: 'karin.olofsson@exempelby.example',
  chefJoakim: 'joakim.pettersson@exempelby.example',
  steering: 'eva.styrman@exempelby.example',
  staffMariam: 'mariam.jaber@exempelby.example',
  staffLinda: 'linda.pettersson@exempelby.example',
} as const;

/** The demo buttons' names of the same people, for a demo installation. */
export const DEMO_BUTTON = {
  hr: 'Johan Ek – HR',
  staffMariam: 'Mariam Jaber – Medarbetare',
} as const;
