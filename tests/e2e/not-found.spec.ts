import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('an unknown address gets a plain Swedish not-found page', async ({ page }) => {
  const response = await page.goto('/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Sidan finns inte – Kompetenskartan');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå till startsidan' })).toHaveAttribute('href', '/');
  await expectNoAxeViolations(page);
});
