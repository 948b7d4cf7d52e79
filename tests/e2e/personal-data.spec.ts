import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs, signOut } from './sign-in';

// Personal data: an administrator finds a person, downloads their register extract and removes
// a person's data with the typed confirmation. The removal takes someone whose employment has
// ended (the demo has about twenty), never a person other specs sign in as or look for.

const PAGE = '/admin/personuppgifter';

test.describe('personal data', () => {
  test('an administrator finds a person and downloads everything stored about them as JSON', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1, name: 'Personuppgifter' })).toBeVisible();
    await expectNoAxeViolations(page);

    const search = page.getByRole('search', { name: 'Sök person' });
    await search.getByLabel('Anställningsnummer eller namn').fill('mariam jab');
    await search.getByRole('button', { name: 'Sök' }).click();
    const hits = page.getByRole('table', { name: 'Personer som matchar ”mariam jab”' });
    await expect(hits.getByRole('row')).toHaveCount(2);
    await expect(hits).toContainText('D10144');
    await expect(hits).toContainText('Solgårdens vård- och omsorgsboende');
    await hits.getByRole('link', { name: 'Mariam Jaber' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Det här finns sparat om Mariam Jaber' })).toBeVisible();
    await expect(page.getByText('mariam.jaber@exempelby.example').first()).toBeVisible();
    const stored = page.getByRole('table', { name: 'Det här finns sparat om personen' });
    await expect(stored.getByRole('row', { name: /Svar på kompetenskraven/ })).toContainText(/\d+ svar \(Kompetenskartläggning 20/);
    await expectNoAxeViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner registerutdrag (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^registerutdrag-D10144-\d{4}-\d{2}-\d{2}\.json$/);
    const extract = JSON.parse(fs.readFileSync((await download.path()) as string, 'utf8'));
    expect(extract.document).toBe('Registerutdrag från Kompetenskartan');
    expect(extract.person).toMatchObject({ employeeId: 'D10144', name: 'Mariam Jaber', email: 'mariam.jaber@exempelby.example' });
    expect(extract.assessments.length).toBeGreaterThan(10);
    expect(extract.assessments[0]).toEqual(expect.objectContaining({ round: expect.any(String), requirement: expect.any(String), source: expect.stringMatching(/self|validated/) }));
    expect(extract.userAccounts).toEqual([expect.objectContaining({ email: 'mariam.jaber@exempelby.example' })]);
    // This page's own opening is in her extract's log.
    expect(extract.auditEvents).toContainEqual(expect.objectContaining({ actor: 'sara.lind@exempelby.example', action: 'visade lagrade personuppgifter', aboutYou: true }));

    // The readable extract: the same rows as a page (and the PDF prints it).
    await page.getByRole('link', { name: 'Visa registerutdraget' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registerutdrag: Mariam Jaber' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Varje sparat svar, per omgång och krav' }).getByRole('row')).toHaveCount(extract.assessments.length + 1);
    await expectNoAxeViolations(page);
  });

  test('an employee opens their own register extract from their profile', async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    await page.goto('/min-profil');
    await page.getByRole('link', { name: 'Se allt som är sparat om dig (registerutdrag)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registerutdrag: Mariam Jaber' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Varje sparat svar, per omgång och krav' }).getByRole('row').nth(1)).toBeVisible();
    await expectNoAxeViolations(page);
    // Someone else's profile has no such link.
    await signOut(page);
    await signInAs(page, DEMO.chefKarin);
    await page.goto('/personer/D10144');
    await expect(page.getByRole('heading', { level: 1, name: 'Mariam Jaber' })).toBeVisible();
    await expect(page.getByRole('link', { name: /registerutdrag/ })).toHaveCount(0);
  });

  test('an administrator removes the personal data of someone who has left, after typing their employee id', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto(PAGE);
    const ended = page.getByRole('table', { name: 'Personer som har slutat och vars uppgifter finns kvar' });
    const first = ended.getByRole('row').nth(1);
    const name = (await first.getByRole('rowheader').getByRole('link').textContent())?.trim() ?? '';
    const employeeId = ((await first.getByRole('cell').first().textContent()) ?? '').trim();
    expect(name).not.toBe('');
    expect(employeeId).toMatch(/^D\d+$/);
    await first.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Det här finns sparat om ${name}` })).toBeVisible();

    const removal = page.getByRole('region', { name: 'Ta bort personuppgifter' });
    await expect(removal).toContainText('Svar i stängda omgångar finns kvar utan namn');
    const confirmation = removal.getByLabel(`Skriv anställningsnumret ${employeeId} för att bekräfta`);
    // A wrong confirmation changes nothing and says why at the field.
    await confirmation.fill(employeeId.toLowerCase());
    await removal.getByRole('button', { name: 'Ta bort personuppgifter' }).click();
    await expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    await expect(confirmation).toHaveAccessibleDescription(new RegExp(`Det du skrev är inte ${employeeId}`));
    await expect(removal.getByRole('alert')).toContainText('Rätta det som är markerat');
    await expectNoAxeViolations(page);

    await confirmation.fill(employeeId);
    await removal.getByRole('button', { name: 'Ta bort personuppgifter' }).click();
    await expect(page).toHaveURL(/\/admin\/personuppgifter\?klart=borttagen&beteckning=PSEUDO-[0-9a-f]{12}$/);
    const pseudonym = new URL(page.url()).searchParams.get('beteckning') as string;
    await expect(page.getByRole('status')).toContainText(`Personuppgifterna är borttagna. Personens svar i stängda omgångar finns kvar under beteckningen ${pseudonym}.`);
    await expect(page.getByRole('table', { name: 'Personer som har slutat och vars uppgifter finns kvar' })).not.toContainText(employeeId);
    await expectNoAxeViolations(page);

    // Nobody by that employee id any more; the pseudonym shows what is left.
    const search = page.getByRole('search', { name: 'Sök person' });
    await search.getByLabel('Anställningsnummer eller namn').fill(employeeId);
    await search.getByRole('button', { name: 'Sök' }).click();
    await expect(page.getByText(`Ingen person matchar ”${employeeId}”.`)).toBeVisible();
    await page.goto(`${PAGE}?anstalld=${pseudonym}`);
    await expect(page.getByRole('heading', { level: 2, name: /^Det här finns sparat om Borttagen person \d+$/ })).toBeVisible();
    await expect(page.getByText('Personens uppgifter är redan borttagna.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ta bort personuppgifter' })).toHaveCount(0);

    // The audit log names the pseudonym, never the old name.
    await page.goto('/admin/logg');
    const removed = page.getByRole('table', { name: /Senaste händelserna/ }).getByRole('row').filter({ hasText: 'tog bort personuppgifter' }).first();
    await expect(removed).toContainText(pseudonym);
    await expect(removed).not.toContainText(name);
    await expect(page.getByRole('table', { name: /Senaste händelserna/ })).not.toContainText(name);
  });
});
