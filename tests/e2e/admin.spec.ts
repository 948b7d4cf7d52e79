import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs, signInWithWorkAccount } from './sign-in';

// User administration and the audit log. The changes are undone within each test, so the demo
// users look the same afterwards (other specs sign in by the same button labels).

const USERS = '/admin/anvandare';

function userRow(page: Page, name: string) {
  return page.getByRole('table', { name: /Användare i Kompetenskartan/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test.describe('administration', () => {
  test('an administrator gives a role and removes it after confirming', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await expect(page).toHaveURL(new RegExp(`${USERS}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toBeVisible();
    const linda = userRow(page, 'Linda Pettersson');
    await expect(linda).toContainText('linda.pettersson@exempelby.example');
    await expect(linda).toContainText('D10155');
    await expect(linda).toContainText('Aktiv');

    // A chef role without a unit is refused, with the message at the field.
    const form = page.getByRole('region', { name: 'Ge en roll' });
    await form.getByLabel('Användare').selectOption({ label: 'Linda Pettersson (linda.pettersson@exempelby.example)' });
    await form.getByLabel('Roll').selectOption({ label: 'Enhetschef' });
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    const unit = form.getByLabel(/^Enhet/);
    await expect(unit).toHaveAttribute('aria-invalid', 'true');
    await expect(unit).toHaveAccessibleDescription(/Välj enheten som chefen leder/);
    await expect(form.getByRole('alert')).toContainText('Rätta det som är markerat');

    await unit.selectOption({ label: 'Tillagningsköket Solgården (EXB-SERV-MAT-02)' });
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    await expect(form.getByRole('status')).toContainText('Rollen Enhetschef är tillagd.');
    await expect(linda).toContainText('Enhetschef (Tillagningsköket Solgården)');

    // Remove: the first press only asks.
    await linda.getByRole('button', { name: 'Ta bort rollen Enhetschef (Tillagningsköket Solgården) från Linda Pettersson' }).click();
    const confirm = page.getByRole('region', { name: 'Ta bort rollen Enhetschef (Tillagningsköket Solgården) från Linda Pettersson?' });
    await expect(confirm).toBeVisible();
    await expectNoAxeViolations(page);

    // "Avbryt" leaves everything as it was.
    await confirm.getByRole('link', { name: 'Avbryt' }).click();
    await expect(page).toHaveURL(new RegExp(`${USERS}$`));
    await expect(linda).toContainText('Enhetschef (Tillagningsköket Solgården)');

    await linda.getByRole('button', { name: /^Ta bort rollen Enhetschef/ }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect(page).toHaveURL(new RegExp(`${USERS}\\?klart=roll-borttagen$`));
    await expect(page.getByRole('status').filter({ hasText: 'Rollen är borttagen.' })).toBeVisible();
    await expect(linda).not.toContainText('Enhetschef');
    await expect(linda).toContainText('Medarbetare');
  });

  test('an administrator disables a user after confirming and enables them again', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto(USERS);
    const joakim = userRow(page, 'Joakim Pettersson');
    await expect(joakim).toContainText('Aktiv');
    // Her own account cannot be disabled from here.
    await expect(userRow(page, 'Sara Lind')).toContainText('Ditt konto');

    await joakim.getByRole('button', { name: 'Stäng av Joakim Pettersson' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stänga av Joakim Pettersson?' })).toBeVisible();
    await page.getByRole('button', { name: 'Ja, stäng av' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Användaren är avstängd' })).toBeVisible();
    await expect(joakim).toContainText('Avstängd');

    // A disabled user cannot sign in with their work account (checked from a second browser).
    const other = await page.context().browser()!.newPage({ baseURL: new URL(page.url()).origin });
    await signInWithWorkAccount(other, DEMO.chefJoakim);
    await expect(other).toHaveURL(/\/logga-in\?.*error=AccessDenied/);
    await expect(other.getByText(/Du har inget konto i Kompetenskartan/)).toBeVisible();
    await other.close();

    await joakim.getByRole('button', { name: 'Aktivera Joakim Pettersson' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Användaren är aktiverad' })).toBeVisible();
    await expect(joakim).toContainText('Aktiv');

    // Both changes are in the log, newest first.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Logg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
    const log = page.getByRole('table', { name: /händelserna, nyaste först/ });
    for (const column of ['Tid', 'Vem', 'Vad', 'Gäller', 'Detaljer']) {
      await expect(log.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    const rows = log.locator('tbody tr');
    await expect(rows.nth(0)).toContainText('aktiverade användare');
    await expect(rows.nth(0)).toContainText('sara.lind@exempelby.example');
    await expect(rows.nth(1)).toContainText('stängde av användare');
    await expect(rows.nth(0).locator('time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(log).toContainText('gav roll');
    await expect(log).toContainText('tog bort roll');
    await expect(log).toContainText('roll: Enhetschef');
    await expectNoAxeViolations(page);
  });

  test('an administrator creates a user and an invitation link shown once', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto(USERS);
    const create = page.getByRole('region', { name: 'Lägg till en användare' });
    await create.getByLabel('Namn').fill('Test Testsson');
    await create.getByLabel('E-post').fill('inte-en-adress');
    await create.getByRole('button', { name: 'Skapa användare' }).click();
    await expect(create.getByLabel('E-post')).toHaveAccessibleDescription(/Skriv en giltig e-postadress/);
    // What was typed is still there.
    await expect(create.getByLabel('Namn')).toHaveValue('Test Testsson');

    const invite = page.getByRole('region', { name: 'Skapa inbjudningslänk' });
    await invite.getByLabel('Anställningsnummer').fill('D10144');
    // Only rounds that have not closed are offered (the fixture's E2E-OPEN).
    await expect(invite.getByLabel('Omgång').locator('option', { hasText: 'våren 2026' })).toHaveCount(0);
    await invite.getByLabel('Omgång').selectOption('E2E-OPEN');
    await invite.getByRole('button', { name: 'Skapa inbjudningslänk' }).click();
    const created = invite.getByRole('status').filter({ hasText: 'Länken är skapad' });
    await expect(created).toContainText('Länken är skapad. Den visas bara nu.');
    await expect(created.locator('code')).toHaveText(/^http:\/\/localhost:\d+\/k\/[A-Za-z0-9_-]{43}$/);

    await invite.getByLabel('Anställningsnummer').fill('FINNS-INTE');
    await invite.getByRole('button', { name: 'Skapa inbjudningslänk' }).click();
    await expect(invite.getByRole('alert').filter({ hasText: 'Personen FINNS-INTE finns inte.' })).toBeVisible();
    // The link is gone from the page once another answer has come.
    await expect(invite.locator('code')).toHaveCount(0);
  });

  test('anyone but an administrator gets the not-found page', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' })).toHaveCount(0);
    for (const path of [USERS, '/admin/logg']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    }
  });
});
