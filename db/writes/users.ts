import { and, eq, sql } from 'drizzle-orm';
import type { UserRole } from '@/lib/domain/enums';
import { queryRows, type DbOrTx } from '../client';
import { userRoles, users } from '../schema';

export async function insertUser(db: DbOrTx, u: { email: string; name: string; personId: number | null }): Promise<number> {
  const [row] = await db.insert(users).values(u).returning({ id: users.id });
  return (row as { id: number }).id;
}

/** Adds a role; false when the user already holds exactly that role. */
export async function insertRole(db: DbOrTx, g: { userId: number; role: UserRole; unitId: number | null; projectId: number | null }): Promise<boolean> {
  const rows = await db.insert(userRoles).values(g).onConflictDoNothing().returning({ id: userRoles.id });
  return rows.length > 0;
}

export async function deleteRole(db: DbOrTx, userId: number, grantId: number): Promise<{ role: string } | undefined> {
  const [row] = await db.delete(userRoles).where(and(eq(userRoles.id, grantId), eq(userRoles.userId, userId))).returning({ role: userRoles.role });
  return row;
}

export async function updateDisabled(db: DbOrTx, userId: number, disabled: boolean): Promise<boolean> {
  const rows = await db.update(users).set({ disabled }).where(eq(users.id, userId)).returning({ id: users.id });
  return rows.length > 0;
}

export async function roleGrantIds(db: DbOrTx, userId: number): Promise<Array<{ id: number; role: UserRole; unitCode: string | null; projectCode: string | null }>> {
  return queryRows(db, sql`
    select ur.id, ur.role::text as role, u.code as "unitCode", p.code as "projectCode"
    from user_roles ur left join units u on u.id = ur.unit_id left join projects p on p.id = ur.project_id
    where ur.user_id = ${userId} order by ur.role, u.code, p.code`);
}
