import { expect, type Page } from '@playwright/test';

/**
 * Signs in the way a person does in the demo: opens /logga-in and presses the button with this
 * accessible name, e.g. "Sara Lind – Administratör". No cookie is ever written by hand.
 */
export async function signInAsDemo(page: Page, label: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByRole('button', { name: label, exact: true }).click();
  // The action redirects to the start page (or on to /min-profil); a refusal stays here with a message.
  await expect(page).not.toHaveURL(/\/logga-in/);
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/** Presses "Logga ut" in the header. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
}

export const DEMO = {
  admin: 'Sara Lind – Administratör',
  hr: 'Johan Ek – HR',
  chefKarin: 'Karin Olofsson – Enhetschef',
  chefJoakim: 'Joakim Pettersson – Enhetschef',
  steering: 'Eva Styrman – Styrgrupp',
  staffMariam: 'Mariam Jaber – Medarbetare',
  staffLinda: 'Linda Pettersson – Medarbetare',
} as const;
