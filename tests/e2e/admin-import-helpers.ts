import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { IMPORT_APP_URL } from './oidc/settings';

/** The shared sample data set: one CSV file per import table. */
export const SAMPLE_DATA_DIR = path.resolve(__dirname, '../../../shared/data/sample/data');

export function sampleDataFiles(): string[] {
  return fs
    .readdirSync(SAMPLE_DATA_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => path.join(SAMPLE_DATA_DIR, f));
}

/** Data rows of one sample file (its lines without the header). */
export function sampleRowCount(file: string): number {
  return fs.readFileSync(path.join(SAMPLE_DATA_DIR, file), 'utf8').trimEnd().split('\n').length - 1;
}

/** A count as the page writes it (Swedish digit grouping with a no-break space). */
export function swedishCount(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n);
}

/**
 * Loads the whole sample through /admin/import as an administrator does: chooses every file,
 * waits for the dry run, presses "Importera" and waits for "Importen är klar". The page must
 * be signed in as an administrator (signInAs(page, DEMO.admin)).
 *
 * Only for specs named admin-import*.spec.ts: they run on a server with a database of their
 * own (playwright.config.ts), since the sample shares codes with the demo municipality.
 */
export async function importSampleThroughBrowser(page: Page): Promise<void> {
  await page.goto('/admin/import');
  if (new URL(page.url()).origin !== IMPORT_APP_URL) {
    throw new Error('importSampleThroughBrowser changes the demo’s data: call it only from tests/e2e/admin-import*.spec.ts (the import server).');
  }
  await page.getByLabel('Välj filer', { exact: true }).setInputFiles(sampleDataFiles());
  await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Provkörningen är klar: inget är sparat ännu' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importen är klar' })).toBeVisible({ timeout: 60_000 });
}
