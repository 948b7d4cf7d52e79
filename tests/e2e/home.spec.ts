import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs, signOut } from './sign-in';

test.describe('start page: the organisation', () => {
  test('sends an anonymous visitor to the sign-in page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/logga-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Enheter i organisationen' })).toHaveCount(0);
  });

  test('HR sees the whole municipality with the latest round and figures', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await expect(page).toHaveURL(/\/$/);
    await expect(page).toHaveTitle(/Organisationen – Kompetenskartan/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
    await expect(page.getByText(/Senaste omgång: Kompetenskartläggning 2026/)).toBeVisible();
    await expect(page.getByText(/2 mars–10 april 2026/)).toBeVisible();

    // Who is signed in, in the header, with a menu without the administrator's pages.
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Johan Ek');
    await expect(banner).toContainText('HR');
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(menu.getByRole('link', { name: 'Organisationen' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Användare' })).toHaveCount(0);

    const tree = page.getByRole('list', { name: 'Enheter i organisationen' });
    await expect(tree).toBeVisible();
    const root = tree.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Exempelby kommun/ }) }).first();
    await expect(root.getByRole('heading', { level: 2, name: /Exempelby kommun\s+Kommun/ })).toBeVisible();
    const rootFigures = root.locator('.org-unit__figures').first();
    await expect(rootFigures).toContainText(/Svarsfrekvens\s+\d{1,3}\s%/);
    await expect(rootFigures).toContainText(/Når kraven\s+(\d{1,3}\s%|–)/);
    await expect(rootFigures).toContainText(/Medelgap\s+(\d+,\d\ssteg|–)/);
    await expect(root.getByRole('heading', { level: 3, name: /Vård- och omsorgsförvaltningen\s+Förvaltning/ })).toBeVisible();
    await expect(root.getByRole('heading', { level: 4, name: /Funktionsstöd\s+Område/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 5, name: /Gruppbostad Lönnen\s+Enhet/ })).toBeVisible();

    await expectNoAxeViolations(page);

    await signOut(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/logga-in$/);
  });

  test('a chef sees her own unit and nothing outside it', async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    const tree = page.getByRole('list', { name: 'Enheter i organisationen' });
    await expect(tree.getByRole('heading', { level: 2, name: /Solgårdens vård- och omsorgsboende/ })).toBeVisible();
    await expect(page.getByText('Socialförvaltningen')).toHaveCount(0);
    await expect(page.getByText('Exempelby kommun')).toHaveCount(0);
  });

  test('has a working skip link', async ({ page }) => {
    await page.goto('/logga-in');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#innehall')).toBeFocused();
  });
});

test.describe('sign-in page', () => {
  test('offers the work account, says why the demo sign-in is off, lists nobody, and meets WCAG 2.1 AA', async ({ page }) => {
    await page.goto('/logga-in');
    await expect(page).toHaveTitle('Logga in – Kompetenskartan');
    await expect(page.getByRole('button', { name: 'Logga in med Microsoft (jobbkonto)' })).toBeVisible();
    // AUTH_DEMO=true, but Entra ID is configured (issue 16): no demo buttons, no names, and why.
    await expect(page.getByRole('status').filter({ hasText: 'Demoinloggningen är avstängd eftersom inloggning med jobbkonto (Entra ID) är inställd.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Demo' })).toHaveCount(0);
    await expect(page.getByText('Sara Lind')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('explains an error from the sign-in service in plain Swedish', async ({ page }) => {
    const cases = [
      ['error=AccessDenied', 'Du har inget konto i Kompetenskartan. Kontakta din administratör.'],
      ['error=CredentialsSignin&code=too_many_attempts', 'För många försök. Vänta en minut och försök igen.'],
      ['error=Configuration', 'Inloggningen misslyckades. Försök igen eller kontakta din administratör.'],
    ] as const;
    for (const [query, message] of cases) {
      await page.goto(`/logga-in?${query}`);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    }
  });

  test('sends a signed-in visitor on to the start page', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await page.goto('/logga-in');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
  });
});
