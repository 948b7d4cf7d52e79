import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs, signOut } from './sign-in';

// Frameworks (/admin/ramverk) and settings (/admin/installningar). Every change is undone before
// the test ends, and again after the tests whatever happened, so other specs see the demo as it was
// (k = 5, no organisation name, no logo, the demo's required levels).

const SETTINGS = '/admin/installningar';
const ORGANISATION = 'Testkommunen';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function saveSetting(page: Page, region: string, label: string, value: string, button: string) {
  const section = page.getByRole('region', { name: region });
  await section.getByLabel(label).fill(value);
  await section.getByRole('button', { name: button }).click();
  return section;
}

/** Puts every setting and the required level back to the demo's, through the pages. */
async function restore(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await signInAs(page, DEMO.admin);
  await page.goto(SETTINGS);
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await (await saveSetting(page, 'Minsta gruppstorlek', 'Minsta antal svar i en grupp', '5', 'Spara minsta gruppstorlek')).getByRole('status').filter({ hasText: 'är nu 5' }).waitFor();
  await (await saveSetting(page, 'Organisationens namn', 'Namn', '', 'Spara namnet')).getByRole('status').filter({ hasText: 'borttaget' }).waitFor();
  if (await page.getByRole('link', { name: 'Ta bort logotypen' }).count()) {
    await page.getByRole('link', { name: 'Ta bort logotypen' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort logotypen' }).click();
    await expect(page.getByText('Logotypen är borttagen.')).toBeVisible();
  }
  await page.goto('/admin/ramverk/1?roll=USK');
  const level = page.getByLabel('Kravnivå för Bemötande');
  if ((await level.inputValue()) !== '3') {
    await level.selectOption('3');
    await page.getByRole('button', { name: 'Spara kravnivåerna för Undersköterska' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'sparade' })).toBeVisible();
  }
  await page.close();
}

test.describe('frameworks and settings', () => {
  test.afterAll(async ({ browser }) => {
    await restore(browser);
  });

  test('an administrator raises a required level after reading what it does, and sees it in the history', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ramverk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kravramverk' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kravramverk' }).getByRole('row', { name: /Exempelby yrkeskrav/ })).toContainText(/Exempelby yrkeskrav\s*\d+\s*\d+/);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Exempelby yrkeskrav' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exempelby yrkeskrav' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Välj yrkesroll' }).getByRole('link', { name: 'Undersköterska' }).click();
    await expect(page).toHaveURL(/\/admin\/ramverk\/\d+\?roll=USK$/);
    const table = page.getByRole('table', { name: 'Kravnivåer och vikter för Undersköterska' });
    const level = table.getByLabel('Kravnivå för Bemötande');
    await expect(level).toHaveValue('3');
    await expect(table.getByLabel('Vikt för Bemötande')).toHaveValue('2');
    await expectNoAxeViolations(page);

    // Taking a requirement away is refused until the box is ticked; nothing is saved.
    await level.selectOption({ label: 'Krävs inte' });
    const save = page.getByRole('button', { name: 'Spara kravnivåerna för Undersköterska' });
    // Before saving, the button says what a change does to the figures.
    await expect(save).toHaveAccessibleDescription(/Ändringen gäller alla omgångar, även avslutade/);
    await save.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Kryssa i rutan' })).toContainText('Bemötande');

    await level.selectOption({ label: '4 Förtrogenhet' });
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'En ändring sparade' })).toBeVisible();

    const history = page.getByRole('table', { name: /senaste ändringarna i Exempelby yrkeskrav/ });
    const newest = history.getByRole('row').nth(1);
    await expect(newest.getByRole('rowheader')).toHaveText('Undersköterska – BEM');
    await expect(newest).toContainText('sara.lind@exempelby.example');
    await expect(newest).toContainText(/Kravnivå: 3\s*→\s*ändrades till 4/);
    await expect(newest).not.toContainText('Vikt');

    // The level in force after a reload is the new one.
    await page.reload();
    await expect(page.getByLabel('Kravnivå för Bemötande')).toHaveValue('4');
    await expectNoAxeViolations(page);

    // Back to the demo's level: the history shows that too, newest first.
    await page.getByLabel('Kravnivå för Bemötande').selectOption('3');
    await page.getByRole('button', { name: 'Spara kravnivåerna för Undersköterska' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'En ändring sparade' })).toBeVisible();
    await expect(history.getByRole('row').nth(1)).toContainText(/Kravnivå: 4\s*→\s*ändrades till 3/);
    await expect(history.getByRole('row').nth(2)).toContainText(/Kravnivå: 3\s*→\s*ändrades till 4/);
  });

  test('a requirement’s translations are edited in their own language and direction', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await page.goto('/admin/ramverk/1');
    await page.getByRole('link', { name: 'Översättningar av BEM' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Bemötande/ })).toBeVisible();
    const arabic = page.getByRole('group', { name: 'العربية' });
    await expect(arabic.getByLabel('Namn')).toHaveAttribute('dir', 'rtl');
    await expect(arabic.getByLabel('Namn')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('group', { name: 'English' }).getByLabel('Namn')).toHaveValue('Treating people with respect');
    await expectNoAxeViolations(page);
  });

  test('an administrator changes k, names the organisation and uploads a logo that shows in the header', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Minsta gruppstorlek' })).toContainText('Nu gäller 5.');
    await expectNoAxeViolations(page);

    // k below 3 is refused at the field, in plain Swedish.
    const k = await saveSetting(page, 'Minsta gruppstorlek', 'Minsta antal svar i en grupp', '2', 'Spara minsta gruppstorlek');
    const field = k.getByLabel('Minsta antal svar i en grupp');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/kan inte vara lägre än 3/);
    await saveSetting(page, 'Minsta gruppstorlek', 'Minsta antal svar i en grupp', '3', 'Spara minsta gruppstorlek');
    await expect(k.getByRole('status')).toContainText('Minsta gruppstorlek är nu 3.');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Minsta gruppstorlek' })).toContainText('Nu gäller 3.');
    // The steering page applies it at once.
    await page.goto('/styrgrupp/ESF-STARK');
    await expect(page.getByText(/Siffror från färre än 3 personer visas aldrig/)).toBeVisible();

    await page.goto(SETTINGS);
    const name = await saveSetting(page, 'Organisationens namn', 'Namn', ORGANISATION, 'Spara namnet');
    await expect(name.getByRole('status')).toContainText(`Namnet ${ORGANISATION} visas nu i sidhuvudet.`);
    await expect(page.getByRole('banner')).toContainText(ORGANISATION);

    // SVG is refused, and a file over 200 kB is refused before it is sent.
    const logo = page.getByRole('region', { name: 'Logotyp' });
    const file = logo.getByLabel('Bildfil');
    await file.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    await logo.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    await expect(file).toHaveAccessibleDescription(/SVG-bilder går inte att använda/);
    await file.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.alloc(210 * 1024)]) });
    await logo.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    await expect(file).toHaveAccessibleDescription(/Bilden är för stor/);
    await expect(page.getByRole('banner').getByRole('img')).toHaveCount(0);

    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await logo.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    await expect(logo.getByRole('status')).toContainText('Logotypen är uppladdad');
    const headerLogo = page.getByRole('banner').getByRole('img', { name: `Logotyp för ${ORGANISATION}` });
    await expect(headerLogo).toBeVisible();
    expect(await headerLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(logo.getByRole('img', { name: 'Nuvarande logotyp' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The header shows them to everyone, also on the sign-in page.
    await signOut(page);
    await expect(page.getByRole('banner')).toContainText(ORGANISATION);
    await expect(page.getByRole('banner').getByRole('img', { name: `Logotyp för ${ORGANISATION}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // Removing the logo asks first.
    await signInAs(page, DEMO.admin);
    await page.goto(SETTINGS);
    await page.getByRole('link', { name: 'Ta bort logotypen' }).click();
    const confirm = page.getByRole('region', { name: 'Ta bort logotypen?' });
    await expect(confirm).toBeVisible();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Ja, ta bort logotypen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logotypen är borttagen.' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('img')).toHaveCount(0);
  });

  test('HR edits frameworks but cannot open the settings', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(menu.getByRole('link', { name: 'Ramverk' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Inställningar' })).toHaveCount(0);
    const response = await page.goto(SETTINGS);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Minsta gruppstorlek')).toHaveCount(0);
  });
});
