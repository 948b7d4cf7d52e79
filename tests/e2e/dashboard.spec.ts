import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAsDemo } from './sign-in';

// The figures themselves are compared with the command line in tests/db/dashboard.test.ts:
// the e2e server holds the PGlite folder, so the spec checks what is shown and who sees it.

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) });

test.describe('unit dashboard', () => {
  test('HR drills down from the organisation, filters by round, and goes back', async ({ page }) => {
    await signInAsDemo(page, DEMO.hr);
    await page.getByRole('link', { name: 'Exempelby kommun', exact: true }).click();
    await expect(page).toHaveURL(/\/enheter\/EXB$/);
    await expect(heading(page, 'Exempelby kommun')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Omgång' })).toHaveValue('KART-2026');

    const figures = page.locator('dl.dashboard-headline');
    await expect(figures).toContainText(/Svarsfrekvens\s+\d{1,3}\s%\s+[\d\s]+ av [\d\s]+/);
    await expect(figures).toContainText(/(procentenhet|procentenheter|oförändrat) sedan Kompetenskartläggning 2025/);
    await expect(figures).toContainText('Når kraven');
    await expect(figures).toContainText('Medelgap');
    await expect(figures).toContainText('Gapvolym');

    // The heatmap: roles as rows, requirements as columns, each figure as text.
    const heatmap = page.getByRole('table', { name: /Andel som når kraven, per roll och krav/ });
    await expect(heatmap.getByRole('rowheader').first()).toBeVisible();
    await expect(heatmap.getByRole('cell').filter({ hasText: /\d{1,3}\s%\s*n\s\d+/ }).first()).toBeVisible();
    await expect(heatmap.getByText('ingen i rollen har kravet').first()).toBeAttached();

    // The per-requirement table carries exact figures for machines.
    const gaps = page.getByRole('table', { name: 'Gap per krav' });
    const firstRow = gaps.locator('tbody tr').first();
    await expect(firstRow).toHaveAttribute('data-requirement', /\S/);
    const share = await firstRow.locator('td').nth(4).getAttribute('data-value');
    expect(Number(share)).toBeGreaterThanOrEqual(0);
    expect(Number(share)).toBeLessThanOrEqual(1);
    await expect(page.getByRole('table', { name: 'Antal personer per nivå och krav' })).toBeVisible();
    // The chart is drawn in the browser beside its table, hidden from assistive technology.
    const chart = page.locator('figure.dashboard-chart');
    await expect(chart.getByText('Samma uppgifter finns i tabellen nedan.')).toBeVisible();
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByRole('table', { name: /Medelgap för samma personer i Kompetenskartläggning 2025/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Digitala kurser' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Two levels down by the child links; the breadcrumbs lead back up.
    await page.getByRole('list', { name: 'Enheter under Exempelby kommun' }).getByRole('link', { name: 'Vård- och omsorgsförvaltningen' }).click();
    await expect(heading(page, 'Vård- och omsorgsförvaltningen')).toBeVisible();
    await page.getByRole('list', { name: 'Enheter under Vård- och omsorgsförvaltningen' }).getByRole('link', { name: 'Särskilt boende för äldre' }).click();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD$/);
    await expect(heading(page, 'Särskilt boende för äldre')).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Brödsmulor' });
    await expect(crumbs.getByRole('link', { name: 'Exempelby kommun' })).toBeVisible();
    await expect(crumbs.getByRole('link', { name: 'Vård- och omsorgsförvaltningen' })).toBeVisible();

    // The round filter goes into the address.
    await page.getByRole('combobox', { name: 'Omgång' }).selectOption('KART-2025');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD\?omgang=KART-2025/);
    await expect(page.getByRole('combobox', { name: 'Omgång' })).toHaveValue('KART-2025');
    await expect(page.getByText(/Omgång: Kompetenskartläggning 2025/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD$/);
    await expect(heading(page, 'Särskilt boende för äldre')).toBeVisible();
    await expect(page.getByText(/Omgång: Kompetenskartläggning 2026,/)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Omgång' })).toHaveValue('KART-2026');
  });

  test('a shared address with role and area filters opens the same view and meets WCAG 2.1 AA', async ({ page }) => {
    await signInAsDemo(page, DEMO.hr);
    await page.goto('/enheter/EXB-VO');
    const role = page.getByRole('combobox', { name: 'Roll' });
    const roleCode = await role.locator('option').nth(1).getAttribute('value');
    const area = page.getByRole('combobox', { name: 'Kompetensområde' });
    const areaName = await area.locator('option').nth(1).getAttribute('value');
    expect(roleCode).toBeTruthy();
    expect(areaName).toBeTruthy();
    await role.selectOption(roleCode ?? '');
    await area.selectOption(areaName ?? '');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect(page).toHaveURL(new RegExp(`roll=${roleCode}`));
    await expect(page.getByRole('combobox', { name: 'Roll' })).toHaveValue(roleCode ?? '');
    await expect(page.getByRole('combobox', { name: 'Kompetensområde' })).toHaveValue(areaName ?? '');
    await expect(heading(page, 'Vård- och omsorgsförvaltningen')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an open round is marked as live', async ({ page }) => {
    await signInAsDemo(page, DEMO.hr);
    await page.goto('/enheter/EXB?omgang=KART-2026-H');
    await expect(page.getByText('Omgången pågår. Siffrorna är preliminära och ändras när fler svarar.')).toBeVisible();
  });

  test('a chef sees her own unit and nothing else', async ({ page }) => {
    await signInAsDemo(page, DEMO.chefKarin);
    const response = await page.goto('/enheter/EXB-SOC-IFO-01');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();

    await page.goto('/');
    await page.getByRole('link', { name: 'Solgårdens vård- och omsorgsboende', exact: true }).click();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD-01$/);
    await expect(heading(page, 'Solgårdens vård- och omsorgsboende')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Gap per krav' })).toBeVisible();
    await expect(page.getByText('Socialförvaltningen')).toHaveCount(0);
    await expect(page.getByText('Exempelby kommun')).toHaveCount(0);
    expect(await page.content()).not.toContain('Socialförvaltningen');
  });
});

test('an exported table has the numbers the page shows', async ({ page }) => {
  await signInAsDemo(page, DEMO.hr);
  await page.goto('/enheter/EXB-VO-ALD?omgang=KART-2026&roll=USK');
  const shown = await page.locator('[data-testid="gap-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-requirement'), r.querySelectorAll('td[data-value]')[1]?.getAttribute('data-value')]),
  );
  expect(shown.length).toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV för Excel' }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFFKompetensgap per krav – Särskilt boende för äldre')).toBe(true);
  expect(text).toContain('Yrkesroll: USK');
  const lines = text.split('\r\n').map((l) => l.split(';'));
  const header = lines.findIndex((l) => l[0] === 'Kravkod');
  // Column 4 is "Bedömda": the page's data-value of its second numeric cell.
  const exported = lines.slice(header + 1).filter((l) => l.length > 1).map((l) => [l[0], l[3]]);
  expect(exported).toEqual(shown);
});

test('a chef sees her staff against the requirements, who has not answered, and opens a profile', async ({ page }) => {
  await signInAsDemo(page, DEMO.chefKarin);
  await page.goto('/enheter/EXB-VO-ALD-01?omgang=KART-2026');
  const matrix = page.getByRole('table', { name: 'Medarbetarnas nivå mot kravnivån per krav' });
  await expect(matrix).toBeVisible();
  await page.getByRole('link', { name: 'inte svarat först' }).click();
  await expect(page).toHaveURL(/sortera=ej-svarat/);
  await expect(matrix.locator('tbody tr').first().locator('td').first()).toHaveText('Nej');
  await expectNoAxeViolations(page);
  await matrix.getByRole('link', { name: 'Mariam Jaber' }).click();
  await expect(page).toHaveURL(/\/personer\/D10144\?omgang=KART-2026/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mariam Jaber');
});
