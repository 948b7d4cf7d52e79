import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('start page: the organisation', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('shows the latest round and the unit tree with figures', async ({ page }) => {
    await expect(page).toHaveTitle(/Organisationen – Kompetenskartan/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
    await expect(page.getByText(/Senaste omgång: Kompetenskartläggning 2026/)).toBeVisible();
    await expect(page.getByText(/2 mars–10 april 2026/)).toBeVisible();

    const tree = page.getByRole('list', { name: 'Enheter i organisationen' });
    await expect(tree).toBeVisible();

    const root = tree.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Exempelby kommun/ }) }).first();
    await expect(root.getByRole('heading', { level: 2, name: /Exempelby kommun\s+Kommun/ })).toBeVisible();
    // The root's own figures sit in its first card; the nested units follow in their own list.
    const rootFigures = root.locator('.org-unit__figures').first();
    await expect(rootFigures).toContainText(/Svarsfrekvens\s+\d{1,3}\s%/);
    await expect(rootFigures).toContainText(/Når kraven\s+(\d{1,3}\s%|–)/);
    await expect(rootFigures).toContainText(/Medelgap\s+(\d+,\d\ssteg|–)/);

    // A förvaltning one level down, and a område below it.
    await expect(root.getByRole('heading', { level: 3, name: /Vård- och omsorgsförvaltningen\s+Förvaltning/ })).toBeVisible();
    await expect(root.getByRole('heading', { level: 4, name: /Funktionsstöd\s+Område/ })).toBeVisible();
  });

  test('shows a small unit with its own figures', async ({ page }) => {
    const small = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 5, name: /Gruppbostad Lönnen\s+Enhet/ }) })
      .last();
    await expect(small).toBeVisible();
    await expect(small).toContainText(/Svarsfrekvens\s+(\d{1,3}\s%|–)/);
  });

  test('has a working skip link', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#innehall')).toBeFocused();
  });

  test('meets WCAG 2.1 AA according to axe', async ({ page }) => {
    await expect(page.getByRole('list', { name: 'Enheter i organisationen' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
