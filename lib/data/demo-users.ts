import 'server-only';
import { getDb } from '@/db/client';
import { allUsers } from '@/db/queries/users';
import { demoSignInState } from '@/lib/auth/sign-in-methods';
import type { RoleGrant } from '@/lib/auth/viewer';

export interface DemoUser {
  id: number;
  name: string;
  roles: RoleGrant[];
}

/**
 * The users offered as one-click sign-in on /logga-in in a demo installation. Nothing at all
 * unless the demo sign-in is on (AUTH_DEMO=true, no Entra ID, nothing but demo data): the list of
 * names must never leak from a real installation.
 */
export async function listDemoUsers(): Promise<DemoUser[]> {
  if (!(await demoSignInState()).on) return [];
  const users = await allUsers(await getDb());
  return users.filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.name, roles: u.roles }));
}
