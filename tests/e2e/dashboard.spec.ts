import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

// The figures themselves are compared with the command line in tests/db/dashboard.test.ts:
// the e2e server holds the PGlite folder, so the spec checks what is shown and who sees it.

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) });

test.describe('unit dashboard', () => {
  test('HR drills down from the organisation, filters by round, and goes back', async ({ page }) => {
    await signInAs(page, DEMO.hr);
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
    const chart = page.locator('figure.dashboard-chart').filter({ hasText: 'per nivå och krav' });
    await expect(chart.getByText('Andel personer per nivå och krav. Samma uppgifter finns i tabellen nedan.')).toBeVisible();
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

  test('the trend shows every round so far, and heat cells drill down to a unit and to a role', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await page.goto('/enheter/EXB-VO');
    const trend = page.getByRole('table', { name: 'Nyckeltal per omgång, äldst först' });
    await expect(trend.getByRole('rowheader')).toHaveText(['Kompetenskartläggning 2025', 'Kompetenskartläggning 2026']);
    // The latest row of the trend is the headline above it.
    const headlineShare = (await page.locator('dl.dashboard-headline div').filter({ hasText: 'Når kraven' }).locator('.dashboard-headline__value').innerText()).trim();
    await expect(trend.locator('tbody tr').last().locator('td').nth(1)).toHaveText(headlineShare);
    await expect(page.locator('figure.dashboard-chart').filter({ hasText: 'per omgång' }).locator('.recharts-line').first()).toBeVisible();

    // A cell of units × requirements leads to that unit's own dashboard.
    const units = page.getByRole('table', { name: /Andel som når kraven, per enhet och krav/ });
    const row = units.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Särskilt boende för äldre' }) });
    const cell = row.getByRole('link').nth(1);
    const cellShare = await cell.locator('.dashboard-heatmap__share').innerText();
    await cell.click();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD#per-krav$/);
    await expect(heading(page, 'Särskilt boende för äldre')).toBeVisible();
    expect(cellShare).toMatch(/^\d{1,3}\s%$/);

    // A cell of roles × requirements narrows the same unit to that role.
    const roles = page.getByRole('table', { name: /Andel som når kraven, per roll och krav/ });
    const roleName = (await roles.getByRole('rowheader').first().innerText()).trim();
    await roles.locator('tbody tr').first().locator('td a').first().click();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD\?roll=[^&#]+#per-krav$/);
    await expect(page.getByRole('combobox', { name: 'Roll' }).locator('option:checked')).toHaveText(roleName);
    await expect(page.getByRole('table', { name: /Andel som når kraven, per roll och krav/ }).getByRole('rowheader')).toHaveText([roleName]);
    await expectNoAxeViolations(page);
    await page.goBack();
    await expect(page).toHaveURL(/\/enheter\/EXB-VO-ALD#per-krav$/);
    await expect(page.getByRole('combobox', { name: 'Roll' })).toHaveValue('');
  });

  test('a shared address with role and area filters opens the same view and meets WCAG 2.1 AA', async ({ page }) => {
    await signInAs(page, DEMO.hr);
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
    await signInAs(page, DEMO.hr);
    await page.goto('/enheter/EXB?omgang=KART-2026-H');
    await expect(page.getByText('Omgången pågår. Siffrorna är preliminära och ändras när fler svarar.')).toBeVisible();
  });

  test('a chef sees her own unit and nothing else', async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
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
  await signInAs(page, DEMO.hr);
  await page.goto('/enheter/EXB-VO-ALD?omgang=KART-2026&roll=USK');
  const shown = await page.locator('[data-testid="gap-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-requirement'), r.querySelectorAll('td[data-value]')[1]?.getAttribute('data-value')]),
  );
  expect(shown.length).toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ladda ner Gap per krav som CSV för Excel' }).click();
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
  await signInAs(page, DEMO.chefKarin);
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

/** Clicks a download link found by its accessible name and reads the CSV back: the lines above the table and one record per row. */
async function downloadCsv(page: Page, linkName: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName, exact: true }).click();
  const text = fs.readFileSync(await (await download).path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: false }).data;
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const header = lines[blank + 1] ?? [];
  return {
    about: lines.slice(1, blank).map((l) => l.join(';')),
    rows: lines
      .slice(blank + 2)
      .filter((l) => l.length > 1)
      .map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? '']))),
  };
}

test.describe('a chef downloads the tables of her unit', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    await page.goto('/enheter/EXB-VO-ALD-01?omgang=KART-2026');
  });

  test('roles × requirements: the file has the share and n of every cell on the page', async ({ page }) => {
    const heatmap = page.getByRole('table', { name: /Andel som når kraven, per roll och krav/ });
    // Role × requirement name → the exact share (data-value) and the number assessed shown in the cell.
    const shown = await heatmap.evaluate((table) => {
      const columns = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent?.trim() ?? '');
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
        const role = tr.querySelector('th')?.textContent?.trim() ?? '';
        return [...tr.querySelectorAll('td')].flatMap((td, i) => {
          const share = td.getAttribute('data-value');
          const n = td.querySelector('.dashboard-heatmap__n')?.textContent?.replace(/\D/g, '');
          return share === null ? [] : [`${role} | ${columns[i]} | ${share} | ${n}`];
        });
      });
    });
    expect(shown.length).toBeGreaterThan(5);
    const file = await downloadCsv(page, 'Ladda ner Roller och krav som CSV för Excel');
    expect(file.about).toContain('Enhet: Solgårdens vård- och omsorgsboende (EXB-VO-ALD-01) med allt under');
    expect(file.about).toContain('Omgång: Kompetenskartläggning 2026');
    const exported = file.rows
      .filter((r) => r['Andel som når kravet'] !== '')
      .map((r) => `${r.Roll} | ${r.Krav} | ${Number(r['Andel som når kravet']!.replace(',', '.'))} | ${r.Bedömda}`);
    expect(exported.sort()).toEqual(shown.sort());
  });

  test('staff matrix: the file has each person’s level and required level and whether they answered, as the page shows', async ({ page }) => {
    const matrix = page.getByRole('table', { name: 'Medarbetarnas nivå mot kravnivån per krav' });
    const shown = await matrix.evaluate((table) => {
      const columns = [...table.querySelectorAll('thead th')].slice(2).map((th) => th.textContent?.trim() ?? '');
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
        const person = tr.getAttribute('data-employee') ?? '';
        const [answered, ...cells] = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
        return cells.flatMap((text, i) => {
          if (text === '–') return []; // the requirement is not one of the person's role
          const level = /^(\d) av (\d)/.exec(text);
          return [`${person} | ${answered} | ${columns[i]} | ${level ? `${level[1]} av ${level[2]}` : text}`];
        });
      });
    });
    expect(shown.some((s) => s.includes(' | Nej | '))).toBe(true);
    expect(shown.some((s) => s.endsWith(' | ej bedömd'))).toBe(true);
    const file = await downloadCsv(page, 'Ladda ner Medarbetarnas nivåer som CSV för Excel');
    expect(file.about.some((l) => l.startsWith('Tabellen innehåller personuppgifter.'))).toBe(true);
    const exported = file.rows.map(
      (r) => `${r.Anställningsnummer} | ${r['Har svarat']} | ${r.Krav} | ${r.Nivå === '' ? 'ej bedömd' : `${r.Nivå} av ${r.Kravnivå}`}`,
    );
    expect(exported.sort()).toEqual(shown.sort());
  });
});

test('every table with rows has its own download links, and an unknown table is a plain 400', async ({ page }) => {
  await signInAs(page, DEMO.hr);
  await page.goto('/enheter/EXB?omgang=KART-2026&roll=USK');
  for (const label of ['Utveckling över omgångarna', 'Enheter under Exempelby kommun', 'Enheter och krav', 'Roller och krav', 'Gap per krav', 'Nivåer per krav', 'Minskat gap sedan förra omgången', 'Digitala kurser per månad']) {
    for (const format of ['CSV för Excel', 'Excel-fil (XLSX)']) {
      const link = page.getByRole('link', { name: `Ladda ner ${label} som ${format}`, exact: true });
      await expect(link).toHaveAttribute('href', new RegExp(`^/enheter/EXB/export\\?omgang=KART-2026&roll=USK&tabell=[a-z-]+&format=${format === 'CSV för Excel' ? 'csv' : 'xlsx'}$`));
    }
  }
  // Nobody in the demo answered "Jag förstår inte frågan": no table, so nothing to download.
  await expect(page.getByRole('link', { name: /Ladda ner ”Jag förstår inte frågan”/ })).toHaveCount(0);
  // Too many people for a staff matrix at the top: no matrix, no download.
  await expect(page.getByRole('link', { name: /Ladda ner Medarbetarnas nivåer/ })).toHaveCount(0);

  const response = await page.request.get('/enheter/EXB/export?tabell=personer&format=csv');
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toContain('text/plain');
  const body = await response.text();
  expect(body).toBe('Det finns ingen sådan tabell att ladda ner. Välj en av: krav, roller, enheter, enheter-krav, utveckling, nivaer, gapminskning, digitalt, forstar-inte, medarbetare.');
});
