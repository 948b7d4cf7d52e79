import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { formatIndicatorValue } from '@/lib/domain/indicator-values';
import type { IndicatorScale } from '@/lib/domain/indicators';
import { DEMO, signInAs } from './sign-in';

/**
 * The steering group's report pack (issue 6): the PDF is the page, printed by headless Chromium
 * as the same viewer, so its text holds every indicator's values exactly as the page shows them;
 * the XLSX holds the same numbers. The page marks each indicator with `data-indicator="<code>"`
 * and each figure it shows with `data-figure` (target, baseline, current, unit:<code>,
 * group:<label>) and `data-value` (the figure as written on the page, e.g. "64 %").
 */

const PROJECT = 'ESF-STARK';

interface ShownIndicator {
  code: string;
  name: string;
  figures: Array<{ figure: string; value: string }>;
}

/**
 * Text as compared: every kind of space as one plain space, and none before "%". pdftotext
 * writes the page's non-breaking spaces as they are, as plain spaces, or (in a table cell,
 * where "7 %" is set tight) not at all; the digits and the sign are what must match.
 */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/ %/g, '%').trim();

async function shownIndicators(page: Page): Promise<ShownIndicator[]> {
  return page.locator('[data-indicator]').evaluateAll((sections) =>
    sections.map((s) => ({
      code: s.getAttribute('data-indicator') ?? '',
      name: (s.querySelector('[data-indicator-name]') ?? s.querySelector('h2, h3, h4'))?.textContent?.trim() ?? '',
      figures: [...s.querySelectorAll('[data-value]')].map((f) => ({ figure: f.getAttribute('data-figure') ?? '', value: f.getAttribute('data-value') ?? '' })),
    })),
  );
}

/** True when `needles` occur in `text` in this order, starting after `from`. */
function inOrder(text: string, from: number, needles: string[]): boolean {
  let at = from;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    if (i < 0) return false;
    at = i + n.length;
  }
  return true;
}

async function download(page: Page, linkName: string): Promise<{ path: string; name: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  const d = await event;
  return { path: await d.path(), name: d.suggestedFilename() };
}

test.describe('the steering group’s report pack', () => {
  // Chromium prints the page inside the request: a few seconds on a 2-core machine.
  test.setTimeout(120_000);

  test('the PDF holds every indicator’s values as the page shows them, the diary number, the data date and the k rule', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await page.goto(`/styrgrupp/${PROJECT}`);
    const shown = await shownIndicators(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const i of shown) {
      expect(i.name, i.code).not.toBe('');
      expect(i.figures.length, i.code).toBeGreaterThan(0);
    }
    const heading = plain((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');

    const pdf = await download(page, 'Ladda ner rapport (PDF)');
    expect(pdf.name).toMatch(/^styrgrupp-ESF-STARK-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(fs.readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
    await test.info().attach('rapport.txt', { body: raw, contentType: 'text/plain' });
    await test.info().attach('rapport.pdf', { path: pdf.path, contentType: 'application/pdf' });
    const text = plain(raw);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' }))?.[1]);
    expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:\s+595\.\d+ x 842\.\d+/);

    expect(text).toContain(heading);
    expect(text).toContain('Diarienummer');
    expect(text).toMatch(/Data per \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Siffror från färre än 5 personer visas aldrig');
    expect(text).toContain('I fas:');
    expect(text).toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    const missing: string[] = [];
    // Case-blind: a withheld figure's data-value is "visas inte", its text begins "Visas inte: …".
    const lower = text.toLowerCase();
    for (const i of shown) {
      const name = plain(i.name).toLowerCase();
      const values = i.figures.map((f) => plain(f.value).toLowerCase()).filter((v) => v !== '');
      // Somewhere the indicator's name is followed by all its figures, in the page's order.
      let at = lower.indexOf(name);
      let found = false;
      while (at >= 0 && !found) {
        found = inOrder(lower, at + name.length, values);
        at = lower.indexOf(name, at + 1);
      }
      if (!found) missing.push(`${i.code} "${name}": ${values.join(' | ')}`);
    }
    expect(missing).toEqual([]);
  });

  test('the XLSX has the page’s numbers, and nothing withheld on the page is a number in it', async ({ page }) => {
    await signInAs(page, DEMO.steering);
    await page.goto(`/styrgrupp/${PROJECT}`);
    const shown = await shownIndicators(page);
    const xlsx = await download(page, 'Ladda ner siffrorna (Excel)');
    expect(xlsx.name).toMatch(/^styrgrupp-ESF-STARK-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sammanfattning', 'Indikatorer', 'Spridning', 'Deltagare']);

    const scaleOf: Record<string, IndicatorScale> = { andel: 'share', antal: 'count', nivåsteg: 'steps' };
    /** A cell as the page writes it: a number through the page's own formatter, words as they are. */
    const asShown = (cell: ExcelJS.CellValue, scale: IndicatorScale) => (typeof cell === 'number' ? formatIndicatorValue(cell, scale) : String(cell ?? ''));
    const rows: Array<{ name: string; scale: IndicatorScale; current: ExcelJS.CellValue }> = [];
    book.getWorksheet('Indikatorer')!.eachRow((row, n) => {
      if (n > 1) rows.push({ name: String(row.getCell(1).value), scale: scaleOf[String(row.getCell(3).value)] ?? 'count', current: row.getCell(9).value });
    });
    expect(rows.map((r) => r.name)).toEqual(shown.map((i) => i.name));
    for (const [idx, i] of shown.entries()) {
      const row = rows[idx]!;
      const current = i.figures.find((f) => f.figure === 'current')?.value;
      if (current === undefined) continue;
      if (typeof row.current === 'number') expect(plain(asShown(row.current, row.scale)), i.code).toBe(plain(current));
      // Withheld in the file ↔ no digit on the page.
      else if (String(row.current).startsWith('visas inte')) expect(current, i.code).not.toMatch(/\d/);
    }

    const units: Array<{ name: string; unit: string; value: ExcelJS.CellValue; n: ExcelJS.CellValue }> = [];
    book.getWorksheet('Spridning')!.eachRow((row, n) => {
      if (n > 1) units.push({ name: String(row.getCell(1).value), unit: String(row.getCell(2).value), value: row.getCell(4).value, n: row.getCell(5).value });
    });
    for (const u of units) {
      const i = shown.find((s) => s.name === u.name)!;
      const onPage = i.figures.find((f) => f.figure === `unit:${u.unit}`)?.value;
      const scale = rows.find((r) => r.name === u.name)!.scale;
      if (typeof u.value === 'number') {
        if (onPage !== undefined) expect(plain(asShown(u.value, scale)), `${i.code} ${u.unit}`).toBe(plain(onPage));
      } else {
        expect(u.value).toBe('visas inte (skyddar grupper under 5)');
        expect(u.n).toBeNull();
        if (onPage !== undefined) expect(onPage, `${i.code} ${u.unit}`).not.toMatch(/\d/);
      }
    }
  });

  test('a chef gets the same plain 404 for the files as for a project that does not exist', async ({ page }) => {
    await signInAs(page, DEMO.chefKarin);
    for (const url of [`/styrgrupp/${PROJECT}/rapport.pdf`, `/styrgrupp/${PROJECT}/siffror.xlsx`, '/styrgrupp/FINNS-INTE/rapport.pdf', `/styrgrupp/${PROJECT}/rapport.pdf?ogonblick=x`]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text(), url).toBe('Sidan finns inte.');
    }
  });
});
