// A stranger posting garbage to the personal-link sign-in must not lock staff out: only failures
// count, per client (or shared, without a trusted proxy), and a valid link always gets in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
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
});
