import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { readInvitationFixtures } from './fixtures/invitation-tokens';

// Personal invitation links (/k/<token>): a staff member without an account signs in with the
// link from their letter and sees their own survey and profile, nothing else. The links are
// made by tests/e2e/fixtures/create-invitations.ts before the app starts.

const LINK_NOT_WORKING = /Länken fungerar inte/;

async function currentSession(page: Page): Promise<{ subject?: string | null } | null> {
  const response = await page.request.get('/api/auth/session');
  expect(response.ok()).toBe(true);
  return (await response.json()) as { subject?: string | null } | null;
}

/**
 * Opens a link that must not work and presses Fortsätt (the page looks nothing up before
 * that): the message, no button to try again, and no session.
 */
async function expectLinkRefused(page: Page, token: string): Promise<void> {
  await page.goto(`/k/${token}`);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('alert').filter({ hasText: LINK_NOT_WORKING })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fortsätt' })).toHaveCount(0);
  expect(await currentSession(page)).toBeNull();
  await page.goto('/min-profil');
  await expect(page).toHaveURL(/\/logga-in/);
}

test.describe('invitation link', () => {
  test('signs Mariam in to her own survey and profile and nothing else', async ({ page }) => {
    const { mariam, linda } = readInvitationFixtures();
    await page.goto(`/k/${mariam.token}`);
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    // The link leads to the survey; her profile is one click away.
    await expect(page).toHaveURL(/\/kartlaggning$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kartläggning' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
    await expect(page).toHaveURL(new RegExp(`/personer/${mariam.employeeId}$`));
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(mariam.name) })).toBeVisible();
    expect((await currentSession(page))?.subject).toMatch(/^i:\d+$/);

    // Someone else's profile does not exist for her. (The status is 200: app/loading.tsx has
    // already started the streamed response when the page calls notFound().)
    await page.goto(`/personer/${linda.employeeId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await expect(page.getByText(linda.name)).toHaveCount(0);

    // Nor does the organisation: the start page sends her elsewhere.
    await page.goto('/');
    await expect(page).not.toHaveURL(/^http:\/\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Enheter i organisationen' })).toHaveCount(0);
  });

  test('an expired link does not sign in', async ({ page }) => {
    await expectLinkRefused(page, readInvitationFixtures().expired.token);
  });

  test('a revoked link does not sign in', async ({ page }) => {
    await expectLinkRefused(page, readInvitationFixtures().revoked.token);
  });

  test('a malformed link does not sign in', async ({ page }) => {
    await expectLinkRefused(page, 'abc');
  });

  test('the link page meets WCAG 2.1 AA according to axe', async ({ page }) => {
    await page.goto(`/k/${readInvitationFixtures().mariam.token}`);
    await expect(page.getByRole('button', { name: 'Fortsätt' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
