import { expect, test, type Page } from '@playwright/test';
import { readInvitationFixtures } from './fixtures/invitation-tokens';
import { ENTRA_APP_URL } from './oidc/settings';
import { signInWithWorkAccount } from './sign-in';

// Sign-in with a work account (Microsoft Entra ID), against the stand-in OIDC provider that
// playwright.config.ts starts: a real browser redirect flow, from the app's button through
// the provider's sign-in and consent pages back to the app's callback.

// By host name, not 127.0.0.1: see ENTRA_APP_URL.
test.use({ baseURL: ENTRA_APP_URL });

const ACCESS_DENIED = /Du har inget konto i Kompetenskartan/;


/** The Auth.js session as the browser has it now: null when not signed in. */
async function currentSession(page: Page): Promise<{ subject?: string | null; user?: { name?: string; email?: string } } | null> {
  const response = await page.request.get('/api/auth/session');
  expect(response.ok()).toBe(true);
  return (await response.json()) as { subject?: string | null; user?: { name?: string; email?: string } } | null;
}

test.describe('sign-in with a work account (Entra ID)', () => {
  test('a known user gets in and sees the organisation', async ({ page }) => {
    await signInWithWorkAccount(page, 'johan.ek@exempelby.example');

    await expect(page).not.toHaveURL(/\/logga-in/);
    await expect(page.getByRole('banner')).toContainText('Johan Ek');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();

    const session = await currentSession(page);
    expect(session?.subject).toMatch(/^u:\d+$/);
    expect(session?.user?.email).toBe('johan.ek@exempelby.example');
  });

  test('an email address without an account is refused', async ({ page }) => {
    await signInWithWorkAccount(page, 'nobody@exempelby.example');

    await expect(page).toHaveURL(/\/logga-in\?.*error=AccessDenied/);
    await expect(page.getByText(ACCESS_DENIED)).toBeVisible();
    expect(await currentSession(page)).toBeNull();
    await expect(page.getByRole('banner')).not.toContainText('nobody');
  });

  test('a disabled user is refused', async ({ page }) => {
    const { disabledUserEmail } = readInvitationFixtures();
    await signInWithWorkAccount(page, disabledUserEmail);

    await expect(page).toHaveURL(/\/logga-in\?.*error=AccessDenied/);
    await expect(page.getByText(ACCESS_DENIED)).toBeVisible();
    expect(await currentSession(page)).toBeNull();
  });
});
