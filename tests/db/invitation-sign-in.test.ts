// A stranger posting garbage to the personal-link sign-in must not lock staff out: only failures
// count, per client (or shared, without a trusted proxy), and a valid link always gets in.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { LINK_COOKIE, type CookieJar } from '@/lib/auth/link-browser';
import { seedDemo } from '@/db/seed/seed-demo';
import { checkInvitationSignIn } from '@/lib/auth/invitation-sign-in';
import { resetSignInLimits } from '@/lib/auth/rate-limit';
import { newToken } from '@/lib/auth/tokens';
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import { createInvitationLink } from '@/lib/data/invitation-links';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

describe.each(TEST_DRIVERS)('personal-link sign-in under a flood of bad attempts, on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('refuses the flood once its failures are used up, and still lets a valid link in', async () => {
    resetSignInLimits();
    const { token } = await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10144', round: 'KART-2026-H' });
    const direct = new Headers(); // no trusted proxy: every client shares one count
    const outcomes = new Map<string, number>();
    // Twice the shared limit (10 × 20 a minute): garbage and well-formed tokens that match nothing.
    for (let i = 0; i < 400; i++) {
      const r = await checkInvitationSignIn(i % 2 === 0 ? 'x'.repeat(i % 50) : newToken(), direct);
      const key = r.ok ? 'ok' : r.reason;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect(outcomes.get('ok')).toBeUndefined();
    expect(outcomes.get('not-valid')).toBe(200);
    expect(outcomes.get('too-many-attempts')).toBe(200);
    // Mariam's own link works all the same.
    expect(await checkInvitationSignIn(token, direct)).toMatchObject({ ok: true, name: 'Mariam Jaber' });
  });

  // Issue 16 (1): HR made a link, opened it in another browser and read the person's answers;
  // the audit log only said that letters were made.
  it('audits the first use of a link in each browser, with who made the link, and not the uses after', async () => {
    resetSignInLimits();
    const hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
    const { id, token } = await createInvitationLink(hr, { employeeId: 'D10144', round: 'KART-2026-H' });
    const jar = (): CookieJar & { values: Map<string, string> } => {
      const values = new Map<string, string>();
      return { values, get: (name) => (values.has(name) ? { value: values.get(name) as string } : undefined), set: (name, value) => values.set(name, value) };
    };
    const uses = () =>
      queryRows<{ actor: string; details: { invitationId: number; linkMadeBy: string; round: string } }>(handle.db, sql`
        select actor, details from audit_events where action = 'personlig länk öppnades i en ny webbläsare' and (details->>'invitationId')::int = ${id} order by id`);

    const mariamsPhone = jar();
    expect(await checkInvitationSignIn(token, new Headers(), mariamsPhone)).toMatchObject({ ok: true, newBrowser: true });
    expect(await checkInvitationSignIn(token, new Headers(), mariamsPhone)).toMatchObject({ ok: true, newBrowser: false });
    expect(mariamsPhone.values.get(LINK_COOKIE)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await uses()).toEqual([{ actor: 'inbjudningslänk (Mariam Jaber)', details: { invitationId: id, linkMadeBy: 'johan.ek@exempelby.example', round: 'KART-2026-H' } }]);

    // The same link in HR's own browser: a second entry. A made-up cookie does not hide it.
    const hrBrowser = jar();
    hrBrowser.set(LINK_COOKIE, 'A'.repeat(22), { httpOnly: true, sameSite: 'lax', secure: false, path: '/', maxAge: 1 });
    expect(await checkInvitationSignIn(token, new Headers(), hrBrowser)).toMatchObject({ ok: true, newBrowser: true });
    expect(await uses()).toHaveLength(2);
  });
});
