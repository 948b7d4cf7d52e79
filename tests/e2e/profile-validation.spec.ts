import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

// The profile after a survey: chart and table, courses for the largest gaps, and a chef
// confirming a level in the open round that the person then sees as confirmed. In a closed
// round there is nothing to confirm (DOMAIN.md "Rounds that have closed"), and the page says so.
//
// Repeatable on the same database: the chef confirms the level that already counts, so the
// figures never move; the confirmation itself (source `validated`) is what is checked.

const MARIAM = '/personer/D10144';
// Rounds named in the address: other specs may answer the open round for her, which would
// change the round the page shows by default. The closed one is a round Mariam answered.
const PROFILE = `${MARIAM}?omgang=KART-2026`;
const OPEN_PROFILE = `${MARIAM}?omgang=KART-2026-H`;
const ONLY_WHILE_OPEN = 'Nivåer kan bara bekräftas eller ändras medan omgången är öppen. Kompetenskartläggning 2026 är inte öppen.';

/** The table row of a requirement (the table is the wide-screen view; the tests run wide). */
function tableRow(page: Page, requirement: string): Locator {
  const table = page.getByRole('table', { name: /Kraven för yrkesrollen/ });
  return table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: requirement, exact: true }) });
}

/** The cell with the person's level: "3 Färdighet", with "Bekräftad av chef" where confirmed. */
function levelCell(page: Page, requirement: string): Locator {
  return tableRow(page, requirement).getByRole('cell').nth(2);
}

/** Confirms the level that counts now (or the required level where there is none) and checks the outcome. */
async function confirmCurrentLevel(page: Page, requirement: string): Promise<string> {
  const section = page.getByRole('region', { name: 'Bekräfta eller ändra nivå' });
  const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: requirement, exact: true }) });
  const select = item.getByLabel(`Bekräftad nivå för ${requirement}`);
  let level = await select.inputValue();
  if (level === '') {
    level = '3';
    await select.selectOption(level);
  } else {
    // The preselected level is the one the table shows.
    await expect(levelCell(page, requirement)).toHaveText(new RegExp(`^${level} `));
  }
  await item.getByRole('button', { name: `Spara bekräftad nivå för ${requirement}` }).click();
  await expect(item.getByRole('status')).toContainText(`Sparat. ${requirement} har nu nivån ${level} `);
  await expect(item.getByRole('alert')).toBeEmpty();
  return level;
}

test.describe.configure({ mode: 'serial' });

test.describe('profile: chart, courses and a chef confirming a level', () => {
  test('a chef confirms a level on her staff member’s profile; the table shows it as confirmed', async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    await page.goto(PROFILE);
    await expect(page.getByRole('heading', { level: 1, name: 'Mariam Jaber' })).toBeVisible();

    // The chart: a named figure, the drawing itself an image named by the same caption.
    const figure = page.getByRole('figure', { name: /^Diagram: personens nivå jämfört med kravnivån/ });
    await expect(figure).toBeVisible();
    const chart = figure.getByRole('img', { name: /^Diagram: personens nivå jämfört med kravnivån/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart).toHaveAttribute('aria-describedby', /.+/);

    // Courses for the person's largest gaps, in the third person for a chef.
    await expect(page.getByRole('heading', { level: 2, name: 'Utbildningar för personens största gap' })).toBeVisible();

    // The round has closed: no form, and a plain word why.
    await expect(page.getByText(ONLY_WHILE_OPEN)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Bekräfta eller ändra nivå' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(OPEN_PROFILE);
    await expect(page.getByText(/Nivåer kan bara bekräftas/)).toHaveCount(0);
    const level = await confirmCurrentLevel(page, 'Bemötande');
    await expect(levelCell(page, 'Bemötande')).toHaveText(new RegExp(`^${level} \\S+.*Bekräftad av chef$`));
    await expectNoAxeViolations(page);
  });

  test('the person sees the confirmed level, the chart, and courses for her gaps, but no confirmation form', async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    await page.goto(OPEN_PROFILE);
    await expect(page.getByRole('heading', { level: 1, name: /Min profil: Mariam Jaber/ })).toBeVisible();
    await expect(levelCell(page, 'Bemötande')).toContainText('Bekräftad av chef');
    await expect(page.getByRole('heading', { name: 'Bekräfta eller ändra nivå' })).toHaveCount(0);

    await page.goto(PROFILE);
    await expect(page.getByRole('heading', { level: 1, name: /Min profil: Mariam Jaber/ })).toBeVisible();
    // Her own profile: no word about confirming either, closed round or not.
    await expect(page.getByText(/Nivåer kan bara bekräftas/)).toHaveCount(0);

    // Her own profile: nothing to confirm.
    await expect(page.getByRole('heading', { name: 'Bekräfta eller ändra nivå' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Spara bekräftad nivå/ })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /Bekräftad nivå/ })).toHaveCount(0);

    const figure = page.getByRole('figure', { name: /^Diagram: din nivå jämfört med kravnivån, Kompetenskartläggning 2026$/ });
    await expect(figure.getByRole('img', { name: /^Diagram: din nivå/ })).toBeVisible();

    // Each requirement with courses is one of her gaps: its table row says "Under kravet".
    const courses = page.getByRole('region', { name: 'Utbildningar för dina största gap' });
    const groups = courses.getByRole('heading', { level: 3 });
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(3);
    for (const name of await groups.allTextContents()) {
      await expect(tableRow(page, name)).toContainText('Under kravet');
    }
    // At least one course with its facts and a link to the course's own page.
    const list = courses.getByRole('list', { name: /^Utbildningar för / }).first();
    await expect(list.getByRole('listitem').first()).toContainText(/Form:\s*(Digital|Fysisk|Blandad)/);
    await expect(list.getByRole('listitem').first()).toContainText(/Tid:/);
    const link = courses.getByRole('link', { name: /^Läs mer om kursen .+ \(kursens webbplats\)$/ }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).not.toHaveAttribute('target', /.+/);

    await expectNoAxeViolations(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    // (Playwright turns scripts off at run time, so the page's <noscript> text stays hidden here.)
    test('the confirmation form works as a plain form, and the table carries the figures', async ({ page }) => {
      await signInAs(page, DEMO.chefKarin);
      await page.goto(OPEN_PROFILE);
      await expect(page.getByRole('table', { name: /Kraven för yrkesrollen/ })).toBeVisible();
      const level = await confirmCurrentLevel(page, 'Social dokumentation');
      await expect(levelCell(page, 'Social dokumentation')).toHaveText(new RegExp(`^${level} \\S+.*Bekräftad av chef$`));
    });
  });
});
