import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';
import { PHONE, anotherValue, choose, expectChecked, questions, runSalt } from './survey-helpers';

// The survey is server-rendered and every step is a plain form: it works before the page's
// script has loaded, and on a browser without JavaScript at all.

async function answerStepByForm(page: Page, step: string, salt: number): Promise<void> {
  // Not waiting for `load`: with scripts still on their way it never comes.
  await page.goto(`/kartlaggning?steg=${step}&sprak=sv`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('status')).toHaveText('Svaren sparas när du trycker på Nästa.');
  const chosen: Record<string, string> = {};
  for (const q of await questions(page)) {
    chosen[q.field] = anotherValue(q, salt);
    await choose(page, q.field, chosen[q.field] as string);
  }
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(new RegExp(`steg=${Number(step) + 1}`));
  await page.goto(`/kartlaggning?steg=${step}&sprak=sv`, { waitUntil: 'domcontentloaded' });
  await expectChecked(page, chosen);
}

test.describe('without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('a step is answered and saved with the form', async ({ page }) => {
    await signInAs(page, DEMO.staffLinda);
    await answerStepByForm(page, '1', runSalt() + 3);
  });
});

test.describe('with JavaScript still loading', () => {
  test.use(PHONE);

  test('the first view is complete and its form saves', async ({ page }) => {
    await signInAs(page, DEMO.staffLinda);
    // The page's scripts never arrive: what shows and works is the server's HTML.
    await page.route((url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'), () => new Promise<void>(() => {}));
    await answerStepByForm(page, '2', runSalt() + 5);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
