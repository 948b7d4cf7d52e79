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

// A NUL or a broken %-escape in a link reaches no page or query (PostgreSQL would refuse it with an
// error): a plain 400 in Swedish, with no internals, for pages and the API alike.
test('an address with a NUL or a broken escape gets a plain Swedish 400 page, not an error', async ({ page, request }) => {
  for (const address of ['/enheter/%00', '/enheter/EXB?omgang=%00', '/enheter/%E0%A4%A']) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(400);
    await expect(page.getByRole('heading', { level: 1, name: 'Felaktig adress' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
    expect(await page.content()).not.toMatch(/\bat [\w.<>]+ \(|node_modules|select |Error:/);
  }
  await expectNoAxeViolations(page);
  const api = await request.get('/api/v1/reports/gaps?round=%00');
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: 'Adressen går inte att använda. Kontrollera länken, eller gå till startsidan.' });
});
