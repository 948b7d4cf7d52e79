'use server';

import { signOut } from '@/lib/auth/auth';

/** "Logga ut" in the header. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/logga-in' });
}
