import { expect, test } from '@playwright/test';
import { DEMO, signInAsDemo } from './sign-in';
import { anotherValue, questions, runSalt } from './survey-helpers';

// POST /api/kartlaggning/svar, the autosave endpoint: every answer is validated on the
// server; only the signed-in person's own page may post.

const ENDPOINT = '/api/kartlaggning/svar';

test('the autosave endpoint stores valid answers and refuses everything else', async ({ page, baseURL, playwright }) => {
  if (!baseURL) throw new Error('baseURL is not set');
  const origin = new URL(baseURL).origin;
  await signInAsDemo(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=1&sprak=sv');
  const [q] = await questions(page);
  if (!q) throw new Error('no question on step 1');
  const requirement = q.field.replace(/^krav:/, '');
  const post = (data: unknown, headers: Record<string, string> = { origin }) => page.request.post(ENDPOINT, { data, headers, maxRedirects: 0 });

  const value = anotherValue(q, runSalt());
  const ok = await post({ answers: [{ kind: 'requirement', requirement, choice: value }] });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true, savedAt: expect.any(String) });
  await page.reload();
  await expect(page.locator(`input[name="${q.field}"][value="${value}"]`)).toBeChecked();

  const refusals: Array<{ what: string; data: unknown; headers?: Record<string, string>; status: number; message?: RegExp }> = [
    { what: 'a level above 4', data: { answers: [{ kind: 'requirement', requirement, choice: '5' }] }, status: 400, message: /Välj ett av svaren/ },
    { what: 'an effect answer of 6', data: { answers: [{ kind: 'effect', question: 'strengthened', value: 6 }] }, status: 400 },
    { what: 'a requirement outside her role', data: { answers: [{ kind: 'requirement', requirement: 'UTR', choice: '2' }] }, status: 400, message: /hör inte till din yrkesroll/ },
    { what: 'an unknown effect question', data: { answers: [{ kind: 'effect', question: 'finns-inte', value: 3 }] }, status: 400, message: /finns inte/ },
    { what: 'no answers', data: { answers: [] }, status: 400 },
    { what: 'not JSON', data: 'answers=1', status: 400 },
    { what: 'another origin', data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: { origin: 'https://angripare.example' }, status: 403 },
    { what: 'no origin', data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: {}, status: 403 },
  ];
  for (const r of refusals) {
    const response = await post(r.data, r.headers ?? { origin });
    expect(response.status(), r.what).toBe(r.status);
    const body = (await response.json()) as { ok: boolean; message: string };
    expect(body.ok, r.what).toBe(false);
    expect(body.message, r.what).not.toMatch(/at \w+ \(|Error:|\.ts:\d/);
    if (r.message) expect(body.message, r.what).toMatch(r.message);
  }

  // One bad answer in a batch stores nothing of it.
  const other = anotherValue({ ...q, checked: value }, runSalt());
  const mixed = await post({ answers: [{ kind: 'requirement', requirement, choice: other }, { kind: 'requirement', requirement: 'UTR', choice: '2' }] });
  expect(mixed.status()).toBe(400);
  await page.reload();
  await expect(page.locator(`input[name="${q.field}"][value="${value}"]`)).toBeChecked();

  // Nobody signed in.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post(ENDPOINT, { data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: { origin } });
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
