import { expect, test } from '@playwright/test';
import { importSampleThroughBrowser } from './admin-import-helpers';
import { createRoundInBrowser, inviteAndOpen, linkInLetter, makeLetters, signInWithLetterLink } from './rounds-flow';
import { DEMO, signInAs, signOut } from './sign-in';

// The "done when": load the shared sample through /admin/import (dry-run summary, then
// confirm), open a round, print invitation letters, and sign in with a link read from the letters'
// page. Named admin-import* so it runs on the import server, with a database of its own
// (playwright.config.ts): the sample shares codes with the demo.

const UNIT = 'Åsgården';
const RUN = Date.now().toString(36).toUpperCase();
const ROUND = { code: `PROV-BREV-${RUN}`, name: `Provomgång ${RUN}`, unitCheckbox: `${UNIT} (EXE-VO-ALD-01)` };

test('the sample loaded in the browser, a round opened, letters printed, and a letter’s link signs in', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, DEMO.admin);
  await importSampleThroughBrowser(page);
  await expect(page.getByRole('table', { name: 'Sparade rader per tabell' }).getByRole('rowheader', { name: 'Personer' })).toBeVisible();

  await createRoundInBrowser(page, ROUND);
  const invited = await inviteAndOpen(page, UNIT);
  await makeLetters(page, UNIT, invited);
  const firstName = ((await page.getByRole('article').first().getByRole('heading', { level: 2 }).textContent()) ?? '').match(/^Brev till (.+?): /)?.[1] ?? '';
  expect(firstName).not.toBe('');
  const url = await linkInLetter(page, firstName);

  await signOut(page);
  await signInWithLetterLink(page, url, ROUND.name, firstName);
});
