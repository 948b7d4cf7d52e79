import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAsDemo } from './sign-in';

// First-load JavaScript per page, gzipped, against a budget (README, Performance): the survey is
// answered on phones over mobile networks, the sign-in page is everyone's first; the charts'
// library (recharts) is loaded only on pages that draw a chart.

const KB = 1024;

/** Every script the page loaded, with its gzipped size (fetched again, so the browser cache does not hide any). */
async function scripts(page: Page): Promise<Array<{ url: string; gzip: number; charts: boolean }>> {
  await page.waitForLoadState('networkidle');
  const urls = await page.evaluate(() =>
    [...new Set([
      ...performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n)),
      ...[...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
    ])],
  );
  return Promise.all(urls.map(async (url) => {
    const body = await (await page.request.get(url)).body();
    // recharts' own class names survive minification; no other code uses them.
    return { url, gzip: gzipSync(body).byteLength, charts: body.includes('recharts-wrapper') };
  }));
}

function total(list: Array<{ gzip: number }>): number {
  const sum = list.reduce((s, x) => s + x.gzip, 0);
  // The figure for the README's table, in the test log.
  console.log(`first-load JavaScript of ${test.info().title.split(' loads')[0]}: ${(sum / KB).toFixed(1)} kB gzip in ${list.length} files`);
  return sum;
}

test('the sign-in page loads at most 150 kB of JavaScript and no chart code', async ({ page }) => {
  await page.goto('/logga-in');
  const loaded = await scripts(page);
  expect(loaded.length).toBeGreaterThan(0);
  expect(total(loaded) / KB, 'kB gzip').toBeLessThanOrEqual(150);
  expect(loaded.filter((s) => s.charts).map((s) => s.url)).toEqual([]);
});

test('the survey loads at most 150 kB of JavaScript and no chart code', async ({ page }) => {
  await signInAsDemo(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await scripts(page);
  expect(total(loaded) / KB, 'kB gzip').toBeLessThanOrEqual(150);
  expect(loaded.filter((s) => s.charts).map((s) => s.url)).toEqual([]);
});

test('a unit dashboard with its charts loads at most 250 kB of JavaScript, the chart code included', async ({ page }) => {
  await signInAsDemo(page, DEMO.chefKarin);
  await page.goto('/enheter/EXB-VO-ALD-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  const loaded = await scripts(page);
  // The chart code is here, in a chunk of its own: the check above would see it if a page without charts loaded it.
  expect(loaded.some((s) => s.charts)).toBe(true);
  expect(total(loaded) / KB, 'kB gzip').toBeLessThanOrEqual(250);
});
