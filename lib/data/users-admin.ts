import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { allUsers, userById, type UserRecord } from '@/db/queries/users';
import { personByEmployeeId } from '@/db/queries/person-answers';
import { writeAudit } from '@/db/writes/audit';
import { deleteRole, insertRole, insertUser, roleGrantIds, updateDisabled } from '@/db/writes/users';
import type { UserRole } from '@/lib/domain/enums';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { requireAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';

export interface AdminUser extends Omit<UserRecord, 'roles'> {
  employeeId: string | null;
  roles: Array<{ id: number; role: UserRole; unitCode: string | null; projectCode: string | null }>;
}

export async function listUsers(viewer: Viewer): Promise<AdminUser[]> {
  requireAdmin(viewer);
  const db = await getDb();
  const users = await allUsers(db);
  const people = new Map(
    (await queryRows<{ id: number; employeeId: string }>(db, sql`select id, employee_id as "employeeId" from people where id in (select person_id from users)`))
      .map((p) => [p.id, p.employeeId]),
  );
  return Promise.all(
    users.map(async (u) => ({ ...u, employeeId: u.personId ? (people.get(u.personId) ?? null) : null, roles: await roleGrantIds(db, u.id) })),
  );
}

/** Choices for the role form: units and projects by code. */
export async function roleChoices(viewer: Viewer): Promise<{ units: Array<{ code: string; name: string }>; projects: Array<{ code: string; name: string }> }> {
  requireAdmin(viewer);
  const db = await getDb();
  const [units, projects] = await Promise.all([
    queryRows<{ code: string; name: string }>(db, sql`select code, name from units order by code`),
    queryRows<{ code: string; name: string }>(db, sql`select code, name from projects order by code`),
  ]);
  return { units, projects };
}

async function audit(viewer: Viewer, action: string, details: Record<string, string | number | boolean | null>) {
  await writeAudit(await getDb(), { actorUserId: viewer.kind === 'user' ? viewer.userId : null, actor: actorLabel(viewer), action, details });
}

export async function createUser(viewer: Viewer, input: { email: string; name: string; employeeId: string | null }): Promise<number> {
  requireAdmin(viewer);
  const db = await getDb();
  const [existing] = await queryRows<{ id: number }>(db, sql`select id from users where email = ${input.email}`);
  if (existing) throw new InvalidInputError('Det finns redan en användare med den e-postadressen');
  const person = input.employeeId ? await personByEmployeeId(db, input.employeeId) : undefined;
  if (input.employeeId && !person) throw new InvalidInputError(`Det finns ingen anställd med nummer ${input.employeeId}`);
  const id = await insertUser(db, { email: input.email, name: input.name, personId: person?.id ?? null });
  await audit(viewer, 'skapade användare', { userId: id, email: input.email });
  return id;
}

export async function grantRole(viewer: Viewer, input: { userId: number; role: UserRole; unitCode: string | null; projectCode: string | null }): Promise<void> {
  requireAdmin(viewer);
  const db = await getDb();
  const user = await userById(db, input.userId);
  if (!user) throw new NotFoundError('Användaren', String(input.userId));
  const [unit] = input.role === 'chef' && input.unitCode ? await queryRows<{ id: number }>(db, sql`select id from units where code = ${input.unitCode}`) : [];
  const [project] = input.role === 'steering' && input.projectCode ? await queryRows<{ id: number }>(db, sql`select id from projects where code = ${input.projectCode}`) : [];
  if (input.role === 'chef' && !unit) throw new InvalidInputError('Enheten finns inte');
  if (input.role === 'steering' && !project) throw new InvalidInputError('Projektet finns inte');
  if (input.role === 'staff' && user.personId === null) throw new InvalidInputError('Koppla användaren till en anställd innan hen får rollen medarbetare');
  const added = await insertRole(db, { userId: user.id, role: input.role, unitId: unit?.id ?? null, projectId: project?.id ?? null });
  if (!added) throw new InvalidInputError('Användaren har redan den rollen');
  await audit(viewer, 'gav roll', { userId: user.id, email: user.email, role: input.role, unit: input.unitCode, project: input.projectCode });
}

export async function revokeRole(viewer: Viewer, input: { userId: number; grantId: number }): Promise<void> {
  requireAdmin(viewer);
  const db = await getDb();
  const removed = await deleteRole(db, input.userId, input.grantId);
  if (!removed) throw new NotFoundError('Rollen', String(input.grantId));
  await audit(viewer, 'tog bort roll', { userId: input.userId, role: removed.role });
}

export async function setUserDisabled(viewer: Viewer, input: { userId: number; disabled: boolean }): Promise<void> {
  requireAdmin(viewer);
  if (viewer.kind === 'user' && viewer.userId === input.userId && input.disabled) {
    throw new InvalidInputError('Du kan inte stänga av ditt eget konto');
  }
  const db = await getDb();
  if (!(await updateDisabled(db, input.userId, input.disabled))) throw new NotFoundError('Användaren', String(input.userId));
  await audit(viewer, input.disabled ? 'stängde av användare' : 'aktiverade användare', { userId: input.userId });
}
