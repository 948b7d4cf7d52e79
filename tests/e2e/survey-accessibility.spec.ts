import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs } from './sign-in';

// Every step of the survey meets WCAG 2.1 AA according to axe, in Swedish and in Arabic
// (right to left), on the narrowest phone the product supports (320 px: no sideways scrolling).

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

/** The step names of the survey, read from its list of steps. */
async function stepParams(page: Page): Promise<string[]> {
  const count = await page.locator('.survey-progress__all li').count();
  expect(count).toBeGreaterThan(2);
  return [...Array.from({ length: count - 2 }, (_, i) => String(i + 1)), 'effekt', 'sammanfattning'];
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client);
}

for (const { language, dir, lang, next } of [
  { language: 'sv', dir: 'ltr', lang: 'sv', next: 'Nästa' },
  { language: 'ar', dir: 'rtl', lang: 'ar', next: 'التالي' },
]) {
  test(`every step passes axe in ${language} (${dir})`, async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    await page.goto(`/kartlaggning?steg=1&sprak=${language}`);
    for (const step of await stepParams(page)) {
      await page.goto(`/kartlaggning?steg=${step}&sprak=${language}`);
      const survey = page.locator('.survey');
      await expect(survey).toHaveAttribute('dir', dir);
      await expect(survey).toHaveAttribute('lang', lang);
      if (step !== 'sammanfattning') await expect(page.getByRole('button', { name: next })).toBeVisible();
      // Each question is a radio group named by its legend.
      const groups = page.locator('fieldset.question');
      for (let i = 0; i < (await groups.count()); i++) await expect(groups.nth(i)).toHaveAccessibleName(/\S/);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    }
  });
}

test('the thank-you page passes axe', async ({ page }) => {
  await signInAs(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=sammanfattning&sprak=sv');
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Tack för dina svar!/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test('the language is chosen in the survey and remembered; questions are read aloud in it', async ({ page }) => {
  // Record what the page asks the browser to say instead of saying it.
  await page.addInitScript(() => {
    const said: Array<{ text: string; lang: string }> = [];
    (window as unknown as { said: typeof said }).said = said;
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      said.push({ text: u.text, lang: u.lang });
    };
  });
  await signInAs(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=1&sprak=sv');
  await page.getByLabel('Språk').selectOption('ar');
  await page.getByRole('button', { name: 'Byt språk' }).click();
  await expect(page).toHaveURL(/steg=1&sprak=ar/);
  await expect(page.locator('.survey')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'استبيان الكفاءات' })).toBeVisible();

  // A later visit without the language in the address keeps Arabic.
  await page.goto('/kartlaggning?steg=2');
  await expect(page.locator('.survey')).toHaveAttribute('lang', 'ar');

  const firstQuestion = page.locator('fieldset.question').first();
  await firstQuestion.getByRole('button', { name: /اقرأ بصوت عالٍ/ }).click();
  const said = await page.evaluate(() => (window as unknown as { said: Array<{ text: string; lang: string }> }).said);
  expect(said).toHaveLength(1);
  expect(said[0]?.lang).toBe('ar');
  expect(said[0]?.text).toContain((await firstQuestion.locator('.question__name').textContent()) ?? '-');

  await page.getByLabel('اللغة').selectOption('sv');
  await page.getByRole('button', { name: 'تغيير اللغة' }).click();
  await expect(page.locator('.survey')).toHaveAttribute('dir', 'ltr');
});
