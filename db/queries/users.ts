import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { UserRole } from '@/lib/domain/enums';
import { clockNow } from '@/lib/clock/clock';

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  personId: number | null;
  disabled: boolean;
  roles: Array<{ role: UserRole; unitCode: string | null; projectCode: string | null }>;
}

async function withRoles(db: DbOrTx, rows: Array<Omit<UserRecord, 'roles'>>): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const grants = await queryRows<{ userId: number; role: UserRole; unitCode: string | null; projectCode: string | null }>(db, sql`
    select ur.user_id as "userId", ur.role::text as role, u.code as "unitCode", p.code as "projectCode"
    from user_roles ur left join units u on u.id = ur.unit_id left join projects p on p.id = ur.project_id
    where ur.user_id in (${sql.join(rows.map((r) => sql`${r.id}`), sql`, `)})
    order by ur.role, u.code, p.code`);
  return rows.map((r) => ({
    ...r,
    roles: grants.filter((g) => g.userId === r.id).map(({ role, unitCode, projectCode }) => ({ role, unitCode, projectCode })),
  }));
}

const USER_COLUMNS = sql`id, email, name, person_id as "personId", disabled`;

export async function userById(db: DbOrTx, id: number): Promise<UserRecord | undefined> {
  const rows = await queryRows<Omit<UserRecord, 'roles'>>(db, sql`select ${USER_COLUMNS} from users where id = ${id}`);
  return (await withRoles(db, rows))[0];
}

export async function userByEmail(db: DbOrTx, email: string): Promise<UserRecord | undefined> {
  const rows = await queryRows<Omit<UserRecord, 'roles'>>(db, sql`select ${USER_COLUMNS} from users where email = ${email.trim().toLowerCase()}`);
  return (await withRoles(db, rows))[0];
}

export async function allUsers(db: DbOrTx): Promise<UserRecord[]> {
  const rows = await queryRows<Omit<UserRecord, 'roles'>>(db, sql`select ${USER_COLUMNS} from users order by name, email`);
  return withRoles(db, rows);
}

export interface InvitationRecord {
  id: number;
  personId: number;
  roundId: number;
  name: string;
  expiresAt: string;
  revoked: boolean;
  /** Who made the link; null for links made before this was stored. */
  createdBy: string | null;
  roundCode: string;
}

export async function invitationByHash(db: DbOrTx, tokenHash: string): Promise<InvitationRecord | undefined> {
  const [row] = await queryRows<InvitationRecord>(db, sql`
    select t.id, t.person_id as "personId", t.round_id as "roundId", p.name,
      t.expires_at::text as "expiresAt", (t.revoked_at is not null) as revoked, t.created_by as "createdBy", r.code as "roundCode"
    from invitation_tokens t join people p on p.id = t.person_id join rounds r on r.id = t.round_id
    where t.token_hash = ${tokenHash}`);
  return row;
}

export async function invitationById(db: DbOrTx, id: number): Promise<(InvitationRecord & { valid: boolean }) | undefined> {
  const [row] = await queryRows<InvitationRecord & { valid: boolean }>(db, sql`
    select t.id, t.person_id as "personId", t.round_id as "roundId", p.name,
      t.expires_at::text as "expiresAt", (t.revoked_at is not null) as revoked, t.created_by as "createdBy", r.code as "roundCode",
      (t.revoked_at is null and t.expires_at > ${clockNow().toISOString()}::timestamptz) as valid
    from invitation_tokens t join people p on p.id = t.person_id join rounds r on r.id = t.round_id where t.id = ${id}`);
  return row;
}

/** The person's current unit code, for a staff member's own-unit scope. */
export async function personUnitCode(db: DbOrTx, personId: number): Promise<string | undefined> {
  const [row] = await queryRows<{ code: string }>(db, sql`
    select u.code from people p join units u on u.id = p.unit_id where p.id = ${personId}`);
  return row?.code;
}

/** Current units of a project's participants: a steering group's scope. */
export function projectUnitCodes(db: DbOrTx, projectCodes: string[]): Promise<Array<{ code: string }>> {
  if (projectCodes.length === 0) return Promise.resolve([]);
  return queryRows<{ code: string }>(db, sql`
    select distinct u.code from project_participants pp
    join projects pr on pr.id = pp.project_id join people p on p.id = pp.person_id join units u on u.id = p.unit_id
    where pr.code in (${sql.join(projectCodes.map((c) => sql`${c}`), sql`, `)})`);
}
