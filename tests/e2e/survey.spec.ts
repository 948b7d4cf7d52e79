import { expect, test, type Page } from '@playwright/test';
import { readInvitationFixtures } from './fixtures/invitation-tokens';
import { DEMO, signInAs } from './sign-in';
import { PHONE, SAVED, anotherValue, choose, expectChecked, openStep, questions, runSalt, saveStatus, summaryLines } from './survey-helpers';

// The survey (/kartlaggning) on a phone: the whole survey by keyboard, a reload in the
// middle, two tabs sending at once, an invitation link. Answers persist between tests and
// runs, so every test reads what is stored now and changes it to something else.

test.use(PHONE);

/** Presses Tab until the focus is inside the element matched by `selector` (no pointer). */
async function tabInto(page: Page, selector: string, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Within a focused radio group: Space picks the focused choice, arrows move to the wanted one. */
async function pickWithKeys(page: Page, value: string): Promise<void> {
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.type === 'radio' ? { value: el.value, checked: el.checked } : null;
  });
  let now = await focused();
  if (now && !now.checked) await page.keyboard.press('Space');
  for (let i = 0; i < 8; i++) {
    now = await focused();
    if (now?.value === value && now.checked) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not reach the choice ${value} with the arrow keys`);
}

async function pressButtonByKeyboard(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent?.trim() : null));
    if (text === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached the button ${name}`);
}

test('Mariam answers the whole survey with the keyboard only and sends it', async ({ page }) => {
  await signInAs(page, DEMO.staffMariam);
  await openStep(page, '1');
  const salt = runSalt();
  const chosen: Record<string, string> = {};
  const visited: string[] = [];
  const special: string[] = [];

  for (let step = 1; step < 20; step++) {
    const heading = page.locator('#survey-step-heading');
    await expect(heading).toContainText(/^Steg \d+ av \d+/);
    if (/Sammanfattning/.test((await heading.textContent()) ?? '')) break;
    visited.push(new URL(page.url()).searchParams.get('steg') ?? '');
    const onStep = await questions(page);
    expect(onStep.length).toBeGreaterThan(0);
    let changed = false;
    for (const q of onStep) {
      // Besides levels, one "Vet ej" and one "Jag förstår inte frågan" (both are stored
      // answers), swapped from what the last run chose so that every run changes them.
      let value = anotherValue(q, salt + step);
      if (q.field.startsWith('krav:') && special.length < 2) {
        value = special.length === 0 ? (q.checked === 'vet-ej' ? 'forstar-inte' : 'vet-ej') : special[0] === 'vet-ej' ? 'forstar-inte' : 'vet-ej';
        special.push(value);
      }
      changed ||= value !== q.checked;
      await tabInto(page, `#${q.id} input[type=radio]`);
      // The focused choice shows a visible focus ring on its card.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement?.closest('.choice') as Element).outlineStyle);
      expect(outline).not.toBe('none');
      await pickWithKeys(page, value);
      chosen[q.field] = value;
    }
    if (changed) await expect(saveStatus(page)).toHaveText(SAVED);
    await pressButtonByKeyboard(page, 'Nästa');
    // The next step's heading takes the focus.
    await expect(page.locator('#survey-step-heading')).toBeFocused();
  }

  await expect(page).toHaveURL(/steg=sammanfattning/);
  const lines = await summaryLines(page);
  expect(lines.some((l) => l.endsWith(': Vet ej / ej aktuellt'))).toBe(true);
  expect(lines.some((l) => l.endsWith(': Jag förstår inte frågan'))).toBe(true);
  await pressButtonByKeyboard(page, 'Skicka in');
  await expect(page).toHaveURL(/steg=klar/);
  await expect(page.getByRole('heading', { level: 2, name: /Tack för dina svar!/ })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Se din profil' })).toHaveAttribute('href', '/personer/D10144');

  // Everything chosen is stored: every step shows it after a fresh load.
  expect(visited.at(-1)).toBe('effekt');
  for (const step of visited) {
    await page.goto(`/kartlaggning?steg=${step}&sprak=sv`);
    const stored = Object.fromEntries((await questions(page)).map((q) => [q.field, q.checked]));
    for (const [field, value] of Object.entries(stored)) expect(value, field).toBe(chosen[field]);
  }
});

test('a reload in the middle continues with the answers given, also on another device', async ({ page, browser }) => {
  await signInAs(page, DEMO.staffMariam);
  await openStep(page, '2');
  const salt = runSalt();
  const chosen: Record<string, string> = {};
  for (const q of await questions(page)) {
    chosen[q.field] = anotherValue(q, salt);
    await choose(page, q.field, chosen[q.field] as string);
  }
  await expect(saveStatus(page)).toHaveText(SAVED);

  await page.reload();
  await expect(page).toHaveURL(/steg=2/);
  await expectChecked(page, chosen);

  // Another device: a new browser, signed in afresh.
  const other = await browser.newContext(PHONE);
  const phone = await other.newPage();
  await signInAs(phone, DEMO.staffMariam);
  await phone.goto('/kartlaggning?steg=2');
  await expectChecked(phone, chosen);
  await other.close();
});

test('two tabs sending at once store one set of answers', async ({ context }) => {
  const { linda } = readInvitationFixtures();
  const first = await context.newPage();
  await first.goto(`/k/${linda.token}`);
  await first.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(first).toHaveURL(/\/kartlaggning/);

  // Both tabs change the same answer; the later one counts, once.
  const second = await context.newPage();
  await openStep(first, '1');
  await openStep(second, '1');
  const [q] = await questions(first);
  if (!q) throw new Error('no question on step 1');
  const a = anotherValue(q, runSalt());
  const b = anotherValue({ ...q, checked: a }, runSalt());
  await choose(first, q.field, a);
  await expect(saveStatus(first)).toHaveText(SAVED);
  await choose(second, q.field, b);
  await expect(saveStatus(second)).toHaveText(SAVED);

  await first.goto('/kartlaggning?steg=sammanfattning&sprak=sv');
  await second.goto('/kartlaggning?steg=sammanfattning&sprak=sv');
  await Promise.all([first.getByRole('button', { name: 'Skicka in' }).click(), second.getByRole('button', { name: 'Skicka in' }).click()]);
  for (const tab of [first, second]) {
    await expect(tab).toHaveURL(/steg=klar/);
    await expect(tab.getByRole('heading', { level: 2, name: /Tack för dina svar!/ })).toBeVisible();
  }

  // One set of answers: both tabs' summaries list the same answers, each question once, with the later choice.
  await first.goto('/kartlaggning?steg=sammanfattning&sprak=sv');
  await second.goto('/kartlaggning?steg=sammanfattning&sprak=sv');
  const [one, two] = [await summaryLines(first), await summaryLines(second)];
  expect(one).toEqual(two);
  expect(new Set(one.map((l) => l.split(': ')[0])).size).toBe(one.length);
  await expect(first.getByText(/^Du skickade in dina svar/)).toHaveCount(1);
  await first.goto('/kartlaggning?steg=1&sprak=sv');
  await expectChecked(first, { [q.field]: b });
});

test('an invitation link brings the person straight to the survey', async ({ page }) => {
  const { linda } = readInvitationFixtures();
  await page.goto(`/k/${linda.token}`);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page).toHaveURL(/\/kartlaggning$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kartläggning' })).toBeVisible();
  await expect(page.getByText(/Testomgång \(öppen\)/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kartläggning' })).toBeVisible();
  // Where she left off: a step of her own survey.
  await expect(page.locator('#survey-step-heading')).toContainText(/^Steg \d+ av \d+/);
});
