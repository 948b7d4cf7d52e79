import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

// A person's requirements and levels (/personer/<employee id>), and Min profil.

test.describe('person profile', () => {
  test('staff: Min profil shows her own requirements and her effect answers', async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
    await expect(page).toHaveURL(/\/personer\/D10144$/);
    await expect(page.getByRole('heading', { level: 1, name: /Mariam Jaber/ })).toBeVisible();
    await expect(page.getByText('Solgårdens vård- och omsorgsboende').first()).toBeVisible();

    const table = page.getByRole('table', { name: /Kraven för yrkesrollen .* och din nivå, Kompetenskartläggning 2026/ });
    await expect(table).toBeVisible();
    for (const column of ['Krav', 'Område', 'Kravnivå', 'Din nivå', 'Gap', 'Resultat']) {
      await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    // Every row is one requirement with its outcome in words.
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().getByRole('rowheader')).not.toBeEmpty();
    await expect(rows.first()).toContainText(/Når kravet|Under kravet|Inte bedömd/);
    await expect(table).toContainText(/[0-4] (Inte ännu|Fakta|Förståelse|Färdighet|Förtrogenhet)/);

    await expect(page.getByRole('heading', { level: 2, name: 'Dina svar på effektfrågorna' })).toBeVisible();
    const effect = page.getByRole('table', { name: /Dina svar/ });
    await expect(effect.getByRole('rowheader', { name: 'Jag känner mig stärkt i min yrkesroll' })).toBeVisible();
    await expect(effect).toContainText(/[1-5] av 5/);

    // Another round, chosen with the form (a plain GET: the address says which round).
    await page.getByLabel('Visa omgång').selectOption({ label: 'Kompetenskartläggning 2025' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect(page).toHaveURL(/\/personer\/D10144\?omgang=KART-2025$/);
    await expect(page.getByRole('table', { name: /Kompetenskartläggning 2025/ })).toBeVisible();

    await expectNoAxeViolations(page);
  });

  test("a chef sees her own staff's requirements but never their effect answers", async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    await page.goto('/personer/D10144');
    await expect(page.getByRole('heading', { level: 1, name: 'Mariam Jaber' })).toBeVisible();
    const table = page.getByRole('table', { name: /och personens nivå/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Personens nivå' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dina svar på effektfrågorna' })).toHaveCount(0);
    await expect(page.getByText('Jag känner mig stärkt i min yrkesroll')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Someone in another unit does not exist for her: the same page as an unknown address.
    const other = await page.goto('/personer/D10155');
    expect(other?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await expect(page.getByText('Linda Pettersson')).toHaveCount(0);

    const unknown = await page.goto('/personer/FINNS-INTE');
    expect(unknown?.status()).toBe(404);
  });

  test('an account without a person gets a plain message at Min profil', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' })).toHaveCount(0);
    await page.goto('/min-profil');
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await expect(page.getByText('Ditt konto är inte kopplat till en anställd')).toBeVisible();
  });
});
