import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

// An administrator creates an API key in the browser, a script reads a report with it, a session
// cookie alone never opens the API, and the key stops working once revoked (with confirmation).

const REPORT = '/api/v1/reports/response?round=KART-2026&unit=EXB-VO-ALD-01';

test('an API key made at /admin/api-nycklar reads reports until it is revoked', async ({ page, playwright, baseURL }) => {
  await signInAs(page, DEMO.admin);
  // The admin's own session does not open the API.
  expect((await page.request.get(REPORT)).status()).toBe(401);

  await page.goto('/admin/api-nycklar');
  await expect(page.getByRole('heading', { level: 1, name: 'API-nycklar' })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = page.getByRole('region', { name: 'Ny API-nyckel' });
  await form.getByLabel('Vad ska nyckeln användas till?').fill('E2E Power BI');
  await form.getByLabel('Enhet som nyckeln får läsa').selectOption('EXB-VO-ALD-01');
  await form.getByRole('button', { name: 'Skapa API-nyckel' }).click();
  const created = page.getByLabel('API-nyckel', { exact: true });
  await expect(created).toBeVisible();
  const key = (await created.textContent())?.trim() ?? '';
  expect(key).toMatch(/^kk_[A-Za-z0-9_-]{43}$/);

  const script = await playwright.request.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${key}` };
  const ok = await script.get(REPORT, { headers: auth });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({ round: 'KART-2026', unit: 'EXB-VO-ALD-01' });
  expect(body.population).toBeGreaterThan(0);
  expect(body.responded).toBeLessThanOrEqual(body.population);
  // Scoped to the unit: another unit is the same 404 as one that does not exist.
  expect((await script.get('/api/v1/reports/response?round=KART-2026&unit=EXB-SOC-IFO-01', { headers: auth })).status()).toBe(404);

  await page.reload();
  const row = page.getByRole('row', { name: /E2E Power BI/ });
  await expect(row).toContainText('EXB-VO-ALD-01');
  await row.getByRole('link', { name: 'Spärra E2E Power BI' }).click();
  await expect(page.getByRole('heading', { name: 'Spärra nyckeln ”E2E Power BI”?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ja, spärra nyckeln' }).click();
  await expect(page.getByText('Nyckeln är spärrad.')).toBeVisible();
  await expect(page.getByRole('row', { name: /E2E Power BI/ })).toContainText('Spärrad');
  expect((await script.get(REPORT, { headers: auth })).status()).toBe(401);
  await script.dispose();
});
