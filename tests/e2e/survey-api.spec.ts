import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';
import { anotherValue, questions, runSalt } from './survey-helpers';

// POST /api/kartlaggning/svar, the survey's answers over HTTP: every answer is validated on
// the server, and only a signed-in person on this server's own pages may post. (The survey
// page saves through the same code as a server action; see app/kartlaggning/store-answers.ts.)

const ENDPOINT = '/api/kartlaggning/svar';

async function firstQuestion(page: Page) {
  await signInAs(page, DEMO.staffMariam);
  await page.goto('/kartlaggning?steg=1&sprak=sv');
  const [q] = await questions(page);
  if (!q) throw new Error('no question on step 1');
  return { ...q, requirement: q.field.replace(/^krav:/, '') };
}

test('the answers endpoint refuses invalid answers, other origins and anonymous callers', async ({ page, baseURL, playwright }) => {
  if (!baseURL) throw new Error('baseURL is not set');
  const origin = new URL(baseURL).origin;
  const q = await firstQuestion(page);
  const { requirement } = q;
  const post = (data: unknown, headers: Record<string, string>) => page.request.post(ENDPOINT, { data, headers, maxRedirects: 0 });

  const refusals: Array<{ what: string; data: unknown; headers?: Record<string, string>; status: number; message?: RegExp }> = [
    { what: 'a level above 4', data: { answers: [{ kind: 'requirement', requirement, choice: '5' }] }, status: 400, message: /^Välj ett av svaren$/ },
    { what: 'an effect answer of 6', data: { answers: [{ kind: 'effect', question: 'strengthened', value: 6 }] }, status: 400, message: /^Välj ett svar från 1 till 5$/ },
    { what: 'a requirement outside her role', data: { answers: [{ kind: 'requirement', requirement: 'UTR', choice: '2' }] }, status: 400, message: /^Kravet UTR hör inte till din yrkesroll$/ },
    { what: 'an unknown effect question', data: { answers: [{ kind: 'effect', question: 'finns-inte', value: 3 }] }, status: 400, message: /^Frågan finns-inte finns inte$/ },
    { what: 'no answers', data: { answers: [] }, status: 400, message: /^Svaren är inte giltiga\.$/ },
    { what: 'not JSON', data: 'answers=1', status: 400 },
    { what: 'another origin', data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: { origin: 'https://angripare.example' }, status: 403 },
    { what: 'no origin', data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: {}, status: 403 },
  ];
  for (const r of refusals) {
    const response = await post(r.data, r.headers ?? { origin });
    expect(response.status(), r.what).toBe(r.status);
    const body = (await response.json()) as { ok: boolean; message: string };
    expect(body.ok, r.what).toBe(false);
    // A plain message, never a stack trace.
    expect(body.message, r.what).not.toMatch(/at \w+ \(|Error|\.ts:\d/);
    if (r.message) expect(body.message, r.what).toMatch(r.message);
  }

  // One bad answer in a batch stores none of it.
  const mixed = await post({ answers: [{ kind: 'requirement', requirement, choice: anotherValue(q, runSalt()) }, { kind: 'requirement', requirement: 'UTR', choice: '2' }] }, { origin });
  expect(mixed.status()).toBe(400);
  await page.reload();
  expect((await questions(page))[0]?.checked).toBe(q.checked);

  // Nobody signed in.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post(ENDPOINT, { data: { answers: [{ kind: 'requirement', requirement, choice: '1' }] }, headers: { origin } });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { ok: boolean }).ok).toBe(false);
  await anonymous.dispose();
});

test('the answers endpoint stores a valid answer', async ({ page, baseURL }) => {
  // The route handler and the pages share one database handle (db/client.ts keeps it on
  // globalThis), so what the route stores is what the page shows.
  if (!baseURL) throw new Error('baseURL is not set');
  const q = await firstQuestion(page);
  const value = anotherValue(q, runSalt());
  const response = await page.request.post(ENDPOINT, {
    data: { answers: [{ kind: 'requirement', requirement: q.requirement, choice: value }] },
    headers: { origin: new URL(baseURL).origin },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, savedAt: expect.any(String) });
  await page.reload();
  expect((await questions(page))[0]?.checked).toBe(value);
});
