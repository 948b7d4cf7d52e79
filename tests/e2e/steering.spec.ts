import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, signInAs, signOut } from './sign-in';
import { TEST_DAY } from '../support/test-day';

/**
 * The steering group's page and meeting mode (issue 6): every indicator against its target
 * with a status in words and shape, withheld figures said out loud, meeting mode driven by the
 * keyboard alone, and HR freezing the figures for a meeting. The figures themselves are
 * checked against the data layer in tests/db/steering.test.ts; here, what the screens say.
 */

const PROJECT = 'ESF-STARK';
const PROJECT_NAME = 'Stärkt i yrkesrollen';
const STATUS_WORDS = ['I fas', 'Risk', 'Efter', 'Kan inte bedömas'];
/** The demo project's indicators (lib/demo/project.ts); HR may have added more in an earlier run. */
const DEMO_NAMES = [
  'Deltagare mot plan',
  'Andel som känner sig stärkta i yrkesrollen',
  'Andel som gått en digital kurs',
  'Minskat kompetensgap: kontakt och samspel',
  'Andel som når kraven för sin roll',
  'Andel nyanställda med avslutad introduktion',
  'Utbildade handledare',
  'Utbildade språkombud',
];

interface ShownIndicator {
  code: string;
  name: string;
  status: string;
  target: string;
  current: string | null;
  figures: Array<{ figure: string; value: string | null; text: string }>;
}

/** Every indicator section of the steering page, as written. */
async function indicatorsOnPage(page: Page): Promise<ShownIndicator[]> {
  return page.locator('[data-indicator]').evaluateAll((sections) =>
    sections.map((s) => ({
      code: s.getAttribute('data-indicator') ?? '',
      name: s.querySelector('[data-indicator-name]')?.textContent?.trim() ?? '',
      status: s.querySelector('[data-status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      target: s.querySelector('[data-figure="target"]')?.textContent?.trim() ?? '',
      current: s.querySelector('[data-figure="current"]')?.getAttribute('data-value') ?? null,
      figures: [...s.querySelectorAll('[data-figure]')].map((f) => ({
        figure: f.getAttribute('data-figure') ?? '',
        value: f.getAttribute('data-value'),
        text: f.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      })),
    })),
  );
}

test.describe('the steering page', () => {
  test('a steering-group member opens the project from the start page and sees every indicator with status and target', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await expect(page).toHaveURL(/\/$/);
    const projects = page.getByRole('region', { name: 'Effektmått för projekt' });
    await expect(projects).toContainText(`Ditt projekt: ${PROJECT_NAME}`);
    await projects.getByRole('link', { name: PROJECT_NAME }).click();

    await expect(page).toHaveURL(new RegExp(`/styrgrupp/${PROJECT}$`));
    await expect(page.getByRole('heading', { level: 1, name: PROJECT_NAME })).toBeVisible();
    await expect(page.locator('time[data-data-as-of]')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(page.getByText('Aktuella siffror. De ändras när nya svar och uppgifter läses in.')).toBeVisible();

    const shown = await indicatorsOnPage(page);
    expect(shown.map((i) => i.name)).toEqual(expect.arrayContaining(DEMO_NAMES));
    const overview = page.getByRole('table', { name: 'Alla indikatorer mot sina mål' });
    for (const [index, i] of shown.entries()) {
      // A status in words, with its shape beside it, and a target (or "Inget mål").
      expect(i.status, i.code).toMatch(new RegExp(`^Status: (${STATUS_WORDS.join('|')})$`));
      expect(i.target, i.code).not.toBe('');
      await expect(page.locator(`[data-indicator="${i.code}"] [data-status] svg`)).toHaveCount(1);
      // The overview says the same, in the same order.
      const row = overview.locator('tbody tr').nth(index);
      await expect(row.getByRole('rowheader')).toHaveText(i.name);
      await expect(row.getByRole('cell').nth(1)).toHaveText(i.target);
      await expect(row.getByRole('cell').nth(2)).toHaveText(i.status.replace('Status: ', ''));
      // Every figure says something: a value, the withheld sentence, or a dash for "nothing measured".
      for (const f of i.figures) {
        expect(f.text, `${i.code} ${f.figure}`).not.toBe('');
        if (f.value === 'visas inte') expect(f.text, `${i.code} ${f.figure}`).toMatch(/^Visas inte: skyddar grupper med färre än 5 (svar|personer)$/);
      }
    }
    // The demo has groups too small to show (the gender split of the participants).
    const participants = page.locator('[data-indicator="deltagare"]');
    await expect(participants.getByRole('table', { name: /Per kön/ })).toBeVisible();
    await expect(participants.getByText('Visas inte: skyddar grupper med färre än 5 personer').first()).toBeVisible();
    await expect(participants.getByRole('table', { name: /Per enhet/ }).getByRole('rowheader', { name: 'Vård- och omsorgsförvaltningen' })).toBeVisible();

    // The rules behind the statuses and the k rule are on the page.
    const rules = page.getByRole('region', { name: 'Så bedöms läget' });
    for (const word of ['I fas:', 'Risk:', 'Efter:', 'Kan inte bedömas:']) await expect(rules).toContainText(word);
    await expect(rules).toContainText('Siffror från färre än 5 personer visas aldrig');
    await expect(page.getByRole('region', { name: 'Störst förändring sedan förra mötet' })).toBeVisible();

    // The report pack's links, for the same figures; no forms for a steering-group member.
    await expect(page.getByRole('link', { name: 'Ladda ner rapport (PDF)' })).toHaveAttribute('href', `/styrgrupp/${PROJECT}/rapport.pdf`);
    await expect(page.getByRole('link', { name: 'Ladda ner siffrorna (Excel)' })).toHaveAttribute('href', `/styrgrupp/${PROJECT}/siffror.xlsx`);
    await expect(page.getByRole('heading', { name: 'Frys siffrorna inför ett möte' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Lägg till en indikator' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('meeting mode runs through every slide with the keyboard, each as the page shows it', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await page.goto(`/styrgrupp/${PROJECT}`);
    const shown = await indicatorsOnPage(page);
    await page.getByRole('link', { name: 'Starta mötesläge' }).click();
    await expect(page).toHaveURL(new RegExp(`/styrgrupp/${PROJECT}/mote$`));

    await expect(page.getByRole('heading', { level: 1, name: PROJECT_NAME })).toBeVisible();
    await expect(page.getByText(/Data per \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Helskärm' })).toBeVisible();
    // The site's own header steps aside; the slides fill the window, the controls stay in view.
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    const fit = await page.evaluate(() => ({
      deck: document.querySelector('.meeting')!.getBoundingClientRect().height,
      nav: document.querySelector('.meeting__nav')!.getBoundingClientRect().bottom,
      window: window.innerHeight,
    }));
    expect(fit.deck).toBeGreaterThanOrEqual(fit.window);
    expect(fit.nav).toBeLessThanOrEqual(fit.window);
    const total = shown.length + 2;
    const position = page.locator('.meeting__position');
    await expect(position).toHaveAttribute('aria-live', 'polite');
    await expect(position).toHaveText(`Bild 1 av ${total}: Läget just nu`);
    const slide = page.locator('.meeting-slide:not([hidden])');
    await expect(page.locator('.meeting-slide')).toHaveCount(total);
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Läget just nu');
    await expectNoAxeViolations(page);

    // Forward to the end with the arrow key and PageDown (what a clicker sends).
    for (let n = 1; n <= total; n++) {
      await expect(position).toContainText(`Bild ${n} av ${total}`);
      await expect(page.locator('.meeting-slide:not([hidden])')).toHaveCount(1);
      if (n === 2) await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Störst förändring sedan förra mötet');
      if (n >= 3) {
        const i = shown[n - 3]!;
        await expect(slide.getByRole('heading', { level: 2 }), i.code).toHaveText(i.name);
        await expect(slide.locator('[data-slide-indicator]')).toHaveAttribute('data-slide-indicator', i.code);
        expect(await slide.locator('[data-figure="current"]').getAttribute('data-value'), i.code).toBe(i.current);
        await expect(slide.locator('[data-figure="target"]'), i.code).toHaveText(i.target);
        await expect(slide.locator('[data-status]'), i.code).toHaveText(i.status);
        // The value is large: at least 4rem (64 px).
        const size = await slide.locator('.meeting-slide__value').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(64);
      }
      if (n < total) await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
    }
    // Past the end nothing moves.
    await page.keyboard.press('PageDown');
    await expect(position).toContainText(`Bild ${total} av ${total}`);

    // Back to the start with the other arrow and PageUp.
    for (let n = total; n > 1; n--) {
      await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'PageUp');
      await expect(position).toContainText(`Bild ${n - 1} av ${total}`);
    }
    await page.keyboard.press('PageUp');
    await expect(position).toContainText(`Bild 1 av ${total}`);

    // Home and End, then the buttons (the keyboard reaches them too).
    await page.keyboard.press('End');
    await expect(position).toContainText(`Bild ${total} av ${total}`);
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText(shown.at(-1)!.name);
    await page.keyboard.press('Home');
    await expect(position).toContainText(`Bild 1 av ${total}`);
    await page.getByRole('button', { name: 'Nästa' }).focus();
    await page.keyboard.press('Enter');
    await expect(position).toContainText(`Bild 2 av ${total}`);
    await page.getByRole('button', { name: 'Föregående' }).click();
    await expect(position).toContainText(`Bild 1 av ${total}`);

    await page.getByRole('link', { name: 'Avsluta mötesläge' }).click();
    await expect(page).toHaveURL(new RegExp(`/styrgrupp/${PROJECT}$`));
  });

  test('HR freezes the figures for a meeting, and the snapshot shows the same numbers later, labelled as frozen', async ({ page, browser }) => {
    await signInAs(page, DEMO.hr);
    const projects = page.getByRole('region', { name: 'Effektmått för projekt' });
    await projects.getByRole('link', { name: PROJECT_NAME }).click();
    await expect(page.getByRole('heading', { level: 1, name: PROJECT_NAME })).toBeVisible();
    const live = await indicatorsOnPage(page);

    // Step one: a name. Empty is refused in plain Swedish.
    const name = page.getByLabel('Namn på ögonblicksbilden');
    // The app's today (the pinned test day), not the wall clock's.
    await expect(name).toHaveValue(`Styrgruppsmöte ${TEST_DAY}`);
    await name.fill('');
    await page.getByRole('button', { name: 'Frys siffrorna' }).click();
    await expect(page.getByText('Skriv ett namn på ögonblicksbilden, till exempel mötets namn och datum.')).toBeVisible();
    await expect(page.getByLabel('Namn på ögonblicksbilden')).toHaveAttribute('aria-invalid', 'true');

    // Step two: confirm.
    const label = `Styrgruppsmöte test ${Date.now()}`;
    await page.getByLabel('Namn på ögonblicksbilden').fill(label);
    await page.getByRole('button', { name: 'Frys siffrorna' }).click();
    await expect(page.getByRole('heading', { name: `Frysa siffrorna som ”${label}”?` })).toBeVisible();
    await page.getByRole('button', { name: 'Ja, frys siffrorna' }).click();

    await expect(page).toHaveURL(new RegExp(`/styrgrupp/${PROJECT}\\?ogonblick=\\d+&klart=fryst$`));
    const id = new URL(page.url()).searchParams.get('ogonblick')!;
    await expect(page.getByRole('status').filter({ hasText: 'Siffrorna är frysta.' })).toBeVisible();
    const frozenNotice = page.locator('[data-snapshot]');
    await expect(frozenNotice).toContainText(new RegExp(`Fryst ögonblicksbild från \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}: ${label}`));
    expect(await indicatorsOnPage(page)).toEqual(live);
    await expect(page.getByLabel('Visa siffror')).toHaveValue(id);
    await expect(page.getByRole('link', { name: 'Ladda ner rapport (PDF)' })).toHaveAttribute('href', `/styrgrupp/${PROJECT}/rapport.pdf?ogonblick=${id}`);
    await expect(page.getByRole('link', { name: 'Ladda ner siffrorna (Excel)' })).toHaveAttribute('href', `/styrgrupp/${PROJECT}/siffror.xlsx?ogonblick=${id}`);
    await expectNoAxeViolations(page);

    // Live again: nothing has changed since this meeting's snapshot.
    await page.getByLabel('Visa siffror').selectOption('');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect(page.getByText('Aktuella siffror. De ändras när nya svar och uppgifter läses in.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Störst förändring sedan förra mötet' })).toContainText(`Inga siffror har ändrats sedan ögonblicksbilden ${label}`);

    // Later, a steering-group member opens the snapshot from the choice, and in meeting mode.
    const context = await browser.newContext();
    const member = await context.newPage();
    await signInAs(member, DEMO.steering);
    await member.goto(`/styrgrupp/${PROJECT}`);
    await expect(member.getByLabel('Visa siffror').locator(`option[value="${id}"]`)).toHaveText(new RegExp(`^${label} \\(fryst \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)$`));
    await member.getByLabel('Visa siffror').selectOption(id);
    await member.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect(member).toHaveURL(new RegExp(`\\?ogonblick=${id}$`));
    await expect(member.locator('[data-snapshot]')).toContainText(label);
    expect(await indicatorsOnPage(member)).toEqual(live);
    await member.getByRole('link', { name: 'Starta mötesläge' }).click();
    await expect(member).toHaveURL(new RegExp(`/mote\\?ogonblick=${id}$`));
    await expect(member.getByText(new RegExp(`Fryst ögonblicksbild från .*: ${label}`))).toBeVisible();
    await expectNoAxeViolations(member);
    await context.close();
  });

  test('the print variant shows every indicator in full and no navigation or forms', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await page.goto(`/styrgrupp/${PROJECT}`);
    const shown = await indicatorsOnPage(page);
    await page.goto(`/styrgrupp/${PROJECT}?utskrift=1`);
    await expect(page.getByRole('heading', { level: 1, name: PROJECT_NAME })).toBeVisible();
    expect(await indicatorsOnPage(page)).toEqual(shown);
    for (const hidden of ['Frys siffrorna inför ett möte', 'Lägg till en indikator']) await expect(page.getByRole('heading', { name: hidden })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Starta mötesläge' })).toHaveCount(0);
    await expect(page.getByLabel('Visa siffror')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.locator('details:not([open])')).toHaveCount(0);
  });

  test('HR adds an indicator from an effect question; mistakes are explained in plain Swedish', async ({ page }) => {
    await signInAs(page, DEMO.hr);
    await page.goto(`/styrgrupp/${PROJECT}`);
    const form = page.getByRole('region', { name: 'Lägg till en indikator' });
    await form.getByLabel('Mål i procent').fill('200');
    await form.getByRole('button', { name: 'Lägg till indikatorn' }).click();
    await expect(form.getByText('Välj en fråga.')).toBeVisible();
    await expect(form.getByText('Skriv målet som en procentsats mellan 0 och 100, till exempel 75.')).toBeVisible();
    await expect(form.getByRole('alert')).toContainText('Rätta det som är markerat och försök igen.');

    const question = 'Jag vet vilka krav som gäller för min yrkesroll';
    const already = (await page.locator('[data-indicator-name]').allTextContents()).includes(question);
    await form.getByLabel('Fråga').selectOption({ label: question });
    await form.getByLabel('Mål i procent').fill('80 %');
    await form.getByLabel('Utgångsläge: omgång').selectOption('KART-2025');
    await form.getByLabel('Uppföljning: omgång').selectOption('KART-2026');
    await form.getByRole('button', { name: 'Lägg till indikatorn' }).click();
    if (already) {
      // An earlier run on this database added it: the same question cannot be added twice.
      await expect(form.getByRole('alert')).toContainText('Projektet har redan en indikator för den frågan.');
    } else {
      await expect(page).toHaveURL(/\?klart=indikator/);
      await expect(page.getByRole('status').filter({ hasText: 'Indikatorn är tillagd.' })).toBeVisible();
    }
    const added = page.locator('[data-indicator]').filter({ has: page.locator('[data-indicator-name]', { hasText: question }) });
    await expect(added).toHaveCount(1);
    await expect(added.locator('[data-figure="target"]')).toHaveText('80\u00a0%');
    await expect(added.locator('[data-status]')).toHaveText(new RegExp(`^Status: (${STATUS_WORDS.join('|')})$`));
  });

  test('a chef and a staff member get the not-found page; unknown projects and snapshots too', async ({ page }) => {
    for (const who of [DEMO.chefKarin, DEMO.staffMariam]) {
      await signInAs(page, who);
      for (const url of [`/styrgrupp/${PROJECT}`, `/styrgrupp/${PROJECT}/mote`]) {
        const response = await page.goto(url);
        expect(response?.status(), `${who} ${url}`).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
        await expect(page.getByText(PROJECT_NAME)).toHaveCount(0);
      }
      // Nor any link to it on their start page.
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Effektmått för projekt' })).toHaveCount(0);
      await signOut(page);
    }
    await signInAs(page, DEMO.steering);
    for (const url of [`/styrgrupp/FINNS-INTE`, `/styrgrupp/${PROJECT}?ogonblick=abc`, `/styrgrupp/${PROJECT}?ogonblick=99999999999`, `/styrgrupp/${PROJECT}/mote?ogonblick=999999`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the page, the choice of figures and freezing all work', async ({ page }) => {
      await signInAs(page, DEMO.hr);
      await page.goto(`/styrgrupp/${PROJECT}`);
      const live = await indicatorsOnPage(page);
      expect(live.length).toBeGreaterThanOrEqual(DEMO_NAMES.length);
      const label = `Utan JavaScript ${Date.now()}`;
      await page.getByLabel('Namn på ögonblicksbilden').fill(label);
      await page.getByRole('button', { name: 'Frys siffrorna' }).click();
      await page.getByRole('button', { name: 'Ja, frys siffrorna' }).click();
      await expect(page).toHaveURL(/\?ogonblick=\d+&klart=fryst/);
      await expect(page.locator('[data-snapshot]')).toContainText(label);
      expect(await indicatorsOnPage(page)).toEqual(live);
      await page.getByLabel('Visa siffror').selectOption('');
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await expect(page.getByText('Aktuella siffror. De ändras när nya svar och uppgifter läses in.')).toBeVisible();
    });
  });
});
