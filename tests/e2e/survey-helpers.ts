import { expect, type Page } from '@playwright/test';

// Shared steps of the survey's browser tests (survey*.spec.ts).

export const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true } as const;

/** The survey's status line once its script runs (before that it says the answers are saved on Nästa). */
export const READY = 'Svaren sparas direkt när du väljer.';
/** The ✓ and ! before the words are marks for the eye (aria-hidden), so colour is never the only signal. */
export const SAVED = /^✓ Sparat$/;
export const NOT_SAVED_YET = /^! Inte sparat ännu – svaren skickas när du har internet igen$/;

export function saveStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /Spara|sparas|sparat|Inte sparat/ });
}

/** The questions of the step on screen: each radio group's field name and checked value. */
export async function questions(page: Page): Promise<Array<{ id: string; field: string; checked: string | null; values: string[] }>> {
  return page.locator('fieldset.question').evaluateAll((sets) =>
    sets.map((set) => {
      const radios = [...set.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      return { id: set.id, field: radios[0]?.name ?? '', checked: radios.find((r) => r.checked)?.value ?? null, values: radios.map((r) => r.value) };
    }),
  );
}

/** A value of the group other than the one now chosen, different on every run. */
export function anotherValue(q: { checked: string | null; values: string[] }, salt: number): string {
  const others = q.values.filter((v) => v !== q.checked);
  return others[salt % others.length] as string;
}

/** Opens a step and waits until its script runs (the status line changes), so autosave is on. */
export async function openStep(page: Page, step: string, language = 'sv'): Promise<void> {
  await page.goto(`/kartlaggning?steg=${step}&sprak=${language}`);
  if (language === 'sv') await expect(saveStatus(page)).toHaveText(READY);
}

/** Chooses an answer with the pointer (the keyboard test does it without). */
export async function choose(page: Page, field: string, value: string): Promise<void> {
  await page.locator(`input[type=radio][name="${field}"][value="${value}"]`).check();
}

export async function expectChecked(page: Page, expected: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(expected)) {
    await expect(page.locator(`input[type=radio][name="${field}"][value="${value}"]`), `${field} = ${value}`).toBeChecked();
  }
}

/** The answers the summary lists, as "question: answer" lines. */
export async function summaryLines(page: Page): Promise<string[]> {
  return page.locator('.summary-list__row').evaluateAll((rows) =>
    rows.map((row) => {
      const dd = row.querySelector('dd')?.cloneNode(true) as HTMLElement | undefined;
      dd?.querySelector('a')?.remove();
      return `${row.querySelector('dt')?.textContent?.trim() ?? ''}: ${dd?.textContent?.trim() ?? ''}`;
    }),
  );
}

/** A number that differs between runs, so every run changes the stored answers. */
export function runSalt(): number {
  return Math.floor(Date.now() / 1000) % 97;
}
