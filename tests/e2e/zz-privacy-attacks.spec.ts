import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { readInvitationFixtures } from './fixtures/invitation-tokens';
import { DEMO, signInAs, signOut } from './sign-in';

// Issue 16: the attacks found on the demo, replayed over HTTP with the real sign-in flows (work
// account, personal link). Each test failed while its attack worked: the link showed Mariam's
// effect answers, the staff export showed a role of one person and then that person's levels,
// and the effect report of the open round moved when one person answered.
//
// Named to run last (one worker, files in order): it stores an effect answer for Mariam in the
// open round, which would move the default round of her profile in the specs that follow.

const OWN_UNIT = 'EXB-VO-ALD-01'; // Mariam's unit
const K = 5;

function csvRows(text: string): Array<Record<string, string>> {
  const lines = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const header = lines[blank + 1] ?? [];
  return lines.slice(blank + 2).filter((l) => l.length > 1).map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? ''])));
}

async function exportCsv(page: Page, query: string): Promise<Array<Record<string, string>>> {
  const response = await page.request.get(`/enheter/${OWN_UNIT}/export?${query}&format=csv`);
  expect(response.status(), query).toBe(200);
  return csvRows(await response.text());
}

test.describe('privacy attacks over HTTP (issue 16)', () => {
  test('a personal link opened in another browser never reads an effect answer back, and its use is audited', async ({ browser }) => {
    const { mariam } = readInvitationFixtures();
    // The attacker's browser: a new one, as HR's would be.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/k/${mariam.token}`);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page).toHaveURL(/\/kartlaggning$/);
    // The earlier rounds, where Mariam answered the effect questions: no effect answers anywhere.
    for (const round of ['KART-2025', 'KART-2026']) {
      await page.goto(`/personer/${mariam.employeeId}?omgang=${round}`);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(mariam.name) })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Dina svar på effektfrågorna' })).toHaveCount(0);
    }
    await context.close();

    // The audit log names the link's first use in that browser, with who made the link.
    const admin = await browser.newPage();
    await signInAs(admin, DEMO.admin);
    await admin.goto('/admin/logg');
    await expect(admin.getByRole('row').filter({ hasText: 'personlig länk öppnades i en ny webbläsare' }).first()).toBeVisible();
    await admin.close();
  });

  test('a staff member gets no group of fewer than k from the own unit’s exports, by role or filter', async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    const roles = await exportCsv(page, 'tabell=roller');
    expect(roles.some((r) => r['Bedömda'] !== '')).toBe(true);
    for (const r of roles) if (r['Bedömda'] !== '') expect(Number(r['Bedömda']), `${r['Roll']} ${r['Kravkod']}`).toBeGreaterThanOrEqual(K);
    // The attack's next step: filter the levels to a role whose rows were withheld.
    const withheldRole = roles.find((r) => r['Bedömda'] === '')?.['Rollkod'];
    expect(withheldRole, 'the unit has a small role').toBeTruthy();
    const levels = await exportCsv(page, `tabell=nivaer&roll=${withheldRole}`);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((r) => r['Bedömda'] === '' && r['0 Inte ännu'] === '')).toBe(true);
    // The same on the page, which says why.
    await page.goto(`/enheter/${OWN_UNIT}?roll=${withheldRole}`);
    await expect(page.getByRole('note').filter({ hasText: `färre än ${K} personer` })).toBeVisible();
    await expect(page.getByText('Visas inte').first()).toBeVisible();
    // And on /prioriteringar with the same filter.
    await page.goto(`/prioriteringar?enhet=${OWN_UNIT}&roll=${withheldRole}`);
    await expect(page.getByText('Visas inte').first()).toBeVisible();
    await signOut(page);
  });

  test('the open round’s effect figures do not exist, so one person’s answer cannot be read from a change', async ({ page, browser, playwright, baseURL }) => {
    // An administrator makes a key for the whole organisation, as a BI tool would get one.
    await signInAs(page, DEMO.admin);
    await page.goto('/admin/api-nycklar');
    const form = page.getByRole('region', { name: 'Ny API-nyckel' });
    await form.getByLabel('Vad ska nyckeln användas till?').fill('E2E angripare');
    await form.getByRole('button', { name: 'Skapa API-nyckel' }).click();
    const key = ((await page.getByLabel('API-nyckel', { exact: true }).textContent()) ?? '').trim();
    expect(key).toMatch(/^kk_/);
    const script = await playwright.request.newContext({ baseURL });
    const read = async () => {
      const response = await script.get('/api/v1/reports/effect?round=KART-2026-H&unit=EXB-VO-ALD&question=strengthened', { headers: { Authorization: `Bearer ${key}` } });
      expect(response.status()).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };
    const before = await read();
    expect(before).toMatchObject({ notYet: true, n: null, mean: null, shareAgree: null, distribution: null });

    // One person answers (the reminder list says who has not).
    const staff = await browser.newPage();
    await signInAs(staff, DEMO.staffMariam);
    const answered = await staff.request.post('/api/kartlaggning/svar', {
      data: { answers: [{ kind: 'effect', question: 'strengthened', value: 1 }] },
      headers: { origin: new URL(baseURL as string).origin },
    });
    expect(answered.status()).toBe(200);
    await staff.close();

    expect(await read()).toEqual(before);
    // Competence rows under k are withheld from the key too.
    const gaps = await script.get(`/api/v1/reports/gaps?round=KART-2026&unit=${OWN_UNIT}&by=role-requirement`, { headers: { Authorization: `Bearer ${key}` } });
    const rows = ((await gaps.json()) as { rows: Array<{ assessed: number | null; suppressed?: boolean }> }).rows;
    expect(rows.some((r) => r.suppressed)).toBe(true);
    expect(rows.every((r) => r.suppressed || (r.assessed ?? 0) >= K)).toBe(true);
    await script.dispose();
  });
});
