import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';

const USERS = '/admin/anvandare';

// The 2025 Next.js middleware bypass: a forged header that once made the framework skip
// middleware. Access here is checked where data is read, so it must change nothing.
const BYPASS_HEADERS = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
];
const GUARDED = ['/', USERS, '/admin/logg', '/personer/D10144', '/min-profil'];

async function grantHrToLinda(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: 'Ge en roll' });
  await form.getByLabel('Användare').selectOption({ label: 'Linda Pettersson (linda.pettersson@exempelby.example)' });
  await form.getByLabel('Roll').selectOption({ label: 'HR' });
  await form.getByRole('button', { name: 'Ge rollen' }).click();
}

test.describe('security', () => {
  test('a forged x-middleware-subrequest header gets an anonymous visitor nothing more', async ({ request }) => {
    for (const path of GUARDED) {
      const plain = await request.get(path, { maxRedirects: 0 });
      for (const headers of BYPASS_HEADERS) {
        const forged = await request.get(path, { maxRedirects: 0, headers });
        expect(forged.status(), `${path} ${JSON.stringify(headers)}`).toBe(plain.status());
        expect(forged.headers().location ?? null).toBe(plain.headers().location ?? null);
        expect(await forged.text()).not.toContain('Mariam Jaber');
      }
    }
  });

  test('a forged header does not let a staff member read a colleague in another unit', async ({ page }) => {
    await signInAs(page, DEMO.staffLinda);
    for (const headers of BYPASS_HEADERS) {
      const response = await page.request.get('/personer/D10144', { headers });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain('Mariam Jaber');
    }
  });

  test('pages carry a nonce-based Content-Security-Policy and the usual security headers', async ({ page }) => {
    const response = await page.goto('/logga-in');
    const headers = response?.headers() ?? {};
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // Next.js put the request's nonce on its scripts, so the page still works under the policy.
    const scriptNonces = await page.locator('script[nonce]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    for (const n of scriptNonces) expect(n).toBe(nonce);
    const again = await page.request.get('/logga-in');
    expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  });

  test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
    await signInAs(page, DEMO.staffMariam);
    const session = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
    expect(session).toBeDefined();
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
  });

  test('a server action is refused from another origin and from a staff member; the same request from the administrator works', async ({ browser, baseURL }) => {
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAs(admin, DEMO.admin);
    await admin.goto(USERS);
    // Capture the administrator's real request and stop it before it reaches the server.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await admin.route(`**${USERS}`, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      return route.abort();
    });
    await grantHrToLinda(admin);
    await expect.poll(() => captured).not.toBeNull();
    await admin.unroute(`**${USERS}`);
    const { headers, body } = captured as unknown as { headers: Record<string, string>; body: Buffer };
    expect(headers['next-action']).toBeTruthy();
    const replay = (page: Page, origin: string) =>
      page.request.post(`${baseURL}${USERS}`, {
        headers: { 'next-action': headers['next-action'] as string, 'content-type': headers['content-type'] as string, accept: 'text/x-component', origin },
        data: body,
      });
    const lindaRow = () => admin.getByRole('row').filter({ hasText: 'linda.pettersson@exempelby.example' });

    // 1. The administrator's own session, but posted from another site (CSRF): refused.
    await replay(admin, 'https://angripare.example');
    await admin.goto(USERS);
    await expect(lindaRow()).not.toContainText('HR');

    // 2. A staff member's session replaying the administrator's action: refused by lib/data.
    const staff = await (await browser.newContext()).newPage();
    await signInAs(staff, DEMO.staffMariam);
    const refused = await replay(staff, baseURL as string);
    expect(await refused.text()).not.toContain('är tillagd');
    await admin.goto(USERS);
    await expect(lindaRow()).not.toContainText('HR');

    // 3. Control: the same bytes from the administrator's session and this site do work,
    //    so the refusals above are the checks at work, not a broken replay.
    await replay(admin, baseURL as string);
    await admin.goto(USERS);
    await expect(lindaRow()).toContainText('HR');
    await lindaRow().getByRole('button', { name: 'Ta bort rollen HR från Linda Pettersson' }).click();
    await admin.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect(lindaRow()).not.toContainText('HR');
  });

  test('signing out is a POST: a GET to the sign-out endpoint does not end the session', async ({ page }) => {
    await signInAs(page, DEMO.staffMariam);
    await page.request.get('/api/auth/signout');
    await page.goto('/min-profil');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  });
});
