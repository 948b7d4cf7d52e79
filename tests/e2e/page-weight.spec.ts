import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';

// First-load JavaScript per page, gzipped, against a budget (README, Performance): the survey is
// answered on phones over mobile networks, the sign-in page is everyone's first. "First load" is
// next build's definition: what the page needs before it is interactive, without the chunks it
// imports later on demand. The charts' library (recharts) is such a chunk, loaded only by the
// pages that draw a chart, after the page itself; its size is logged and checked separately.

const KB = 1024;

type Script = { url: string; gzip: number; charts: boolean };

/** Every script the page loaded, with its gzipped size (fetched again, so the browser cache does not hide any). */
async function scripts(page: Page): Promise<Script[]> {
  await page.waitForLoadState('networkidle');
  const urls = await page.evaluate(() =>
    [...new Set([
      ...performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n)),
      // Next's noModule polyfills are left out: a browser that runs modules never fetches them.
      ...[...document.querySelectorAll('script[src]:not([nomodule])')].map((s) => (s as HTMLScriptElement).src),
    ])],
  );
  return Promise.all(urls.map(async (url) => {
    const body = await (await page.request.get(url)).body();
    // recharts' own class names survive minification; no other code uses them.
    return { url, gzip: gzipSync(body).byteLength, charts: body.includes('recharts') };
  }));
}

function kB(list: Script[]): number {
  return list.reduce((s, x) => s + x.gzip, 0) / KB;
}

/** Logs the figures for the README's table. */
function log(label: string, firstLoad: Script[], onDemand: Script[]): void {
  console.log(`${label}: first load ${kB(firstLoad).toFixed(1)} kB gzip in ${firstLoad.length} files; charts on demand ${kB(onDemand).toFixed(1)} kB in ${onDemand.length} files`);
}

test('the sign-in page loads at most 150 kB of JavaScript and no chart code', async ({ page }) => {
  await page.goto('/logga-in');
  const loaded = await scripts(page);
  log('sign-in', loaded, []);
  expect(loaded.length).toBeGreaterThan(0);
  expect(kB(loaded), 'kB gzip').toBeLessThanOrEqual(150);
  expect(loaded.filter((s) => s.charts).map((s) => s.url)).toEqual([]);
});

test('the survey loads at most 150 kB of JavaScript and no chart code', async ({ page }) => {
  await signInAs(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await scripts(page);
  log('survey', loaded, []);
  expect(kB(loaded), 'kB gzip').toBeLessThanOrEqual(150);
  expect(loaded.filter((s) => s.charts).map((s) => s.url)).toEqual([]);
});

test('a unit dashboard loads at most 250 kB of JavaScript first, and its chart code only on demand', async ({ page }) => {
  await signInAs(page, DEMO.chefKarin);
  const response = await page.goto('/enheter/EXB-VO-ALD-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  const loaded = await scripts(page);
  const charts = loaded.filter((s) => s.charts);
  const firstLoad = loaded.filter((s) => !s.charts);
  log('unit dashboard', firstLoad, charts);
  // The charts were drawn, so their code was loaded …
  expect(charts.length).toBeGreaterThan(0);
  // … but not by the page's own script tags: the document names none of those chunks.
  const html = (await response?.text()) ?? '';
  const pathOf = (url: string) => new URL(url).pathname;
  expect(charts.map((s) => pathOf(s.url)).filter((path) => html.includes(`src="${path}"`))).toEqual([]);
  expect(kB(firstLoad), 'kB gzip').toBeLessThanOrEqual(250);
  // The chart library is large; a second copy or a heavier library would show here.
  expect(kB(charts), 'chart kB gzip').toBeLessThanOrEqual(150);
});
