import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';
import { NOT_SAVED_YET, PHONE, SAVED, anotherValue, choose, expectChecked, openStep, questions, runSalt, saveStatus } from './survey-helpers';

// A lost connection: answers wait in the browser (localStorage) and go to the server when
// the connection is back, or on the next visit. Linda Pettersson, signed in with the demo button.

test.use(PHONE);

const QUEUE_PREFIX = 'kk-svar:';

async function queued(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate((prefix) => {
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) n += Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}') as object).length;
    }
    return n;
  }, QUEUE_PREFIX);
}

test('answers given offline are sent when the connection is back', async ({ page, context }) => {
  await signInAs(page, DEMO.staffLinda);
  await openStep(page, '1');
  const salt = runSalt();
  const chosen: Record<string, string> = {};

  await context.setOffline(true);
  for (const q of await questions(page)) {
    chosen[q.field] = anotherValue(q, salt);
    await choose(page, q.field, chosen[q.field] as string);
  }
  expect(Object.keys(chosen).length).toBeGreaterThan(1);
  await expect(saveStatus(page)).toHaveText(NOT_SAVED_YET);
  expect(await queued(page)).toBe(Object.keys(chosen).length);

  // "Nästa" cannot load the next step offline: the page says so and keeps the answers.
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Du har inget internet just nu' })).toBeVisible();
  await expect(page).toHaveURL(/steg=1/);

  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText(SAVED);
  expect(await queued(page)).toBe(0);

  await page.reload();
  await expectChecked(page, chosen);
});

test('answers still queued when the page was closed are shown and sent on the next visit', async ({ page, context }) => {
  await signInAs(page, DEMO.staffLinda);
  await openStep(page, '2');
  const salt = runSalt() + 1;
  const chosen: Record<string, string> = {};

  await context.setOffline(true);
  for (const q of (await questions(page)).slice(0, 2)) {
    chosen[q.field] = anotherValue(q, salt);
    await choose(page, q.field, chosen[q.field] as string);
  }
  await expect(saveStatus(page)).toHaveText(NOT_SAVED_YET);
  await page.close();
  await context.setOffline(false);

  // The server still has the old answers; the browser puts the queued ones back and sends them.
  const again = await context.newPage();
  await again.goto('/kartlaggning?steg=2&sprak=sv');
  await expectChecked(again, chosen);
  await expect(saveStatus(again)).toHaveText(SAVED);
  expect(await queued(again)).toBe(0);
  await again.reload();
  await expectChecked(again, chosen);
});
