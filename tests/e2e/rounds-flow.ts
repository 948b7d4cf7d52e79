import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { testDay } from '../support/test-day';

// The steps of running a round through the browser, shared by rounds-and-letters.spec.ts (demo
// data) and admin-import-rounds-and-letters.spec.ts (the shared sample, loaded through /admin/import).

/** A value of the round page's facts ("Status", "Inbjudna", …). */
export function fact(page: Page, term: string): Locator {
  return page.locator('dl.facts > div').filter({ has: page.getByText(term, { exact: true }) }).locator('dd');
}

/** A number as the page writes it (digit groups with a no-break space) back to a number. */
export function count(text: string | null): number {
  return Number((text ?? '').replace(/\s/g, ''));
}

/**
 * From the list of rounds: "Ny omgång", the form filled in (opening tomorrow, for one unit chosen in
 * the tree), "Skapa omgången". Ends on the round's page, not yet open.
 */
export async function createRoundInBrowser(page: Page, round: { code: string; name: string; unitCheckbox: string }): Promise<void> {
  await page.goto('/admin/omgangar');
  await expect(page.getByRole('heading', { level: 1, name: 'Omgångar' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Ny omgång' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny omgång' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: every problem is named beside its field, and nothing is created.
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rätta det som är markerat och försök igen.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription(/Skriv ett namn/);
  await expect(page.getByRole('textbox', { name: 'Kod' })).toHaveAccessibleDescription(/Skriv en kod för omgången/);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Namn' }).fill(round.name);
  await page.getByRole('textbox', { name: 'Kod' }).fill(round.code);
  await page.getByLabel('Första svarsdag').fill(testDay(1));
  await page.getByLabel('Sista svarsdag').fill(testDay(21));
  await expect(page.getByRole('combobox', { name: 'Vad omgången frågar om' })).toHaveValue('kombinerad');
  await page.getByRole('group', { name: 'Enheter som ska svara' }).getByRole('checkbox', { name: round.unitCheckbox, exact: true }).check();
  await page.getByRole('button', { name: 'Skapa omgången' }).click();

  await expect(page.getByRole('heading', { level: 1, name: round.name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Omgången är skapad.' })).toBeVisible();
  await expect(fact(page, 'Status')).toHaveText('Inte öppnad');
  await expect(fact(page, 'Kod')).toHaveText(round.code);
  await expect(fact(page, 'Inbjudna')).toHaveText('Ingen inbjudningslista');
}

/**
 * On the round's page: "Skapa inbjudningar", then "Öppna omgången nu". Returns how many were
 * invited in the unit (its row of the invitation list).
 */
export async function inviteAndOpen(page: Page, unitName: string): Promise<number> {
  // A round for chosen units does not open before its invitation list exists.
  await page.getByRole('button', { name: 'Öppna omgången nu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Skapa inbjudningar innan du öppnar omgången.' })).toBeVisible();

  await page.getByRole('button', { name: 'Skapa inbjudningar' }).click();
  const done = page.getByRole('status').filter({ hasText: /personer till är inbjudna\./ });
  await expect(done).toBeVisible();
  const invited = count((await done.textContent())?.match(/^[\d\s]+/)?.[0] ?? '');
  expect(invited).toBeGreaterThan(0);
  await expect(fact(page, 'Inbjudna')).toHaveText(new Intl.NumberFormat('sv-SE').format(invited));
  const table = page.getByRole('table', { name: /^Inbjudna till .+ per enhet/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${unitName}`) }) });
  await expect(row.getByRole('cell').first()).toHaveText(new Intl.NumberFormat('sv-SE').format(invited));
  await expect(row.getByRole('cell').nth(1)).toHaveText('0');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Öppna omgången nu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Omgången är öppen. Medarbetarna kan svara från i dag.' })).toBeVisible();
  await expect(fact(page, 'Status')).toHaveText('Öppen');
  return invited;
}

/**
 * From the round's page: the unit's "Skriv brev" link, "Skapa brev". Ends on the letters, checked:
 * one letter (an article) per invited person, each with its QR code and its link written out.
 */
export async function makeLetters(page: Page, unitName: string, invited: number): Promise<void> {
  await page.getByRole('link', { name: `Skriv brev till ${unitName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Skriv brev: / })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Enhet' })).toHaveValue(/.+/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skapa brev' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Brev till ${unitName}: ${invited} st` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Länkarna visas bara här.' })).toBeVisible();
  const letters = page.getByRole('article');
  await expect(letters).toHaveCount(invited);
  const first = letters.first();
  await expect(first.getByRole('img', { name: /^QR-kod med länken till / })).toBeVisible();
  await expect(first.getByRole('link', { name: /\/k\/[A-Za-z0-9_-]{43}$/ })).toBeVisible();
  await expect(first).toContainText('Din chef lämnar det till dig.');
  await expect(first).toContainText('Dina svar om hur du har det på jobbet ser bara du.');
  await expect(first).toContainText(/Ungefär \d+ minuter\./);
  await expectNoAxeViolations(page);
}

/** The personal link written out in one person's letter. */
export async function linkInLetter(page: Page, personName: string): Promise<string> {
  const letter = page.getByRole('article', { name: `Brev till ${personName}: Hej ${personName}!` });
  await expect(letter).toHaveCount(1);
  await expect(letter.getByRole('img', { name: `QR-kod med länken till ${personName}s kartläggning` })).toBeVisible();
  const link = letter.getByRole('link', { name: /\/k\/[A-Za-z0-9_-]{43}$/ });
  const url = (await link.textContent()) ?? '';
  expect(await link.getAttribute('href')).toBe(url);
  return url;
}

/** Opens a letter's link signed out, presses Fortsätt and lands on that round's survey. */
export async function signInWithLetterLink(page: Page, url: string, roundName: string, personName: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till kompetenskartläggningen' })).toBeVisible();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page).toHaveURL(/\/kartlaggning$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kartläggning' })).toBeVisible();
  await expect(page.getByText(roundName).first()).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(personName);
  await expectNoAxeViolations(page);
}
