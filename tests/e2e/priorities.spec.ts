import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

test.describe('training priorities', () => {
  test('HR ranks what to train first and narrows it to hourly staff, with the filters in the URL', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prioriteringar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prioriteringar' })).toBeVisible();
    const table = page.getByRole('table', { name: /Krav att utbilda i först, Exempelby kommun/ });
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    // Ranked: priorities never increase down the table.
    const values = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td[data-value]')[0]?.getAttribute('data-value'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expectNoAxeViolations(page);

    await page.getByLabel('Anställning').selectOption({ label: 'Timanställd' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page).toHaveURL(/anstallning=timanstalld/);
    await expect(page.getByLabel('Anställning')).toHaveValue('timanstalld');
    await expect(page.getByRole('table', { name: /Krav att utbilda i först/ })).toBeVisible();
    await page.goBack();
    await expect(page.getByLabel('Anställning')).toHaveValue('');
  });

  test('a chef ranks her own unit only, and another unit is not found', async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    await page.goto('/prioriteringar');
    const units = await page.getByLabel('Enhet', { exact: true }).locator('option').allTextContents();
    expect(units.map((u) => u.trim())).toEqual(['Solgårdens vård- och omsorgsboende']);
    await expect(page.getByRole('table', { name: /Solgårdens vård- och omsorgsboende/ })).toBeVisible();
    const response = await page.goto('/prioriteringar?enhet=EXB-SOC-IFO-01');
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Barn och unga')).toHaveCount(0);
  });
});
